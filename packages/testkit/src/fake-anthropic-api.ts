import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Token usage exactly as the Messages API reports it. Every field is optional in a script. */
export interface FakeUsage {
  input_tokens?: number;
  output_tokens?: number;
  cache_creation_input_tokens?: number;
  cache_read_input_tokens?: number;
  /** The 5-minute / 1-hour split of `cache_creation_input_tokens`; omit to send a write without the split. */
  cache_creation?: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number };
  server_tool_use?: { web_search_requests?: number; web_fetch_requests?: number };
  service_tier?: string;
  speed?: string;
  inference_geo?: string;
}

export type FakeContentBlock =
  | { type: 'text'; text: string }
  | { type: 'thinking'; thinking: string; signature?: string }
  | { type: 'tool_use'; name: string; input: Record<string, unknown>; id?: string };

/** One scripted model answer. */
export interface FakeMessage {
  content: FakeContentBlock[];
  /** The model id the API reports; defaults to the requested model. */
  model?: string;
  /** Defaults to `tool_use` when a block calls a tool, otherwise `end_turn`. */
  stopReason?: string;
  usage?: FakeUsage;
  /** Sent as the `request-id` header; generated when omitted. `null` sends no header. */
  requestId?: string | null;
  /** Wait before answering, in ms. */
  delayMs?: number;
}

/** A scripted HTTP failure (429 rate limit, 529 overloaded, 500…). */
export interface FakeError {
  error: { status: number; type?: string; message?: string; retryAfterSeconds?: number };
}

/** A stream that stops after `afterEvents` SSE events and closes the socket. */
export interface FakeStreamCut {
  cut: { afterEvents: number; message: FakeMessage };
}

export type FakeReply = FakeMessage | FakeError | FakeStreamCut;

/** What the fake recorded about one request. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body, or undefined when the body was not JSON. */
  body: MessagesRequestBody | undefined;
  receivedAt: number;
  /** What the fake answered: `message`, `error`, `cut`, or `other` for non-message endpoints. */
  answered?: 'message' | 'error' | 'cut' | 'other';
  requestId?: string;
}

export interface MessagesRequestBody {
  model: string;
  stream?: boolean;
  system?: unknown;
  messages: Array<{ role: string; content: unknown }>;
  tools?: Array<{ name: string }>;
  max_tokens?: number;
  [key: string]: unknown;
}

/** One step of a script. `when` picks which requests it answers (default: agent-loop requests, i.e. with tools). */
export interface ScriptStep {
  reply: FakeReply;
  when?: (request: MessagesRequestBody) => boolean;
}

export type Responder = (request: MessagesRequestBody, recorded: RecordedRequest) => FakeReply;

export interface FakeAnthropicApiOptions {
  /** Steps answered in order; each answers the first request its `when` accepts. */
  script?: Array<ScriptStep | FakeReply>;
  /** Full control instead of a script. */
  responder?: Responder;
  /** Answer for requests no step takes (side requests such as titles, or a script that ran out). */
  fallback?: FakeReply;
}

export interface FakeAnthropicApi {
  /** Base URL for `ANTHROPIC_BASE_URL`, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Only `POST /v1/messages` requests. */
  messageRequests(): RecordedRequest[];
  /** Steps of the script not consumed yet. */
  remainingSteps(): number;
  /** Replace the script (e.g. between two runs against one server). */
  setScript(script: Array<ScriptStep | FakeReply>): void;
  close(): Promise<void>;
}

const DEFAULT_FALLBACK: FakeMessage = {
  content: [{ type: 'text', text: 'ok' }],
  usage: { input_tokens: 5, output_tokens: 1 },
};

/** True for requests from an agent loop (main or subagent): they offer tools. */
export function isAgentLoopRequest(request: MessagesRequestBody): boolean {
  return Array.isArray(request.tools) && request.tools.length > 0;
}

/** Text of the first user message, i.e. the prompt a conversation (main or subagent) started from. */
export function firstUserText(request: MessagesRequestBody): string {
  const first = request.messages.find((m) => m.role === 'user');
  return first ? contentText(first.content) : '';
}

/** True when the request's first user message contains `needle`: picks a conversation by its prompt. */
export function promptIncludes(needle: string): (request: MessagesRequestBody) => boolean {
  return (request) => isAgentLoopRequest(request) && firstUserText(request).includes(needle);
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((block: { type?: string; text?: string }) => (block?.type === 'text' ? (block.text ?? '') : ''))
    .join('\n');
}

function isError(reply: FakeReply): reply is FakeError {
  return 'error' in reply;
}

