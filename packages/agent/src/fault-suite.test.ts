import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHookInput, readTranscriptIncrement, requestAgent, SessionTracker } from '@glassbox/core';
import { freePort } from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgentKey } from './agent-key.js';
import { parseModBatch } from './parse-mod-batch.js';

/**
 * The fault suite: the built agent killed with SIGKILL at random points while sessions run and hostile signed
 * requests hit every route (one run: every answer timed, p50/p99/max), corrupt files of each kind, and generated
 * hostile input on every route and through the transcript readers. Bounded: the default
 * run takes well under a minute; `GLASSBOX_FAULT_FULL=1` runs the larger variant (every figure is printed).
 * Short writes and ENOSPC are injected in-process (`agent-durability.test.ts`, `spool.test.ts`) through the
 * spool's `SpoolIo` seam.
 */
const FULL = process.env.GLASSBOX_FAULT_FULL === '1';
const SESSIONS = FULL ? 200 : 50;
const KILLS = FULL ? 40 : 10;
const ROUTE_INPUTS = FULL ? 100_000 : 4_000;
const PARSER_INPUTS = FULL ? 200_000 : 46_000;
const TEST_MS = FULL ? 900_000 : 120_000;

const MAIN = join(import.meta.dirname, '..', 'dist', 'main.js');
const FIXTURE = join(import.meta.dirname, '__fixtures__', 'two-tools.jsonl');
const FIXTURE_SESSION = 'a47a450d-d36d-4623-8aed-a6a3f6fad8b7';

/** Deterministic PRNG (mulberry32): a failing run can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = Number(process.env.GLASSBOX_FAULT_SEED ?? 20261204);
const random = rng(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
/** The `p` quantile (0..1) of `values` in ms, rounded to 0.1 ms (nearest rank). */
const quantile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]! * 10) / 10;
};
const ROUTES = ['/v1/mod', '/v1/hooks', '/v1/health', '/v1/hello', '/status', '/health', '/v1/nope'];

const HOSTILE_VALUES: unknown[] = [
  null,
  true,
  -1,
  1e308,
  Number.NaN,
  '',
  '../../etc/passwd',
  '\u0000\ud800',
  'x'.repeat(300),
  [],
  [1, [2, [3]]],
  {},
  { __proto__: { polluted: true } },
  { constructor: { prototype: { x: 1 } } },
  '"\\',
];

function hostileObject(depth = 0): unknown {
  if (depth > 3 || random() < 0.3) return pick(HOSTILE_VALUES);
  const keys = [
    'v',
    'instanceId',
    'events',
    'heartbeat',
    'type',
    'sessionId',
    'session_id',
    'hook_event_name',
    'cwd',
    'transcript_path',
    'seq',
    'atMs',
    'toolUseId',
    'toolName',
    'status',
    'usage',
    'message',
    'content',
    'tool_input',
    'prompt',
  ];
  const out: Record<string, unknown> = {};
  const n = Math.floor(random() * 6);
  for (let i = 0; i < n; i++)
    out[pick(keys)] = random() < 0.5 ? hostileObject(depth + 1) : pick(HOSTILE_VALUES);
  if (random() < 0.3) out.events = Array.from({ length: 3 }, () => hostileObject(depth + 1));
  if (random() < 0.3) out.v = 1;
  return out;
}

