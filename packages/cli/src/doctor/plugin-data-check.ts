// Doctor: which agent data directory was found (a plugin that has run a session has one).
import type { DoctorCheckRun } from './doctor-check.js';

export const pluginDataCheck: DoctorCheckRun = ({ dataDir, dataDirs }) =>
  dataDir
    ? {
        name: 'plugin data',
        level: 'ok',
        message: `agent data directory ${dataDir}${dataDirs.length > 1 ? ` (also: ${dataDirs.slice(1).join(', ')})` : ''}`,
      }
    : {
        name: 'plugin data',
        level: 'info',
        message: 'no Glassbox agent data directory found: the plugin has not run a session yet',
        fix: 'install the glassbox or glassbox-lite plugin and start a Claude Code session; the agent starts with it',
      };
