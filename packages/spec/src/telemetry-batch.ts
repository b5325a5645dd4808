import type { Resource } from './attributes.js';
import type { AuditDecisionData } from './audit-record-data.js';
import type { LogRecordData } from './log-record-data.js';
import type { MetricData } from './metric-data.js';
import type { SpanData } from './span-data.js';

/**
 * What an exporter receives. Any list may be empty; an exporter ignores the signals it does not handle.
 * The batch is frozen by convention: exporters must not mutate it.
 */
export interface TelemetryBatch {
  /** Deterministic id of this batch (derived from its contents' ids), for idempotent delivery. */
  readonly id: string;
  readonly resource: Resource;
  readonly spans: readonly SpanData[];
  readonly metrics: readonly MetricData[];
  readonly logs: readonly LogRecordData[];
  /** Decisions for the audit log; a chained `AuditRecordData` is one too. */
  readonly audit: readonly AuditDecisionData[];
}
