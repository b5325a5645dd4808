import type { AnthropicUsage } from '@glassbox/pricing';

/** One API response as read from one transcript record (per-block records of a response repeat it). */
export interface ScannedResponse {
  readonly messageId: string;
  /** `''` when the record has none. */
  readonly requestId: string;
  /** The model Claude Code asked for (`requestedModel`), else `message.model`: what it bills by. */
  readonly model: string;
  /** Epoch ms of the record; NaN when it has no usable timestamp. */
  readonly timeMs: number;
  readonly sessionId: string | undefined;
  readonly isSidechain: boolean;
  readonly usage: AnthropicUsage;
  /** Legacy `costUSD` Claude Code wrote on each record (old versions): its own price for the response. */
  readonly recordedCostUsd: number | undefined;
}

export interface ScannedToolUse {
  readonly id: string;
  readonly name: string;
  readonly timeMs: number;
  readonly sessionId: string | undefined;
}

export interface ScannedToolResult {
  readonly id: string;
  readonly timeMs: number;
  readonly isError: boolean;
}

/** Receives what a scan finds, in file order. */
export interface ScanSink {
  response(response: ScannedResponse): void;
  toolUse(use: ScannedToolUse): void;
  toolResult(result: ScannedToolResult): void;
}

/** A response's usage as the fast path read it: numbers, and labels as byte ranges (quotes included). */
export interface RawUsage {
  /** The buffer the label ranges point into. */
  readonly b: Buffer;
  readonly input: number | undefined;
  readonly output: number | undefined;
  readonly cacheWrite: number | undefined;
  readonly cacheRead: number | undefined;
  readonly cacheObject: boolean;
  readonly fiveMinute: number | undefined;
  readonly oneHour: number | undefined;
  readonly serverObject: boolean;
  readonly webSearch: number | undefined;
  readonly webFetch: number | undefined;
  /** Ranges of the `speed`, `inference_geo` and `service_tier` string values; -1 when absent. */
  readonly speedS: number;
  readonly speedE: number;
  readonly geoS: number;
  readonly geoE: number;
  readonly tierS: number;
  readonly tierE: number;
  readonly iterations: readonly unknown[] | undefined;
}

/**
 * One response as byte ranges into `b` (ranges include the quotes; none contains an escape), for sinks that
 * store bytes without decoding them. -1 marks an absent value.
 */
export interface RawResponse {
  readonly b: Buffer;
  readonly idS: number;
  readonly idE: number;
  readonly requestS: number;
  readonly requestE: number;
  /** `requestedModel` when the record has one, else `message.model`. */
  readonly modelS: number;
  readonly modelE: number;
  readonly sessionS: number;
  readonly sessionE: number;
  readonly timeMs: number;
  readonly isSidechain: boolean;
  readonly recordedCostUsd: number | undefined;
  readonly usage: RawUsage;
}

/** A sink that can take the fast path's byte ranges directly (the report's tables do). */
export interface RawScanSink extends ScanSink {
  rawResponse(response: RawResponse): void;
  rawToolUse(
    b: Buffer,
    idS: number,
    idE: number,
    nameS: number,
    nameE: number,
    timeMs: number,
    sessionS: number,
    sessionE: number,
  ): void;
}
