// The fake Messages API's types: scripted replies, recorded requests, the options and the handle.
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
