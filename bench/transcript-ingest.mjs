// Transcript ingest: MB/s and peak RSS of the @glassbox/core transcript reader on a generated set of
// real-format transcripts (default 1 GB, in a temp dir removed after), against a plain line split + JSON.parse
// of the same files measured in the same run.
//
// Each measurement is a fresh child process (peak RSS = its process.resourceUsage().maxRSS), modes alternated:
//   baseline  — readFile, split on '\n', JSON.parse every line (no normalisation);
//   stream    — readTranscript(path): the TranscriptStream, every entry iterated;
//   increment — readTranscriptIncrement(path, 0): entries with one model response per message.id + requestId;
//   agent     — what the agent does per session: SessionTracker (priced with @glassbox/pricing), the increment of
//               the main transcript and of each subagent transcript, then tracker.build({ final: true }).
// Medians over --rounds. Bounded: --max-minutes wall-clock cap (the set stays small enough to generate in ~15 s).
// Build first: pnpm turbo run build --filter @glassbox/bench...
//
//   node bench/transcript-ingest.mjs [--mb 1024] [--rounds 3] [--max-minutes 6] [--keep]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machineInfo, median } from './lib/bench-utils.mjs';
import { generateTranscripts } from './lib/generate-transcripts.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const MODES = ['baseline', 'stream', 'increment', 'agent'];

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '1024' },
    rounds: { type: 'string', default: '3' },
    'max-minutes': { type: 'string', default: '6' },
    keep: { type: 'boolean', default: false },
    child: { type: 'string' },
    dir: { type: 'string' },
  },
});

/** Every .jsonl under dir, main transcripts first-level in projects/<project>/, subagents below them. */
function listTranscripts(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.jsonl')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

async function child(mode, dir) {
  const core = await import('@glassbox/core');
  const files = listTranscripts(dir);
  const mains = files.filter((f) => basename(dirname(f)) !== 'subagents');
  let bytes = 0;
  let entries = 0;
  let extra = 0;
  const t0 = process.hrtime.bigint();
  if (mode === 'baseline') {
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      bytes += Buffer.byteLength(text);
      for (const line of text.split('\n')) {
        if (line === '') continue;
        try {
          JSON.parse(line);
          entries++;
        } catch {
          extra++;
        }
      }
    }
  } else if (mode === 'stream') {
    for (const f of files) {
      const stream = core.readTranscript(f);
      for await (const _ of stream) entries++;
      bytes += stream.bytesRead;
    }
  } else if (mode === 'increment') {
    for (const f of files) {
      const inc = await core.readTranscriptIncrement(f, 0);
      entries += inc.entries.length;
      bytes += inc.bytesRead;
    }
  } else if (mode === 'agent') {
    const { priceUsage, sumCosts } = await import('@glassbox/pricing');
    const pricing = { pricer: (model, usage) => priceUsage(model, usage), sumCosts };
    for (const f of mains) {
      const sessionId = basename(f, '.jsonl');
      const tracker = new core.SessionTracker({ sessionId, pricing });
      const inc = await core.readTranscriptIncrement(f, 0);
      tracker.addTranscriptEntries(inc.entries);
      entries += inc.entries.length;
      bytes += inc.bytesRead;
      for (const sub of await core.findSubagentTranscripts(f)) {
        const s = await core.readTranscriptIncrement(sub, 0);
        tracker.addTranscriptEntries(s.entries, { agentId: core.agentIdFromPath(sub) });
        entries += s.entries.length;
        bytes += s.bytesRead;
      }
      const trace = tracker.build({ final: true });
      extra += trace.totals.costUsd;
    }
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(
    `${JSON.stringify({ mode, files: files.length, bytes, entries, extra, ms, maxRssKb: process.resourceUsage().maxRSS })}\n`,
  );
}

function measure(mode, dir) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode, '--dir', dir], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${mode} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

async function main() {
  const mb = Number(args.mb);
  const rounds = Math.max(1, Number(args.rounds));
  const deadline = Date.now() + Number(args['max-minutes']) * 60_000;
  const root = mkdtempSync(join(tmpdir(), 'glassbox-bench-ingest-'));
  const results = {
    benchmark: 'transcript-ingest',
    date: new Date().toISOString(),
    machine: machineInfo(),
    baseline: "readFileSync + split('\\n') + JSON.parse per line",
    rounds,
    complete: true,
  };
  try {
    const g0 = Date.now();
    const gen = generateTranscripts({ outDir: root, targetBytes: mb * 1024 * 1024, seed: 42 });
    results.set = {
      bytes: gen.bytes,
      files: gen.files.length,
      sessions: gen.sessions,
      responses: gen.responses,
      generateMs: Date.now() - g0,
    };
    console.error(
      `${(gen.bytes / 2 ** 20).toFixed(0)} MB, ${gen.files.length} files generated in ${results.set.generateMs} ms`,
    );
    measure('baseline', root); // warm the page cache so no mode pays the first disk read
    const runs = Object.fromEntries(MODES.map((m) => [m, []]));
    for (let i = 0; i < rounds; i++) {
      // Rotate the order each round so no mode always runs first or last.
      const order = MODES.map((_, k) => MODES[(k + i) % MODES.length]);
      for (const mode of order) {
        if (Date.now() > deadline) {
          results.complete = false;
          break;
        }
        const r = measure(mode, root);
        runs[mode].push(r);
        console.error(
          `round ${i + 1} ${mode.padEnd(9)} ${(r.bytes / 2 ** 20 / (r.ms / 1000)).toFixed(0)} MB/s, ${(r.maxRssKb / 1024).toFixed(0)} MB peak RSS`,
        );
      }
    }
    results.modes = {};
    for (const mode of MODES) {
      const list = runs[mode];
      if (list.length === 0) continue;
      results.modes[mode] = {
        medianMs: Number(median(list.map((r) => r.ms)).toFixed(1)),
        mbPerSecond: Number(median(list.map((r) => r.bytes / 2 ** 20 / (r.ms / 1000))).toFixed(1)),
        medianPeakRssMb: Number((median(list.map((r) => r.maxRssKb)) / 1024).toFixed(1)),
        bytes: list[0].bytes,
        entries: list[0].entries,
        runsMs: list.map((r) => Number(r.ms.toFixed(1))),
      };
    }
    const base = results.modes.baseline;
    for (const mode of MODES.slice(1)) {
      const m = results.modes[mode];
      if (m && base) m.speedVsBaseline = Number((m.mbPerSecond / base.mbPerSecond).toFixed(2));
    }
  } finally {
    if (args.keep) console.error(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }

  console.log('');
  console.log('mode         MB/s   vs baseline   peak RSS   entries');
  for (const [mode, m] of Object.entries(results.modes)) {
    console.log(
      `${mode.padEnd(10)} ${String(m.mbPerSecond).padStart(6)} ${String(m.speedVsBaseline ?? 1).padStart(12)}× ${`${m.medianPeakRssMb} MB`.padStart(10)} ${String(m.entries).padStart(9)}`,
    );
  }
  if (!results.complete) console.log('Stopped at the time cap: fewer rounds than asked.');
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results/transcript-ingest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('Wrote bench/results/transcript-ingest.json');
}

if (args.child) await child(args.child, args.dir);
else await main();
