// The fake Anthropic Messages API: a local HTTP server that answers Claude Code from a script and records each
// request (types in `fake-anthropic-types.ts`, messages and their SSE events in `stream-events.ts`).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type {
  FakeAnthropicApi,
  FakeAnthropicApiOptions,
  FakeError,
  FakeMessage,
  FakeReply,
  FakeStreamCut,
  MessagesRequestBody,
  RecordedRequest,
  Responder,
  ScriptStep,
} from './fake-anthropic-types.js';
import { buildMessage, streamEvents } from './stream-events.js';

export type * from './fake-anthropic-types.js';
export { streamEvents } from './stream-events.js';

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
