import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTranscripts } from '../../../bench/lib/generate-transcripts.mjs';
import type { UsageEntry } from './build-report.js';
import { memoryIo } from './cli-io.js';
import type { ReportJson } from './report-command.js';
import { runCli } from './run-cli.js';
import type { TraceJson } from './trace-view.js';

// Size of the generated corpus; GLASSBOX_CONSISTENCY_MB=1024 runs the same checks on 1 GB (see bench/README.md).
const MB = Number(process.env.GLASSBOX_CONSISTENCY_MB ?? 8);
const FIELDS = [
  'responses',
  'inputTokens',
  'outputTokens',
  'cacheCreationTokens',
  'cacheCreation5mTokens',
  'cacheCreation1hTokens',
  'cacheReadTokens',
  'webSearchRequests',
  'costUnknownResponses',
] as const;

let root: string;
let configDir: string;
let cacheDir: string;

async function cli(...args: string[]): Promise<string> {
  const io = memoryIo();
  const code = await runCli(args, io);
  if (code !== 0) throw new Error(`glassbox ${args.join(' ')} exited ${code}: ${io.err()}`);
  return io.out();
}

const report = async (...args: string[]): Promise<ReportJson> =>
  JSON.parse(
    await cli('report', '--json', '--config-dir', configDir, '--cache-dir', cacheDir, ...args),
  ) as ReportJson;

/** Every breakdown adds up to the totals exactly (tokens) and to 1e-9 (cost). */
function expectBreakdownsSumToTotals(r: ReportJson): void {
  for (const rows of [r.byModel, r.byDate, r.bySession, r.byProject ?? r.byModel]) {
    const sum = Object.fromEntries([...FIELDS, 'cost'].map((k) => [k, 0])) as Record<string, number>;
    for (const row of Object.values(rows) as UsageEntry[])
      for (const k of [...FIELDS, 'cost']) sum[k]! += row[k as keyof UsageEntry];
    for (const k of FIELDS) expect(sum[k], k).toBe(r.totals[k]);
    expect(Math.abs(sum.cost! - r.totals.cost)).toBeLessThan(1e-9 * Math.max(1, r.totals.cost));
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'glassbox-consistency-'));
  configDir = join(root, 'claude');
  cacheDir = join(root, 'cache');
  // Sessions three days apart: over 32 days, so the day groups grow past two of their capacity steps.
  generateTranscripts({
    outDir: configDir,
    targetBytes: MB * 1024 * 1024,
    seed: 11,
    rare: true,
    hoursBetweenSessions: 30,
  });
}, 600_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe(`glassbox report on a generated ${MB} MB corpus with the rare cases on`, () => {
  it('should sum every breakdown to its totals, cold, from its cache, by project and in another time zone', async () => {
    const cold = await report('--by', 'project');
    expect(Object.keys(cold.byDate).length).toBeGreaterThan(32);
    expect(cold.totals.costUnknownResponses).toBeGreaterThan(0);
    expectBreakdownsSumToTotals(cold);
    const cached = await report('--by', 'project');
    expect(cached.source.cache).not.toEqual(cold.source.cache);
    expect({ ...cached, source: null }).toEqual({ ...cold, source: null });
    expectBreakdownsSumToTotals(await report('--timezone', 'Asia/Kolkata'));
    expectBreakdownsSumToTotals(await report('--no-cache'));
  });

  it('should give a day the same figures whichever --since/--until range produced them', async () => {
    const all = await report();
    const days = Object.keys(all.byDate).sort();
    const picks = [
      days[0]!,
      days[Math.floor(days.length / 3)]!,
      days[Math.floor((2 * days.length) / 3)]!,
      days.at(-1)!,
    ];
    for (const day of picks) {
      const i = days.indexOf(day);
      const ranges: [string, string][] = [
        [day, day],
        [days[Math.max(0, i - 3)]!, day],
        [day, days[Math.min(days.length - 1, i + 5)]!],
      ];
      for (const [since, until] of ranges) {
        const r = await report('--since', since, '--until', until);
        expect(r.byDate[day], `${day} in ${since}..${until}`).toEqual(all.byDate[day]);
        expectBreakdownsSumToTotals(r);
        const inRange = days.filter((d) => d >= since && d <= until);
        expect(r.totals.responses).toBe(inRange.reduce((n, d) => n + all.byDate[d]!.responses, 0));
      }
    }
  });

  it('should give every session the cost and tokens of glassbox trace', async () => {
    const all = await report('--by', 'session');
    const every = Object.keys(all.bySession);
    expect(every.length).toBeGreaterThan(20);
    // Each `trace` lists every transcript to find its session: past a few hundred sessions check every n-th.
    const step = Math.max(1, Math.ceil(every.length / 400));
    const ids = every.filter((_, i) => i % step === 0);
    for (const id of ids) {
      const trace = JSON.parse(await cli('trace', id, '--json', '--config-dir', configDir)) as TraceJson;
      const row = all.bySession[id]!;
      expect(Math.abs(trace.costUsd - row.cost), id).toBeLessThan(1e-9);
      expect(trace.costUnknownResponses, id).toBe(row.costUnknownResponses);
      expect(
        {
          input: trace.tokens.input,
          output: trace.tokens.output,
          cacheCreation: trace.tokens.cacheCreation,
          cacheCreation5m: trace.tokens.cacheCreation5m,
          cacheCreation1h: trace.tokens.cacheCreation1h,
          cacheRead: trace.tokens.cacheRead,
        },
        id,
      ).toEqual({
        input: row.inputTokens,
        output: row.outputTokens,
        cacheCreation: row.cacheCreationTokens,
        cacheCreation5m: row.cacheCreation5mTokens,
        cacheCreation1h: row.cacheCreation1hTokens,
        cacheRead: row.cacheReadTokens,
      });
    }
  }, 600_000);
});
