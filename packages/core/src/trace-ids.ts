import { createHash } from 'node:crypto';

/** Kinds of node that get a span id; part of the hash input, so a prompt id never collides with a tool id. */
export type SpanKindTag = 'session' | 'turn' | 'llm' | 'tool' | 'agent';

const ZERO_TRACE = '0'.repeat(32);
const ZERO_SPAN = '0'.repeat(16);

function digest(parts: readonly string[]): string {
  const hash = createHash('sha256');
  // Length-prefixed parts: ('a:b', 'c') and ('a', 'b:c') never hash the same.
  for (const part of parts) hash.update(`${part.length}:${part}\u0000`);
  return hash.digest('hex');
}

/** Deterministic hex id of `length` characters from `parts`; never all zeros (the W3C invalid id). */
export function deterministicId(parts: readonly string[], length: 16 | 32): string {
  let id = digest(parts).slice(0, length);
  if (id === (length === 32 ? ZERO_TRACE : ZERO_SPAN)) id = digest(['non-zero', ...parts]).slice(0, length);
  return id;
}

/** Trace id of a session: the same session id always yields the same trace id. */
export function traceIdForSession(sessionId: string): string {
  return deterministicId(['glassbox/trace', sessionId], 32);
}

/** Span id of one node of a session: `(session)`, `(session, prompt id)`, `(session, request id)`… */
export function spanIdFor(kind: SpanKindTag, sessionId: string, naturalId = ''): string {
  return deterministicId(['glassbox/span', kind, sessionId, naturalId], 16);
}

export const sessionSpanId = (sessionId: string): string => spanIdFor('session', sessionId);
/** Turn key: the prompt id (`promptId` / hook `prompt_id`), or the prompt record's uuid on old versions. */
export const turnSpanId = (sessionId: string, turnKey: string): string =>
  spanIdFor('turn', sessionId, turnKey);
/** LLM key: the API request id (`requestId`), or the message id when the server sent no request id. */
export const llmSpanId = (sessionId: string, llmKey: string): string => spanIdFor('llm', sessionId, llmKey);
export const toolSpanId = (sessionId: string, toolUseId: string): string =>
  spanIdFor('tool', sessionId, toolUseId);
export const agentSpanId = (sessionId: string, agentId: string): string =>
  spanIdFor('agent', sessionId, agentId);

/** Deterministic 32-hex id of a log record: one event kind about one node. */
export function logRecordId(sessionId: string, event: string, nodeKey: string): string {
  return deterministicId(['glassbox/log', sessionId, event, nodeKey], 32);
}
