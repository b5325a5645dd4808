export type {
  BuildReportOptions,
  ReportGroup,
  SessionEntry,
  ToolEntry,
  UsageEntry,
  UsageReport,
} from './build-report.js';
export { buildReport, dateKeyer } from './build-report.js';
export type { CliIo, TextSink } from './cli-io.js';
export { memoryIo, processIo } from './cli-io.js';
export type {
  CollectedUsage,
  CollectOptions,
  CollectStats,
  TranscriptFile,
} from './collect-usage.js';
export { collectUsage, listTranscriptFiles } from './collect-usage.js';
export type { Command, CommandContext, OptionSpec } from './define-command.js';
export { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './define-command.js';
export type { DoctorCheck, DoctorJson } from './doctor-command.js';
export type { PriceJson } from './price-command.js';
export type { ReportJson } from './report-command.js';
export { COMMANDS, runCli } from './run-cli.js';
export type { ScanCounters, ScanOptions } from './scan-transcript.js';
export { newScanCounters, scanTranscriptBytes } from './scan-transcript.js';
export type { ScannedResponse, ScannedToolResult, ScannedToolUse, ScanSink } from './scanned-records.js';
export type { LocatedSession } from './trace-command.js';
export { buildSessionTrace, locateSession } from './trace-command.js';
export type { SpanJson, SpanKind, TokensJson, TraceJson } from './trace-view.js';
export { renderTraceTree, traceToJson } from './trace-view.js';
export { UsageGroups } from './usage-groups.js';
export { StringTable, TableSink } from './usage-tables.js';
