import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requestAgent } from '@glassbox/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AgentConfig, loadAgentConfig } from './agent-config.js';
import { readAgentKey } from './agent-key.js';
import { GlassboxAgent } from './glassbox-agent.js';
import { createRecordingExporter, type RecordingExporter } from './recording-exporter.js';

const FIXTURE = join(import.meta.dirname, '__fixtures__', 'two-tools.jsonl');
const SESSION = 'a47a450d-d36d-4623-8aed-a6a3f6fad8b7';
const PROMPT = '70e5fad7-255d-4edc-ba6e-5936261429d1';

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('GlassboxAgent', () => {
  let tmp: string;
  let transcript: string;
  let agents: GlassboxAgent[];

  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-agent-'));
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
    ...loadAgentConfig({ CLAUDE_PLUGIN_DATA: join(tmp, 'data'), CLAUDE_CONFIG_DIR: join(tmp, 'claude') })
      .config,
    port: 0,
    sweepIntervalMs: 50,
    ...over,
  });

  const start = async (
    exporters: RecordingExporter[],
    over: Partial<AgentConfig> = {},
    retireAfterMs?: number,
  ): Promise<GlassboxAgent> => {
    const agent = await GlassboxAgent.start({
      ...(retireAfterMs !== undefined ? { retireAfterMs } : {}),
      config: config(over),
      exporters: exporters.map((exporter) => ({ name: exporter.name, exporter })),
      log: () => undefined,
      exportBackoffMs: 5,
    });
    agents.push(agent);
    return agent;
  };

  /** The channel key the agent created in its home (`$CLAUDE_CONFIG_DIR/glassbox`). */
  const key = async (): Promise<Buffer> => (await readAgentKey(join(tmp, 'claude', 'glassbox')))!;

  /** A signed request; every reply the tests read must verify. */
  const call = async (
    agent: GlassboxAgent,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: unknown }> => {
    const reply = await requestAgent({
      port: agent.port,
      key: await key(),
      method,
      path,
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      timeoutMs: 5000,
    });
    if (!reply) throw new Error(`no answer to ${method} ${path}`);
    if (!reply.verified && reply.status < 400) throw new Error(`unverified reply to ${method} ${path}`);
    return { status: reply.status, json: reply.json };
  };

  const post = (agent: GlassboxAgent, path: string, body: unknown) => call(agent, 'POST', path, body);

  const hook = (event: string, extra: Record<string, unknown> = {}) => ({
    session_id: SESSION,
    transcript_path: transcript,
    cwd: '/home/user/project',
    prompt_id: PROMPT,
    hook_event_name: event,
    ...extra,
  });

  const toolSpans = (e: RecordingExporter) => e.spans().filter((s) => s.name.startsWith('execute_tool'));

  it('should answer health and status to a signed request, and 404 anything else', async () => {
    const agent = await start([]);
    expect(await (await fetch(`${agent.url}/health`)).json()).toEqual({ ok: true });
    const health = (await call(agent, 'GET', '/v1/health')).json as Record<string, unknown>;
    expect(health).toMatchObject({ name: 'glassbox-agent', pid: process.pid, port: agent.port });
    expect(typeof health.configHash).toBe('string');
    expect((await call(agent, 'GET', '/health')).json).toMatchObject({
      name: 'glassbox-agent',
      pid: process.pid,
    });
    const status = (await call(agent, 'GET', '/status')).json as Record<string, unknown>;
    expect(status).toMatchObject({ dataDir: join(tmp, 'data'), configProblems: [], sessions: [] });
    expect((await call(agent, 'GET', '/nope')).status).toBe(404);
    expect((await call(agent, 'GET', '/v1/hooks')).status).toBe(405);
  });

  it('should reconcile the transcript at Stop, answer the turn summary, and export to every exporter', async () => {
    const good = createRecordingExporter('good');
    const flaky = createRecordingExporter('flaky');
    flaky.failNext(2);
    const agent = await start([good, flaky]);
    expect(
      (await post(agent, '/v1/hooks', hook('UserPromptSubmit', { prompt: 'run two commands' }))).json,
    ).toEqual({});
    const stop = await post(agent, '/v1/hooks', hook('Stop', { stop_hook_active: false }));
    expect(stop.status).toBe(200);
    expect((stop.json as { systemMessage: string }).systemMessage).toMatch(
      /^glassbox · 2 model calls · 160 in \/ 27 out tokens \(600 cached\) · .* · 2 tool calls, 1 failed$/,
    );
    for (const exporter of [good, flaky]) {
      await until(() => toolSpans(exporter).length === 2, `${exporter.name} tool spans`);
      const byId = new Map(toolSpans(exporter).map((s) => [s.attributes['gen_ai.tool.call.id'], s]));
      expect(byId.get('toolu_fx_ok')?.status.code).toBe('ok');
      expect(byId.get('toolu_fx_fail')?.status.code).toBe('error');
      expect(exporter.spans().filter((s) => s.name.startsWith('chat '))).toHaveLength(2);
    }
    const status = agent.status();
    expect(status.exporters.find((e) => e.name === 'flaky')).toMatchObject({ failedBatches: 2 });
    expect(status.sessions[0]).toMatchObject({
      sessionId: SESSION,
      transcriptPath: transcript,
      sampled: true,
    });
    // The built trace is kept for `glassbox trace`.
    const trace = JSON.parse(await readFile(join(tmp, 'data', 'sessions', `${SESSION}.json`), 'utf8'));
    expect(trace.turns[0].promptId).toBe(PROMPT);
  });

  it('should reconcile once per turn: the prompt waits, the mod turn end folds into the Stop hook', async () => {
    const good = createRecordingExporter('good');
    const agent = await start([good]);
    await post(agent, '/v1/hooks', hook('UserPromptSubmit', { prompt: 'run two commands' }));
    const turnEnd = {
      v: 1,
      instanceId: 'i1',
      events: [{ source: 'mod', type: 'turn.complete', sessionId: SESSION, atMs: 30, seq: 1 }],
    };
    expect((await post(agent, '/v1/mod', turnEnd)).json).toEqual({ accepted: 1 });
    const stop = await post(agent, '/v1/hooks', hook('Stop', { stop_hook_active: false }));
    expect((stop.json as { systemMessage?: string }).systemMessage).toMatch(/2 tool calls/);
    await until(() => toolSpans(good).length === 2, 'the export');
    expect(agent.status().sessions[0]?.reconciles).toBe(1);

    // Nothing new at the next turn end: the same trace, nothing mapped or sent again.
    const exported = good.spans().length + good.logs().length;
    await post(agent, '/v1/hooks', hook('StopFailure'));
    // Stopping reconciles and flushes whatever that turn end produced.
    await agent.stop('test over');
    expect(good.spans().length + good.logs().length).toBe(exported);
  });

  it('should release an ended session from memory once its exports are checkpointed', async () => {
    const good = createRecordingExporter('good');
    const agent = await start([good], {}, 0);
    await post(agent, '/v1/hooks', hook('SessionEnd', { reason: 'other' }));
    await until(() => toolSpans(good).length === 2, 'the export');
    await until(() => agent.status().sessions.length === 0, 'the session to be retired');
    const state = JSON.parse(await readFile(join(tmp, 'data', 'state', `${SESSION}.json`), 'utf8'));
    expect(state.ended).toBe(true);
    const delivered = new Set<string>(state.delivered.good.spans);
    for (const span of good.spans()) expect(delivered.has(span.spanId)).toBe(true);
  });

  it('should have the payload on disk before it acknowledges', async () => {
    const agent = await start([]);
    await post(agent, '/v1/hooks', hook('PreCompact', { trigger: 'auto' }));
    const spoolDir = join(tmp, 'data', 'spool');
    const text = (
      await Promise.all((await readdir(spoolDir)).map((f) => readFile(join(spoolDir, f), 'utf8')))
    ).join('');
    expect(text).toContain('"hook_event_name":"PreCompact"');
  });

  it('should answer bad input fast, count it, and keep serving', async () => {
    const agent = await start([], { maxBodyBytes: 4096 });
    expect((await post(agent, '/v1/hooks', '{not json')).status).toBe(400);
    expect((await post(agent, '/v1/mod', '{"v":1')).status).toBe(400);
    expect((await post(agent, '/v1/hooks', 'x'.repeat(10_000))).status).toBe(413);
    expect((await post(agent, '/v1/hooks', { hook_event_name: 'Stop' })).status).toBe(400);
    expect((await post(agent, '/v1/hooks', hook('Stop', { session_id: '../../etc/passwd' }))).status).toBe(
      400,
    );
    expect((await post(agent, '/v1/mod', { v: 9, instanceId: 'x', events: [] })).status).toBe(400);
    expect((await post(agent, '/v1/hooks', hook('Notification', { message: 'hi' }))).json).toEqual({});
    const mixed = await post(agent, '/v1/mod', {
      v: 1,
      instanceId: 'i1',
      events: [
        { type: 'turn.start', sessionId: SESSION, atMs: 1, seq: 1, turnId: 't1' },
        { type: 'no.such.event', sessionId: SESSION, atMs: 1, seq: 2 },
        { type: 'tool.end', sessionId: SESSION, atMs: 1, seq: 3 },
      ],
    });
    expect(mixed).toEqual({ status: 200, json: { accepted: 1 } });
    expect(agent.status().ignored).toEqual({
      malformed_json: 2,
      body_too_large: 1,
      invalid_hook_input: 2,
      invalid_mod_batch: 1,
      ignored_hook_event: 1,
      unknown_event: 1,
      invalid_event: 1,
    });
    expect((await fetch(`${agent.url}/health`)).status).toBe(200);
  });

  it('should take a resent mod batch once', async () => {
    const agent = await start([]);
    const batch = {
      v: 1,
      instanceId: 'i1',
      heartbeat: { sessionId: SESSION, captureContent: false, llmTiming: false },
      events: [
        {
          source: 'mod',
          type: 'tool.start',
          sessionId: SESSION,
          atMs: 10,
          seq: 1,
          toolUseId: 'toolu_fx_ok',
          toolName: 'Bash',
        },
        {
          source: 'mod',
          type: 'tool.end',
          sessionId: SESSION,
          atMs: 20,
          seq: 2,
          toolUseId: 'toolu_fx_ok',
          toolName: 'Bash',
          status: 'ok',
          durationMs: 10,
        },
      ],
    };
    expect((await post(agent, '/v1/mod', batch)).json).toEqual({ accepted: 2 });
    expect((await post(agent, '/v1/mod', batch)).json).toEqual({ accepted: 0 });
    const status = agent.status();
    expect(status.ignored.duplicate_event).toBe(2);
    expect(status.modAliveSessions).toEqual([SESSION]);
  });

  it('should spool a tool call two bundles’ mods both report once, and lose nothing when one mod fails', async () => {
    const exporter = createRecordingExporter('good');
    const agent = await start([exporter]);
    const events = (first: number) => [
      {
        source: 'mod',
        type: 'tool.start',
        sessionId: SESSION,
        atMs: 10,
        seq: first,
        toolUseId: 'toolu_fx_ok',
        toolName: 'Bash',
      },
      {
        source: 'mod',
        type: 'tool.end',
        sessionId: SESSION,
        atMs: 20,
        seq: first + 1,
        toolUseId: 'toolu_fx_ok',
        toolName: 'Bash',
        status: 'ok',
        durationMs: 10,
      },
    ];
    const batch = (instanceId: string, list: unknown[]) => ({ v: 1, instanceId, events: list });
    // Lite's and the full plugin's mods, one process: the same tool call from each.
    expect((await post(agent, '/v1/mod', batch('lite', events(1)))).json).toEqual({ accepted: 2 });
    expect((await post(agent, '/v1/mod', batch('full', events(7)))).json).toEqual({ accepted: 0 });
    expect(agent.status().ignored.duplicate_mod_event).toBe(2);
    // One mod failed before sending the end: the other's copy is taken.
    const failed = events(3).map((e) => ({ ...e, toolUseId: 'toolu_fx_fail' }));
    expect((await post(agent, '/v1/mod', batch('lite', failed.slice(0, 1)))).json).toEqual({ accepted: 1 });
    expect(
      (
        await post(
          agent,
          '/v1/mod',
          batch(
            'full',
            failed.map((e) => ({ ...e, seq: e.seq + 10 })),
          ),
        )
      ).json,
    ).toEqual({
      accepted: 1,
    });
    const spoolDir = join(tmp, 'data', 'spool');
    const spooled = (
      await Promise.all((await readdir(spoolDir)).map((f) => readFile(join(spoolDir, f), 'utf8')))
    )
      .join('')
      .split('\n')
      .filter(Boolean)
      .flatMap(
        (l) =>
          (JSON.parse(l) as { body?: { events?: Array<{ event: { type: string; toolUseId: string } }> } })
            .body?.events ?? [],
      )
      .map((e) => `${e.event.type} ${e.event.toolUseId}`)
      .sort();
    expect(spooled).toEqual([
      'tool.end toolu_fx_fail',
      'tool.end toolu_fx_ok',
      'tool.start toolu_fx_fail',
      'tool.start toolu_fx_ok',
    ]);
    await post(agent, '/v1/hooks', hook('Stop'));
    await until(() => toolSpans(exporter).length === 2, 'both tool spans exported');
  });

  it('should neither lose nor duplicate across a restart', async () => {
    const first = createRecordingExporter('good');
    const agent = await start([first]);
    await post(agent, '/v1/hooks', hook('Stop'));
    await until(() => toolSpans(first).length === 2, 'first export');
    await agent.stop('restart');

    const second = createRecordingExporter('good');
    const late = createRecordingExporter('late');
    const restarted = await start([second, late]);
    await until(() => toolSpans(late).length === 2, 'the new exporter to catch up from the spool');
    await until(() => (restarted.status().sessions[0]?.reconciles ?? 0) >= 1, 'recovery reconcile');
    // `good` had it all already: its checkpoint keeps it from getting anything twice.
    expect(second.spans()).toEqual([]);
    expect(second.logs()).toEqual([]);
    expect(restarted.status().spool.replayed).toBeGreaterThan(0);
  });

  interface SavedMetrics {
    cumulative: Array<{ name: string; value: number }>;
    recorded: string[];
    recordedSinceMs?: number;
    sessions?: Record<string, string[]>;
  }
  const metricsPath = () => join(tmp, 'data', 'metrics.json');
  const statePath = () => join(tmp, 'data', 'state', `${SESSION}.json`);
  const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;
  const toolCallsIn = (metrics: SavedMetrics) =>
    metrics.cumulative.filter((m) => m.name === 'claude.tool.calls_total').reduce((n, m) => n + m.value, 0);

  /** Runs the fixture's turn through one agent, stops it cleanly, and returns the ids its state lists as counted. */
  const countOnce = async (): Promise<string[]> => {
    const first = createRecordingExporter('good');
    const agent = await start([first]);
    await post(agent, '/v1/hooks', hook('Stop'));
    await until(() => toolSpans(first).length === 2, 'first export');
    await agent.stop('restart');
    const metrics = await readJson<SavedMetrics>(metricsPath());
    expect(toolCallsIn(metrics)).toBe(2);
    // Stopped cleanly: every counted id is in the state file, none waits in metrics.json.
    expect(metrics.sessions).toEqual({});
    expect(metrics.recorded).toEqual([]);
    const counted = (await readJson<{ counted: string[] }>(statePath())).counted;
    // Two LLM calls, two tool calls (the session is not over: its span and the turn's come later).
    expect(counted).toHaveLength(4);
    return counted;
  };

  /** Restarts on the data directory as it is (the spool replays the session), and returns the saved metrics. */
  const restartAndRead = async (): Promise<SavedMetrics> => {
    const restarted = await start([createRecordingExporter('good')]);
    await until(() => (restarted.status().sessions[0]?.reconciles ?? 0) >= 1, 'recovery reconcile');
    await restarted.stop('test over');
    return readJson<SavedMetrics>(metricsPath());
  };

  const rewriteState = async (change: (state: Record<string, unknown>) => void): Promise<void> => {
    const state = await readJson<Record<string, unknown>>(statePath());
    change(state);
    await writeFile(statePath(), JSON.stringify(state));
  };

  it('should count every span after a crash before metrics.json was written, even when all were delivered', async () => {
    await countOnce();
    // The checkpoint was written, the metrics were not: a state never lists ids metrics.json does not hold.
    await rm(metricsPath());
    await rewriteState((state) => {
      state.counted = [];
    });
    expect(toolCallsIn(await restartAndRead())).toBe(2);
  });

  it('should not count again after a crash between the metrics.json write and the state write', async () => {
    const counted = await countOnce();
    // metrics.json holds the totals and carries the ids; the state file was not written yet.
    const metrics = await readJson<SavedMetrics>(metricsPath());
    await writeFile(metricsPath(), JSON.stringify({ ...metrics, sessions: { [SESSION]: counted } }));
    await rewriteState((state) => {
      state.counted = [];
    });
    const after = await restartAndRead();
    expect(toolCallsIn(after)).toBe(2);
    // The start moved the carried ids into the state file; metrics.json no longer carries them.
    expect((await readJson<{ counted: string[] }>(statePath())).counted.sort()).toEqual([...counted].sort());
    expect(after.sessions).toEqual({});
  });

  it('should load an old metrics.json listing every recorded id, count nothing twice, and move the ids to the session', async () => {
    const counted = await countOnce();
    // As written before sessions kept their own ids: all of them in `recorded`, none in the state.
    const metrics = await readJson<SavedMetrics>(metricsPath());
    const { sessions: _, ...old } = { ...metrics, recorded: [...counted, 'f'.repeat(16)] };
    await writeFile(metricsPath(), JSON.stringify(old));
    await rewriteState((state) => {
      delete state.counted;
    });
    const after = await restartAndRead();
    expect(toolCallsIn(after)).toBe(2);
    expect((await readJson<{ counted: string[] }>(statePath())).counted.sort()).toEqual([...counted].sort());
    // Only the id of no session seen since stays, with the time it was first loaded (dropped 30 days later).
    expect(after.recorded).toEqual(['f'.repeat(16)]);
    expect(typeof after.recordedSinceMs).toBe('number');
    await writeFile(metricsPath(), JSON.stringify({ ...after, recordedSinceMs: 0 }));
    const later = await restartAndRead();
    expect(later.recorded).toEqual([]);
    expect(toolCallsIn(later)).toBe(2);
  });

  it("should let a retired session's counted ids leave memory and not count them again on a --resume", async () => {
    const good = createRecordingExporter('good');
    const agent = await start([good], {}, 0);
    await post(agent, '/v1/hooks', hook('SessionEnd', { reason: 'other' }));
    await until(() => toolSpans(good).length === 2, 'the export');
    await until(() => agent.status().sessions.length === 0, 'the session to be retired');
    // Retired: its ids are in its state file; the registry keeps none (metrics.json carries them only until the
    // state file lists them, and is not rewritten before the next change).
    const counted = (await readJson<{ counted: string[] }>(statePath())).counted;
    // Six span ids (16 hex) and the log id (32 hex) of the one derived signal: the turn's active time.
    expect(counted.filter((id) => id.length === 16)).toHaveLength(6);
    expect(counted.filter((id) => id.length === 32)).toHaveLength(1);
    const retired = await readJson<SavedMetrics>(metricsPath());
    expect(retired.recorded).toEqual([]);
    expect(toolCallsIn(retired)).toBe(2);

    // `--resume`: same session id, same transcript; the agent maps the session whole once in this process.
    await post(agent, '/v1/hooks', hook('SessionStart', { source: 'resume' }));
    const stop = await post(agent, '/v1/hooks', hook('Stop', { stop_hook_active: false }));
    expect(stop.status).toBe(200);
    await until(() => (agent.status().sessions[0]?.reconciles ?? 0) >= 1, 'the resumed session');
    await agent.stop('test over');
    const metrics = await readJson<SavedMetrics>(metricsPath());
    expect(toolCallsIn(metrics)).toBe(2);
    expect(metrics.cumulative.find((m) => m.name === 'claude.session.count')?.value).toBe(1);
    expect(metrics.sessions).toEqual({});
    expect(toolSpans(good)).toHaveLength(2);
  });

  it('should refuse to start a second agent on the same data directory', async () => {
    await start([]);
    await expect(start([])).rejects.toMatchObject({ code: 'AGENT_UNAVAILABLE' });
  });

  it('should stop by itself when idle with no session', async () => {
    const agent = await start([], { idleTimeoutMs: 100 });
    await agent.closed;
    await expect(fetch(`${agent.url}/health`)).rejects.toThrow();
  });

  it('should stop on request and release its lock', async () => {
    const agent = await start([]);
    expect((await post(agent, '/v1/shutdown', {})).status).toBe(202);
    await agent.closed;
    await expect(readFile(join(tmp, 'data', 'agent.lock'), 'utf8')).rejects.toThrow();
  });
});
