import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requestAgent } from '@glassbox/core';
import { freePort } from '@glassbox/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAgentKey } from './agent-key.js';

// The built bin, as the plugin runs it (`node dist/agent.mjs` is the same code bundled).
const MAIN = join(import.meta.dirname, '..', 'dist', 'main.js');
const FIXTURE = join(import.meta.dirname, '__fixtures__', 'two-tools.jsonl');
const SESSION = 'a47a450d-d36d-4623-8aed-a6a3f6fad8b7';

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the agent process (built bin)', () => {
  let tmp: string;
  let transcript: string;
  let port: number;
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-agent-proc-'));
    const project = join(tmp, 'claude', 'projects', '-p');
    await mkdir(project, { recursive: true });
    transcript = join(project, `${SESSION}.jsonl`);
    await cp(FIXTURE, transcript);
    port = await freePort();
  });

  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    await rm(tmp, { recursive: true, force: true });
  });

  const launch = (
    env: Record<string, string> = {},
  ): { child: ChildProcess; exited: Promise<number | null>; output: () => string } => {
    let output = '';
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        CLAUDE_PLUGIN_DATA: join(tmp, 'data'),
        CLAUDE_CONFIG_DIR: join(tmp, 'claude'),
        CLAUDE_PLUGIN_OPTION_AGENTPORT: String(port),
        CLAUDE_PLUGIN_OPTION_EXPORTERS: 'file',
        CLAUDE_PLUGIN_OPTION_FILEDIRECTORY: join(tmp, 'telemetry'),
        CLAUDE_PLUGIN_OPTION_TURNSUMMARY: 'false',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d: Buffer) => (output += d));
    child.stderr!.on('data', (d: Buffer) => (output += d));
    children.push(child);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, exited, output: () => output };
  };

  /** A signed request with the key the agent created in `$CLAUDE_CONFIG_DIR/glassbox`; only verified replies count. */
  const call = async (path: string, body?: string): Promise<{ status: number; json: unknown }> => {
    const key = await readAgentKey(join(tmp, 'claude', 'glassbox'));
    const reply = key
      ? await requestAgent({ port, key, path, ...(body !== undefined ? { body } : {}) })
      : undefined;
    if (!reply?.verified) throw new Error(`no verified reply to ${path}`);
    return reply;
  };

  const healthy = async (): Promise<boolean> => (await call('/v1/health')).status === 200;

  const status = async <T>(): Promise<T> => (await call('/status')).json as T;

  const stop = (): Promise<{ status: number }> =>
    call(
      '/v1/hooks',
      JSON.stringify({
        session_id: SESSION,
        transcript_path: transcript,
        cwd: '/p',
        hook_event_name: 'Stop',
      }),
    );

  /** `tool_call` log records in the file exporter's output, by tool_use_id. */
  const toolCallLogs = async (): Promise<string[]> => {
    const dir = join(tmp, 'telemetry');
    const files = await readdir(dir).catch(() => [] as string[]);
    const ids: string[] = [];
    for (const f of files) {
      for (const line of (await readFile(join(dir, f), 'utf8')).split('\n')) {
        if (!line) continue;
        const record = JSON.parse(line) as {
          event?: string;
          toolUseId?: string;
          attributes?: { toolUseId?: string };
        };
        if (record.event === 'tool_call') ids.push(String(record.toolUseId ?? record.attributes?.toolUseId));
      }
    }
    return ids.sort();
  };

  it('should export each tool call exactly once across a kill -9 after the export', async () => {
    const first = launch();
    await until(healthy, 'the agent to listen');
    expect((await stop()).status).toBe(200);
    await until(async () => (await toolCallLogs()).length === 2, 'the file export');
    first.child.kill('SIGKILL');
    await first.exited;

    const second = launch();
    await until(healthy, 'the restarted agent');
    await until(async () => {
      const s = await status<{ sessions: Array<{ reconciles: number }> }>();
      return (s.sessions[0]?.reconciles ?? 0) > 0;
    }, 'the recovery reconcile');
    expect(await toolCallLogs()).toEqual(['toolu_fx_fail', 'toolu_fx_ok']);
    await call('/v1/shutdown', '{}');
    expect(await second.exited).toBe(0);
  });

  it('should lose nothing acknowledged when killed before it could export', async () => {
    // The file exporter cannot write there: everything stays in the spool.
    await writeFile(join(tmp, 'blocker'), 'not a directory');
    const first = launch({ CLAUDE_PLUGIN_OPTION_FILEDIRECTORY: join(tmp, 'blocker', 'telemetry') });
    await until(healthy, 'the agent to listen');
    expect((await stop()).status).toBe(200);
    await until(async () => {
      const s = await status<{ exporters: Array<{ rejectedItems: number }> }>();
      return (s.exporters[0]?.rejectedItems ?? 0) > 0;
    }, 'the failed export');
    first.child.kill('SIGKILL');
    await first.exited;

    // Restarted with a usable directory: recovery replays the spool and re-reads the transcript.
    launch();
    await until(async () => (await toolCallLogs()).length === 2, 'the recovered export');
    expect(await toolCallLogs()).toEqual(['toolu_fx_fail', 'toolu_fx_ok']);
  });

  it('should leave a running agent alone and exit 0 when started twice', async () => {
    const first = launch();
    await until(healthy, 'the agent to listen');
    const second = launch();
    expect(await second.exited).toBe(0);
    expect(second.output()).toMatch(/another agent \(pid \d+\) serves/);
    expect(first.child.exitCode).toBeNull();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  });
});
