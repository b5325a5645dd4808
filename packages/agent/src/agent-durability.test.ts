import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requestAgent } from '@glassbox/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AgentConfig, loadAgentConfig } from './agent-config.js';
import { readAgentKey } from './agent-key.js';
import { GlassboxAgent, type StartAgentOptions } from './glassbox-agent.js';
import { createRecordingExporter, type RecordingExporter } from './recording-exporter.js';

const FIXTURE = join(import.meta.dirname, '__fixtures__', 'two-tools.jsonl');
const SESSION = 'a47a450d-d36d-4623-8aed-a6a3f6fad8b7';

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('GlassboxAgent durability', () => {
  let tmp: string;
  let data: string;
  let transcript: string;
  let agents: GlassboxAgent[];

  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-durable-'));
    data = join(tmp, 'data');
    const project = join(tmp, 'claude', 'projects', '-p');
    await mkdir(project, { recursive: true });
    transcript = join(project, `${SESSION}.jsonl`);
    await cp(FIXTURE, transcript);
    agents = [];
  });

  afterEach(async () => {
    await Promise.all(agents.map((a) => a.stop('test over')));
    await rm(tmp, { recursive: true, force: true });
  });

  const config = (over: Partial<AgentConfig> = {}): AgentConfig => ({
    ...loadAgentConfig({ CLAUDE_PLUGIN_DATA: data, CLAUDE_CONFIG_DIR: join(tmp, 'claude') }).config,
    port: 0,
    sweepIntervalMs: 20,
    ...over,
  });

  const start = async (
    exporters: RecordingExporter[],
    over: Partial<AgentConfig> = {},
    options: Partial<StartAgentOptions> = {},
  ): Promise<GlassboxAgent> => {
    const agent = await GlassboxAgent.start({
      config: config(over),
      exporters: exporters.map((exporter) => ({ name: exporter.name, exporter })),
      log: () => undefined,
      exportBackoffMs: 5,
      retireAfterMs: 0,
      ...options,
    });
    agents.push(agent);
    return agent;
  };

  const post = async (agent: GlassboxAgent, body: unknown): Promise<number> => {
    const reply = await requestAgent({
      port: agent.port,
      key: (await readAgentKey(join(tmp, 'claude', 'glassbox')))!,
      method: 'POST',
      path: '/v1/hooks',
      body: JSON.stringify(body),
      timeoutMs: 5000,
    });
    return reply?.status ?? 0;
  };

  const hook = (event: string, sessionId = SESSION) => ({
    session_id: sessionId,
    transcript_path: transcript,
    cwd: '/home/user/project',
    hook_event_name: event,
  });

  it('should move corrupt state, metrics and spool files aside, count them, and load everything else', async () => {
    await mkdir(join(data, 'state'), { recursive: true });
    await mkdir(join(data, 'spool'), { recursive: true });
    await writeFile(join(data, 'metrics.json'), '{"version":1,"recor');
    await writeFile(join(data, 'state', 'broken.json'), '\u0000\u0000garbage');
    // A state missing fields (an older or damaged file) still loads.
    await writeFile(join(data, 'state', `${SESSION}.json`), JSON.stringify({ sessionId: SESSION }));
    const line = (n: number, s: string) =>
      `${JSON.stringify({ n, t: n, ch: 'hook', s: [s], body: hook('SessionEnd', s) })}\n`;
    await writeFile(join(data, 'spool', '00000001.jsonl'), `${line(1, SESSION)}{"n":2,"t":2,"ch":"ho`);
    await writeFile(join(data, 'spool', '00000002.jsonl'), 'not a record\n');
    await writeFile(join(data, 'spool', '00000003.jsonl'), line(3, 'broken'));

    const good = createRecordingExporter('good');
    const agent = await start([good]);
    await until(() => good.spans().some((s) => s.name.startsWith('execute_tool')), 'the replayed export');
    // The state of the broken session is read when its replayed record needs it.
    await until(() => (agent.status().ignored.state_quarantined ?? 0) === 1, 'the quarantine count');
    const status = agent.status();
    expect(status.spool).toMatchObject({ tornTails: 1, quarantinedSegments: 1, replayed: 2 });
    expect(status.ignored).toMatchObject({ metrics_quarantined: 1, state_quarantined: 1 });
    expect((await readdir(data)).some((n) => /^metrics\.json\.corrupt-\d+$/.test(n))).toBe(true);
    expect((await readdir(join(data, 'state'))).some((n) => /^broken\.json\.corrupt-\d+$/.test(n))).toBe(
      true,
    );
    expect((await readdir(join(data, 'spool'))).some((n) => /^00000002\.jsonl\.corrupt-\d+$/.test(n))).toBe(
      true,
    );
    // The self-metric carries the drops to the backend.
    await until(
      () => good.batches.some((b) => b.metrics.some((m) => m.name === 'glassbox.agent.dropped')),
      'the self-metric',
    );
  });

  it('should answer 503 (not acknowledge) when the spool cannot write, and keep serving after', async () => {
    let failures = 2;
    const agent = await start(
      [],
      {},
      {
        spoolIo: {
          write: async (h, d, o, l) => {
            if (failures-- > 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
            return (await h.write(d, o, l)).bytesWritten;
          },
          sync: (h) => h.sync(),
        },
      },
    );
    expect(await post(agent, hook('PreCompact'))).toBe(503);
    expect(await post(agent, hook('PreCompact'))).toBe(503);
    expect(await post(agent, hook('PreCompact'))).toBe(200);
    expect(agent.status().spool.failedWrites).toBe(2);
    expect(agent.status().ignored.spool_io).toBe(2);
  });

  it('should not stay pinned by a down exporter: sessions leave memory, it idles out, the next start exports', async () => {
    const down = createRecordingExporter('otlp');
    down.failNext(1_000_000);
    const first = await start([down], { idleTimeoutMs: 300 }, { exportPinMs: 100, exportBackoffMs: 50 });
    expect(await post(first, hook('SessionEnd'))).toBe(200);
    await until(() => first.status().exporters[0]!.failedBatches > 0, 'a failed export');
    await until(() => first.status().sessions.length === 0, 'the session to leave memory');
    // Nothing is lost: the session is marked for the next start, and the agent still idles out.
    expect(await readdir(join(data, 'export-pending'))).toEqual([SESSION]);
    await until(
      () =>
        Promise.race([
          first.closed.then(() => true),
          new Promise<boolean>((r) => setTimeout(() => r(false), 10)),
        ]),
      'the idle exit',
    );

    const back = createRecordingExporter('otlp');
    await start([back]);
    await until(
      () => back.spans().filter((s) => s.name.startsWith('execute_tool')).length === 2,
      'the resumed export',
    );
    await until(async () => (await readdir(join(data, 'export-pending'))).length === 0, 'the marker to go');
    expect(down.spans()).toEqual([]);
  });

  it('should bound the spool and count every dropped record', async () => {
    const agent = await start([], { spoolMaxBytes: 4096 }, { spoolSegmentBytes: 1024 });
    for (let i = 0; i < 60; i++) {
      // Sessions that never end: their segments cannot be pruned, only dropped past the limit.
      expect(await post(agent, hook('PreCompact', `open-${i}`))).toBe(200);
    }
    const { spool, ignored } = agent.status();
    expect(spool.limitBytes).toBe(4096);
    expect(spool.bytes).toBeLessThanOrEqual(4096 + 1024);
    expect(spool.droppedRecords).toBeGreaterThan(0);
    expect(ignored.spool_dropped_records).toBe(spool.droppedRecords);
    await agent.stop('test over');
    // What is left replays; with the dropped ones it is every record acknowledged.
    const again = await start([]);
    expect(again.status().spool.replayed + spool.droppedRecords).toBe(60);
  });

  it('should deliver every acknowledged session once an exporter down for the whole run is back, with short writes and ENOSPC injected', async () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const faults = { short: 0, enospc: 0 };
    const spoolIo = {
      write: async (h: import('node:fs/promises').FileHandle, d: Buffer, o: number, l: number) => {
        const r = random();
        if (r < 0.1) {
          faults.enospc++;
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        }
        if (r < 0.4 && l > 1) {
          faults.short++;
          return (await h.write(d, o, Math.ceil(l / 3))).bytesWritten;
        }
        return (await h.write(d, o, l)).bytesWritten;
      },
      sync: (h: import('node:fs/promises').FileHandle) => h.sync(),
    };
    const down = createRecordingExporter('otlp');
    down.failNext(1_000_000);
    const first = await start([down], {}, { spoolIo, exportPinMs: 50, exportBackoffMs: 20 });
    const acknowledged: string[] = [];
    for (let i = 0; i < 20; i++) {
      const id = `down-${i}`;
      await writeFile(
        join(tmp, 'claude', 'projects', '-p', `${id}.jsonl`),
        (await readFile(FIXTURE, 'utf8')).replaceAll(SESSION, id),
      );
      const body = {
        ...hook('SessionEnd', id),
        transcript_path: join(tmp, 'claude', 'projects', '-p', `${id}.jsonl`),
      };
      // A 503 is not an acknowledgement: the client sends again, as the hooks and the mod do.
      for (let attempt = 0; attempt < 10; attempt++) if ((await post(first, body)) === 200) break;
      acknowledged.push(id);
    }
    await first.stop('test over');
    expect(down.spans()).toEqual([]);
    const back = createRecordingExporter('otlp');
    await start([back]);
    const toolIds = () =>
      new Set(
        back
          .spans()
          .filter((s) => s.name.startsWith('execute_tool'))
          .map((s) => `${s.traceId}/${s.spanId}`),
      );
    await until(() => toolIds().size === acknowledged.length * 2, 'every session exported');
    const all = back.spans().filter((s) => s.name.startsWith('execute_tool'));
    expect(all.length).toBe(toolIds().size);
    expect(faults.enospc).toBeGreaterThan(0);
    expect(faults.short).toBeGreaterThan(0);
  });
});
