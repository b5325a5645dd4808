import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
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
import { agentStatus, copyMarketplace, freePort, stopAgent, until, useAgentHome } from './e2e-helpers.js';
import { type LocalRegistry, startLocalRegistry } from './local-registry.js';

const run = promisify(execFile);
const REPO = join(import.meta.dirname, '..', '..', '..');
const PACKAGE = '@you/glassbox-exporter-acme';

interface AcmeLine {
  readonly signal: 'span' | 'metric' | 'log' | 'audit';
  readonly record: {
    readonly name?: string;
    readonly attributes?: Record<string, unknown>;
    readonly resource?: Record<string, unknown>;
  };
}

/** `git status --porcelain`: what the run changed in this repository (it must change nothing). */
const repositoryChanges = async (): Promise<string> =>
  (await run('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: REPO })).stdout;

/**
 * The contributor kit end to end, outside the repository: `npm init glassbox-exporter` from a local registry
 * (verdaccio, with this repository's @glassbox/spec, @glassbox/testkit and create-glassbox-exporter published to it
 * first), `npm publish` of the scaffold (its prepublishOnly builds and runs the conformance suite), `npm install`
 * of it into the installed plugin's exporter directory, and a real session whose spans, logs and metrics reach it,
 * configured by package name alone.
 */
describe('a scaffolded exporter from a local registry, loaded by the installed plugin (real binary)', () => {
  let home: ClaudeHome;
  let registry: LocalRegistry | undefined;
  let api: FakeAnthropicApi | undefined;
  let port: number;
  let npmEnv: NodeJS.ProcessEnv;
  let before: string;
  const timings: Record<string, number> = {};
  const timed = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await work();
    } finally {
      timings[what] = Date.now() - started;
    }
  };
  const npm = (args: string[], cwd: string) =>
    run('npm', args, { cwd, env: npmEnv, maxBuffer: 16 * 1024 * 1024, timeout: 240_000 });

  beforeAll(async () => {
    before = await repositoryChanges();
    port = await freePort();
    home = await createClaudeHome('glassbox-e2e-kit-');
    useAgentHome(join(home.configDir, 'glassbox'));
    registry = await timed('verdaccio start', () => startLocalRegistry(join(home.root, 'registry')));
    npmEnv = { ...process.env, ...registry.env, npm_config_yes: 'true', npm_config_fund: 'false' };
    await timed('publish spec, testkit, kit', async () => {
      const tarballs = join(home.root, 'tarballs');
      for (const folder of ['spec', 'testkit', 'create-glassbox-exporter']) {
        // pnpm pack turns workspace:* into the version, as `changeset publish` does.
        await run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(REPO, 'packages', folder) });
      }
      for (const tarball of await readdir(tarballs)) await registry!.publish(join(tarballs, tarball));
    });
  }, 240_000);

  afterAll(async () => {
    if (port) await stopAgent(port);
    await api?.close();
    await registry?.close();
    console.log(`scaffolded exporter timings (ms): ${JSON.stringify(timings)}`);
    await home?.cleanup();
  });

  it('should scaffold, test and publish the package, then deliver a session to it from the installed plugin', async () => {
    const work = join(home.root, 'work');
    await mkdir(work, { recursive: true });
    await timed('npm init glassbox-exporter', () =>
      npm(['init', 'glassbox-exporter', 'acme', '--', '--name', PACKAGE], work),
    );
    const acme = join(work, 'acme');
    const manifest = JSON.parse(await readFile(join(acme, 'package.json'), 'utf8'));
    expect(manifest.name).toBe(PACKAGE);

    // Its development dependencies: @glassbox/spec and @glassbox/testkit from the registry; typescript, vitest and
    // @types/node (not in the offline registry) from this workspace, as links.
    await timed('install dev dependencies', async () => {
      const deps = join(home.root, 'deps');
      await npm(
        ['install', '--prefix', deps, '--legacy-peer-deps', '@glassbox/spec', '@glassbox/testkit'],
        home.root,
      );
      const modules = join(acme, 'node_modules');
      await mkdir(join(modules, '.bin'), { recursive: true });
      await cp(join(deps, 'node_modules', '@glassbox'), join(modules, '@glassbox'), { recursive: true });
      await mkdir(join(modules, '@types'), { recursive: true });
      for (const name of ['vitest', 'typescript', '@types/node'])
        await symlink(join(REPO, 'node_modules', name), join(modules, name));
      await symlink('../typescript/bin/tsc', join(modules, '.bin', 'tsc'));
      await symlink('../vitest/vitest.mjs', join(modules, '.bin', 'vitest'));
    });
    // prepublishOnly builds and runs the conformance suite against the published testkit.
    const published = await timed('npm publish (build + conformance)', () => npm(['publish'], acme));
    expect(published.stdout + published.stderr).toContain(`${PACKAGE}@0.1.0`);

    // The plugin, installed from the marketplace, and the exporter installed into its exporter directory.
    const marketplace = join(home.root, 'marketplace');
    await copyMarketplace(marketplace);
    expect((await runClaudeCli(['plugin', 'marketplace', 'add', marketplace], { home })).exitCode).toBe(0);
    const install = await runClaudeCli(['plugin', 'install', 'glassbox-lite@glassbox'], { home });
    expect(install.exitCode, install.stdout + install.stderr).toBe(0);
    const dataDir = join(home.configDir, 'plugins', 'data', 'glassbox-lite-glassbox');
    await timed('npm install into the exporter directory', () =>
      npm(['install', '--prefix', join(dataDir, 'exporters'), PACKAGE], home.root),
    );

    // Configured by name only: the exporters option lists the package, with its one required option.
    const out = join(home.root, 'acme-out', 'telemetry.jsonl');
    const exporters = JSON.stringify(['file', [PACKAGE, { file: out }]]);
    api = await startFakeAnthropicApi({
      script: [
        {
          when: isAgentLoopRequest,
          reply: {
            content: [{ type: 'tool_use', id: 'toolu_kit', name: 'Bash', input: { command: 'echo kit' } }],
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
    const session = await timed('session', () =>
      runClaude({
        apiUrl: api!.url,
        home,
        prompt: 'send this session to acme',
        allowedTools: ['Bash'],
        settings: {
          pluginConfigs: { 'glassbox-lite@glassbox': { options: { agentPort: port, exporters } } },
        },
        timeoutMs: 180_000,
      }),
    );
    expect(session.result?.subtype, session.stdout + session.stderr).toBe('success');
    const sessionId = session.result!.session_id;

    const lines = await until(async () => {
      const text = await readFile(out, 'utf8').catch(() => '');
      const parsed = text
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as AcmeLine);
      const tool = parsed.some(
        (l) => l.signal === 'span' && l.record.attributes?.['gen_ai.tool.call.id'] === 'toolu_kit',
      );
      return tool && parsed.some((l) => l.signal === 'metric') && parsed.some((l) => l.signal === 'log')
        ? parsed
        : undefined;
    }, 'the session in the scaffolded exporter');
    const text = JSON.stringify(lines);
    expect(text).toContain(sessionId);
    expect(lines.filter((l) => l.signal === 'span').length).toBeGreaterThanOrEqual(3);
    const status = await agentStatus(port);
    expect(JSON.stringify(status)).not.toContain('INVALID_CONFIG');

    // Nothing of this repository was written.
    expect(await repositoryChanges()).toBe(before);
  }, 600_000);
});
