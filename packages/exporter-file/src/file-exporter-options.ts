import type { LogSeverity } from '@glassbox/spec';

/** Options of `createFileExporter`; each names the environment variable that sets it in the agent. */
export interface FileExporterOptions {
  /**
   * Directory of the files; created 0700 when missing. Environment: `GLASSBOX_FILE_DIR`.
   * Default `~/.glassbox/logs`. A leading `~/` is expanded; a relative path is resolved now, against the cwd.
   */
  readonly dir?: string;
  /** Name of the log file inside `dir`. Default `glassbox.jsonl`; rolled-over files are `glassbox.<day>.<n>.jsonl`. */
  readonly fileName?: string;
  /** Name of the append-only audit file inside `dir`. Default `audit.jsonl`. */
  readonly auditFileName?: string;
  /**
   * Also write each span as a line of the log file, with `event: "span"`. Default `false`: log records
   * already carry `traceId`/`spanId`, and spans would double the file. Environment: `GLASSBOX_FILE_SPANS`.
   */
  readonly spans?: boolean;
  /**
   * Write audit records to `auditFileName`, verbatim, one per line. Default `true` (the file is created only
   * when the first audit record arrives). Never rolled over or pruned. Environment: `GLASSBOX_FILE_AUDIT`.
   */
  readonly audit?: boolean;
  /** Lowest severity written to the log file (span lines are `info`, or `error` when failed). Default `info`. Environment: `GLASSBOX_FILE_LEVEL`. */
  readonly level?: LogSeverity;
  /** Roll the log file over before a line would take it past this many bytes. Default 50 MiB. Environment: `GLASSBOX_FILE_MAX_BYTES`. */
  readonly maxBytes?: number;
  /** Rolled-over log files kept; the oldest beyond this are deleted. Default 20. Environment: `GLASSBOX_FILE_MAX_FILES`. */
  readonly maxFiles?: number;
  /** Rolled-over log files last written more than this many days ago are deleted. Default 30. Environment: `GLASSBOX_FILE_MAX_AGE_DAYS`. */
  readonly maxAgeDays?: number;
  /** Also roll the log file over when the UTC day changes. Default `true`. Environment: `GLASSBOX_FILE_ROTATE_DAILY`. */
  readonly rotateDaily?: boolean;
  /**
   * fsync before `export` resolves success, so an acknowledged batch survives a machine crash. With `false`,
   * success means the lines reached the kernel (they survive a crash of this process) and only
   * `forceFlush`, `shutdown` and roll-overs fsync. Default `true`. Environment: `GLASSBOX_FILE_SYNC_ON_EXPORT`.
   */
  readonly syncOnExport?: boolean;
  /** How many recently written record ids are remembered to skip duplicates on a retry. Default 10 000. */
  readonly dedupWindow?: number;
  /** Exporter name for logs, checkpoints and `glassbox doctor`. Default `file`; set it when you run two. */
  readonly name?: string;
  /** The clock for daily roll-over and retention. For tests. Default `Date.now`. */
  readonly now?: () => number;
}
