export type { Attributes, AttributeValue, Resource } from './attributes.js';
export type { AuditDecisionType, AuditRecordData } from './audit-record-data.js';
export type { ExportAllOptions, ExportOutcome } from './export-all.js';
export { exportAll } from './export-all.js';
export type { Exporter, ExporterFactory, ExportResult, SpecificationVersion } from './exporter.js';
export { specificationVersion } from './exporter.js';
export type { GlassboxErrorCode, GlassboxErrorOptions } from './glassbox-error.js';
export { GlassboxError } from './glassbox-error.js';
export { isValidSpanId, isValidTraceId } from './ids.js';
export type { LogRecordData, LogSeverity } from './log-record-data.js';
export type {
  AggregationTemporality,
  GaugePoint,
  HistogramPoint,
  MetricData,
  MetricGauge,
  MetricHistogram,
  MetricSum,
  SumPoint,
} from './metric-data.js';
export type { SpanData, SpanEvent, SpanKind, SpanStatus, SpanStatusCode } from './span-data.js';
export type { TelemetryBatch } from './telemetry-batch.js';
