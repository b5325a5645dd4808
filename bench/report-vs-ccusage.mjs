// `glassbox report` against ccusage 20.0.24 (`ccusage claude daily --json --offline`, a native binary behind a
// Node launcher) on generated real-format transcript sets of 100 MB and 1 GB.
//
// For each set, paired runs in alternating order (>= 5 each), medians of wall time and of peak RSS
// (`/usr/bin/time -f %M`):
//   cold  — glassbox with its cache cleared before every run, vs ccusage (which has no cache);
//   rerun — one new session added before every pair; glassbox reads only what is new, ccusage reads all.
// Then the totals of both on the same data: tokens must be equal; cost where ccusage prices the model.
// The floor of any Node CLI is measured too: `node -e 0` and `glassbox --version` (start-up and module load).
// Prints a table with the ratios and writes bench/results/report-vs-ccusage.json. Bounded: a wall-clock cap
// (default 9 min) stops early and records what was measured. Build first:
//   pnpm turbo run build --filter @glassbox/cli...
//
//   node bench/report-vs-ccusage.mjs [--sizes 100,1024] [--runs 5] [--keep] [--max-minutes 9]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machineInfo, median } from './lib/bench-utils.mjs';
import { addOneSession, generateTranscripts } from './lib/generate-transcripts.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = dirname(here);
const GLASSBOX = join(repo, 'packages/cli/dist/cli.js');
const CCUSAGE = join(here, 'node_modules/.bin/ccusage');
const TIME = '/usr/bin/time';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1024' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
    'max-minutes': { type: 'string', default: '9' },
  },
});
const runs = Math.max(5, Number(args.runs) || 5);
const sizes = args.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const deadline = Date.now() + Number(args['max-minutes']) * 60_000;

for (const [what, path] of [
  ['glassbox (build packages/cli first)', GLASSBOX],
  ['ccusage (pnpm install in bench/)', CCUSAGE],
  ['/usr/bin/time', TIME],
]) {
  if (!existsSync(path)) {
    console.error(`missing ${what}: ${path}`);
    process.exit(2);
  }
}

