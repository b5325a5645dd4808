import type { GlassboxError } from './glassbox-error.js';
import type { TelemetryBatch } from './telemetry-batch.js';

/** The contract version this package describes. Bump only with a breaking change to `Exporter`. */
export const specificationVersion = 'v1';
export type SpecificationVersion = typeof specificationVersion;

export type ExportResult =
  | { readonly code: 'success' }
  | {
      readonly code: 'failed';
      readonly error: GlassboxError;
      /** True when the same batch may succeed later: the caller keeps it and retries. */
      readonly retryable: boolean;
    };

/**
 * An exporter delivers batches to one destination. Rules every exporter keeps
 * (checked by `runExporterConformance` in `@glassbox/testkit`):
 * - never throw or reject: failures come back as `{ code: 'failed' }`;
 * - never mutate the batch;
 * - do not queue or retry across calls: the agent owns the spool, retries and checkpoints;
 * - be idempotent where the backend allows it: ids in the batch are deterministic;
 * - after `shutdown`, `export` fails with `EXPORTER_SHUTDOWN`.
 */
export interface Exporter {
  readonly specificationVersion: SpecificationVersion;
  /** Short stable name for logs, checkpoints and `glassbox doctor` (`file`, `otlp`…). */
  readonly name: string;
  export(batch: TelemetryBatch): Promise<ExportResult>;
  /** Resolves once everything accepted so far is durably delivered. */
  forceFlush(): Promise<void>;
  /** Flushes, releases resources; later exports fail. Safe to call twice. */
  shutdown(): Promise<void>;
}

/** How exporter packages are loaded by name: the default export (or named `createExporter`) is one of these. */
export type ExporterFactory<Options = Record<string, unknown>> = (options: Options) => Exporter;
