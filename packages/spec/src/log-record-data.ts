import type { Attributes } from './attributes.js';

export type LogSeverity = 'debug' | 'info' | 'warn' | 'error';

/**
 * A structured event record (`tool_call`, `llm_call`, `prompt`, `session_start`…).
 * `attributes` hold the seed's fields (`sessionId`, `toolName`, `latencyMs`, `inputTokens`…);
 * `body` holds content, present only when the user opted into content capture, already redacted.
 */
export interface LogRecordData {
  /** Stable id: the same event always has the same id, so a retried export can be deduplicated. */
  readonly id: string;
  readonly timeMs: number;
  readonly severity: LogSeverity;
  readonly event: string;
  readonly traceId?: string;
  readonly spanId?: string;
  readonly attributes: Attributes;
  readonly body?: Readonly<Record<string, unknown>>;
}
