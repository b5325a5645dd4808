// Doctor: the plugin options the running agent could not use.
import type { DoctorCheckRun } from './doctor-check.js';

export const configurationCheck: DoctorCheckRun = ({ status }) =>
  (status?.configProblems ?? []).map((problem) => ({
    name: 'configuration',
    level: 'warn',
    message: String(problem),
    fix: 'fix the plugin option in /config (Glassbox Lite); the default is used meanwhile',
  }));
