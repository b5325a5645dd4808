// Doctor: sessions whose cost differs from Claude Code's own total (a model or rule newer than this build).
import type { DoctorCheckRun } from './doctor-check.js';

export const costDriftCheck: DoctorCheckRun = ({ status }) => {
  const drift = (status?.sessions ?? []).filter(
    (s) => typeof s.costDriftUsd === 'number' && Math.abs(s.costDriftUsd) > 0.000_001,
  );
  if (drift.length === 0) return undefined;
  return {
    name: 'cost',
    level: 'warn',
    message: `${drift.length} session(s) where Glassbox's cost differs from Claude Code's own total`,
    fix: 'a model or pricing rule newer than this build: update Glassbox',
  };
};
