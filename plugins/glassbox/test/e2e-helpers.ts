import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { shippedFiles } from '../../../scripts/plugin-manifest.mjs';
import { agentStatus, type FileLine, retargetHooks } from '../../glassbox-lite/test/e2e-helpers.js';

export const PLUGIN_DIR = join(import.meta.dirname, '..');
export const REPO_DIR = join(PLUGIN_DIR, '..', '..');
const SHIPPED_FILES = shippedFiles(PLUGIN_DIR);

/** A copy of the shipped full plugin whose http hooks call `port` instead of the fixed 47821. */
export async function copyFullPlugin(dest: string, port: number): Promise<string> {
  await rm(dest, { recursive: true, force: true });
  for (const file of SHIPPED_FILES) await cp(join(PLUGIN_DIR, file), join(dest, file));
  await retargetHooks(join(dest, 'hooks', 'hooks.json'), port);
  return dest;
}

export interface PromSample {
  readonly metric: Record<string, string>;
  readonly value: [number, string];
}

/** A real Prometheus (Debian's `prometheus`) on 127.0.0.1 scraping `targets` every second. */
export interface Prometheus {
  readonly url: string;
  query(expr: string): Promise<PromSample[]>;
  stop(): Promise<void>;
}

export async function startPrometheus(
  port: number,
  targets: readonly string[],
  ruleFiles: readonly string[] = [],
): Promise<Prometheus> {
  const dir = await mkdtemp(join(tmpdir(), 'glassbox-full-prom-'));
  await writeFile(
    join(dir, 'prometheus.yml'),
    [
      'global: { scrape_interval: 1s, scrape_timeout: 1s, evaluation_interval: 1s }',
      `rule_files: ${JSON.stringify(ruleFiles)}`,
      'scrape_configs:',
      '  - job_name: glassbox-agent',
      `    static_configs: [{ targets: ${JSON.stringify(targets)} }]`,
      '',
    ].join('\n'),
  );
  let stderr = '';
  const child: ChildProcess = spawn(
    'prometheus',
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`prometheus exited: ${stderr}`);
    if (
      await fetch(`${url}/-/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 400) throw new Error(`prometheus not ready: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    async query(expr) {
      const res = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(expr)}`);
      const body = (await res.json()) as {
        status: string;
        error?: string;
        data: { resultType: string; result: PromSample[] };
      };
      if (body.status !== 'success') throw new Error(`${expr}: ${body.error}`);
      return body.data.result;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Polls `check` every 100 ms until it returns a value, for at most `timeoutMs`. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every file below `dir` (none when absent) with its text (latin1: bytes kept as they are). */
export async function readTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const e of entries)
    if (e.isFile()) out.set(join(e.parentPath, e.name), await readFile(join(e.parentPath, e.name), 'latin1'));
  return out;
}

/** JSON with bigints (OTLP times) as strings. */
export const jsonWithBigints = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v));

/** `text` as it sits inside a JSON string. */
export const inJsonString = (text: string): string => JSON.stringify(text).slice(1, -1);

/** Live agent processes of one agent home (`GLASSBOX_HOME` in their environment), by pid. */
export async function agentProcesses(agentHome: string): Promise<number[]> {
  const pids: number[] = [];
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue;
    const cmdline = await readFile(`/proc/${name}/cmdline`, 'utf8').catch(() => '');
    if (!cmdline.includes('dist/agent.mjs')) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    if (/^\d+ \(.*\) Z /.test(stat)) continue;
    const environ = await readFile(`/proc/${name}/environ`, 'utf8').catch(() => '');
    if (environ.split('\0').includes(`GLASSBOX_HOME=${agentHome}`)) pids.push(Number(name));
  }
  return pids;
}

/** The plugin (`glassbox`, `glassbox-lite`) an agent process was started from. */
export async function pluginOf(pid: number): Promise<string> {
  const environ = await readFile(`/proc/${pid}/environ`, 'utf8').catch(() => '');
  return /(?:^|\0)GLASSBOX_PLUGIN=([^\0]*)/.exec(environ)?.[1] ?? (await readlink(`/proc/${pid}/cwd`));
}

/**
 * After a session with several bundles installed: waits (at most 60 s) until the serving agent on `port` has the
 * session ended and one agent process of `agentHome` is left (any agent that stands down has exited), then
 * returns the agent processes left and their plugins.
 */
export async function settledAgents(
  port: number,
  agentHome: string,
  sessionId: string,
): Promise<{ pids: number[]; plugins: string[] }> {
  await eventually(
    'the session recorded and one agent process left',
    async () => {
      const session = (await agentStatus(port))?.sessions.find((s) => s.sessionId === sessionId);
      return session?.ended && (await agentProcesses(agentHome)).length === 1;
    },
    60_000,
  ).catch(() => undefined);
  const pids = await agentProcesses(agentHome);
  return { pids, plugins: await Promise.all(pids.map(pluginOf)) };
}

/** Waits (at most 60 s) until the agent on `port` has every session ended and nothing waiting for export. */
export async function allExported(port: number, sessionIds: readonly string[]): Promise<void> {
  await eventually(
    'every session exported',
    async () => {
      const status = await agentStatus(port);
      const ended = sessionIds.every((id) => status?.sessions.find((s) => s.sessionId === id)?.ended);
      return ended && status?.exporters.every((e) => e.pendingSpans + e.pendingLogs === 0);
    },
    60_000,
  ).catch(() => undefined);
}

/**
 * Two bundles installed together, after `sessions` runs of the scripted TURN_1: the lower-ranked agent's file
 * export is empty, and the serving agent's has each span and log record once and each session's tool calls once
 * each (a span's trace id is derived from its session).
 */
export function expectExportedOnceByServingAgent(
  servingLines: readonly FileLine[],
  lowerLines: readonly FileLine[],
  sessions: number,
): void {
  expect(lowerLines).toEqual([]);
  const spanIds = servingLines.filter((l) => l.event === 'span').map((l) => l.spanId);
  expect(spanIds.length).toBeGreaterThan(0);
  expect(spanIds.length - new Set(spanIds).size).toBe(0);
  const logIds = servingLines.filter((l) => l.event !== 'span').map((l) => (l as { id?: string }).id);
  expect(logIds.length).toBeGreaterThan(0);
  expect(logIds.length - new Set(logIds).size).toBe(0);
  const tools = servingLines
    .filter((l) => l.event === 'span' && l.name?.startsWith('execute_tool '))
    .map((l) => String(l.attributes?.['gen_ai.tool.call.id']));
  for (const id of ['toolu_agent', 'toolu_denied', 'toolu_fail', 'toolu_ok', 'toolu_sub'])
    expect(
      tools.filter((t) => t === id),
      id,
    ).toHaveLength(sessions);
}
