import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalRegistry, startLocalRegistry } from '../../glassbox-lite/test/local-registry.js';

const run = promisify(execFile);
const REPO = join(import.meta.dirname, '..', '..', '..');

// Publishing every package to a local verdaccio takes a minute or two on 2 cores: opt in with GLASSBOX_REGISTRY_TEST=1.
const enabled = process.env.GLASSBOX_REGISTRY_TEST === '1';

interface Pkg {
  name: string;
  folder: string;
  dependencies: string[];
}

async function publicPackages(root: string): Promise<Pkg[]> {
  const found: Pkg[] = [];
  for (const folder of (await readdir(join(root, 'packages'))).sort()) {
    const m = JSON.parse(await readFile(join(root, 'packages', folder, 'package.json'), 'utf8'));
    if (!m.private) found.push({ name: m.name, folder, dependencies: Object.keys(m.dependencies ?? {}) });
  }
  return found;
}

describe.runIf(enabled)('changeset version + publish to a local registry', () => {
  let tmp: string;
  let repo: string;
  let registry: string;
  let server: LocalRegistry | undefined;
  const timings: Record<string, number> = {};
  let env: NodeJS.ProcessEnv;

  const timed = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await work();
    } finally {
      timings[what] = Date.now() - started;
    }
  };
  const sh = (cmd: string, args: string[]) =>
    run(cmd, args, { cwd: repo, env, maxBuffer: 64 * 1024 * 1024, timeout: 240_000 });
  const published = async (name: string): Promise<string[]> => {
    const res = await fetch(`${registry}/${name.replace('/', '%2f')}`);
    if (res.status === 404) return [];
    return Object.keys(((await res.json()) as { versions: Record<string, unknown> }).versions);
  };

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-registry-'));
    repo = join(tmp, 'repo');
    const local = await timed('verdaccio start', () => startLocalRegistry(join(tmp, 'registry')));
    server = local;
    registry = local.url.replace(/\/$/, '');
    env = {
      ...process.env,
      ...local.env,
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
    };
    await timed('copy repository', async () => {
      await run('git', ['clone', '--quiet', '--local', REPO, repo]);
      for (const pkg of await publicPackages(repo))
        await cp(join(REPO, 'packages', pkg.folder, 'dist'), join(repo, 'packages', pkg.folder, 'dist'), {
          recursive: true,
        });
      await sh('pnpm', ['install', '--offline', '--frozen-lockfile', '--ignore-scripts']);
    });
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    console.log(`registry test timings (ms): ${JSON.stringify(timings)}`);
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('should publish every public package, then after one changeset on one exporter only it and what carries it', async () => {
    const packages = await publicPackages(repo);
    await timed('first version + publish', async () => {
      await sh('pnpm', ['exec', 'changeset', 'version']);
      await sh(process.execPath, ['scripts/version-plugins.mjs']);
      await sh('pnpm', ['exec', 'changeset', 'publish']);
    });
    const before: Record<string, string[]> = {};
    for (const pkg of packages) {
      const version = JSON.parse(
        await readFile(join(repo, 'packages', pkg.folder, 'package.json'), 'utf8'),
      ).version;
      before[pkg.name] = await published(pkg.name);
      expect(before[pkg.name], `${pkg.name}@${version} published`).toContain(version);
    }

    const litePlugin = join(repo, 'plugins/glassbox-lite/.claude-plugin/plugin.json');
    const liteFirst = JSON.parse(await readFile(litePlugin, 'utf8')).version as string;
    await writeFile(
      join(repo, '.changeset/console-fix.md'),
      "---\n'@glassbox/exporter-console': patch\n---\n\nfix(exporter-console): a test fix\n",
    );
    await sh('git', ['add', '-A']);
    await sh('git', ['commit', '-qm', 'first release']);
    await timed('second version + publish', async () => {
      await sh('pnpm', ['exec', 'changeset', 'version']);
      await sh(process.execPath, ['scripts/version-plugins.mjs']);
      await sh('pnpm', ['exec', 'changeset', 'publish']);
    });
    // What carries the exporter: the public packages that depend on it, directly or through another.
    const carriers = new Set(['@glassbox/exporter-console']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const pkg of packages)
        if (!carriers.has(pkg.name) && pkg.dependencies.some((d) => carriers.has(d))) {
          carriers.add(pkg.name);
          grew = true;
        }
    }
    const republished: string[] = [];
    for (const pkg of packages)
      if ((await published(pkg.name)).length > before[pkg.name]!.length) republished.push(pkg.name);
    expect(republished.sort()).toEqual([...carriers].sort());
    // The plugin that bundles it follows with a patch.
    const liteSecond = JSON.parse(await readFile(litePlugin, 'utf8')).version as string;
    const [major, minor, patch] = liteFirst.split('.').map(Number);
    expect(liteSecond).toBe(`${major}.${minor}.${patch! + 1}`);
    await expect(sh(process.execPath, ['scripts/version-plugins.mjs', '--check'])).resolves.toBeDefined();
  }, 600_000);
});
