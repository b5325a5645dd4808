// Doctor: is Node new enough for the agent and the CLI.
import type { DoctorCheckRun } from './doctor-check.js';

export const nodeCheck: DoctorCheckRun = () => {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  return major > 20 || (major === 20 && minor >= 19)
    ? { name: 'node', level: 'ok', message: `Node ${process.versions.node}` }
    : {
        name: 'node',
        level: 'fail',
        message: `Node ${process.versions.node} is too old`,
        fix: 'install Node 20.19 or newer (the agent and this CLI need it)',
      };
};
