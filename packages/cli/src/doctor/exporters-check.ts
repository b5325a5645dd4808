// Doctor: one line per exporter: last export, batches sent and failed, what waits, the last error.
import { formatDuration, formatInteger } from '../format-units.js';
import type { DoctorCheckRun } from './doctor-check.js';

const ago = (now: number, ms: number | undefined): string =>
  ms === undefined ? 'never' : `${formatDuration(Math.max(0, now - ms))} ago`;

export const exportersCheck: DoctorCheckRun = ({ status, now }) =>
  (status?.exporters ?? []).map((e) => {
    const failing =
      e.lastErrorMs !== undefined && (e.lastSuccessMs === undefined || e.lastErrorMs > e.lastSuccessMs);
    const pending = (e.pendingSpans ?? 0) + (e.pendingLogs ?? 0);
    return {
      name: `exporter ${e.name ?? '?'}`,
      level: failing ? 'fail' : 'ok',
      message:
        `last export ${ago(now, e.lastSuccessMs)}, ${formatInteger(e.exportedBatches ?? 0)} batch(es) sent, ` +
        `${formatInteger(e.failedBatches ?? 0)} failed, ${formatInteger(pending)} record(s) waiting` +
        (e.lastError ? `; last error ${ago(now, e.lastErrorMs)}: ${e.lastError}` : '') +
        ((e.rejectedItems ?? 0) > 0 ? `; ${formatInteger(e.rejectedItems!)} record(s) rejected` : ''),
      fix: failing
        ? 'check the exporter settings (directory writable? endpoint reachable?); records wait and are retried'
        : undefined,
    };
  });