/** Runs a command under /usr/bin/time; wall clock measured here, peak RSS (KB) from time(1). */
function measure(cmd, argv, env) {
  const rssFile = join(tmpdir(), `glassbox-bench-rss-${process.pid}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-f', '%M', '-o', rssFile, cmd, ...argv], {
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rssKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  rmSync(rssFile, { force: true });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, rssKb, stdout: r.stdout };
}

function ours(configDir, cacheDir) {
  return measure(process.execPath, [
    GLASSBOX,
    'report',
    '--json',
    '--config-dir',
    configDir,
    '--cache-dir',
    cacheDir,
  ]);
}

function ccusage(configDir) {
  return measure(CCUSAGE, ['claude', 'daily', '--json', '--offline'], { CLAUDE_CONFIG_DIR: configDir });
}

function summarise(samples) {
  return {
    medianMs: Number(median(samples.map((s) => s.ms)).toFixed(1)),
    runsMs: samples.map((s) => Number(s.ms.toFixed(1))),
    medianPeakRssMb: Number((median(samples.map((s) => s.rssKb)) / 1024).toFixed(1)),
  };
}

/** Totals of both tools on the same data, field by field. */
function compareTotals(oursJson, ccJson) {
  const o = JSON.parse(oursJson);
  const c = JSON.parse(ccJson).totals;
  const fields = [
    ['inputTokens', o.totals.inputTokens, c.inputTokens],
    ['outputTokens', o.totals.outputTokens, c.outputTokens],
    ['cacheCreationTokens', o.totals.cacheCreationTokens, c.cacheCreationTokens],
    ['cacheReadTokens', o.totals.cacheReadTokens, c.cacheReadTokens],
    ['cost', o.totals.cost, c.totalCost],
  ];
  const diff = fields.map(([name, a, b]) => ({
    field: name,
    glassbox: a,
    ccusage: b,
    equal: name === 'cost' ? Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b)) : a === b,
  }));
  return {
    tokensEqual: diff.filter((d) => d.field !== 'cost').every((d) => d.equal),
    costEqual: diff.find((d) => d.field === 'cost').equal,
    costUnknownResponses: o.totals.costUnknownResponses,
    unpricedModels: o.unpricedModels,
    fields: diff,
  };
}

/** Node's own start and glassbox's start-up (module load) alone: no re-run can be faster than these. */
function floor() {
  const start = [];
  const version = [];
  for (let i = 0; i < runs * 2; i++) {
    start.push(measure(process.execPath, ['-e', '0']));
    version.push(measure(process.execPath, [GLASSBOX, '--version']));
  }
  return { nodeE0: summarise(start), glassboxVersion: summarise(version) };
}

const root = mkdtempSync(join(tmpdir(), 'glassbox-bench-report-'));
const results = {
  benchmark: 'report-vs-ccusage',
  date: new Date().toISOString(),
  machine: machineInfo(),
  baseline: 'ccusage 20.0.24: ccusage claude daily --json --offline',
  glassbox: 'node packages/cli/dist/cli.js report --json',
  runsPerSide: runs,
  sets: [],
  complete: true,
};
results.floor = floor();
console.error(
  `floor: node -e 0 ${results.floor.nodeE0.medianMs} ms, glassbox --version ${results.floor.glassboxVersion.medianMs} ms`,
);

try {
  for (const mb of sizes) {
    if (Date.now() > deadline) {
      results.complete = false;
      break;
    }
    const configDir = join(root, `set-${mb}mb`);
    const cacheDir = join(root, `cache-${mb}mb`);
    const g0 = Date.now();
    const gen = generateTranscripts({ outDir: configDir, targetBytes: mb * 1024 * 1024, seed: 42 });
    const set = {
      name: `${mb} MB`,
      bytes: gen.bytes,
      files: gen.files.length,
      sessions: gen.sessions,
      responses: gen.responses,
      generateMs: Date.now() - g0,
    };
    console.error(
      `${set.name}: ${gen.sessions} sessions, ${gen.responses} responses (generated in ${set.generateMs} ms)`,
    );

    // Warm the OS page cache for both, so neither pays the first disk read.
    ccusage(configDir);
    ours(configDir, cacheDir);

    const cold = { glassbox: [], ccusage: [] };
    for (let i = 0; i < runs && Date.now() < deadline; i++) {
      const order = i % 2 === 0 ? ['glassbox', 'ccusage'] : ['ccusage', 'glassbox'];
      for (const who of order) {
        if (who === 'glassbox') {
          rmSync(cacheDir, { recursive: true, force: true });
          cold.glassbox.push(ours(configDir, cacheDir));
        } else cold.ccusage.push(ccusage(configDir));
      }
    }
    set.cold = { glassbox: summarise(cold.glassbox), ccusage: summarise(cold.ccusage) };
    set.cold.speedup = Number((set.cold.ccusage.medianMs / set.cold.glassbox.medianMs).toFixed(2));

    // Re-run after one new session: the cache holds everything before it.
    ours(configDir, cacheDir);
    const rerun = { glassbox: [], ccusage: [] };
    let last;
    for (let i = 0; i < runs && Date.now() < deadline; i++) {
      addOneSession({
        outDir: configDir,
        seed: 7000 + i,
        date: `2026-12-${String(10 + i).padStart(2, '0')}`,
      });
      const order = i % 2 === 0 ? ['glassbox', 'ccusage'] : ['ccusage', 'glassbox'];
      const pair = {};
      for (const who of order)
        pair[who] = who === 'glassbox' ? ours(configDir, cacheDir) : ccusage(configDir);
      rerun.glassbox.push(pair.glassbox);
      rerun.ccusage.push(pair.ccusage);
      last = pair;
    }
    set.rerun = { glassbox: summarise(rerun.glassbox), ccusage: summarise(rerun.ccusage) };
    set.rerun.speedupVsCcusage = Number(
      (set.rerun.ccusage.medianMs / set.rerun.glassbox.medianMs).toFixed(2),
    );
    set.rerun.speedupVsOwnCold = Number(
      (set.cold.glassbox.medianMs / set.rerun.glassbox.medianMs).toFixed(2),
    );
    set.totals = compareTotals(last.glassbox.stdout, last.ccusage.stdout);
    if (!set.totals.tokensEqual)
      console.error(`${set.name}: TOKEN TOTALS DIFFER`, JSON.stringify(set.totals.fields));
    results.sets.push(set);
    rmSync(configDir, { recursive: true, force: !args.keep });
    if (!args.keep) rmSync(configDir, { recursive: true, force: true });
  }
} finally {
  if (!args.keep) rmSync(root, { recursive: true, force: true });
  else console.error(`kept ${root}`);
}

const pad = (s, n) => String(s).padStart(n);
console.log('');
console.log('set      run    glassbox  ccusage   ratio   glassbox RSS  ccusage RSS   tokens   cost');
for (const s of results.sets) {
  for (const [label, r, ratio] of [
    ['cold', s.cold, s.cold.speedup],
    ['rerun', s.rerun, s.rerun.speedupVsCcusage],
  ]) {
    console.log(
      `${s.name.padEnd(8)} ${label.padEnd(5)} ${pad(`${r.glassbox.medianMs} ms`, 10)} ${pad(`${r.ccusage.medianMs} ms`, 9)} ${pad(`${ratio}×`, 7)} ` +
        `${pad(`${r.glassbox.medianPeakRssMb} MB`, 13)} ${pad(`${r.ccusage.medianPeakRssMb} MB`, 12)}   ` +
        `${label === 'cold' ? pad(s.totals.tokensEqual ? 'equal' : 'DIFFER', 6) : '      '}   ${label === 'cold' ? (s.totals.costEqual ? 'equal' : `differs (${s.totals.costUnknownResponses} unpriced)`) : ''}`,
    );
  }
  console.log(`${''.padEnd(8)} rerun vs glassbox's own cold run: ${s.rerun.speedupVsOwnCold}× faster`);
}
console.log('ratio = ccusage median / glassbox median (above 1: glassbox is faster).');
console.log(
  `floor: node -e 0 ${results.floor.nodeE0.medianMs} ms, glassbox --version ${results.floor.glassboxVersion.medianMs} ms (median of ${runs * 2}).`,
);
if (!results.complete) console.log('Stopped at the time cap: not every set was measured.');

mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results/report-vs-ccusage.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote bench/results/report-vs-ccusage.json');