/** A hostile body: generated JSON, broken JSON, or bytes. */
function hostileBody(): string {
  const r = random();
  const json = JSON.stringify(hostileObject()) ?? 'null';
  if (r < 0.6) return json;
  if (r < 0.8) return json.slice(0, Math.floor(random() * json.length));
  if (r < 0.9) return json.replace(/"/g, () => (random() < 0.1 ? '\\x' : '"'));
  return Buffer.from(Array.from({ length: 64 }, () => Math.floor(random() * 256))).toString('latin1');
}

describe('fault suite', () => {
  let tmp: string;
  let port: number;
  let fixture: string;
  const children: ChildProcess[] = [];
  const figures: Record<string, number | string> = { seed: SEED };

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-fault-'));
    await mkdir(join(tmp, 'claude', 'projects', '-p'), { recursive: true });
    fixture = await readFile(FIXTURE, 'utf8');
    port = await freePort();
  });

  afterAll(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    process.stderr.write(`fault suite figures: ${JSON.stringify(figures)}\n`);
    await rm(tmp, { recursive: true, force: true });
  });

  const launch = (): { child: ChildProcess; exited: Promise<unknown> } => {
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        CLAUDE_PLUGIN_DATA: join(tmp, 'data'),
        CLAUDE_CONFIG_DIR: join(tmp, 'claude'),
        CLAUDE_PLUGIN_OPTION_AGENTPORT: String(port),
        CLAUDE_PLUGIN_OPTION_EXPORTERS: 'file',
        CLAUDE_PLUGIN_OPTION_FILEDIRECTORY: join(tmp, 'telemetry'),
        CLAUDE_PLUGIN_OPTION_TURNSUMMARY: 'false',
      },
      stdio: 'ignore',
    });
    children.push(child);
    return { child, exited: new Promise((resolve) => child.on('exit', resolve)) };
  };

  let key: Buffer | undefined;
  const call = async (path: string, body?: string, timeoutMs = 5000) => {
    key ??= await readAgentKey(join(tmp, 'claude', 'glassbox'));
    if (!key) return undefined;
    return requestAgent({ port, key, path, ...(body !== undefined ? { body } : {}), timeoutMs });
  };

  const healthy = async (): Promise<boolean> => {
    // Generous: a restarted agent replays its spool first, and the machine may be loaded.
    for (let i = 0; i < 1200; i++) {
      const reply = await call('/v1/health', undefined, 500).catch(() => undefined);
      if (reply?.verified && reply.status === 200) return true;
      await new Promise((r) => setTimeout(r, 25));
    }
    return false;
  };

  /** Every `tool_call` log the file exporter wrote, as `<sessionId>/<toolUseId>`. */
  const delivered = async (): Promise<string[]> => {
    const dir = join(tmp, 'telemetry');
    const ids: string[] = [];
    for (const f of await readdir(dir).catch(() => [] as string[])) {
      for (const line of (await readFile(join(dir, f), 'utf8')).split('\n')) {
        if (!line) continue;
        let record: {
          event?: string;
          toolUseId?: string;
          sessionId?: string;
          attributes?: Record<string, unknown>;
        };
        try {
          record = JSON.parse(line);
        } catch {
          continue;
        }
        if (record.event !== 'tool_call') continue;
        const a = record.attributes ?? {};
        ids.push(
          `${String(record.sessionId ?? a['session.id'] ?? a.sessionId)}/${String(record.toolUseId ?? a.toolUseId ?? a['gen_ai.tool.call.id'])}`,
        );
      }
    }
    return ids;
  };

  it(
    `should deliver every acknowledged session exactly once across ${KILLS} kill -9s over ${SESSIONS} sessions, hostile requests throughout`,
    async () => {
      let agent = launch();
      expect(await healthy()).toBe(true);
      // Faults and kills in one run: hostile signed requests on every route go on the whole time, from a list made
      // up front (the seeded sequence stays the same whatever the timing).
      const hostile = Array.from({ length: 4_000 }, () => {
        const path = pick(ROUTES);
        const post = path === '/v1/mod' || path === '/v1/hooks';
        return { path, body: post ? hostileBody() : undefined };
      });
      const hookMs: number[] = [];
      // Answers slower than 500 ms, with how long after the latest restart they were asked (diagnosis).
      const slow: string[] = [];
      let launchedAt = performance.now();
      const timed = (kind: string, t0: number): number => {
        const ms = performance.now() - t0;
        if (ms > 500)
          slow.push(`${kind} ${Math.round(ms)} ms, ${Math.round(t0 - launchedAt)} ms after a start`);
        return ms;
      };
      const hostileMs: number[] = [];
      let hostileRefused = 0;
      let unansweredWhileUp = 0;
      // Down from just before a kill until the new agent answers: a request without a reply outside that is a fault.
      let downSince = 0;
      let running = true;
      const hostileLoop = (async () => {
        for (let i = 0; running; i = (i + 1) % hostile.length) {
          const { path, body } = hostile[i]!;
          const t0 = performance.now();
          const upAtStart = downSince === 0;
          const reply = await call(path, body, 2000).catch(() => undefined);
          // No reply: the agent was down (killed, restarting): counted, not timed.
          if (reply) hostileMs.push(timed(path, t0));
          else {
            hostileRefused++;
            if (upAtStart && downSince === 0) unansweredWhileUp++;
            await new Promise((r) => setTimeout(r, 20));
          }
        }
      })();
      const acknowledged = new Set<string>();
      let kills = 0;
      let refused = 0;
      const killEvery = Math.ceil(SESSIONS / KILLS);
      for (let s = 0; s < SESSIONS; s++) {
        const sessionId = `fault-${String(s).padStart(4, '0')}-${Math.floor(random() * 1e9)}`;
        const transcript = join(tmp, 'claude', 'projects', '-p', `${sessionId}.jsonl`);
        await writeFile(transcript, fixture.replaceAll(FIXTURE_SESSION, sessionId));
        const body = (event: string) =>
          JSON.stringify({
            session_id: sessionId,
            transcript_path: transcript,
            cwd: '/p',
            hook_event_name: event,
          });
        let ok = true;
        for (const event of ['SessionStart', 'Stop', 'SessionEnd']) {
          const t0 = performance.now();
          const reply = await call('/v1/hooks', body(event), 2000).catch(() => undefined);
          if (reply) hookMs.push(timed(event, t0));
          if (!(reply?.verified && reply.status === 200)) ok = false;
        }
        if (ok) acknowledged.add(sessionId);
        else refused++;
        if (s % killEvery === killEvery - 1) {
          // A random point: right away, or while reconciliation and export are under way.
          await new Promise((r) => setTimeout(r, Math.floor(random() * 60)));
          downSince = performance.now();
          agent.child.kill('SIGKILL');
          await agent.exited;
          kills++;
          agent = launch();
          launchedAt = performance.now();
          expect(await healthy()).toBe(true);
          downSince = 0;
        }
      }
      running = false;
      await hostileLoop;
      // The last start resumes whatever the kills interrupted.
      const expected = [...acknowledged].flatMap((s) => [`${s}/toolu_fx_ok`, `${s}/toolu_fx_fail`]);
      const deadline = Date.now() + 30_000;
      let got: string[] = [];
      while (Date.now() < deadline) {
        got = await delivered();
        const have = new Set(got);
        if (expected.every((id) => have.has(id))) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      agent.child.kill('SIGKILL');
      await agent.exited;
      const have = new Set(got);
      const missing = expected.filter((id) => !have.has(id));
      const duplicates = got.length - have.size;
      Object.assign(figures, {
        sessions: SESSIONS,
        kills,
        sessionsAcknowledged: acknowledged.size,
        sessionsRefused: refused,
        toolCallsAcknowledged: expected.length,
        toolCallsDelivered: have.size,
        redeliveredByIdAfterKill: duplicates,
        hookRequests: hookMs.length,
        hookP50Ms: quantile(hookMs, 0.5),
        hookP99Ms: quantile(hookMs, 0.99),
        hookMaxMs: quantile(hookMs, 1),
        hostileDuringKillsAnswered: hostileMs.length,
        hostileDuringKillsUnanswered: hostileRefused,
        hostileUnansweredWhileUp: unansweredWhileUp,
        hostileDuringKillsP99Ms: quantile(hostileMs, 0.99),
        hostileDuringKillsMaxMs: quantile(hostileMs, 1),
        slowAnswers: slow.slice(0, 20).join('; '),
      });
      expect(missing).toEqual([]);
      // At-least-once with deterministic ids: every acknowledged call is there, under one id each.
      // At-least-once with deterministic ids: each call is there under one id, never twice. A session whose hooks
      // were only partly answered (a kill mid-request) may be delivered too: not acknowledged, not required.
      expect(duplicates).toBe(0);
      // Every request the agent answered, through the kills and the hostile traffic, within 1 s.
      expect(hostileMs.length).toBeGreaterThan(0);
      expect(unansweredWhileUp).toBe(0);
      expect(Math.max(...hookMs, ...hostileMs)).toBeLessThan(1000);
    },
    TEST_MS,
  );

  it(
    `should answer ${ROUTE_INPUTS} hostile requests on every route within 1 s each, without crashing`,
    async () => {
      const agent = launch();
      expect(await healthy()).toBe(true);
      const routes = ROUTES;
      const times: number[] = [];
      let maxMs = 0;
      let unanswered = 0;
      const statuses: Record<string, number> = {};
      const one = async (): Promise<void> => {
        const path = pick(routes);
        const post = path.startsWith('/v1/mod') || path.startsWith('/v1/hooks') || random() < 0.1;
        const t0 = performance.now();
        const reply = await call(path, post ? hostileBody() : undefined, 1000).catch(() => undefined);
        const ms = performance.now() - t0;
        maxMs = Math.max(maxMs, ms);
        times.push(ms);
        if (!reply) unanswered++;
        else statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
      };
      const CONCURRENCY = 8;
      for (let i = 0; i < ROUTE_INPUTS; i += CONCURRENCY)
        await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ROUTE_INPUTS - i) }, one));
      // Unsigned and badly signed requests too: refused, never served.
      for (let i = 0; i < 50; i++) {
        const res = await fetch(`http://127.0.0.1:${port}${pick(routes)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: hostileBody(),
        });
        expect([401, 403, 404, 405, 415]).toContain(res.status);
        await res.arrayBuffer();
      }
      Object.assign(figures, {
        routeInputs: ROUTE_INPUTS,
        routeP50ResponseMs: quantile(times, 0.5),
        routeP99ResponseMs: quantile(times, 0.99),
        routeMaxResponseMs: Math.round(maxMs),
        routeUnanswered: unanswered,
        routeStatuses: JSON.stringify(statuses),
      });
      expect(agent.child.exitCode).toBeNull();
      expect(await healthy()).toBe(true);
      expect(unanswered).toBe(0);
      expect(maxMs).toBeLessThan(1000);
      agent.child.kill('SIGKILL');
      await agent.exited;
    },
    TEST_MS,
  );

  it(
    `should take ${PARSER_INPUTS} hostile inputs through the parsers and transcript readers without a throw`,
    async () => {
      let maxMs = 0;
      const lines: string[] = [];
      for (let i = 0; i < PARSER_INPUTS; i++) {
        const body = hostileBody();
        const t0 = performance.now();
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          json = body;
        }
        parseModBatch(json);
        parseHookInput(json);
        maxMs = Math.max(maxMs, performance.now() - t0);
        if (i % 20 === 0) lines.push(body.replace(/\n/g, ' '));
      }
      // The transcript reader and the tracker take the same inputs as transcript lines, good ones among them.
      const transcript = join(tmp, 'claude', 'projects', '-p', 'hostile.jsonl');
      await writeFile(transcript, `${fixture}${lines.join('\n')}\n${fixture}`);
      const t0 = performance.now();
      const increment = await readTranscriptIncrement(transcript);
      const tracker = new SessionTracker({ sessionId: FIXTURE_SESSION });
      tracker.addTranscriptEntries(increment.entries);
      const trace = tracker.build();
      Object.assign(figures, {
        parserInputs: PARSER_INPUTS,
        transcriptLinesFuzzed: lines.length,
        transcriptMalformedSkipped: increment.malformedLines,
        parserMaxMs: Math.round(maxMs * 10) / 10,
        transcriptReadMs: Math.round(performance.now() - t0),
      });
      expect(increment.malformedLines).toBeGreaterThan(0);
      expect(trace.totals.toolCalls).toBeGreaterThan(0);
      expect(maxMs).toBeLessThan(1000);
    },
    TEST_MS,
  );
});
