import { hmacSha256, sha256, timingSafeEqualText, toHex } from './sha256.js';

/**
 * The authenticated channel between the agent and its clients (mod, settings hooks, CLI). Every request carries
 * a timestamp, a nonce and an HMAC-SHA256 under the per-user key (`agent.key`, 32 random bytes); every reply the
 * agent authenticates carries an HMAC over the request's nonce, its status and its body. The key never travels.
 */

export const CHANNEL_HEADER_TS = 'x-glassbox-ts';
export const CHANNEL_HEADER_NONCE = 'x-glassbox-nonce';
export const CHANNEL_HEADER_SIG = 'x-glassbox-sig';
/**
 * A settings hook's request may instead be left as a file, `requests/<nonce>` in the 0700 per-user home (0600, at
 * most `CHANNEL_MAX_SKEW_MS` old): the request then carries this header (the nonce) and `x-glassbox-ts`, no body and
 * no signature. Only the user's own processes can write there, the trust `agent.key` rests on; the agent takes the
 * file (reads and removes it) as the request's body and proof, so a listener on the port learns only the nonce.
 * Accepted on `POST /v1/hooks` only (the bash hooks: an HMAC costs them three `sha256sum` processes).
 */
export const CHANNEL_HEADER_DROP = 'x-glassbox-drop';
/** The directory of the per-user home where hooks leave their requests (see `CHANNEL_HEADER_DROP`). */
export const REQUEST_DROP_DIR = 'requests';

/** A request's timestamp may differ from the agent's clock by this much. */
export const CHANNEL_MAX_SKEW_MS = 60_000;
/**
 * A nonce is refused again for at least this long after it was accepted (twice the skew: until its timestamp
 * leaves the window, so a replay is always caught). The agent's cache is bounded: when full it refuses requests
 * signed at or before the earliest nonce it forgot (401 `auth_before_floor`), never a fresh one.
 */
export const CHANNEL_NONCE_TTL_MS = 120_000;

export const AGENT_KEY_FILE = 'agent.key';
export const AGENT_ENDPOINT_FILE = 'agent.endpoint';

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (bodies are hashed as sent on the wire). */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Lowercase hex SHA-256 of a body. */
export function bodyDigest(body: Uint8Array | string): string {
  return toHex(sha256(typeof body === 'string' ? utf8(body) : body));
}

/** What a request's `x-glassbox-sig` signs. */
export function requestSigningText(
  method: string,
  path: string,
  ts: string,
  nonce: string,
  bodySha256Hex: string,
): string {
  return `GB1\n${method}\n${path}\n${ts}\n${nonce}\n${bodySha256Hex}`;
}

/** What a reply's `x-glassbox-sig` signs. */
export function replySigningText(nonce: string, status: number, bodySha256Hex: string): string {
  return `GB1-reply\n${nonce}\n${status}\n${bodySha256Hex}`;
}

/** The 32 key bytes of an `agent.key` text (64 lowercase hex digits and a newline); undefined otherwise. */
export function parseAgentKey(text: string): Uint8Array | undefined {
  const hex = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (!/^[0-9a-f]{64}$/.test(hex)) return undefined;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** The channel's per-user home: `$GLASSBOX_HOME`, else `${CLAUDE_CONFIG_DIR:-$HOME/.claude}/glassbox`. */
export function agentHomeOf(env: {
  readonly GLASSBOX_HOME?: string | undefined;
  readonly CLAUDE_CONFIG_DIR?: string | undefined;
  readonly HOME?: string | undefined;
}): string | undefined {
  if (env.GLASSBOX_HOME) return env.GLASSBOX_HOME;
  const config = env.CLAUDE_CONFIG_DIR || (env.HOME ? `${env.HOME.replace(/\/+$/, '')}/.claude` : undefined);
  return config ? `${config.replace(/\/+$/, '')}/glassbox` : undefined;
}

export interface AgentEndpoint {
  readonly port: number;
  readonly pid?: number;
  readonly startedMs?: number;
  readonly plugin?: string;
}

/** `agent.endpoint` (`port=`, `pid=`, `started=`, `plugin=` lines); undefined without a valid port. */
export function parseAgentEndpoint(text: string): AgentEndpoint | undefined {
  const fields: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) fields[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  const int = (v: string | undefined): number | undefined =>
    v !== undefined && /^\d{1,15}$/.test(v) ? Number(v) : undefined;
  const port = int(fields.port);
  if (port === undefined || port < 1 || port > 65535) return undefined;
  const pid = int(fields.pid);
  const startedMs = int(fields.started);
  return {
    port,
    ...(pid !== undefined ? { pid } : {}),
    ...(startedMs !== undefined ? { startedMs } : {}),
    ...(fields.plugin ? { plugin: fields.plugin } : {}),
  };
}

/** The text `agent.endpoint` holds. */
export function formatAgentEndpoint(e: AgentEndpoint): string {
  return (
    `port=${e.port}\n` +
    (e.pid !== undefined ? `pid=${e.pid}\n` : '') +
    (e.startedMs !== undefined ? `started=${e.startedMs}\n` : '') +
    (e.plugin ? `plugin=${e.plugin}\n` : '')
  );
}

export interface SignedRequest {
  readonly nonce: string;
  readonly headers: Record<string, string>;
}

/**
 * Headers that authenticate one request (the caller adds `content-type` for a body). `random` fills the nonce
 * bytes (`crypto.getRandomValues` where it exists).
 */
export function signAgentRequest(options: {
  readonly key: Uint8Array;
  readonly method: string;
  readonly path: string;
  readonly body?: string;
  readonly nowMs: number;
  readonly random: (bytes: Uint8Array) => void;
}): SignedRequest {
  const nonceBytes = new Uint8Array(16);
  options.random(nonceBytes);
  const nonce = toHex(nonceBytes);
  const ts = String(Math.floor(options.nowMs));
  const text = requestSigningText(options.method, options.path, ts, nonce, bodyDigest(options.body ?? ''));
  return {
    nonce,
    headers: {
      [CHANNEL_HEADER_TS]: ts,
      [CHANNEL_HEADER_NONCE]: nonce,
      [CHANNEL_HEADER_SIG]: toHex(hmacSha256(options.key, utf8(text))),
    },
  };
}

/** Whether a reply's signature proves it came from the holder of `key`, for the request with `nonce`. */
export function verifyAgentReply(
  key: Uint8Array,
  nonce: string,
  status: number,
  body: string,
  signature: string | undefined,
): boolean {
  if (typeof signature !== 'string' || signature.length !== 64) return false;
  const want = toHex(hmacSha256(key, utf8(replySigningText(nonce, status, bodyDigest(body)))));
  return timingSafeEqualText(want, signature);
}
