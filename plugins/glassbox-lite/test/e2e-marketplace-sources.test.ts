import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ClaudeHome,
  createClaudeHome,
  type FakeAnthropicApi,
  isAgentLoopRequest,
  runClaude,
  runClaudeCli,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pluginPackageName, writePluginPackage } from '../../../scripts/plugin-package.mjs';
import {
  agentHealth,
  copyMarketplace,
  freePort,
  PLUGIN_DIR,
  readFileExport,
  stopAgent,
  toolSpans,
  until,
  useAgentHome,
} from './e2e-helpers.js';
import { bareRepository, githubFromDirectory } from './local-git.js';
import { type LocalRegistry, startLocalRegistry } from './local-registry.js';

/**
 * The five plugin source types of a marketplace entry, each installed by the real `claude plugin install` and
 * recording a session, with git and npm served on this machine: `https://github.com/…` is rewritten to bare
 * repositories on disk (`url.<file://…>.insteadOf` in an isolated global git config), npm comes from a local
 * verdaccio named in the isolated HOME's `.npmrc`. `relative` is the repository's own marketplace, added as
 * `glassbox-dev/glassbox` from GitHub; the other four are one-entry marketplaces as a private marketplace would
 * list the same bundle (docs/marketplace.md).
 */
const SOURCES = ['relative', 'github', 'url', 'git-subdir', 'npm'] as const;
type SourceType = (typeof SOURCES)[number];

interface InstalledPlugin {
  readonly installPath: string;
  readonly version: string;
  readonly gitCommitSha?: string;
}

