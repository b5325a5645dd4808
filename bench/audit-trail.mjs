// The audit trail's cost. Two parts, each measured against a baseline in the same run:
//
//   writer  — AuditLog.append with fsync on this disk: records/s appending one decision at a time, a turn's worth
//             (7) at a time and 100 at a time; the per-decision export time a turn adds.
//   derive  — what the agent adds per session when the audit trail is on, paired with the same work off: reading
//             the transcript (with keyed content hashes of every tool input and output), SessionTracker.build and
//             traceToTelemetry, plus traceToAuditDecisions; rounds alternate off/on, medians, ratio, and the added
//             time per decision (the median of the pairs' differences: the load of a shared machine drifts).
//
// Bounded: --max-minutes caps the whole run. Build first: pnpm turbo run build --filter @glassbox/bench...
//
//   node bench/audit-trail.mjs [--mb 4] [--rounds 9] [--max-minutes 4] [--json]
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AuditLog } from '@glassbox/audit';
import {
  readTranscriptIncrement,
  SessionTracker,
  traceToAuditDecisions,
  traceToTelemetry,
} from '@glassbox/core';
import { machineInfo, median } from './lib/bench-utils.mjs';
import { generateTranscripts } from './lib/generate-transcripts.mjs';

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '9' },
    'max-minutes': { type: 'string', default: '4' },
    json: { type: 'boolean', default: false },
  },
});
const rounds = Number(args.rounds);
const deadline = Date.now() + Number(args['max-minutes']) * 60_000;
const tmp = mkdtempSync(join(tmpdir(), 'glassbox-bench-audit-'));

const decision = (n, session) => ({
  id: `${session}:${n}`,
  timestamp: new Date(1_765_000_000_000 + n * 1000).toISOString(),
  sessionId: session,
  userId: 'bench',
  decisionType: n % 2 ? 'tool_call' : 'response_generated',
  ...(n % 2 ? { toolName: 'Bash', toolUseId: `toolu_${n}` } : {}),
  decisionSource: 'config',
  inputHash: randomBytes(32).toString('hex'),
  metadata: { turnIndex: Math.floor(n / 7), promptId: `p_${Math.floor(n / 7)}`, outcome: 'ok' },
});

/** Records/s appending `total` decisions `batch` at a time, each append fsync'd before it resolves. */
async function writerRun(batch, total) {
  const dir = mkdtempSync(join(tmp, 'log-'));
  const log = await AuditLog.open({ dir, checkpointEvery: 1000 });
  const session = `s${batch}`;
  const started = process.hrtime.bigint();
  for (let n = 0; n < total; n += batch)
    await log.append(Array.from({ length: Math.min(batch, total - n) }, (_, i) => decision(n + i, session)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await log.close();
  rmSync(dir, { recursive: true, force: true });
  return total / seconds;
}

function listMains(dir) {
  const out = [];
  for (const project of readdirSync(join(dir, 'projects'))) {
    const p = join(dir, 'projects', project);
    for (const f of readdirSync(p))
      if (f.endsWith('.jsonl') && statSync(join(p, f)).isFile()) out.push(join(p, f));
  }
  return out.sort();
}

const key = randomBytes(32);
const contentHash = (value) =>
  createHmac('sha256', key)
    .update(JSON.stringify(value) ?? '')
    .digest('hex');

/** One pass over every session, as the agent publishes it; returns ms and the decisions derived. */
async function derivePass(files, audit) {
  let decisions = 0;
  const started = process.hrtime.bigint();
  for (const file of files) {
    const { entries } = await readTranscriptIncrement(file, 0, audit ? { contentHash } : {});
    const sessionId = entries.find((e) => e.sessionId)?.sessionId ?? file;
    const tracker = new SessionTracker({ sessionId });
    tracker.addTranscriptEntries(entries);
    const trace = tracker.build({ final: true });
    traceToTelemetry(trace, { captureContent: false });
    if (audit) decisions += traceToAuditDecisions(trace, { contentHash }).length;
  }
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, decisions };
}

const result = { machine: machineInfo(), writer: {}, derive: {} };
try {
  // ---- writer
  for (const [label, batch, total] of [
    ['one per append', 1, 300],
    ['7 per append (a turn)', 7, 2100],
    ['100 per append', 100, 10_000],
  ]) {
    const runs = [];
    for (let r = 0; r < rounds && Date.now() < deadline; r++) runs.push(await writerRun(batch, total));
    const perSecond = median(runs);
    result.writer[label] = {
      recordsPerSecond: Math.round(perSecond),
      msPerDecision: Number((1000 / perSecond).toFixed(3)),
      runs: runs.length,
    };
  }

  // ---- derive (paired)
  const corpus = join(tmp, 'corpus');
  const generated = generateTranscripts({
    outDir: corpus,
    targetBytes: Number(args.mb) * 1024 * 1024,
    seed: 7,
  });
  const files = listMains(corpus);
  await derivePass(files, false); // warm-up (JIT, page cache)
  await derivePass(files, true);
  const off = [];
  const on = [];
  const added = [];
  let decisions = 0;
  // Each round is one pair, back to back, the order alternating: the load of a shared machine drifts between
  // rounds far more than within one, so the pair's difference is what is kept.
  for (let r = 0; r < rounds && Date.now() < deadline; r++) {
    const offFirst = r % 2 === 0;
    const a = await derivePass(files, !offFirst);
    const b = await derivePass(files, offFirst);
    const [o, n] = offFirst ? [a, b] : [b, a];
    off.push(o.ms);
    on.push(n.ms);
    added.push(n.ms - o.ms);
    decisions = Math.max(a.decisions, b.decisions);
  }
  const offMs = median(off);
  const onMs = offMs + median(added);
  result.derive = {
    sessions: files.length,
    responses: generated.responses,
    megabytes: Number((generated.bytes / 1024 / 1024).toFixed(1)),
    decisions,
    offMs: Number(offMs.toFixed(1)),
    onMs: Number(onMs.toFixed(1)),
    ratio: Number((onMs / offMs).toFixed(3)),
    pairDifferencesMs: added.map((x) => Number(x.toFixed(1))),
    addedMsPerDecision: Number(((onMs - offMs) / decisions).toFixed(4)),
    addedMsPerSession: Number(((onMs - offMs) / files.length).toFixed(3)),
    rounds: off.length,
  };
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

writeFileSync(
  join(dirname(fileURLToPath(import.meta.url)), 'results', 'audit-trail.json'),
  `${JSON.stringify(result, null, 2)}\n`,
);
if (args.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else {
  process.stdout.write(`audit trail — ${result.machine.cpus ?? ''} ${result.machine.node ?? ''}\n`);
  for (const [label, w] of Object.entries(result.writer))
    process.stdout.write(
      `  writer, ${label}: ${w.recordsPerSecond} records/s (${w.msPerDecision} ms per decision, fsync)\n`,
    );
  const d = result.derive;
  process.stdout.write(
    `  derive: ${d.sessions} sessions, ${d.decisions} decisions: off ${d.offMs} ms, on ${d.onMs} ms (×${d.ratio}); ` +
      `+${d.addedMsPerDecision} ms per decision, +${d.addedMsPerSession} ms per session\n`,
  );
}
