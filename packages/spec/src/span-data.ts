import type { Attributes } from './attributes.js';

export type SpanKind = 'internal' | 'client' | 'server' | 'producer' | 'consumer';

export type SpanStatusCode = 'unset' | 'ok' | 'error';

export interface SpanStatus {
  readonly code: SpanStatusCode;
  /** Why the span failed; only meaningful with `code: 'error'`. */
  readonly message?: string;
}

export interface SpanEvent {
  readonly name: string;
  /** Epoch milliseconds (fractions allowed). */
  readonly timeMs: number;
  readonly attributes?: Attributes;
}

/**
 * One finished operation: a session, a turn, an LLM call, a tool call, a subagent run.
 * Ids are lowercase hex and deterministic, so re-exporting the same span is not a duplicate.
 */
export interface SpanData {
  /** 32 hex characters. */
  readonly traceId: string;
  /** 16 hex characters. */
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly name: string;
  readonly kind: SpanKind;
  /** Epoch milliseconds (fractions allowed). */
  readonly startTimeMs: number;
  /** Epoch milliseconds; never before `startTimeMs`. */
  readonly endTimeMs: number;
  readonly status: SpanStatus;
  readonly attributes: Attributes;
  readonly events: readonly SpanEvent[];
}
