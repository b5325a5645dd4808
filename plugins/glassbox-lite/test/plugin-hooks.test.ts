import { chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleHooks } from '../../../scripts/build-plugin.mjs';
import { HOOKS_SOURCE, renderEnsureAgent } from '../../../scripts/plugin-hooks.mjs';

const PLUGINS = join(import.meta.dirname, '../..');
const BUNDLES = ['glassbox', 'glassbox-audit', 'glassbox-datadog', 'glassbox-lite'];

/**
 * The hook scripts every plugin ships are generated from plugins/shared/hooks (scripts/plugin-hooks.mjs): the
 * committed copies equal a fresh generation, and a hand-edited copy is told apart.
 */
describe('the generated hook scripts', () => {
  let copies: string;

  beforeAll(async () => {
    copies = await mkdtemp(join(tmpdir(), 'glassbox-plugin-hooks-'));
  });

  afterAll(async () => {
    await rm(copies, { recursive: true, force: true });
  });

  it('should commit in every plugin the scripts generated from plugins/shared/hooks', async () => {
    for (const bundle of BUNDLES)
      expect(await staleHooks(join(PLUGINS, bundle), { esbuild: { build } })).toEqual([]);
  });

  it('should report a hand-edited copy, a changed rank and a lost executable bit', async () => {
    const plugin = join(copies, 'glassbox-datadog');
    await cp(join(PLUGINS, 'glassbox-datadog'), plugin, {
      recursive: true,
      filter: (src) => !src.includes('node_modules') && !src.includes(`${join('glassbox-datadog', 'dist')}`),
    });
    expect(await staleHooks(plugin, { esbuild: { build } })).toEqual([]);
    const notify = join(plugin, 'hooks/notify.sh');
    await writeFile(notify, `${await readFile(notify, 'utf8')}# edited by hand\n`);
    const ensure = join(plugin, 'hooks/ensure-agent.sh');
    await writeFile(ensure, (await readFile(ensure, 'utf8')).replace('\nrank=2\n', '\nrank=5\n'));
    expect(await staleHooks(plugin, { esbuild: { build } })).toEqual([
      'hooks/ensure-agent.sh',
      'hooks/notify.sh',
    ]);
    await cp(join(PLUGINS, 'glassbox-datadog/hooks'), join(plugin, 'hooks'), { recursive: true });
    await chmod(ensure, 0o644);
    expect(await staleHooks(plugin, { esbuild: { build } })).toEqual(['hooks/ensure-agent.sh']);
  });

  it("should fill in ensure-agent.sh a generated bundle's name, rank, variables and secrets", async () => {
    const template = await readFile(join(HOOKS_SOURCE, 'ensure-agent.sh'), 'utf8');
    const manifest = { name: 'glassbox-example', options: {} };
    const keyVariables = ['CLAUDE_PLUGIN_ROOT', 'CLAUDE_PLUGIN_OPTION_APIKEY', 'CLAUDE_PLUGIN_OPTION_TOKEN'];
    const script = renderEnsureAgent(template, manifest, { rank: 7, keyVariables }, ['apiKey', 'token']);
    expect(script).toContain('\nplugin=glassbox-example\nrank=7\n');
    expect(script).toContain(
      '\nkey_vars=(CLAUDE_PLUGIN_ROOT CLAUDE_PLUGIN_OPTION_APIKEY CLAUDE_PLUGIN_OPTION_TOKEN)\nkey=""\n',
    );
    expect(script).toContain('(not as configKey: apiKey, token are secrets).\n');
    expect(script).not.toMatch(/@[A-Z_]+@/);
  });

  it('should refuse an agent entry whose configuration variables it does not know', () => {
    const manifest = { name: 'glassbox-example', agentEntry: 'elsewhere/main.ts', options: {} };
    expect(() => renderEnsureAgent('', manifest, { rank: 1, keyVariables: [] })).toThrow(
      /elsewhere\/main.ts/,
    );
  });
});
