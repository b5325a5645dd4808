import { join } from 'node:path';
import { type ClaudeHome, createClaudeHome, runClaudeCli } from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PLUGIN = join(import.meta.dirname, '..');

describe('claude plugin validate --strict (real Claude Code binary)', () => {
  let home: ClaudeHome;

  beforeAll(async () => {
    home = await createClaudeHome('glassbox-datadog-validate-');
  });

  afterAll(async () => {
    await home?.cleanup();
  });

  it('should pass for the plugin, listing the mod, its calls and every settings hook', async () => {
    const { exitCode, stdout, stderr } = await runClaudeCli(['plugin', 'validate', '--strict', PLUGIN], {
      home,
    });
    expect(exitCode, stdout + stderr).toBe(0);
    expect(stdout).toContain('Validation passed');
    expect(stdout).toMatch(
      /register\.js hooks: session\.start, prompt\.submit, turn\.start, tool\.call, agent\.spawn, turn\.complete/,
    );
    for (const event of [
      'SessionStart',
      'UserPromptSubmit',
      'Stop',
      'StopFailure',
      'SubagentStop',
      'PreCompact',
      'SessionEnd',
    ])
      expect(stdout).toContain(`hooks: ${event} `);
    // The hot path makes no host call: only flushes, the session id and the store appear.
    expect(stdout).toMatch(/calls: .*\$\.http\.fetch \(via call\)/);
    expect(stdout).toMatch(/env reads: CLAUDE_CONFIG_DIR, GLASSBOX_HOME, HOME/);
    // The slash commands that run the bundled CLI (their `!` lines and allowed-tools pass the checks).
    for (const command of ['doctor', 'report', 'trace'])
      expect(stdout).toContain(`commands: glassbox-datadog:${command}`);
  });
});
