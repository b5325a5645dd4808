// Agent event throughput and acknowledgement latency: the shipped agent (plugins/glassbox-lite/dist/agent.mjs,
// a child process on a fresh temp data dir, file exporter on) against a bare Node http server that reads the
// body and answers 200 without spooling (the floor: loopback HTTP and the load generator itself).
//
// Load: --clients concurrent simulated sessions, each a loop of turns the way the plugin sends them:
//   UserPromptSubmit hook → one mod batch (turn.start, prompt.submit, --tools × tool.start/tool.end,
//   session.measure, turn.complete; the first also session.start + heartbeat) → Stop hook (the agent
//   reconciles the transcript and answers the turn summary). One keep-alive connection per client.
// Events = mod events + hook payloads. Every 2xx from the agent means its spool line was fsync'd.
// Paired runs in alternating order; medians of events/s and of per-run ack latency p50/p99, by request kind.
// Bounded: each run stops at --events events or --max-seconds, whichever first. GLASSBOX_BENCH_AGENT_PROF=<dir>
// runs the agent with --cpu-prof into <dir>. Build first: pnpm --filter glassbox-lite build (or use the committed
// dist/agent.mjs).
//
//   node bench/agent-throughput.mjs [--rounds 3] [--events 20000] [--clients 8] [--tools 5]
//     [--turns-per-session 25 (0: one session per client, never ended)] [--max-seconds 30]
//     [--base-agent <agent.mjs of another build: a third variant, "base", for before/after in one run>]
//     [--out agent-throughput.json (file name under bench/results/)]
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createModBatch,
  DEFAULT_MOD_CONFIG,
  measureEvent,
  promptSubmitEvent,
  sessionStartEvent,
  toolEndEvent,
  toolStartEvent,
  turnCompleteEvent,
  turnStartEvent,
} from '@glassbox/mod';
import { freePort, gitDescribe, machineInfo, median } from './lib/bench-utils.mjs';
import { readChannelKey, signedHeaders } from './lib/sign-request.mjs';
import { turnLines } from './lib/turn-lines.mjs';

/** The running agent's channel key (none for the bare server): every request is signed, as clients sign. */
let channelKey;

const here = dirname(fileURLToPath(import.meta.url));
const repo = dirname(here);
const AGENT = join(repo, 'plugins/glassbox-lite/dist/agent.mjs');
const FIXTURE = join(repo, 'packages/agent/src/__fixtures__/two-tools.jsonl');
const FIXTURE_SESSION = 'a47a450d-d36d-4623-8aed-a6a3f6fad8b7';
/** The fixture's own prompt: the first turn of every session is the fixture's turn. */
const FIXTURE_PROMPT = '70e5fad7-255d-4edc-ba6e-5936261429d1';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    events: { type: 'string', default: '20000' },
    clients: { type: 'string', default: '8' },
    tools: { type: 'string', default: '5' },
    'max-seconds': { type: 'string', default: '30' },
    'turns-per-session': { type: 'string', default: '25' },
    out: { type: 'string', default: 'agent-throughput.json' },
    bare: { type: 'boolean', default: false },
    port: { type: 'string', default: '0' },
    'base-agent': { type: 'string' },
  },
});
const BASE_AGENT = args['base-agent'];
/** The variants that run an agent bundle, by the bundle they run. */
const AGENT_BUNDLES = { agent: AGENT, ...(BASE_AGENT ? { base: BASE_AGENT } : {}) };

