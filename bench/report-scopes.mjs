// `glassbox report --by skill` (the report plus the scope pass of report-scopes.ts) against `--by day` (the report
// alone) on the same generated real-format transcripts, cold (--no-cache) and warm (the report's cache filled;
// the scope pass is not cached). Paired runs in alternating order, medians of wall time, the ratio per pair.
// Bounded by --runs and a wall-clock cap. Build first: pnpm turbo run build --filter @glassbox/cli...
//
//   node bench/report-scopes.mjs [--mb 100] [--runs 5] [--max-minutes 6]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machineInfo, median } from './lib/bench-utils.mjs';
import { generateTranscripts } from './lib/generate-transcripts.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const GLASSBOX = join(dirname(here), 'packages/cli/dist/cli.js');
const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '100' },
    runs: { type: 'string', default: '5' },
    'max-minutes': { type: 'string', default: '6' },
  },
});
const runs = Math.max(3, Number(args.runs) || 5);
const deadline = Date.now() + Number(args['max-minutes']) * 60_000;
const root = mkdtempSync(join(tmpdir(), 'glassbox-bench-scopes-'));
const configDir = join(root, 'claude');
const cacheDir = join(root, 'cache');
generateTranscripts({ outDir: configDir, targetBytes: Number(args.mb) * 1024 * 1024, seed: 7 });

function timed(by, cache) {
  const argv = [GLASSBOX, 'report', '--by', by, '--json', '--config-dir', configDir];
  argv.push(...(cache ? ['--cache-dir', cacheDir] : ['--no-cache']));
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`glassbox report --by ${by} exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const results = {};
for (const mode of ['cold', 'warm']) {
  const day = [];
  const skill = [];
  if (mode === 'warm') timed('day', true);
  for (let i = 0; i < runs && Date.now() < deadline; i += 1) {
    const order = i % 2 === 0 ? ['day', 'skill'] : ['skill', 'day'];
    for (const by of order) (by === 'day' ? day : skill).push(timed(by, mode === 'warm'));
  }
  const ratios = day.map((d, i) => skill[i] / d).filter(Number.isFinite);
  results[mode] = {
    runs: day.length,
    dayMs: median(day),
    skillMs: median(skill),
    medianRatio: median(ratios),
    day,
    skill,
  };
}
rmSync(root, { recursive: true, force: true });
const out = { machine: machineInfo(), mb: Number(args.mb), results };
console.table(
  Object.fromEntries(
    Object.entries(results).map(([k, r]) => [
      k,
      {
        runs: r.runs,
        'by day ms': Math.round(r.dayMs),
        'by skill ms': Math.round(r.skillMs),
        ratio: r.medianRatio.toFixed(2),
      },
    ]),
  ),
);
writeFileSync(join(here, 'results', 'report-scopes.json'), `${JSON.stringify(out, null, 2)}\n`);
