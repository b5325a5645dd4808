// An exporter as the export queue holds it, and what `/status` and `glassbox doctor` show for it.
import type { Exporter } from '@glassbox/spec';

export interface ExportTarget {
  readonly name: string;
  readonly exporter: Exporter;
}

/** What `/status` and `glassbox doctor` show per exporter. */
export interface ExporterStatus {
  readonly name: string;
  readonly pendingSpans: number;
  readonly pendingLogs: number;
  readonly exportedSpans: number;
  readonly exportedLogs: number;
  readonly exportedBatches: number;
  readonly failedBatches: number;
  /** Items a non-retryable failure made us give up on. */
  readonly rejectedItems: number;
  /**
   * Items evicted from memory because more than `maxPendingItems` waited (an exporter down for long): their
   * sessions are marked for export at the next start, which offers them again from the transcript.
   */
  readonly evictedItems: number;
  readonly lastSuccessMs?: number;
  readonly lastErrorMs?: number;
  readonly lastError?: string;
  readonly nextRetryMs?: number;
}
