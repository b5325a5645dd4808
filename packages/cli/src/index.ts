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
export type { CollectedUsage, CollectOptions, CollectStats } from './collect-usage.js';
export { collectUsage } from './collect-usage.js';
export type { Command, CommandContext, OptionSpec } from './define-command.js';
export { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './define-command.js';
export type { DoctorCheck, DoctorJson } from './doctor-command.js';
export type { TranscriptFile } from './list-transcript-files.js';
export { listTranscriptFiles } from './list-transcript-files.js';
export type { PriceJson } from './price-command.js';
export type { ReportJson } from './report-command.js';
export { COMMANDS, runCli } from './run-cli.js';
export type { LocatedSession } from './trace-command.js';
export { buildSessionTrace, locateSession } from './trace-command.js';
export type { SpanJson, SpanKind, TokensJson, TraceJson } from './trace-view.js';
export { renderTraceTree, traceToJson } from './trace-view.js';
