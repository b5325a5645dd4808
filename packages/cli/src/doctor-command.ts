// `glassbox doctor`: the command and its text; the checks are in `doctor/` (one module each, `DOCTOR_CHECKS`).
import { writeJson } from './cli-io.js';
import { CLI_VERSION } from './cli-version.js';
import { defineCommand, EXIT_FAILURE, EXIT_OK } from './define-command.js';
import type { CheckLevel } from './doctor/doctor-check.js';
import { runDoctor } from './doctor/run-doctor.js';

export type { CheckLevel, DoctorCheck } from './doctor/doctor-check.js';
export type { DoctorJson } from './doctor/run-doctor.js';

const MARK: Record<CheckLevel, string> = { ok: '✓', info: '·', warn: '!', fail: '✗' };

export const doctorCommand = defineCommand({
  name: 'doctor',
  summary: 'is the agent up, are exporters delivering, is anything misconfigured — and what to do',
  description: [
    'Asks the local agent for its status (a signed GET /status on its loopback port, found in agent.endpoint, ' +
      "the plugin's data directory or settings; a reply not signed with your key is no agent) " +
      'and explains it: version, spool, last export and last error per exporter, ' +
      'dropped or ignored events, configuration problems, whether the mod reports in. It does not start ' +
      'Claude Code.',
  ],
  options: {
    'config-dir': {
      type: 'string',
      value: 'DIR',
      multiple: true,
      description: 'Claude config directory (default $CLAUDE_CONFIG_DIR, else ~/.claude)',
    },
    'data-dir': { type: 'string', value: 'DIR', description: "the agent's data directory (default: found)" },
    port: {
      type: 'string',
      value: 'PORT',
      description: "the agent's port (default: from its lock file or 47821)",
    },
  },
  exitCodes: ['1 a check failed (an exporter is failing, Node too old)'],
  async run(ctx) {
    const result = await runDoctor(ctx);
    if (ctx.json) writeJson(ctx.io, result);
    else {
      const lines = [`glassbox ${CLI_VERSION} doctor`, ''];
      for (const c of result.checks) {
        lines.push(`${MARK[c.level]} ${c.name}: ${c.message}`);
        if (c.fix && c.level !== 'ok') lines.push(`    → ${c.fix}`);
      }
      lines.push(
        '',
        !result.healthy
          ? 'Something needs attention (see ✗ above).'
          : result.warnings > 0
            ? 'Nothing is failing, but see the warnings (! above).'
            : 'Nothing needs doing.',
      );
      ctx.io.stdout.write(`${lines.join('\n')}\n`);
    }
    return result.healthy ? EXIT_OK : EXIT_FAILURE;
  },
});
