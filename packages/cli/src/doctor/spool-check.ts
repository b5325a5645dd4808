// Doctor: the agent's spool: its size, and anything a crash, a full disk or its limit cost.
import { formatBytes, formatInteger } from '../format-units.js';
import type { DoctorCheckRun } from './doctor-check.js';

export const spoolCheck: DoctorCheckRun = ({ status }) => {
  if (!status) return undefined;
  const spool = status.spool ?? {};
  const spoolBad =
    (spool.corruptLines ?? 0) > 0 ||
    (spool.droppedSegments ?? 0) > 0 ||
    (spool.quarantinedSegments ?? 0) > 0 ||
    (spool.failedWrites ?? 0) > 0;
  return {
    name: 'spool',
    level: spoolBad ? 'warn' : 'ok',
    message:
      `spool ${formatBytes(spool.bytes ?? 0)} in ${formatInteger(spool.segments ?? 0)} segment(s)` +
      (spoolBad
        ? `; ${formatInteger(spool.corruptLines ?? 0)} corrupt line(s), ` +
          `${formatInteger(spool.droppedSegments ?? 0)} segment(s) dropped past the ${formatBytes(spool.limitBytes ?? 0)} limit ` +
          `(${formatInteger(spool.droppedRecords ?? 0)} record(s)), ` +
          `${formatInteger(spool.quarantinedSegments ?? 0)} unreadable segment(s) moved aside, ` +
          `${formatInteger(spool.failedWrites ?? 0)} failed write(s)`
        : ''),
    fix: spoolBad
      ? 'a crash or a full disk damaged the spool, or an exporter was down long enough to fill it ' +
        '($GLASSBOX_SPOOL_MAX_MB raises the limit); the transcripts still have the data (they are reconciled)'
      : undefined,
  };
};
