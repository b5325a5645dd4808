// Doctor: are there Claude Code transcripts where we look.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DoctorCheckRun } from './doctor-check.js';

export const transcriptsCheck: DoctorCheckRun = ({ configDirs }) => {
  const projects = configDirs.map((d) => join(d, 'projects')).filter((p) => existsSync(p));
  return projects.length > 0
    ? { name: 'transcripts', level: 'ok', message: `Claude Code transcripts in ${projects.join(', ')}` }
    : {
        name: 'transcripts',
        level: 'warn',
        message: `no transcripts under ${configDirs.map((d) => join(d, 'projects')).join(', ')}`,
        fix: 'run a Claude Code session first, or pass --config-dir (or set CLAUDE_CONFIG_DIR) to where Claude Code keeps them',
      };
};
