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