function isCut(reply: FakeReply): reply is FakeStreamCut {
  return 'cut' in reply;
}

let toolIdCounter = 0;

function toolUseId(): string {
  toolIdCounter += 1;
  return `toolu_fake${String(toolIdCounter).padStart(4, '0')}${randomBytes(6).toString('hex')}`;
}

function fullUsage(usage: FakeUsage = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {
    input_tokens: usage.input_tokens ?? 10,
    cache_creation_input_tokens: usage.cache_creation_input_tokens ?? 0,
    cache_read_input_tokens: usage.cache_read_input_tokens ?? 0,
    output_tokens: usage.output_tokens ?? 5,
    service_tier: usage.service_tier ?? 'standard',
  };
  if (usage.cache_creation) out.cache_creation = usage.cache_creation;
  if (usage.server_tool_use) {
    out.server_tool_use = {
      web_search_requests: usage.server_tool_use.web_search_requests ?? 0,
      web_fetch_requests: usage.server_tool_use.web_fetch_requests ?? 0,
    };
  }
  if (usage.speed !== undefined) out.speed = usage.speed;
  if (usage.inference_geo !== undefined) out.inference_geo = usage.inference_geo;
  return out;
}

interface BuiltMessage {
  id: string;
  model: string;
  content: Array<Record<string, unknown>>;
  stopReason: string;
  usage: Record<string, unknown>;
}

function buildMessage(reply: FakeMessage, requestedModel: string): BuiltMessage {
  const content = reply.content.map((block) => {
    if (block.type === 'tool_use')
      return { type: 'tool_use', id: block.id ?? toolUseId(), name: block.name, input: block.input };
    if (block.type === 'thinking')
      return { type: 'thinking', thinking: block.thinking, signature: block.signature ?? 'sig-fake' };
    return { type: 'text', text: block.text };
  });
  const hasTool = content.some((b) => b.type === 'tool_use');
  return {
    id: `msg_fake${randomBytes(10).toString('hex')}`,
    model: reply.model ?? requestedModel,
    content,
    stopReason: reply.stopReason ?? (hasTool ? 'tool_use' : 'end_turn'),
    usage: fullUsage(reply.usage),
  };
}

/** The SSE events of one streamed message, exactly in the order the real API sends them. */
export function streamEvents(message: BuiltMessage): Array<{ event: string; data: unknown }> {
  const startUsage = { ...message.usage, output_tokens: Math.min(1, Number(message.usage.output_tokens)) };
  const events: Array<{ event: string; data: unknown }> = [
    {
      event: 'message_start',
      data: {
        type: 'message_start',
        message: {
          id: message.id,
          type: 'message',
          role: 'assistant',
          model: message.model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: startUsage,
        },
      },
    },
  ];
  message.content.forEach((block, index) => {
    if (block.type === 'text') {
      events.push({
        event: 'content_block_start',
        data: { type: 'content_block_start', index, content_block: { type: 'text', text: '' } },
      });
      const text = String(block.text);
      const mid = Math.ceil(text.length / 2);
      for (const part of [text.slice(0, mid), text.slice(mid)].filter((p) => p.length > 0)) {
        events.push({
          event: 'content_block_delta',
          data: { type: 'content_block_delta', index, delta: { type: 'text_delta', text: part } },
        });
      }
    } else if (block.type === 'thinking') {
      events.push({
        event: 'content_block_start',
        data: {
          type: 'content_block_start',
          index,
          content_block: { type: 'thinking', thinking: '', signature: '' },
        },
      });
      events.push({
        event: 'content_block_delta',
        data: {
          type: 'content_block_delta',
          index,
          delta: { type: 'thinking_delta', thinking: block.thinking },
        },
      });
      events.push({
        event: 'content_block_delta',
        data: {
          type: 'content_block_delta',
          index,
          delta: { type: 'signature_delta', signature: block.signature },
        },
      });
    } else {
      events.push({
        event: 'content_block_start',
        data: {
          type: 'content_block_start',
          index,
          content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} },
        },
      });
      events.push({
        event: 'content_block_delta',
        data: {
          type: 'content_block_delta',
          index,
          delta: { type: 'input_json_delta', partial_json: JSON.stringify(block.input) },
        },
      });
    }
    events.push({ event: 'content_block_stop', data: { type: 'content_block_stop', index } });
  });
  // The real API repeats the cumulative usage in message_delta; clients take the final figures from here.
  const { service_tier: _tier, ...deltaUsage } = message.usage;
  events.push({
    event: 'message_delta',
    data: {
      type: 'message_delta',
      delta: { stop_reason: message.stopReason, stop_sequence: null },
      usage: deltaUsage,
    },
  });
  events.push({ event: 'message_stop', data: { type: 'message_stop' } });
  return events;
}