describe('glassbox-lite installed from each marketplace source type (real binary, git and npm served locally)', () => {
  let home: ClaudeHome;
  let port: number;
  let registry: LocalRegistry | undefined;
  let env: Record<string, string>;
  /** The commit of each bare repository: the repository's marketplace, and the plugin folder alone. */
  const commits: Record<string, string> = {};
  const entries = {} as Record<Exclude<SourceType, 'relative'>, Record<string, unknown>>;
  const timings: Record<string, number> = {};
  const timed = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await work();
    } finally {
      timings[what] = Date.now() - started;
    }
  };

  beforeAll(async () => {
    port = await freePort();
    home = await createClaudeHome('glassbox-e2e-sources-');
    useAgentHome(join(home.configDir, 'glassbox'));
    const git = join(home.root, 'git');
    await timed('git repositories', async () => {
      // This repository as pushed: the marketplace and the shipped folder of each plugin it lists.
      await copyMarketplace(join(home.root, 'trees', 'glassbox'));
      commits.glassbox = await bareRepository(
        join(home.root, 'trees', 'glassbox'),
        join(git, 'glassbox-dev', 'glassbox.git'),
      );
      // The plugin folder alone (what scripts/plugin-package.mjs writes), as its own repository.
      await writePluginPackage(PLUGIN_DIR, join(home.root, 'trees', 'glassbox-lite'));
      commits.lite = await bareRepository(
        join(home.root, 'trees', 'glassbox-lite'),
        join(git, 'glassbox-dev', 'glassbox-lite.git'),
      );
    });
    const gitconfig = join(home.home, '.gitconfig');
    await githubFromDirectory(gitconfig, git);
    env = { GIT_CONFIG_GLOBAL: gitconfig, GIT_CONFIG_NOSYSTEM: '1', CLAUDE_CODE_PLUGIN_PREFER_HTTPS: '1' };

    registry = await timed('verdaccio start', () => startLocalRegistry(join(home.root, 'registry')));
    await timed('npm publish', async () => {
      const dir = join(home.root, 'npm', 'glassbox-lite');
      await writePluginPackage(PLUGIN_DIR, dir);
      await registry!.publish(dir);
    });
    // The user's npm configuration names the registry: Claude Code fetches npm sources with the user's npm.
    await writeFile(join(home.home, '.npmrc'), `registry=${registry.url}\n`);

    const version = JSON.parse(
      await readFile(join(PLUGIN_DIR, '.claude-plugin/plugin.json'), 'utf8'),
    ).version;
    Object.assign(entries, {
      github: { source: 'github', repo: 'glassbox-dev/glassbox-lite', ref: 'main' },
      url: {
        source: 'url',
        url: `file://${join(git, 'glassbox-dev', 'glassbox-lite.git')}`,
        sha: commits.lite,
      },
      'git-subdir': { source: 'git-subdir', url: 'glassbox-dev/glassbox', path: 'plugins/glassbox-lite' },
      npm: { source: 'npm', package: pluginPackageName('glassbox-lite'), version },
    });
  }, 180_000);

  afterAll(async () => {
    if (port) await stopAgent(port);
    await registry?.close();
    console.log(`marketplace source timings (ms): ${JSON.stringify(timings)}`);
    await home?.cleanup();
  });

  /** A local-directory marketplace `glassbox-<type>` listing glassbox-lite from `source`. */
  async function oneEntryMarketplace(type: SourceType, source: Record<string, unknown>): Promise<string> {
    const dir = join(home.root, 'marketplaces', type);
    const manifest = {
      name: `glassbox-${type}`,
      description: `Glassbox Lite from a ${type} source.`,
      owner: { name: 'Glassbox' },
      plugins: [{ name: 'glassbox-lite', source, description: 'Glassbox Lite.', category: 'monitoring' }],
    };
    await mkdir(join(dir, '.claude-plugin'), { recursive: true });
    await writeFile(join(dir, '.claude-plugin', 'marketplace.json'), JSON.stringify(manifest, null, 2));
    return dir;
  }

  for (const type of SOURCES) {
    it(`should install glassbox-lite from a ${type} source and record a session with the installed copy`, async () => {
      const cli = (args: string[]) => runClaudeCli(args, { home, env, timeoutMs: 180_000 });
      let marketplace: string;
      if (type === 'relative') {
        // The repository's own marketplace.json, added from GitHub (here: the bare repository).
        const add = await timed(`${type} add`, () =>
          cli(['plugin', 'marketplace', 'add', 'glassbox-dev/glassbox']),
        );
        expect(add.exitCode, add.stdout + add.stderr).toBe(0);
        marketplace = 'glassbox';
      } else {
        const dir = await oneEntryMarketplace(type, entries[type]);
        const validate = await cli(['plugin', 'validate', '--strict', dir]);
        expect(validate.exitCode, validate.stdout + validate.stderr).toBe(0);
        const add = await cli(['plugin', 'marketplace', 'add', dir]);
        expect(add.exitCode, add.stdout + add.stderr).toBe(0);
        marketplace = `glassbox-${type}`;
      }
      const id = `glassbox-lite@${marketplace}`;
      const install = await timed(`${type} install`, () => cli(['plugin', 'install', id]));
      expect(install.exitCode, install.stdout + install.stderr).toBe(0);
      const installed = JSON.parse(
        await readFile(join(home.configDir, 'plugins', 'installed_plugins.json'), 'utf8'),
      ) as { plugins: Record<string, InstalledPlugin[]> };
      const copy = installed.plugins[id]![0]!;
      if (type === 'npm') expect(copy.gitCommitSha).toBeUndefined();
      else
        expect(copy.gitCommitSha).toBe(type === 'github' || type === 'url' ? commits.lite : commits.glassbox);
      // The installed copy is the plugin as built, wherever it came from.
      for (const file of ['.claude-plugin/plugin.json', 'dist/agent.mjs', 'hooks/register.js'])
        expect(await readFile(join(copy.installPath, file), 'utf8'), file).toBe(
          await readFile(join(PLUGIN_DIR, file), 'utf8'),
        );

      const toolUseId = `toolu_${type.replace('-', '_')}`;
      const api: FakeAnthropicApi = await startFakeAnthropicApi({
        script: [
          {
            when: isAgentLoopRequest,
            reply: {
              content: [
                { type: 'tool_use', id: toolUseId, name: 'Bash', input: { command: `echo ${type}` } },
              ],
              usage: { input_tokens: 900, output_tokens: 30 },
            },
          },
          {
            when: isAgentLoopRequest,
            reply: {
              content: [{ type: 'text', text: 'done' }],
              usage: { input_tokens: 950, output_tokens: 8 },
            },
          },
        ],
      });
      try {
        const run = await timed(`${type} session`, () =>
          runClaude({
            apiUrl: api.url,
            home,
            env,
            prompt: `record this session (${type})`,
            allowedTools: ['Bash'],
            settings: { pluginConfigs: { [id]: { options: { agentPort: port } } } },
            timeoutMs: 180_000,
          }),
        );
        expect(run.result?.subtype, run.stdout + run.stderr).toBe('success');
      } finally {
        await api.close();
      }
      // The agent that recorded it runs from the installed copy, and exported the session into its data dir.
      const health = await until(async () => agentHealth(port), 'the agent');
      const cmdline = (await readFile(`/proc/${health.pid}/cmdline`, 'utf8')).split('\0');
      expect(cmdline).toContain(join(copy.installPath, 'dist', 'agent.mjs'));
      const dataDir = join(home.configDir, 'plugins', 'data', id.replace(/[^A-Za-z0-9_-]/g, '-'));
      await until(
        async () => toolSpans(await readFileExport(join(dataDir, 'telemetry'))).get(toolUseId)?.length === 1,
        `the ${type} session's tool call in ${dataDir}/telemetry`,
      );

      // The next source type starts its own agent from its own copy.
      await stopAgent(port);
      const uninstall = await cli(['plugin', 'uninstall', id]);
      expect(uninstall.exitCode, uninstall.stdout + uninstall.stderr).toBe(0);
    }, 420_000);
  }
});
