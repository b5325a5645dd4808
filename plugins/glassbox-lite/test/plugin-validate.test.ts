import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ClaudeHome, createClaudeHome, runClaudeCli } from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pluginFolders } from '../../../scripts/plugin-manifest.mjs';

const PLUGIN = join(import.meta.dirname, '..');
/** The repository root is the marketplace: `.claude-plugin/marketplace.json` lists `./plugins/<name>`. */
const MARKETPLACE = join(PLUGIN, '..', '..');

describe('claude plugin validate --strict (real Claude Code binary)', () => {
  let home: ClaudeHome;

  beforeAll(async () => {
    home = await createClaudeHome('glassbox-validate-');
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
      expect(stdout).toContain(`commands: glassbox-lite:${command}`);
  });

  it('should pass for the marketplace, which lists the plugin by relative path', async () => {
    const { exitCode, stdout, stderr } = await runClaudeCli(['plugin', 'validate', '--strict', MARKETPLACE], {
      home,
    });
    expect(exitCode, stdout + stderr).toBe(0);
    expect(stdout).toContain('Validation passed');
  });

  it('should list every plugin bundle of the repository by relative path, and nothing else', async () => {
    const { plugins } = JSON.parse(
      await readFile(join(MARKETPLACE, '.claude-plugin', 'marketplace.json'), 'utf8'),
    ) as { plugins: Array<{ name: string; source: unknown }> };
    expect(plugins.map((p) => p.source).sort()).toEqual(
      pluginFolders(MARKETPLACE).map((name: string) => `./plugins/${name}`),
    );
  });

  for (const plugin of pluginFolders(MARKETPLACE))
    it(`should pass for plugins/${plugin}`, async () => {
      const dir = join(MARKETPLACE, 'plugins', plugin);
      const { exitCode, stdout, stderr } = await runClaudeCli(['plugin', 'validate', '--strict', dir], {
        home,
      });
      expect(exitCode, stdout + stderr).toBe(0);
      expect(stdout).toContain('Validation passed');
    });
});
