import {
  type Exporter,
  type ExportResult,
  GlassboxError,
  type LogRecordData,
  type SpanData,
  specificationVersion,
  type TelemetryBatch,
} from '@glassbox/spec';

/** An in-memory exporter for tests and embedding: keeps every batch; can be told to fail. */
export interface RecordingExporter extends Exporter {
  readonly batches: TelemetryBatch[];
  spans(): SpanData[];
  logs(): LogRecordData[];
  /** Fail the next `n` exports (retryable unless `retryable: false`). */
  failNext(n: number, retryable?: boolean): void;
  readonly attempts: number;
}

export function createRecordingExporter(name = 'recording'): RecordingExporter {
  const batches: TelemetryBatch[] = [];
  let failures = 0;
  let retryable = true;
  let attempts = 0;
  let closed = false;
  return {
    specificationVersion,
    name,
    batches,
    get attempts() {
      return attempts;
    },
    spans: () => batches.flatMap((b) => b.spans),
    logs: () => batches.flatMap((b) => b.logs),
    failNext(n: number, isRetryable = true) {
      failures = n;
      retryable = isRetryable;
    },
    async export(batch: TelemetryBatch): Promise<ExportResult> {
      attempts++;
      if (closed)
        return {
          code: 'failed',
          error: new GlassboxError('EXPORTER_SHUTDOWN', 'shut down'),
          retryable: false,
        };
      if (failures > 0) {
        failures--;
        return {
          code: 'failed',
          error: new GlassboxError('EXPORT_FAILED', `${name} is down`, { retryable }),
          retryable,
        };
      }
      batches.push(batch);
      return { code: 'success' };
    },
    async forceFlush() {},
    async shutdown() {
      closed = true;
    },
  };
}