function http(agent, port, method, path, body) {
  return new Promise((resolve, reject) => {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: {
          ...(text ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } : {}),
          ...(channelKey ? signedHeaders(channelKey, method, path, text) : {}),
        },
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          data += c;
        });
        res.on('end', () => resolve({ status: res.statusCode, text: data }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

async function waitHealthy(port, child, what) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited ${child.exitCode}`);
    try {
      const r = await http(undefined, port, 'GET', '/health');
      if (r.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${what} did not come up`);
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round2 = (x) => Number(x.toFixed(2));

function sessionId(run, client) {
  const h = (n, w) => n.toString(16).padStart(w, '0');
  return `${h(run, 8)}-0000-4000-8000-${h(client, 12)}`;
}

/**
 * One client: sessions of --turns-per-session turns, one after another, until the shared budget is spent.
 * Records latencies into `stats`; the Stop latency also by turn index (does a turn cost more late in a session?).
 */
async function runClient({ port, run, client, root, stats, budget, tools, turnsPerSession, fixture }) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const cwd = '/home/user/work/bench-project';
  const timed = async (kind, body, path) => {
    const t0 = process.hrtime.bigint();
    const r = await http(agent, port, 'POST', path, body);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 200) throw new Error(`${kind} answered ${r.status}: ${r.text}`);
    stats.latency[kind].push(ms);
    stats.requests++;
    return { r, ms };
  };
  let alive = true;
  for (let session = 0; alive; session++) {
    const sid = sessionId(run, client * 10_000 + session);
    const transcript = join(root, 'claude', 'projects', '-bench', `${sid}.jsonl`);
    // The session's transcript: the agent's real-binary fixture with this session id swapped in.
    writeFileSync(transcript, fixture.replaceAll(FIXTURE_SESSION, sid));
    const instanceId = `inst-${run}-${client}-${session}`;
    let seq = 1;
    const hook = (name, promptId, extra) => ({
      session_id: sid,
      transcript_path: transcript,
      cwd,
      permission_mode: 'default',
      hook_event_name: name,
      ...(promptId ? { prompt_id: promptId } : {}),
      ...extra,
    });
    for (let turn = 0; turnsPerSession === 0 || turn < turnsPerSession; turn++) {
      if (!budget.take()) {
        alive = false;
        break;
      }
      const promptId =
        turn === 0 ? FIXTURE_PROMPT : `${sid.slice(0, 24)}${turn.toString(16).padStart(12, '0')}`;
      const now = Date.now();
      const lines = turn === 0 ? undefined : turnLines(fixture, sid, promptId, turn, now);
      if (lines) appendFileSync(transcript, lines.user);
      await timed(
        'hook',
        hook('UserPromptSubmit', promptId, { prompt: 'run the tests and fix what fails' }),
        '/v1/hooks',
      );
      stats.events++;

      const events = [];
      if (turn === 0) events.push(sessionStartEvent(sid, now, { cwd, isInteractive: false }, '2.1.332'));
      events.push(
        promptSubmitEvent(sid, now, { text: 'run the tests and fix what fails' }, DEFAULT_MOD_CONFIG),
      );
      const turnId = `turn-${turn}`;
      events.push(turnStartEvent(sid, now, { turnId }));
      for (let t = 0; t < tools; t++) {
        const call = {
          tool: 'Bash',
          tool_use_id: `toolu_${run}_${client}_${session}_${turn}_${t}`,
          command: 'pnpm test --filter core',
        };
        events.push(toolStartEvent(sid, now + t * 10, call, DEFAULT_MOD_CONFIG));
        const result = t % 4 === 3 ? { isError: true, text: 'exit code 1' } : { text: 'ok\n'.repeat(40) };
        events.push(toolEndEvent(sid, now + t * 10, now + t * 10 + 8, call, result, DEFAULT_MOD_CONFIG));
      }
      events.push(
        measureEvent(sid, now + 100, { cost: { usd: 0.01 * (turn + 1) }, context: { tokens: 12_000 } }),
      );
      events.push(turnCompleteEvent(sid, now + 120, { turnId, durationMs: 120, reason: 'answer' }));
      const batch = createModBatch({
        instanceId,
        modVersion: '0.1.0',
        sentAtMs: now + 121,
        events: events.map((e) => ({ ...e, seq: seq++ })),
        ...(turn === 0
          ? {
              heartbeat: {
                sessionId: sid,
                claudeVersion: '2.1.332',
                captureContent: false,
                llmTiming: false,
              },
            }
          : {}),
      });
      const { r } = await timed('mod', batch, '/v1/mod');
      if (r.text !== '{}' && !r.text.includes(`"accepted":${events.length}`))
        throw new Error(`mod batch not taken whole: ${r.text}`);
      stats.events += events.length;

      // The turn's answer is in the transcript before Stop fires, as Claude Code writes it.
      if (lines) appendFileSync(transcript, lines.assistant);
      const { ms } = await timed('stop', hook('Stop', promptId, { stop_hook_active: false }), '/v1/hooks');
      (stats.stopByTurn[turn] ??= []).push(ms);
      stats.events++;
    }
    await timed('hook', hook('SessionEnd', undefined, { reason: 'other' }), '/v1/hooks');
    stats.events++;
  }
  agent.destroy();
}

