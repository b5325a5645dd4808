// OTLP backfill: the full plugin's shipped agent (plugins/glassbox/dist/agent.mjs, a child process with the OTLP
// exporter on, file exporter off) reads real-format transcripts it has never seen and exports their spans (turns,
// LLM calls, tool calls, subagents, sessions) to the OTLP receiver (@glassbox/otlp-receiver, real protobuf
// decoding) in this process. Each session is announced the way the plugin does it: a SessionEnd settings-hook
// payload naming its transcript; the agent reconciles the whole transcript and exports it.
// Reports spans/s (spans the receiver decoded / wall time from the first hook to the last span delivered) and the
// agent's peak RSS (VmHWM of the child). Paced: new sessions are announced while the agent has fewer than
// --max-pending spans and logs waiting for OTLP. Bounded by --max-seconds (default 420, under 8 minutes, counted
// from the start, transcript generation included): a run that hits it reports what was delivered by then.
// The default 3.4 GB of transcripts yields about one million spans (about 294 spans per MB of this generator).
//
//   pnpm --filter glassbox-plugin build   (or the committed dist/agent.mjs)
//   node bench/otlp-backfill.mjs [--bytes 3400000000] [--max-seconds 420] [--max-pending 20000] [--window 32] [--profile <dir>]
//                                [--heap-snapshot <dir>]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startOtlpReceiver } from '@glassbox/otlp-receiver';
import { freePort } from './lib/bench-utils.mjs';
import { generateTranscripts } from './lib/generate-transcripts.mjs';
import { readChannelKey, signedHeaders } from './lib/sign-request.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = dirname(here);
const AGENT = join(repo, 'plugins/glassbox/dist/agent.mjs');

const { values: args } = parseArgs({
  options: {
    bytes: { type: 'string', default: '3400000000' },
    'max-seconds': { type: 'string', default: '420' },
    'max-pending': { type: 'string', default: '20000' },
    window: { type: 'string', default: '32' },
    keep: { type: 'boolean', default: false },
    // Writes a V8 CPU profile of the agent into this directory.
    profile: { type: 'string' },
    // Writes a V8 heap snapshot of the agent into this directory once the backfill is over (what history retains).
    'heap-snapshot': { type: 'string' },
  },
});
const targetBytes = Number(args.bytes);
const deadline = Date.now() + Number(args['max-seconds']) * 1000;
const maxPending = Number(args['max-pending']);
const window = Number(args.window);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

/** SIGUSR2 makes the agent write a snapshot on its main thread: done once it answers /health and the file is whole. */
async function heapSnapshot(child, base, dir) {
  mkdirSync(dir, { recursive: true });
  const before = new Set(readdirSync(dir));
  child.kill('SIGUSR2');
  for (let i = 0; i < 600; i++) {
    await sleep(500);
    const made = readdirSync(dir).find((f) => f.endsWith('.heapsnapshot') && !before.has(f));
    const up = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (made && up) {
      process.stderr.write(`heap snapshot: ${join(dir, made)}\n`);
      return;
    }
  }
  process.stderr.write('heap snapshot: not written within 5 minutes\n');
}

/** A signed request to the agent (its key is in `<root>/claude/glassbox` once it listens). */
async function json(url, body) {
  const text = body === undefined ? undefined : JSON.stringify(body);
  const method = text === undefined ? 'GET' : 'POST';
  const headers = signedHeaders(readChannelKey(claudeDir), method, new URL(url).pathname, text);
  const res = await fetch(
    url,
    text === undefined
      ? { headers }
      : { method, headers: { ...headers, 'content-type': 'application/json' }, body: text },
  );
  return res.json();
}

