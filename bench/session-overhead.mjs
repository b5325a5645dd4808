// Session overhead of the glassbox-lite plugin in real `claude -p` sessions (Claude Code 2.1.332 from
// @glassbox/testkit) against the fake Messages API. Each session makes --calls sequential tool calls: every
// model answer calls Bash `true` until the count is reached, then answers with text.
//
// Variants, alternated within each round (rotating order):
//   none — no plugin;
//   warm — --plugin-dir (a copy of plugins/glassbox-lite, its agent on a free port via agentPort), agent already running;
//   cold — the same plugin in another home, agent stopped before the run: the SessionStart hook starts it.
// Measured per run, from the fake API's request log (`receivedAt`) of agent-loop requests:
//   gap   — median time between consecutive model requests (one tool call + Claude Code's own work + hooks);
//   first — from spawning claude to its first model request (startup, SessionStart hooks, mod load);
//   tail  — from the last model request to the process exit (Stop/SessionEnd hooks, mod flush);
//   wall  — the whole run.
//   cpu   — user + system CPU of Claude Code and the hook processes it waited for (/usr/bin/time), plus the
//           agent's own CPU during the run (/proc): far less sensitive than wall time to other load on the machine.
// Reported, as medians of the per-round differences against "none" (paired): per tool call = Δ gap; fixed per
//   session = Δ wall − calls × per-call; first/tail deltas; and from the two sizes, CPU per call and per session.
// --variants adds mod-only / hooks-only to attribute the cost; --base <plugin dir> adds base-warm / base-cold, the same
// with another build of the plugin (e.g. `git archive <commit> plugins/glassbox-lite`), for before/after in one run. Bounded: --runs per variant and size, and a
// wall-clock cap (--max-minutes, default 7.5). Build first: pnpm turbo run build --filter @glassbox/bench...
// (the plugin bundles are committed).
//
//   node bench/session-overhead.mjs [--calls 20,100] [--runs 5] [--max-minutes 7.5]
//     [--variants none,warm,cold(,mod-only,hooks-only,stub-mod,base-warm,base-cold)] [--base <plugin dir>]
//     [--debug-dir <dir>: each measured run writes Claude Code's --debug-file there; the spans are printed]
//     [--out session-overhead.json (under bench/results/)]
import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readAgentKey } from '@glassbox/agent';
import { requestAgent } from '@glassbox/core';
import {
  claudeBinary,
  createClaudeHome,
  isAgentLoopRequest,
  runClaude,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { shippedFiles } from '../scripts/plugin-manifest.mjs';
import { channelFloorMs, freePort, gitDescribe, machineInfo, median } from './lib/bench-utils.mjs';
import { readDebugTimeline, timelineSpans } from './lib/debug-timeline.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const PLUGIN = join(dirname(here), 'plugins/glassbox-lite');
// Optional, to attribute the cost (agent kept running for both, started by this script):
//   mod-only   — the plugin without its settings hooks (hooks.json keeps only the mod);
//   hooks-only — the plugin without the mod (as where mods cannot load);
//   stub-mod   — a one-handler mod and no settings hooks: what any mod costs (no agent).
//   base-warm / base-cold — warm / cold with the plugin in --base (before/after in one run).
const ALL_VARIANTS = ['none', 'warm', 'cold', 'mod-only', 'hooks-only', 'stub-mod', 'base-warm', 'base-cold'];

const { values: args } = parseArgs({
  options: {
    calls: { type: 'string', default: '20,100' },
    runs: { type: 'string', default: '5' },
    'max-minutes': { type: 'string', default: '7.5' },
    variants: { type: 'string', default: 'none,warm,cold' },
    out: { type: 'string', default: 'session-overhead.json' },
    base: { type: 'string' },
    'debug-dir': { type: 'string' },
  },
});
const BASE_PLUGIN = args.base;
const sizes = args.calls
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const runs = Math.max(1, Number(args.runs));
const VARIANTS = [
  'none',
  ...args.variants.split(',').filter((v) => v !== 'none' && ALL_VARIANTS.includes(v)),
];
const WITH_PLUGIN = VARIANTS.filter((v) => v !== 'none');
if (WITH_PLUGIN.some((v) => v.startsWith('base-')) && !BASE_PLUGIN)
  throw new Error('base-warm / base-cold need --base <plugin dir>');
const isCold = (variant) => variant === 'cold' || variant === 'base-cold';
const deadline = Date.now() + Number(args['max-minutes']) * 60_000;

const r1 = (x) => Number(x.toFixed(1));
const r2 = (x) => Number(x.toFixed(2));

/** Each plugin variant's agent home (its isolated config dir's `glassbox/`), by the port its agent listens on. */
const agentHomeByPort = new Map();

/** A signed GET to the agent on `port` (`/health` asks the signed `/v1/health`); undefined unless it verified. */
async function get(port, path) {
  const home = agentHomeByPort.get(port);
  const key = home ? await readAgentKey(home).catch(() => undefined) : undefined;
  if (!key) return undefined;
  const reply = await requestAgent({
    port,
    key,
    path: path === '/health' ? '/v1/health' : path,
    timeoutMs: 1000,
  });
  return reply?.verified && reply.status === 200 ? reply.json : undefined;
}

/** Medians of each timeline span over the runs that show it. */
function timelineMedians(list) {
  const out = {};
  for (const key of new Set(list.flatMap((s) => Object.keys(s.timeline ?? {})))) {
    const values = list.map((s) => s.timeline?.[key]).filter((v) => v !== undefined);
    if (values.length > 0) out[key] = r1(median(values));
  }
  return out;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** CPU time (user + system, ms) a live process has used so far; 0 when it is gone. Linux /proc, 100 Hz ticks. */
function processCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/**
 * Wall time is at the mercy of whatever else runs on the machine; CPU time much less. Claude Code runs under
 * /usr/bin/time (user + system of it and the hook processes it waited for); the agent, detached, is read from /proc.
 */
const scratch = mkdtempSync(join(tmpdir(), 'glassbox-bench-time-'));
const realClaude = claudeBinary();
const wrapper = join(scratch, 'claude-timed.sh');
writeFileSync(
  wrapper,
  `#!/bin/sh\nexec /usr/bin/time -f '%U %S %M' -o "$GLASSBOX_BENCH_TIME_FILE" '${realClaude}' "$@"\n`,
);
chmodSync(wrapper, 0o755);
process.env.GLASSBOX_CLAUDE_BIN = wrapper;
let timeFiles = 0;

/** A copy of the shipped plugin (its hooks follow `agent.endpoint`, so the `agentPort` option places the agent). */
function copyPlugin(dest, variant) {
  const from = variant.startsWith('base-') ? BASE_PLUGIN : PLUGIN;
  for (const file of shippedFiles(PLUGIN))
    if (existsSync(join(from, file))) cpSync(join(from, file), join(dest, file));
  const path = join(dest, 'hooks', 'hooks.json');
  const hooks = JSON.parse(readFileSync(path, 'utf8'));
  if (variant === 'mod-only') delete hooks.hooks;
  if (variant === 'hooks-only') delete hooks.modules;
  if (variant === 'stub-mod') {
    delete hooks.hooks;
    writeFileSync(join(dest, 'hooks', 'register.js'), STUB_MOD);
  }
  writeFileSync(path, JSON.stringify(hooks, null, 2));
  return dest;
}

/** The least a mod can be: one handler that passes the event on (what any mod costs Claude Code). */
const STUB_MOD = `export function register(on) {
  on('session.start', async (_$, e, next) => next(e));
}
`;

/** Starts the agent the way the SessionStart script does (detached), for the variants without that script. */
function startAgent(home, port) {
  const child = spawn(process.execPath, [join(PLUGIN, 'dist/agent.mjs')], {
    detached: true,
    stdio: 'ignore',
    env: {
      PATH: process.env.PATH,
      HOME: home.home,
      CLAUDE_CONFIG_DIR: home.configDir,
      CLAUDE_PLUGIN_DATA: join(home.configDir, 'plugins', 'data', 'glassbox-lite-inline'),
      CLAUDE_PLUGIN_OPTION_AGENTPORT: String(port),
      CLAUDE_PLUGIN_OPTION_EXPORTERS: 'file',
    },
  });
  child.unref();
}

/** Stops the agent on `port` (SIGTERM: it flushes) and waits until it is gone. */
async function stopAgent(port) {
  const health = await get(port, '/health');
  if (!health) return;
  try {
    process.kill(health.pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 400 && (await get(port, '/health')); i++) await sleep(25);
  if (await get(port, '/health')) {
    try {
      process.kill(health.pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

/**
 * Waits until the agent has reconciled and exported the session, so one run's work does not leak into the
 * next; false when the session never showed up with its mod alive (the plugin did not do its job).
 */
async function agentCaptured(port, sessionId, modExpected) {
  for (let i = 0; i < 200; i++) {
    const s = await get(port, '/status');
    const mine = s?.sessions.find((x) => x.sessionId === sessionId);
    const pending = s?.exporters.some((e) => e.pendingSpans + e.pendingLogs > 0);
    if (
      mine &&
      (mine.modAlive || !modExpected) &&
      mine.reconciles > 0 &&
      mine.costUsd !== undefined &&
      !pending
    )
      return true;
    await sleep(25);
  }
  return false;
}

async function main() {
  // Each agent-loop request: call Bash `true` until `calls` tool results are in the conversation, then answer.
  let target = 0;
  const countResults = (body) => {
    let n = 0;
    for (const m of body.messages)
      if (m.role === 'user' && Array.isArray(m.content))
        for (const b of m.content) if (b && b.type === 'tool_result') n++;
    return n;
  };
  const api = await startFakeAnthropicApi({
    responder: (body) => {
      if (!isAgentLoopRequest(body))
        return { content: [{ type: 'text', text: 'title' }], usage: { input_tokens: 5, output_tokens: 1 } };
      const done = countResults(body);
      if (done >= target)
        return {
          content: [{ type: 'text', text: 'All done.' }],
          usage: { input_tokens: 900, output_tokens: 4, cache_read_input_tokens: 3000 },
        };
      return {
        content: [
          { type: 'tool_use', name: 'Bash', input: { command: 'true', description: `step ${done + 1}` } },
        ],
        usage: { input_tokens: 900 + done, output_tokens: 20, cache_read_input_tokens: 3000 },
      };
    },
  });

  const homes = {};
  const ports = {};
  const plugins = {};
  for (const variant of VARIANTS) {
    homes[variant] = await createClaudeHome(`glassbox-bench-${variant}-`);
    if (variant === 'none') continue;
    ports[variant] = await freePort();
    agentHomeByPort.set(ports[variant], join(homes[variant].configDir, 'glassbox'));
    plugins[variant] = copyPlugin(join(homes[variant].root, 'plugin'), variant);
  }
  const options = (variant) => ({
    apiUrl: api.url,
    home: homes[variant],
    allowedTools: ['Bash'],
    timeoutMs: 120_000,
    ...(variant === 'none'
      ? {}
      : {
          pluginDirs: [plugins[variant]],
          settings: {
            pluginConfigs: {
              'glassbox-lite@inline': { options: { agentPort: ports[variant], exporters: 'file' } },
            },
          },
        }),
  });

  async function session(variant, calls, warmup = false) {
    target = calls;
    if (isCold(variant)) await stopAgent(ports[variant]);
    const agentless = variant === 'none' || variant === 'stub-mod';
    if (!agentless && !isCold(variant) && !warmup && !(await get(ports[variant], '/health')))
      throw new Error(`the ${variant} agent is not running`);
    const from = api.requests.length;
    const agentBefore = agentless ? undefined : (await get(ports[variant], '/health'))?.pid;
    const agentCpuBefore = agentBefore ? processCpuMs(agentBefore) : 0;
    const timeFile = join(scratch, `time-${++timeFiles}`);
    const debugFile =
      args['debug-dir'] && !warmup
        ? join(args['debug-dir'], `${variant}-${calls}-${timeFiles}.log`)
        : undefined;
    const t0 = Date.now();
    const r = await runClaude({
      ...options(variant),
      prompt: `run true ${calls} times, one call at a time`,
      env: { GLASSBOX_BENCH_TIME_FILE: timeFile },
      // Claude Code's own timeline of the run (hooks, mod load, requests), to attribute the milliseconds.
      ...(debugFile ? { args: ['--debug-file', debugFile] } : {}),
    });
    const t1 = t0 + r.durationMs;
    if (r.result?.subtype !== 'success') throw new Error(`${variant} run failed: ${r.stderr || r.stdout}`);
    const loop = api.requests
      .slice(from)
      .filter((q) => q.path === '/v1/messages' && q.body && isAgentLoopRequest(q.body));
    if (loop.length !== calls + 1)
      throw new Error(`${variant}: ${loop.length} model requests, expected ${calls + 1}`);
    const gaps = [];
    for (let i = 1; i < loop.length; i++) gaps.push(loop[i].receivedAt - loop[i - 1].receivedAt);
    const out = {
      wallMs: r.durationMs,
      gapMs: median(gaps),
      // wall = first + calls × meanGap + tail, exactly: the mean carries the occasional slow call the median hides.
      meanGapMs: (loop[loop.length - 1].receivedAt - loop[0].receivedAt) / calls,
      firstMs: loop[0].receivedAt - t0,
      tailMs: t1 - loop[loop.length - 1].receivedAt,
    };
    if (!agentless && !(await agentCaptured(ports[variant], r.result.session_id, variant !== 'hooks-only')))
      throw new Error(`${variant}: the agent did not capture session ${r.result.session_id}`);
    const [user, sys, rssKb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    out.claudeCpuMs = Math.round((user + sys) * 1000);
    out.claudePeakRssMb = Math.round(rssKb / 1024);
    const agentAfter = agentless ? undefined : (await get(ports[variant], '/health'))?.pid;
    out.agentCpuMs = agentAfter
      ? processCpuMs(agentAfter) - (agentAfter === agentBefore ? agentCpuBefore : 0)
      : 0;
    out.cpuMs = out.claudeCpuMs + out.agentCpuMs;
    if (debugFile) out.timeline = timelineSpans(readDebugTimeline(debugFile));
    return out;
  }

  const results = {
    benchmark: 'session-overhead',
    date: new Date().toISOString(),
    machine: machineInfo(),
    claudeCode: '2.1.332 (@glassbox/testkit claudeBinary)',
    // Which build of the plugin was measured: its last commit, and whether the working tree differs from it.
    subjectCommit: gitDescribe('plugins/glassbox-lite'),
    baseline: 'the same sessions without the plugin',
    subject: 'plugins/glassbox-lite (mod + SessionStart script + http hooks + agent, file exporter)',
    ...(BASE_PLUGIN ? { base: `base-* variants: the plugin in ${basename(BASE_PLUGIN)}` } : {}),
    variants: VARIANTS,
    runsPerVariant: runs,
    sizes: [],
    complete: true,
  };

  try {
    // Warm-up, not measured: the binary's first start, and the warm agent's start.
    await session('none', 2);
    for (const variant of WITH_PLUGIN.filter((v) => !isCold(v))) {
      if (variant === 'mod-only') startAgent(homes[variant], ports[variant]);
      for (let i = 0; i < 80 && variant === 'mod-only' && !(await get(ports[variant], '/health')); i++)
        await sleep(25);
      await session(variant, 2, true);
      for (let i = 0; i < 80 && variant !== 'stub-mod' && !(await get(ports[variant], '/health')); i++)
        await sleep(25);
    }
    for (const calls of sizes) {
      const samples = Object.fromEntries(VARIANTS.map((v) => [v, []]));
      for (let i = 0; i < runs; i++) {
        if (Date.now() > deadline) {
          results.complete = false;
          break;
        }
        const order = VARIANTS.map((_, k) => VARIANTS[(k + i) % VARIANTS.length]);
        for (const variant of order) {
          const s = await session(variant, calls);
          samples[variant].push(s);
          console.error(
            `${calls} calls, round ${i + 1}, ${variant.padEnd(4)}: wall ${s.wallMs} ms, gap ${s.gapMs} ms, first ${s.firstMs} ms, tail ${s.tailMs} ms`,
          );
        }
      }
      if (samples.none.length === 0) break;
      const sum = (list) => ({
        wallMs: r1(median(list.map((s) => s.wallMs))),
        gapMs: r2(median(list.map((s) => s.gapMs))),
        meanGapMs: r2(median(list.map((s) => s.meanGapMs))),
        firstMs: r1(median(list.map((s) => s.firstMs))),
        tailMs: r1(median(list.map((s) => s.tailMs))),
        cpuMs: r1(median(list.map((s) => s.cpuMs))),
        claudeCpuMs: r1(median(list.map((s) => s.claudeCpuMs))),
        agentCpuMs: r1(median(list.map((s) => s.agentCpuMs))),
        ...(list[0]?.timeline ? { timeline: timelineMedians(list) } : {}),
        claudePeakRssMb: median(list.map((s) => s.claudePeakRssMb)),
        runs: list,
      });
      const set = { calls, none: sum(samples.none) };
      for (const variant of WITH_PLUGIN) {
        if (samples[variant].length === 0) continue;
        const v = sum(samples[variant]);
        const perCallMs = v.gapMs - set.none.gapMs;
        // Paired: the differences within each round (the variants ran back to back), then their median. Less
        // sensitive to the load other processes put on the machine between rounds than a difference of medians.
        const paired = (key) =>
          median(
            samples[variant].map((s, i) => s[key] - samples.none[Math.min(i, samples.none.length - 1)][key]),
          );
        const perCallPaired = paired('gapMs');
        set[variant] = {
          ...v,
          perCallMs: r2(perCallMs),
          fixedPerSessionMs: r1(v.wallMs - set.none.wallMs - calls * perCallMs),
          firstDeltaMs: r1(v.firstMs - set.none.firstMs),
          tailDeltaMs: r1(v.tailMs - set.none.tailMs),
          paired: {
            perCallMs: r2(perCallPaired),
            perCallMeanMs: r2(paired('meanGapMs')),
            wallDeltaMs: r1(paired('wallMs')),
            fixedPerSessionMs: r1(paired('wallMs') - calls * perCallPaired),
            firstPlusTailMs: r1(paired('firstMs') + paired('tailMs')),
            cpuDeltaMs: r1(paired('cpuMs')),
            firstDeltaMs: r1(paired('firstMs')),
            tailDeltaMs: r1(paired('tailMs')),
          },
        };
      }
      results.sizes.push(set);
    }
    // CPU per tool call and per session from two session sizes: Δcpu(calls) = fixed + calls × perCall.
    const [small, big] = [results.sizes[0], results.sizes[results.sizes.length - 1]];
    if (small && big && big.calls > small.calls) {
      results.cpu = {};
      for (const variant of WITH_PLUGIN) {
        if (!small[variant] || !big[variant]) continue;
        const perCall =
          (big[variant].paired.cpuDeltaMs - small[variant].paired.cpuDeltaMs) / (big.calls - small.calls);
        results.cpu[variant] = {
          perCallMs: r2(perCall),
          perSessionMs: r1(small[variant].paired.cpuDeltaMs - small.calls * perCall),
        };
      }
    }
  } finally {
    for (const variant of WITH_PLUGIN) await stopAgent(ports[variant]);
    await api.close();
    for (const h of Object.values(homes)) await h.cleanup();
    rmSync(scratch, { recursive: true, force: true });
  }

  const pad = (s, n) => String(s).padStart(n);
  if (args['debug-dir']) {
    console.log('');
    console.log("Claude Code's --debug-file timeline (medians, ms):");
    const keys = [
      'modLoadMs',
      'startToFirstRequestMs',
      'sessionStartHookMs',
      'promptHookMs',
      'stopHookMs',
      'exitMs',
    ];
    console.log(`calls  variant    ${keys.map((k) => pad(k.replace(/Ms$/, ''), 21)).join('')}`);
    for (const set of results.sizes)
      for (const variant of VARIANTS) {
        const t = set[variant]?.timeline ?? {};
        console.log(
          `${pad(set.calls, 5)}  ${variant.padEnd(10)} ${keys.map((k) => pad(t[k] ?? '—', 21)).join('')}`,
        );
      }
  }
  console.log('');
  console.log('Paired (medians of the per-round differences against "none"):');
  console.log(
    'calls  variant      wall ms   Δ wall   per call (median gap)   per call (mean gap)   fixed/session   first Δ   tail Δ   Δ CPU ms (claude+agent)',
  );
  for (const set of results.sizes) {
    console.log(`${pad(set.calls, 5)}  ${'none'.padEnd(10)} ${pad(set.none.wallMs, 9)}`);
    for (const variant of WITH_PLUGIN) {
      const v = set[variant];
      if (!v) continue;
      const p = v.paired;
      console.log(
        `${pad(set.calls, 5)}  ${variant.padEnd(10)} ${pad(v.wallMs, 9)} ${pad(p.wallDeltaMs, 8)} ${pad(`${p.perCallMs} ms`, 23)} ${pad(`${p.perCallMeanMs} ms`, 21)} ${pad(`${p.fixedPerSessionMs} ms`, 15)} ${pad(p.firstDeltaMs, 9)} ${pad(p.tailDeltaMs, 8)} ${pad(p.cpuDeltaMs, 25)}`,
      );
    }
  }
  console.log(
    'fixed/session = Δ wall − calls × per call (median gap); first Δ + tail Δ is the startup and exit part.',
  );
  for (const set of results.sizes) {
    const floor = channelFloorMs(set);
    if (floor === undefined) continue;
    set.channelFloorMs = floor;
    console.log(
      `${set.calls} calls: both channels at their least (stub-mod + hooks-only, first Δ + tail Δ) ${floor} ms; warm ${set.warm?.paired.firstPlusTailMs ?? '—'} ms`,
    );
  }
  if (results.cpu) {
    console.log('CPU time (less sensitive to other load): Δ CPU = per session + calls × per call');
    for (const [variant, c] of Object.entries(results.cpu))
      console.log(
        `  ${variant.padEnd(10)} ${pad(c.perCallMs, 7)} ms per tool call ${pad(c.perSessionMs, 8)} ms per session`,
      );
  }
  console.log('Targets: <= 2 ms per tool call, <= 300 ms per session.');
  if (!results.complete) console.log('Stopped at the time cap: fewer runs than asked.');
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', basename(args.out)), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Wrote bench/results/${basename(args.out)}`);
}

await main();