function readBody(req: IncomingMessage, limit = 64 * 1024 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

/**
 * Starts a fake Anthropic Messages API on 127.0.0.1 (random port). Answers `POST /v1/messages`
 * (streaming SSE or JSON), `POST /v1/messages/count_tokens` and `HEAD|GET /api/hello`.
 */
export async function startFakeAnthropicApi(
  options: FakeAnthropicApiOptions = {},
): Promise<FakeAnthropicApi> {
  const requests: RecordedRequest[] = [];
  let steps: ScriptStep[] = [];
  const setScript = (script: Array<ScriptStep | FakeReply>): void => {
    steps = script.map((s) => ('reply' in s ? s : { reply: s }));
  };
  setScript(options.script ?? []);
  const fallback = options.fallback ?? DEFAULT_FALLBACK;

  const pick: Responder =
    options.responder ??
    ((body) => {
      const index = steps.findIndex((step) => (step.when ?? isAgentLoopRequest)(body));
      if (index === -1) return fallback;
      const [step] = steps.splice(index, 1);
      return step!.reply;
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    let body: MessagesRequestBody | undefined;
    try {
      body = raw ? (JSON.parse(raw) as MessagesRequestBody) : undefined;
    } catch {
      body = undefined;
    }
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      headers: req.headers,
      body,
      receivedAt: Date.now(),
    };
    requests.push(recorded);

    if (url.pathname === '/v1/messages/count_tokens') {
      recorded.answered = 'other';
      sendJson(res, 200, { input_tokens: Math.ceil(raw.length / 4) });
      return;
    }
    if (url.pathname !== '/v1/messages' || req.method !== 'POST') {
      recorded.answered = 'other';
      if (req.method === 'HEAD') {
        res.writeHead(200).end();
        return;
      }
      sendJson(
        res,
        url.pathname.startsWith('/api/') ? 200 : 404,
        url.pathname.startsWith('/api/')
          ? {}
          : { type: 'error', error: { type: 'not_found_error', message: 'not found' } },
      );
      return;
    }
    if (!body || !Array.isArray(body.messages)) {
      recorded.answered = 'error';
      sendJson(res, 400, {
        type: 'error',
        error: { type: 'invalid_request_error', message: 'messages: field required' },
      });
      return;
    }

    const reply = pick(body, recorded);
    if (isError(reply)) {
      recorded.answered = 'error';
      const { status, type, message, retryAfterSeconds } = reply.error;
      const requestId = `req_fake${randomBytes(10).toString('hex')}`;
      recorded.requestId = requestId;
      const headers: Record<string, string> = {
        'request-id': requestId,
        'x-should-retry': status >= 500 || status === 429 ? 'true' : 'false',
      };
      if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
      sendJson(
        res,
        status,
        {
          type: 'error',
          error: { type: type ?? ERROR_TYPES[status] ?? 'api_error', message: message ?? `fake ${status}` },
        },
        headers,
      );
      return;
    }
    const scripted = isCut(reply) ? reply.cut.message : reply;
    if (scripted.delayMs) await new Promise((r) => setTimeout(r, scripted.delayMs));
    const message = buildMessage(scripted, body.model);
    const requestId =
      scripted.requestId === null
        ? undefined
        : (scripted.requestId ?? `req_fake${randomBytes(10).toString('hex')}`);
    recorded.requestId = requestId;
    const headers: Record<string, string> = requestId ? { 'request-id': requestId } : {};

    if (!body.stream) {
      recorded.answered = 'message';
      sendJson(
        res,
        200,
        {
          id: message.id,
          type: 'message',
          role: 'assistant',
          model: message.model,
          content: message.content,
          stop_reason: message.stopReason,
          stop_sequence: null,
          usage: message.usage,
        },
        headers,
      );
      return;
    }

    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      ...headers,
    });
    const events = streamEvents(message);
    const limit = isCut(reply) ? reply.cut.afterEvents : events.length;
    recorded.answered = isCut(reply) ? 'cut' : 'message';
    const payload = events
      .slice(0, limit)
      .map(({ event, data }) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
      .join('');
    if (isCut(reply)) {
      // Let the partial stream reach the client, then drop the connection without a final chunk.
      res.write(payload, () => res.socket?.destroy());
      return;
    }
    res.end(payload);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { type: 'error', error: { type: 'api_error', message: String(error) } });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    messageRequests: () => requests.filter((r) => r.path === '/v1/messages' && r.method === 'POST'),
    remainingSteps: () => steps.length,
    setScript,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
