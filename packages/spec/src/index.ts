export type { AgentEndpoint, SignedRequest } from './agent-channel.js';
export {
  AGENT_ENDPOINT_FILE,
  AGENT_KEY_FILE,
  agentHomeOf,
  bodyDigest,
  CHANNEL_HEADER_DROP,
  CHANNEL_HEADER_NONCE,
  CHANNEL_HEADER_SIG,
  CHANNEL_HEADER_TS,
  CHANNEL_MAX_SKEW_MS,
  CHANNEL_NONCE_TTL_MS,
  formatAgentEndpoint,
  parseAgentEndpoint,
  parseAgentKey,
  REQUEST_DROP_DIR,
  replySigningText,
  requestSigningText,
  signAgentRequest,
  utf8,
  verifyAgentReply,
} from './agent-channel.js';
export type { Attributes, AttributeValue, Resource } from './attributes.js';
export type { AuditDecisionData, AuditDecisionType, AuditRecordData } from './audit-record-data.js';
export type { ExportAllOptions, ExportOutcome } from './export-all.js';
export { exportAll } from './export-all.js';
export type { Exporter, ExporterFactory, ExportResult, SpecificationVersion } from './exporter.js';
export { specificationVersion } from './exporter.js';
export type {
  ExporterOptionSpec,
  ExporterOptionType,
  ReadExporterOptionsResult,
} from './exporter-option-spec.js';
export { isExporterOptionSpecs, readExporterOptions } from './exporter-option-spec.js';
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
export { fromHex, hmacSha256, sha256, timingSafeEqualText, toHex } from './sha256.js';
export type { SpanData, SpanEvent, SpanKind, SpanStatus, SpanStatusCode } from './span-data.js';
export type { TelemetryBatch } from './telemetry-batch.js';
