import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { freePort } from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../../packages/cli/src/cli-io.ts';
import { runCli } from '../../../packages/cli/src/run-cli.ts';
import { SCAN_WORKER_ARG } from '../../../packages/cli/src/scan-workers.ts';

const REPO = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(REPO, 'fixtures', 'transcripts-real', 'spotter');

interface ReportJson {
  totals: { responses: number; cost: number };
  bySession: Record<string, { cost: number; responses: number }>;
}

/** The bundled CLI as a user runs it: `node <copy>/dist/cli.mjs …`, with only the given environment. */
async function runBundle(
  cli: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/**
 * The checks of a plugin's bundled CLI, shared by both plugins' tests: `plugin` is the plugin folder, `name` its
 * name, `shipped` its SHIPPED_FILES.
 */
export function describeCliBundle(plugin: string, name: string, shipped: readonly string[]): void {
  describe(`the bundled glassbox CLI (${name}/dist/cli.mjs) run from a copy of the plugin`, () => {
    let root: string;
    let cli: string;
    let home: string;
    let closedPort: string;

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), `${name}-cli-`));
      home = join(root, 'home');
      await mkdir(home);
      for (const file of shipped) await cp(join(plugin, file), join(root, 'plugin', file));
      cli = join(root, 'plugin', 'dist', 'cli.mjs');
      // A port nothing listens on, so doctor never reaches a real agent on this machine.
      closedPort = String(await freePort());
    });

    afterAll(async () => {
      await rm(root, { recursive: true, force: true });
    });

    it('should have no node_modules to lean on anywhere above the copy', () => {
      for (let dir = dirname(cli); dir !== dirname(dir); dir = dirname(dir))
        expect(existsSync(join(dir, 'node_modules')), dir).toBe(false);
    });

    it('should list its commands', async () => {
      const help = await runBundle(cli, ['--help'], { HOME: home });
      expect(help.code, help.stderr).toBe(0);
      for (const command of ['trace', 'report', 'price', 'doctor'])
        expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    });

    it('should report the real transcripts exactly as the CLI package does, reading them on two threads', async () => {
      const bundled = await runBundle(
        cli,
        ['report', '--by', 'session', '--json', '--no-cache', '--config-dir', FIXTURES],
        {
          HOME: home,
          GLASSBOX_REPORT_THREADS: '2',
        },
      );
      expect(bundled.code, bundled.stderr).toBe(0);
      const io = memoryIo({ env: { HOME: home } });
      expect(
        await runCli(['report', '--by', 'session', '--json', '--no-cache', '--config-dir', FIXTURES], io),
      ).toBe(0);
      const got = JSON.parse(bundled.stdout) as ReportJson;
      const want = JSON.parse(io.out()) as ReportJson;
      expect(got.totals.responses).toBeGreaterThan(100);
      expect(got.totals.cost).toBeGreaterThan(1);
      expect(got.totals).toEqual(want.totals);
      expect(got.bySession).toEqual(want.bySession);
    });

    it('should read transcripts when started as its own scan worker', async () => {
      const path = join(FIXTURES, 'projects', '-home-USER-projects-spotter', 'short.jsonl');
      const file = { path, project: 'p', defaultSession: 'short', size: (await stat(path)).size, mtimeMs: 0 };
      const output = await new Promise<{
        ok: boolean;
        results?: Array<{ tables: { responses: { count: number } } }>;
      }>((resolve, reject) => {
        const worker = new Worker(cli, {
          // The CLI starts its workers with this argument: that is how the bundle knows it runs as one.
          argv: [SCAN_WORKER_ARG],
          workerData: {
            glassboxScanWorker: true,
            jobs: [{ index: 0, file, from: 0, tools: false, fastPath: true }],
            progress: new SharedArrayBuffer(8),
          },
        });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the worker exited (${code}) without an answer`)));
      });
      expect(output.ok).toBe(true);
      expect(output.results?.[0]?.tables.responses.count).toBeGreaterThan(0);
    });

    it('should look in the data directory --plugin-data names (what the plugin commands pass)', async () => {
      const data = join(root, 'data-given');
      await mkdir(data);
      const doctor = await runBundle(cli, ['doctor', '--json', '--plugin-data', data, '--port', closedPort], {
        HOME: home,
      });
      expect(JSON.parse(doctor.stdout).agent.dataDir).toBe(data);
    });

    it('should find its plugin’s data when run in place from a local marketplace, as installed_plugins.json lists it', async () => {
      const inPlace = join(root, 'repo', 'plugins', name, 'dist', 'cli.mjs');
      await cp(cli, inPlace);
      const config = join(home, '.claude');
      const data = join(config, 'plugins', 'data', `${name}-glassbox`);
      await mkdir(data, { recursive: true });
      await writeFile(
        join(config, 'plugins', 'installed_plugins.json'),
        JSON.stringify({ version: 2, plugins: { [`${name}@glassbox`]: [{ scope: 'user' }] } }),
      );
      const doctor = await runBundle(inPlace, ['doctor', '--json', '--port', closedPort], { HOME: home });
      expect((JSON.parse(doctor.stdout) as { agent: { dataDir: string } }).agent.dataDir).toBe(data);
      await rm(join(config, 'plugins'), { recursive: true });
    });

    it('should find an installed copy’s own data and config directory without any flag', async () => {
      const config = join(root, 'elsewhere', 'claude');
      const installed = join(config, 'plugins', 'cache', 'glassbox', name, '0.1.0', 'dist', 'cli.mjs');
      const data = join(config, 'plugins', 'data', `${name}-glassbox`);
      await cp(cli, installed);
      await mkdir(join(config, 'projects'), { recursive: true });
      await mkdir(data, { recursive: true });
      const doctor = await runBundle(installed, ['doctor', '--json', '--port', closedPort], { HOME: home });
      const json = JSON.parse(doctor.stdout) as {
        agent: { dataDir: string };
        checks: Array<{ name: string; message: string }>;
      };
      expect(json.agent.dataDir).toBe(data);
      expect(json.checks.find((c) => c.name === 'transcripts')?.message).toContain(join(config, 'projects'));
    });
  });
}