async function runOnce(variant, run, opts) {
  const root = mkdtempSync(join(tmpdir(), `glassbox-bench-agent-${variant}-`));
  const port = await freePort();
  const project = join(root, 'claude', 'projects', '-bench');
  mkdirSync(project, { recursive: true });
  // Each session's transcript: the agent's real-binary fixture with its session id swapped in.
  const fixture = readFileSync(FIXTURE, 'utf8');
  const child =
    variant === 'bare'
      ? spawn(process.execPath, [fileURLToPath(import.meta.url), '--bare', '--port', String(port)], {
          stdio: ['ignore', 'ignore', 'inherit'],
        })
      : spawn(
          process.execPath,
          [
            ...(process.env.GLASSBOX_BENCH_AGENT_PROF
              ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.GLASSBOX_BENCH_AGENT_PROF}`]
              : []),
            AGENT_BUNDLES[variant],
          ],
          {
            stdio: ['ignore', 'ignore', 'pipe'],
            env: {
              ...process.env,
              CLAUDE_PLUGIN_DATA: join(root, 'data'),
              CLAUDE_CONFIG_DIR: join(root, 'claude'),
              CLAUDE_PLUGIN_OPTION_AGENTPORT: String(port),
              CLAUDE_PLUGIN_OPTION_EXPORTERS: 'file',
              CLAUDE_PLUGIN_OPTION_IDLETIMEOUTMINUTES: '0',
            },
          },
        );
  let agentLog = '';
  child.stderr?.on('data', (c) => {
    agentLog += c;
  });
  try {
    // The bare liveness probe, unsigned: the previous run's key is not this agent's (its 401 read as "not up").
    channelKey = undefined;
    await waitHealthy(port, child, variant);
    channelKey = variant === 'bare' ? undefined : readChannelKey(join(root, 'claude'));
    const perTurn = opts.tools * 2 + 6; // hooks 2 + prompt, turn.start, measure, turn.complete (+1 first turn)
    let turnsLeft = Math.ceil(opts.events / perTurn);
    const deadline = Date.now() + opts.maxSeconds * 1000;
    const budget = { take: () => turnsLeft-- > 0 && Date.now() < deadline };
    const stats = { events: 0, requests: 0, latency: { hook: [], mod: [], stop: [] }, stopByTurn: [] };
    const t0 = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: opts.clients }, (_, client) =>
        runClient({
          port,
          run,
          client,
          root,
          stats,
          budget,
          tools: opts.tools,
          turnsPerSession: opts.turnsPerSession,
          fixture,
        }),
      ),
    );
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    let status;
    if (variant !== 'bare') {
      status = JSON.parse((await http(undefined, port, 'GET', '/status')).text);
      // Every acknowledged request must be in the spool: mod batches and turn-ending hooks are all appended.
      if (status.spool.appended !== stats.requests)
        throw new Error(`spool appended ${status.spool.appended} of ${stats.requests} acknowledged requests`);
    }
    const all = [...stats.latency.hook, ...stats.latency.mod, ...stats.latency.stop].sort((a, b) => a - b);
    const byKind = {};
    for (const [kind, xs] of Object.entries(stats.latency)) {
      const s = [...xs].sort((a, b) => a - b);
      byKind[kind] = { count: s.length, p50Ms: round2(percentile(s, 50)), p99Ms: round2(percentile(s, 99)) };
    }
    // Stop latency early and late in a session: a per-turn cost that grows with the session shows here.
    const turnsSeen = stats.stopByTurn.length;
    const flat = (from, to) => stats.stopByTurn.slice(from, to).flat();
    const stopByTurn = {
      turns: turnsSeen,
      first5MedianMs: round2(median(flat(0, 5))),
      last5MedianMs: round2(median(flat(Math.max(0, turnsSeen - 5), turnsSeen))),
    };
    return {
      variant,
      events: stats.events,
      requests: stats.requests,
      seconds: round2(seconds),
      eventsPerSecond: Math.round(stats.events / seconds),
      requestsPerSecond: Math.round(stats.requests / seconds),
      p50Ms: round2(percentile(all, 50)),
      p99Ms: round2(percentile(all, 99)),
      byKind,
      stopByTurn,
      ...(status
        ? {
            spool: status.spool,
            ignored: status.ignored,
            sessions: status.sessions.length,
            liveEvents: status.sessions.reduce((n, s) => n + s.liveEvents, 0),
            reconciles: status.sessions.reduce((n, s) => n + s.reconciles, 0),
          }
        : {}),
    };
  } finally {
    if (variant !== 'bare' && child.exitCode === null) {
      await http(undefined, port, 'POST', '/v1/shutdown', {}).catch(() => undefined);
    } else if (child.exitCode === null) child.kill('SIGTERM');
    await new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    if (variant !== 'bare' && /uncaught|unhandled|failed/.test(agentLog))
      console.error(`agent log:\n${agentLog}`);
    rmSync(root, { recursive: true, force: true });
  }
}

async function main() {
  if (!existsSync(AGENT)) {
    console.error(`missing ${AGENT}: pnpm --filter glassbox-lite build`);
    process.exit(2);
  }
  const opts = {
    rounds: Math.max(1, Number(args.rounds)),
    events: Number(args.events),
    clients: Number(args.clients),
    tools: Number(args.tools),
    maxSeconds: Number(args['max-seconds']),
    turnsPerSession: Number(args['turns-per-session']),
  };
  const variants = ['agent', ...(BASE_AGENT ? ['base'] : []), 'bare'];
  const runs = Object.fromEntries(variants.map((v) => [v, []]));
  let run = 1;
  for (let i = 0; i < opts.rounds; i++) {
    const order = variants.map((_, k) => variants[(k + i) % variants.length]);
    for (const variant of order) {
      const r = await runOnce(variant, run++, opts);
      runs[variant].push(r);
      console.error(
        `round ${i + 1} ${variant.padEnd(5)} ${r.events} events in ${r.seconds} s: ${r.eventsPerSecond} events/s, ` +
          `p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms`,
      );
    }
  }
  const summary = (list) => ({
    eventsPerSecond: median(list.map((r) => r.eventsPerSecond)),
    requestsPerSecond: median(list.map((r) => r.requestsPerSecond)),
    p50Ms: round2(median(list.map((r) => r.p50Ms))),
    p99Ms: round2(median(list.map((r) => r.p99Ms))),
    byKind: Object.fromEntries(
      ['hook', 'mod', 'stop'].map((k) => [
        k,
        {
          p50Ms: round2(median(list.map((r) => r.byKind[k].p50Ms))),
          p99Ms: round2(median(list.map((r) => r.byKind[k].p99Ms))),
        },
      ]),
    ),
  });
  const agent = summary(runs.agent);
  const bare = summary(runs.bare);
  const base = BASE_AGENT ? summary(runs.base) : undefined;
  const results = {
    benchmark: 'agent-throughput',
    date: new Date().toISOString(),
    machine: machineInfo(),
    // Which build of the plugin was measured: its last commit, and whether the working tree differs from it.
    subjectCommit: gitDescribe('plugins/glassbox-lite/dist/agent.mjs'),
    baseline: 'bare node:http server: reads the body, answers 200 {} (no parsing, no spool)',
    subject: 'plugins/glassbox-lite/dist/agent.mjs, file exporter, fresh data dir per run',
    workload: {
      clients: opts.clients,
      toolsPerTurn: opts.tools,
      eventsPerRun: opts.events,
      maxSecondsPerRun: opts.maxSeconds,
      turnsPerSession: opts.turnsPerSession,
      perTurn: `UserPromptSubmit hook, mod batch of ${opts.tools * 2 + 4} events, Stop hook (turn summary); SessionEnd hook after the last turn`,
    },
    rounds: opts.rounds,
    agent,
    bare,
    throughputRatio: round2(agent.eventsPerSecond / bare.eventsPerSecond),
    ...(base
      ? {
          baseAgent: BASE_AGENT,
          base,
          baseThroughputRatio: round2(base.eventsPerSecond / bare.eventsPerSecond),
          agentVsBase: round2(agent.eventsPerSecond / base.eventsPerSecond),
        }
      : {}),
    runs,
  };
  const pad = (s, n) => String(s).padStart(n);
  console.log('');
  console.log('variant   events/s   req/s   p50 ms   p99 ms   hook p99   mod p99   stop p99');
  for (const [name, s] of [['agent', agent], ...(base ? [['base', base]] : []), ['bare', bare]]) {
    console.log(
      `${name.padEnd(7)} ${pad(s.eventsPerSecond, 10)} ${pad(s.requestsPerSecond, 7)} ${pad(s.p50Ms, 8)} ${pad(s.p99Ms, 8)} ` +
        `${pad(s.byKind.hook.p99Ms, 10)} ${pad(s.byKind.mod.p99Ms, 9)} ${pad(s.byKind.stop.p99Ms, 10)}`,
    );
  }
  console.log(`agent/bare throughput: ${results.throughputRatio} (medians of ${opts.rounds} paired runs)`);
  if (base) console.log(`agent/base throughput: ${results.agentVsBase}`);
  const turns = runs.agent.map((r) => r.stopByTurn);
  console.log(
    `agent Stop latency, median of turns 1-5 vs the last 5 turns of a session (${turns[0].turns} turns): ` +
      `${median(turns.map((t) => t.first5MedianMs))} ms vs ${median(turns.map((t) => t.last5MedianMs))} ms`,
  );
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', basename(args.out)), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Wrote bench/results/${basename(args.out)}`);
}

if (args.bare) {
  // The baseline server: reads the whole body, answers 200 {} — no parsing, no spool.
  const server = createServer((req, res) => {
    req.on('data', () => undefined);
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 2 });
      res.end('{}');
    });
  });
  server.keepAliveTimeout = 5_000;
  server.listen(Number(args.port), '127.0.0.1', () => process.stdout.write('listening\n'));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
} else {
  await main();
}
