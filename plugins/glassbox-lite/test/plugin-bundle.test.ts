import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignImports } from './bundle-imports.js';

const PLUGIN = join(import.meta.dirname, '..');

/**
 * The bundle as committed (HEAD), since `pnpm test` builds first and would otherwise compare a fresh build with
 * itself; outside a git checkout, the file on disk.
 */
async function committedVersion(file: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)('git', ['show', `HEAD:./${file}`], {
      cwd: PLUGIN,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch {
    return readFile(join(PLUGIN, file), 'utf8');
  }
}

describe('the committed plugin bundle', () => {
  let fresh: string;

  beforeAll(async () => {
    fresh = await mkdtemp(join(tmpdir(), 'glassbox-lite-build-'));
    await promisify(execFile)(process.execPath, [
      join(PLUGIN, '../../scripts/build-plugin.mjs'),
      PLUGIN,
      '--out',
      fresh,
    ]);
  });

  afterAll(async () => {
    await rm(fresh, { recursive: true, force: true });
  });

  it('should commit bundles, plugin.json, commands and hook scripts equal to a fresh build of the manifest, plugins/shared/hooks, packages/mod, packages/agent and packages/cli', async () => {
    for (const file of [
      'hooks/register.js',
      'dist/agent.mjs',
      'dist/cli.mjs',
      '.claude-plugin/plugin.json',
      'commands/report.md',
      // Generated from plugins/shared/hooks: a hand-edited copy differs from a fresh build.
      'hooks/ensure-agent.sh',
      'hooks/glassbox-channel.sh',
      'hooks/notify.sh',
    ]) {
      const committed = await committedVersion(file);
      const rebuilt = await readFile(join(fresh, file), 'utf8');
      expect(
        committed === rebuilt,
        `${file} is stale: run pnpm --filter glassbox-lite build and commit it`,
      ).toBe(true);
    }
  });

  it('should ship a self-contained agent and CLI: no import of anything but Node built-ins', async () => {
    for (const file of ['dist/agent.mjs', 'dist/cli.mjs']) {
      const { staticImports, foreign } = foreignImports(await readFile(join(PLUGIN, file), 'utf8'));
      expect(staticImports, file).toBeGreaterThan(0);
      expect(foreign, file).toEqual([]);
    }
  });

  it('should ship a hooks module that imports nothing at all (the host allows relative imports only)', async () => {
    const mod = await readFile(join(PLUGIN, 'hooks/register.js'), 'utf8');
    expect(mod).not.toMatch(/^\s*import\s/m);
    expect(mod).toMatch(/^export\s*\{\s*register\s*\};?$/m);
  });

  it('should keep the start script executable', async () => {
    expect((await stat(join(PLUGIN, 'hooks/ensure-agent.sh'))).mode & 0o100).toBeTruthy();
  });
});
