import { join } from 'node:path';
import { type ClaudeHome, createClaudeHome, runClaudeCli } from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundleManifest } from '../../../scripts/plugin-manifest.mjs';

const PLUGIN = join(import.meta.dirname, '..');

describe('glassbox-audit: claude plugin validate --strict (real Claude Code binary)', () => {
  let home: ClaudeHome;

  beforeAll(async () => {
    home = await createClaudeHome('glassbox-audit-validate-');
  });

  afterAll(async () => {
    await home?.cleanup();
  });

  it('should pass, with the mod, every settings hook and the audit command', async () => {
    const { exitCode, stdout, stderr } = await runClaudeCli(['plugin', 'validate', '--strict', PLUGIN], {
      home,
    });
    expect(exitCode, stdout + stderr).toBe(0);
    expect(stdout).toContain('Validation passed');
    for (const event of ['SessionStart', 'UserPromptSubmit', 'Stop', 'SessionEnd'])
      expect(stdout).toContain(`hooks: ${event} `);
    for (const command of ['audit', 'doctor', 'report', 'trace'])
      expect(stdout).toContain(`commands: glassbox-audit:${command}`);
  });

  it('should turn the audit trail on by default, with the file exporter', () => {
    const manifest = readBundleManifest(PLUGIN) as { exportersOption: { default: string } };
    expect(manifest.exportersOption.default.split(',')).toEqual(['audit', 'file']);
  });
});
