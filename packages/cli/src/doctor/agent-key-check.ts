// Doctor: the channel key file: present, 0600 and ours.
import type { DoctorCheckRun } from './doctor-check.js';

export const agentKeyCheck: DoctorCheckRun = ({ keyFile }) => {
  if (!keyFile) return undefined;
  return keyFile.key
    ? { name: 'agent key', level: 'ok', message: `channel key ${keyFile.path} (0600, yours)` }
    : keyFile.absent
      ? {
          name: 'agent key',
          level: 'info',
          message: `no channel key yet (${keyFile.path})`,
          fix: 'the agent creates it when it first starts',
        }
      : {
          name: 'agent key',
          level: 'warn',
          message: `${keyFile.path} ${keyFile.problem}: the agent and its clients refuse it`,
          fix: keyFile.problem?.startsWith('has mode')
            ? `chmod 600 ${keyFile.path}`
            : `remove it (rm ${keyFile.path}); the next agent start creates a new one`,
        };
};
