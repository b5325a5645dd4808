import {
  type Exporter,
  type ExportResult,
  GlassboxError,
  specificationVersion,
  type TelemetryBatch,
} from '@glassbox/spec';
import pino, { type Logger } from 'pino';
import { configure } from 'safe-stable-stringify';
import type { FileExporterOptions } from './file-exporter-options.js';
import { RecentIds } from './recent-ids.js';
import { resolveFileExporterOptions } from './resolve-file-exporter-options.js';
import { RotatingFile } from './rotating-file.js';
import { logToFileRecord, spanToFileRecord } from './to-file-record.js';

/** How much of each file's end is read at open to remember the ids already written. */
const SEED_TAIL_BYTES = 1024 * 1024;

// Audit lines are the records verbatim, so pino (which adds `level`) is not used for them.
const stringify = configure({ deterministic: false, circularValue: '[Circular]', bigint: true });

interface OpenFiles {
  readonly log: RotatingFile;
  readonly logger: Logger;
  audit?: RotatingFile;
}

/**
 * An exporter that writes JSON lines to local files with pino: log records in the seed's log shape (and
 * spans, when enabled) to `glassbox.jsonl`, rolled over by size and day; audit records verbatim to an
 * append-only `audit.jsonl`. `export` resolves success only once its lines are written (and, by default,
 * fsynced). Nothing is opened until the first export. Throws `GlassboxError` `INVALID_CONFIG` for invalid options.
 */
export function createFileExporter(options: FileExporterOptions = {}): Exporter {
  const settings = resolveFileExporterOptions(options);
  const recent = new RecentIds(settings.dedupWindow);
  let files: OpenFiles | undefined;
  let seeded = false;
  let closed = false;

  const openFiles = (): OpenFiles => {
    if (files) return files;
    const log = new RotatingFile({ ...settings, fileName: settings.fileName });
    log.open();
    const logger = pino(
      {
        base: null,
        timestamp: false,
        level: settings.level,
        formatters: { level: (label) => ({ level: label.toUpperCase() }) },
      },
      log,
    );
    files = { log, logger };
    if (!seeded) {
      seeded = true;
      seedRecentIds(recent, log.readTail(SEED_TAIL_BYTES), lineKey);
    }
    return files;
  };

  const openAudit = (open: OpenFiles): RotatingFile => {
    if (open.audit) return open.audit;
    const audit = new RotatingFile({
      ...settings,
      fileName: settings.auditFileName,
      maxBytes: Number.POSITIVE_INFINITY,
      rotateDaily: false,
      maxFiles: Number.POSITIVE_INFINITY,
      maxAgeDays: Number.POSITIVE_INFINITY,
    });
    audit.open();
    open.audit = audit;
    seedRecentIds(recent, audit.readTail(SEED_TAIL_BYTES), auditLineKey);
    return audit;
  };

  const closeFiles = () => {
    files?.log.close();
    files?.audit?.close();
    files = undefined;
  };

  return {
    specificationVersion,
    name: settings.name,
    async export(batch: TelemetryBatch): Promise<ExportResult> {
      if (closed) return failed(new GlassboxError('EXPORTER_SHUTDOWN', 'file exporter is shut down'));
      // Everything below is synchronous, so exports never interleave and a shutdown cannot cut one short.
      try {
        const open = openFiles();
        const { logger, log } = open;
        for (const record of batch.logs) {
          const key = `log:${record.id}`;
          if (!logger.isLevelEnabled(record.severity) || recent.has(key)) continue;
          logger[record.severity](logToFileRecord(record));
          throwIfFailed(log);
          recent.add(key);
        }
        if (settings.spans) {
          for (const span of batch.spans) {
            const key = `span:${span.traceId}:${span.spanId}`;
            const severity = span.status.code === 'error' ? 'error' : 'info';
            if (!logger.isLevelEnabled(severity) || recent.has(key)) continue;
            logger[severity](spanToFileRecord(span));
            throwIfFailed(log);
            recent.add(key);
          }
        }
        if (settings.audit && batch.audit.length > 0) {
          const audit = openAudit(open);
          for (const record of batch.audit) {
            const key = `audit:${record.id}`;
            if (recent.has(key)) continue;
            audit.write(`${stringify(record) ?? 'null'}\n`);
            throwIfFailed(audit);
            recent.add(key);
          }
        }
        if (settings.syncOnExport) {
          log.sync();
          open.audit?.sync();
        }
        return { code: 'success' };
      } catch (error) {
        // Whatever broke (disk full, directory removed), start from a fresh open at the next export.
        closeFiles();
        return failed(GlassboxError.from(error, 'EXPORT_FAILED'), isTransient(error));
      }
    },
    async forceFlush(): Promise<void> {
      try {
        files?.log.sync();
        files?.audit?.sync();
      } catch {
        // forceFlush has no way to report; the next export will meet the same error and return it.
      }
    },
    async shutdown(): Promise<void> {
      closed = true;
      closeFiles();
    },
  };
}

function throwIfFailed(file: RotatingFile): void {
  const error = file.takeError();
  if (error) throw error;
}

function failed(error: GlassboxError, retryable = false): ExportResult {
  return { code: 'failed', error, retryable };
}

const TRANSIENT = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EAGAIN', 'EBUSY', 'EMFILE', 'ENFILE', 'EINTR']);

/** Errors that go away on their own (space freed, descriptors released); a wrong path or permission does not. */
function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSIENT.has(code);
}

function lineKey(line: Record<string, unknown>): string | undefined {
  if (line.event === 'span') return `span:${String(line.traceId)}:${String(line.spanId)}`;
  return typeof line.id === 'string' ? `log:${line.id}` : undefined;
}

function auditLineKey(line: Record<string, unknown>): string | undefined {
  return typeof line.id === 'string' ? `audit:${line.id}` : undefined;
}

/** Remembers the ids in the last lines of a file, so a retry after a restart does not write them twice. */
function seedRecentIds(
  recent: RecentIds,
  tail: string,
  keyOf: (line: Record<string, unknown>) => string | undefined,
): void {
  for (const text of tail.split('\n')) {
    if (text === '') continue;
    try {
      const key = keyOf(JSON.parse(text) as Record<string, unknown>);
      if (key) recent.add(key);
    } catch {
      // A torn or foreign line: skip it.
    }
  }
}
