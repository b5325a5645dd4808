// Doctor: whether the in-process mod reports from the sessions the agent saw.
import type { DoctorCheckRun } from './doctor-check.js';

export const modCheck: DoctorCheckRun = ({ status }) => {
  if (!status) return undefined;
  const sessions = status.sessions ?? [];
  const modAlive = status.modAliveSessions ?? [];
  return sessions.length === 0
    ? { name: 'mod', level: 'info', message: 'no session seen yet: cannot tell whether the mod loads' }
    : modAlive.length > 0
      ? {
          name: 'mod',
          level: 'ok',
          message: `the mod reported from ${modAlive.length} of ${sessions.length} session(s)`,
        }
      : {
          name: 'mod',
          level: 'warn',
          message: `the mod reported from none of ${sessions.length} session(s): live timing comes from hooks only`,
          fix: 'mods need a Claude Code that loads them; usage and cost are still exact (from the transcript)',
        };
};
