import {
  type Exporter,
  type ExportResult,
  GlassboxError,
  specificationVersion,
  type TelemetryBatch,
} from '@glassbox/spec';
import { AuditLog, type AuditLogOptions } from './audit-log.js';

export interface AuditExporterOptions extends Omit<AuditLogOptions, 'dir'> {
  /** Directory of the audit log. Env: `GLASSBOX_AUDIT_DIR`. */
  readonly dir?: string;
  /**
   * How the agent fingerprints content for this log (`hmac` keyed by `audit-content.key`, or `sha256`); read by
   * the agent, which derives the decisions. Env: `GLASSBOX_AUDIT_CONTENT_HASH`.
   */
  readonly contentHash?: 'hmac' | 'sha256';
}

/**
 * An exporter that writes each batch's audit decisions to the tamper-evident log (`AuditLog`): `export`
 * resolves `success` once they are fsync'd; a decision already in the log (a retried batch) is not written
 * twice. Spans, metrics and logs are ignored.
 */
export function createAuditExporter(options: AuditExporterOptions = {}): Exporter {
  const dir = options.dir ?? process.env.GLASSBOX_AUDIT_DIR;
  let log: Promise<AuditLog> | undefined;
  let shutdown = false;
  const openLog = (): Promise<AuditLog> => {
    if (!dir) return Promise.reject(new GlassboxError('INVALID_CONFIG', 'the audit exporter needs a dir'));
    const { contentHash: _, ...logOptions } = options;
    log ??= AuditLog.open({ ...logOptions, dir });
    // A failed open is tried again by the next export.
    log.catch(() => {
      log = undefined;
    });
    return log;
  };
  return {
    specificationVersion,
    name: 'audit',
    async export(batch: TelemetryBatch): Promise<ExportResult> {
      if (shutdown)
        return failed(new GlassboxError('EXPORTER_SHUTDOWN', 'the audit exporter is shut down'), false);
      try {
        const decisions = Array.isArray(batch?.audit) ? batch.audit : [];
        if (decisions.length === 0) return { code: 'success' };
        await (await openLog()).append(decisions);
        return { code: 'success' };
      } catch (error) {
        const e = GlassboxError.from(error, 'EXPORT_FAILED');
        return failed(e, e.code !== 'INVALID_CONFIG');
      }
    },
    async forceFlush(): Promise<void> {
      // Appends are durable when they resolve: nothing is held back.
    },
    async shutdown(): Promise<void> {
      if (shutdown) return;
      shutdown = true;
      const open = log;
      log = undefined;
      if (open) await open.then((l) => l.close()).catch(() => undefined);
    },
  };
}

function failed(error: GlassboxError, retryable: boolean): ExportResult {
  return { code: 'failed', error, retryable };
}