const root = mkdtempSync(join(tmpdir(), 'glassbox-backfill-'));
const claudeDir = join(root, 'claude');
mkdirSync(claudeDir);
let agent;
let receiver;
try {
  const genStart = Date.now();
  const generated = generateTranscripts({ outDir: claudeDir, targetBytes, seed: 7 });
  const transcripts = [];
  for (const project of readdirSync(join(claudeDir, 'projects'))) {
    for (const file of readdirSync(join(claudeDir, 'projects', project))) {
      if (file.endsWith('.jsonl'))
        transcripts.push({
          sessionId: file.slice(0, -'.jsonl'.length),
          path: join(claudeDir, 'projects', project, file),
          cwd: `/home/user/work/${project.replace('-home-user-work-', '')}`,
        });
    }
  }
  process.stderr.write(
    `generated ${transcripts.length} sessions, ${(generated.bytes / 1e6).toFixed(0)} MB, ${generated.responses} responses in ${((Date.now() - genStart) / 1000).toFixed(1)} s\n`,
  );

  receiver = await startOtlpReceiver();
  // The receiver keeps what it decodes; count and forget, so the bench process does not hold a million spans.
  let spans = 0;
  let logs = 0;
  let lastSpanAt = 0;
  const drain = () => {
    if (receiver.spans.length > 0) lastSpanAt = Date.now();
    spans += receiver.spans.length;
    logs += receiver.logs.length;
    receiver.reset();
  };
  const drainer = setInterval(drain, 100);

  const port = await freePort();
  const dataDir = join(root, 'agent');
  const profile = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : [];
  const heap = args['heap-snapshot']
    ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${args['heap-snapshot']}`]
    : [];
  agent = spawn(process.execPath, [...profile, ...heap, AGENT], {
    env: {
      ...process.env,
      CLAUDE_PLUGIN_DATA: dataDir,
      CLAUDE_CONFIG_DIR: claudeDir,
      CLAUDE_PLUGIN_OPTION_AGENTPORT: String(port),
      CLAUDE_PLUGIN_OPTION_EXPORTERS: 'otlp',
      CLAUDE_PLUGIN_OPTION_OTLPENDPOINT: receiver.url,
      CLAUDE_PLUGIN_OPTION_IDLETIMEOUTMINUTES: '0',
      CLAUDE_PLUGIN_OPTION_TURNSUMMARY: 'false',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let agentLog = '';
  agent.stderr.on('data', (c) => {
    agentLog = (agentLog + c.toString()).slice(-4000);
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 200 || agent.exitCode !== null) throw new Error(`agent did not start: ${agentLog}`);
    await sleep(50);
  }
  let peakMb = 0;
  let sent = 0;
  // The peak so far at every 10 % of the sessions announced: flat when memory is bounded by live sessions, growing
  // when it is bounded by history.
  const peakBySessions = [];
  const sampler = setInterval(() => {
    const m = memoryOf(agent.pid);
    if (m) peakMb = Math.max(peakMb, m.peakMb);
    const tenth = Math.floor((10 * sent) / transcripts.length);
    if (tenth > peakBySessions.length)
      peakBySessions.push({ sessions: sent, spansReceived: spans, peakRssMb: Math.round(peakMb) });
  }, 200);

  const pendingOf = (status) => status.exporters.reduce((sum, e) => sum + e.pendingSpans + e.pendingLogs, 0);
  const started = Date.now();
  let timedOut = false;
  while (sent < transcripts.length) {
    if (Date.now() > deadline) {
      timedOut = true;
      break;
    }
    // /status lists every session still in memory: poll it at most every 100 ms, and top up to --window sessions
    // announced but not yet reconciled.
    const status = await json(`${base}/status`);
    const unreconciled = status.sessions.filter((s) => s.reconciles === 0).length;
    const room = pendingOf(status) >= maxPending ? 0 : window - unreconciled;
    for (let k = 0; k < room && sent < transcripts.length; k++, sent++) {
      const t = transcripts[sent];
      await json(`${base}/v1/hooks`, {
        session_id: t.sessionId,
        transcript_path: t.path,
        cwd: t.cwd,
        permission_mode: 'default',
        hook_event_name: 'SessionEnd',
        reason: 'other',
      });
    }
    await sleep(100);
  }
  // Done when every announced session was reconciled, nothing waits for OTLP and no span arrived for a while.
  for (;;) {
    if (Date.now() > deadline) {
      timedOut = true;
      break;
    }
    const status = await json(`${base}/status`);
    drain();
    if (
      pendingOf(status) === 0 &&
      status.sessions.every((s) => s.reconciles > 0) &&
      Date.now() - lastSpanAt > 1_000
    )
      break;
    await sleep(200);
  }
  const elapsedS = (Math.max(lastSpanAt, started + 1) - started) / 1000;
  const status = await json(`${base}/status`);
  const final = memoryOf(agent.pid);
  clearInterval(sampler);
  if (args['heap-snapshot']) await heapSnapshot(agent, base, args['heap-snapshot']);
  clearInterval(drainer);
  drain();
  peakMb = Math.max(peakMb, final?.peakMb ?? 0);
  const otlp = status.exporters.find((e) => e.name === 'otlp');
  const result = {
    bench: 'otlp-backfill',
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    memoryGb: Math.round(totalmem() / 1e9),
    transcriptsMb: Math.round(generated.bytes / 1e6),
    sessions: transcripts.length,
    sessionsAnnounced: sent,
    timedOut,
    spansReceived: spans,
    logsReceived: logs,
    agentExportedSpans: otlp?.exportedSpans,
    agentFailedBatches: otlp?.failedBatches,
    seconds: Number(elapsedS.toFixed(1)),
    spansPerSecond: Math.round(spans / elapsedS),
    agentPeakRssMb: Math.round(peakMb),
    agentPeakRssMbBySessions: peakBySessions,
    agentFinalRssMb: Math.round(final?.rssMb ?? 0),
    dropped: status.ignored,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'otlp-backfill.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  if (agent && agent.exitCode === null) {
    const exited = new Promise((r) => agent.once('exit', r));
    agent.kill('SIGTERM');
    const timer = setTimeout(() => agent.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  await receiver?.close();
  if (!args.keep) rmSync(root, { recursive: true, force: true });
}
