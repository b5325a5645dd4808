import {
  appendFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UsagePricer } from '@glassbox/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReport } from './build-report.js';
import {
  type CollectedUsage,
  type CollectOptions,
  collectUsage,
  reportCachePath,
  reportSummaryPath,
} from './collect-usage.js';
import { REPORT_CACHE_VERSION } from './report-cache.js';

const SPOTTER = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'transcripts-real', 'spotter');
const PROJECT = 'projects/-home-USER-projects-spotter';
const MAIN = 'ae4a77f8-aedd-4bc1-888f-c94edc91af04.jsonl';

/** $1 per million tokens of any kind: enough to see costs move. */
const perMillion: UsagePricer = (_model, u) => ({
  known: true,
  costUsd:
    ((u.input_tokens ?? 0) +
      (u.output_tokens ?? 0) +
      (u.cache_creation_input_tokens ?? 0) +
      (u.cache_read_input_tokens ?? 0)) /
    1e6,
});

function record(id: string, output: number, extra = ''): string {
  return `${JSON.stringify({
    type: 'assistant',
    sessionId: 'ae4a77f8-aedd-4bc1-888f-c94edc91af04',
    timestamp: '2026-02-13T09:00:00.000Z',
    requestId: `req_${id}`,
    message: {
      id: `msg_${id}`,
      model: 'claude-opus-4-6',
      content: [{ type: 'text', text: `answer ${id}${extra}` }],
      usage: { input_tokens: 10, output_tokens: output, cache_read_input_tokens: 1000 },
    },
  })}\n`;
}

function roundCosts<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (key, v) =>
    key === 'cost' && typeof v === 'number' ? Number(v.toPrecision(12)) : v,
  ) as T;
}

describe('collectUsage with the incremental cache', async () => {
  let root: string;
  let configDir: string;
  let cacheDir: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'glassbox-collect-'));
    configDir = join(root, 'claude');
    cacheDir = join(root, 'cache');
    cpSync(SPOTTER, configDir, { recursive: true });
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const options = (over: Partial<CollectOptions> = {}): CollectOptions => ({
    roots: [configDir],
    pricer: perMillion,
    pricingKey: 'test-1',
    cacheDir,
    ...over,
  });
  /**
   * The report with costs to 12 significant digits: a re-run adds the new responses to sums a full read
   * adds in another order, so the last bit of a float may differ (tokens are integers and stay exact).
   */
  const report = (c: CollectedUsage, tools = false) =>
    roundCosts(buildReport(c, { timezone: 'UTC', byTool: tools, byProject: true }));
  /** What a run without any cache says: the truth a warm run must equal. */
  const truth = async (tools = false) =>
    report(await collectUsage(options({ cacheDir: false, tools })), tools);

  it('should read nothing again when nothing changed, and report the same', async () => {
    const cold = await collectUsage(options());
    expect(cold.stats.cache).toBe('cold');
    expect(cold.stats.bytesRead).toBe(cold.stats.bytes);
    const warm = await collectUsage(options());
    expect(warm.stats.cache).toBe('warm');
    expect(warm.stats.cacheUse).toBe('summary');
    expect(warm.stats.bytesRead).toBe(0);
    expect(warm.stats.filesFromCache).toBe(warm.stats.files);
    expect(report(warm)).toEqual(report(cold));
    expect(report(warm).totals.cost).toBeGreaterThan(0);
    // Without session entries (a table by day): the same sums, the sessions still counted.
    const full = buildReport(warm, { timezone: 'UTC' });
    const lean = buildReport(warm, { timezone: 'UTC', bySession: false });
    expect(lean.bySession).toEqual({});
    expect(lean.sessions).toBe(Object.keys(full.bySession).length);
    expect(lean.sessions).toBeGreaterThan(1);
    expect({ ...lean, bySession: full.bySession }).toEqual(full);
  });

  it('should read only the appended bytes of a transcript and match a full read', async () => {
    await collectUsage(options());
    const path = join(configDir, PROJECT, MAIN);
    const added = record('new1', 5) + record('new2', 7);
    appendFileSync(path, added);
    const warm = await collectUsage(options());
    expect(warm.stats.bytesRead).toBe(Buffer.byteLength(added));
    expect(warm.stats.filesAppended).toBe(1);
    expect(warm.stats.cacheUse).toBe('summary');
    const r = report(warm);
    expect(r).toEqual(await truth());
    expect(r.byDate['2026-02-13']?.responses).toBe(2);
  });

  it('should merge a later block of a response counted in an earlier run, as a full read does', async () => {
    await collectUsage(options());
    const path = join(configDir, PROJECT, MAIN);
    appendFileSync(path, record('split', 1));
    await collectUsage(options());
    // The same response's last block, with the final output count, arrives in the next run.
    appendFileSync(path, record('split', 321, ' (last block)'));
    const run = await collectUsage(options());
    // The summary cannot merge a block into a response it counted: the rows can.
    expect(run.stats.cacheUse).toBe('rows');
    const r = report(run);
    expect(r).toEqual(await truth());
    expect(r.byDate['2026-02-13']).toMatchObject({ responses: 1, outputTokens: 321 });
  });

  it('should read a new transcript file and nothing else', async () => {
    await collectUsage(options());
    const path = join(configDir, 'projects', 'another-project', 'b2c3.jsonl');
    cpSync(join(configDir, PROJECT, 'short.jsonl'), path);
    // Same records under another file: every response is a duplicate and must count once.
    const warm = await collectUsage(options());
    expect(warm.stats.filesRead).toBe(1);
    expect(warm.stats.cacheUse).toBe('rows');
    expect(warm.stats.bytesRead).toBe(statSync(path).size);
    expect(report(warm)).toEqual(await truth());
    appendFileSync(path, record('other', 3));
    const next = await collectUsage(options());
    expect(next.stats.cacheUse).toBe('summary');
    const again = report(next);
    expect(again).toEqual(await truth());
    expect(again.byProject?.['another-project']?.responses).toBe(1);
  });

  it('should discard a corrupt cache (summary or rows) and still report correctly', async () => {
    await collectUsage(options());
    const rowsFile = reportCachePath(cacheDir, [configDir]);
    const summaryFile = reportSummaryPath(rowsFile);
    const damages = (file: string) => {
      const bytes = readFileSync(file);
      return [
        () => writeFileSync(file, 'not a cache'),
        () => writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2))),
        () => {
          const b = Buffer.from(bytes);
          b.write('{{{{', 12, 'latin1');
          writeFileSync(file, b);
        },
      ];
    };
    for (const damage of damages(summaryFile)) {
      damage();
      const run = await collectUsage(options());
      expect(run.stats.cache).toBe('discarded');
      // The rows file is intact: nothing is read again, the summary is rebuilt from it.
      expect(run.stats.cacheUse).toBe('rows');
      expect(report(run)).toEqual(await truth());
      expect((await collectUsage(options())).stats.cacheUse).toBe('summary');
    }
    for (const damage of damages(rowsFile)) {
      damage();
      // A run the summary answers does not need the rows file…
      const quick = await collectUsage(options());
      expect(quick.stats.cacheUse).toBe('summary');
      expect(report(quick)).toEqual(await truth());
      // …one that needs every row finds it damaged and reads everything again.
      const run = await collectUsage(options({ tools: true }));
      expect(run.stats.cache).toBe('discarded');
      expect(run.stats.bytesRead).toBe(run.stats.bytes);
      expect(report(run, true)).toEqual(await truth(true));
    }
    expect((await collectUsage(options())).stats.cache).toBe('warm');
  });

  it('should read a rewritten or shortened file from the start', async () => {
    await collectUsage(options());
    const path = join(configDir, PROJECT, 'tool_heavy.jsonl');
    const original = readFileSync(path);
    // Same size, different bytes before the old offset (a rewrite, not an append).
    const rewritten = Buffer.from(original);
    rewritten.write('X', original.length - 2, 'latin1');
    writeFileSync(path, rewritten);
    appendFileSync(path, record('after-rewrite', 4));
    let run = await collectUsage(options());
    expect(run.stats.cacheUse).toBe('rows');
    expect(run.stats.filesAppended).toBe(0);
    expect(run.stats.bytesRead).toBe(statSync(path).size);
    expect(report(run)).toEqual(await truth());
    truncateSync(path, 1000);
    run = await collectUsage(options());
    expect(run.stats.bytesRead).toBe(1000);
    expect(report(run)).toEqual(await truth());
  });

  it('should count a partial last line once it is complete, and only once', async () => {
    await collectUsage(options());
    const path = join(configDir, PROJECT, MAIN);
    const line = record('partial', 9);
    appendFileSync(path, line.slice(0, 40));
    const half = report(await collectUsage(options()));
    expect(half.byDate['2026-02-13']).toBeUndefined();
    appendFileSync(path, line.slice(40));
    const whole = report(await collectUsage(options()));
    expect(whole.byDate['2026-02-13']?.responses).toBe(1);
    expect(whole).toEqual(await truth());
  });

  it('should reprice from the cache, without reading, when the prices change', async () => {
    await collectUsage(options());
    const double: UsagePricer = (m, u) => ({ known: true, costUsd: (perMillion(m, u).costUsd ?? 0) * 2 });
    const run = await collectUsage(options({ pricer: double, pricingKey: 'test-2' }));
    expect(run.stats.bytesRead).toBe(0);
    expect(run.stats.cacheUse).toBe('rows');
    const before = report(await collectUsage(options({ cacheDir: false })));
    const after = buildReport(run, { timezone: 'UTC' });
    expect(after.totals.cost).toBeCloseTo(before.totals.cost * 2, 9);
  });

  it('should read tool results when a tool report is first asked for, then keep them', async () => {
    await collectUsage(options());
    const first = await collectUsage(options({ tools: true }));
    expect(first.stats.bytesRead).toBe(first.stats.bytes);
    expect(report(first, true).byTool).toEqual((await truth(true)).byTool);
    const again = await collectUsage(options({ tools: true }));
    expect(again.stats.bytesRead).toBe(0);
    // A later plain report uses the same entries.
    expect((await collectUsage(options())).stats.bytesRead).toBe(0);
    const bash = report(again, true).byTool?.Bash;
    expect(bash?.calls).toBeGreaterThan(100);
    expect(bash?.errors).toBeGreaterThan(0);
  });

  it('should keep only files that still exist', async () => {
    await collectUsage(options());
    const gone = join(configDir, PROJECT, 'short.jsonl');
    rmSync(gone);
    const files = readdirSync(join(configDir, PROJECT)).filter((f) => f.endsWith('.jsonl'));
    const run = await collectUsage(options());
    expect(run.stats.cacheUse).toBe('rows');
    expect(run.stats.files).toBe((await collectUsage(options({ cacheDir: false }))).stats.files);
    expect(files).not.toContain('short.jsonl');
    expect(report(run)).toEqual(await truth());
  });

  it('should add a new session from the summary alone, and give it the project of its first file', async () => {
    await collectUsage(options());
    // The same session id in a project whose path sorts first: the session's project becomes that one.
    const early = join(configDir, 'projects', '+early');
    mkdirSync(early);
    writeFileSync(join(early, 'first.jsonl'), record('early1', 11) + record('early2', 12));
    const fresh = join(configDir, 'projects', 'zz-new', 'c3d4.jsonl');
    mkdirSync(join(configDir, 'projects', 'zz-new'));
    writeFileSync(
      fresh,
      record('fresh1', 3).replaceAll('ae4a77f8-aedd-4bc1-888f-c94edc91af04', 'c3d4') +
        record('fresh2', 4).replaceAll('ae4a77f8-aedd-4bc1-888f-c94edc91af04', 'c3d4'),
    );
    const run = await collectUsage(options());
    expect(run.stats.cacheUse).toBe('summary');
    expect(run.stats.filesRead).toBe(2);
    const r = report(run);
    expect(r).toEqual(await truth());
    expect(r.bySession.c3d4).toMatchObject({ responses: 2, project: 'zz-new', outputTokens: 7 });
    expect(r.bySession['ae4a77f8-aedd-4bc1-888f-c94edc91af04']?.project).toBe('+early');
    // Nothing new: the summary alone answers, and reads nothing.
    const again = await collectUsage(options());
    expect(again.stats.bytesRead).toBe(0);
    expect(report(again)).toEqual(r);
  });

  it('should count lines written while it reads exactly once, in this run or the next', async () => {
    await collectUsage(options());
    const path = join(configDir, PROJECT, MAIN);
    appendFileSync(path, record('during0', 2));
    let grew = false;
    // Claude Code appends while the report reads: after the listing, during the scan.
    const progress = {
      update: () => {
        if (grew) return;
        grew = true;
        appendFileSync(path, record('during1', 5) + record('during2', 6).slice(0, 30));
      },
      finish: () => {},
    };
    const run = await collectUsage(options({ progress }));
    expect(run.stats.cacheUse).toBe('summary');
    appendFileSync(path, record('during2', 6).slice(30));
    const next = await collectUsage(options());
    const r = report(next);
    expect(r).toEqual(await truth());
    expect(r.byDate['2026-02-13']).toMatchObject({ responses: 3, outputTokens: 13 });
  });

  it('should write the cache atomically, for the user only, and report a failed write without failing', async () => {
    appendFileSync(join(configDir, PROJECT, MAIN), record('one', 1));
    await collectUsage(options());
    const names = readdirSync(cacheDir);
    expect(names.sort()).toEqual(
      [reportCachePath(cacheDir, [configDir]), reportSummaryPath(reportCachePath(cacheDir, [configDir]))]
        .map((p) => p.slice(cacheDir.length + 1))
        .sort(),
    );
    for (const name of names) expect(statSync(join(cacheDir, name)).mode & 0o777).toBe(0o600);
    // A cache directory that cannot be created: the report is still right, the error is returned.
    const blocked = join(root, 'not-a-dir');
    writeFileSync(blocked, 'x');
    const run = await collectUsage(options({ cacheDir: join(blocked, 'cache') }));
    expect(run.stats.cacheError).toBeDefined();
    expect(report(run)).toEqual(await truth());
  });

  it('should delete an older version’s cache files when it writes a new cache, and nothing else', async () => {
    mkdirSync(cacheDir, { recursive: true });
    const id = '0123456789abcdef';
    const v = REPORT_CACHE_VERSION;
    const old = [`report-v${v - 1}-${id}.bin`, `report-v1-${id}.bin`, `report-v${v - 1}-${id}.sum`];
    old.push(`report-v${v - 1}-${id}.bin.42.tmp`);
    const kept = [
      `report-v${v + 1}-${id}.bin`, // a newer glassbox's
      `report-v${v}-${id}.bin.42.tmp`, // this version's write in progress in another process
      `report-v${v - 1}-notours.bin`,
      'notes.txt',
    ];
    for (const name of [...old, ...kept]) writeFileSync(join(cacheDir, name), 'x');
    const current = reportCachePath(cacheDir, [configDir]);
    await collectUsage(options());
    expect(readdirSync(cacheDir).sort()).toEqual(
      [
        ...kept,
        current.slice(cacheDir.length + 1),
        reportSummaryPath(current).slice(cacheDir.length + 1),
      ].sort(),
    );
    // A quick re-run writes only the summary and leaves the directory alone.
    writeFileSync(join(cacheDir, old[0]!), 'x');
    appendFileSync(join(configDir, PROJECT, MAIN), record('quick', 1));
    expect((await collectUsage(options())).stats.cacheUse).toBe('summary');
    expect(readdirSync(cacheDir)).toContain(old[0]);
  });

  it('should leave more than the quick-path read limit to the full path, and match a full read', async () => {
    await collectUsage(options());
    const added = record('big1', 5) + record('big2', 7);
    const bytes = Buffer.byteLength(added);
    appendFileSync(join(configDir, PROJECT, MAIN), added);
    const over = await collectUsage(options({ quickReadLimit: bytes - 1 }));
    expect(over.stats.cacheUse).toBe('rows');
    expect(over.stats.bytesRead).toBe(bytes);
    expect(report(over)).toEqual(await truth());
    // Exactly at the limit: still the quick path.
    const more = record('big3', 9);
    appendFileSync(join(configDir, PROJECT, MAIN), more);
    const at = await collectUsage(options({ quickReadLimit: Buffer.byteLength(more) }));
    expect(at.stats.cacheUse).toBe('summary');
    expect(report(at)).toEqual(await truth());
  });

  it('should bring the rows file up to date once it lags the summary by more than the limit', async () => {
    await collectUsage(options());
    const path = join(configDir, PROJECT, MAIN);
    const first = record('lag1', 5);
    const second = record('lag2', 7);
    const limit = Buffer.byteLength(first) + Buffer.byteLength(second) - 1;
    appendFileSync(path, first);
    expect((await collectUsage(options({ quickBehindLimit: limit }))).stats.cacheUse).toBe('summary');
    // The rows file now lags by `first`; `second` would take it past the limit.
    appendFileSync(path, second);
    const full = await collectUsage(options({ quickBehindLimit: limit }));
    expect(full.stats.cacheUse).toBe('rows');
    // What the rows file lacks reads as appended: both appends.
    expect(full.stats.bytesRead).toBe(limit + 1);
    expect(report(full)).toEqual(await truth());
    // The full run wrote the rows file: the lag starts again from nothing.
    appendFileSync(path, second.replace(/lag2/g, 'lag3'));
    const quick = await collectUsage(options({ quickBehindLimit: limit }));
    expect(quick.stats.cacheUse).toBe('summary');
    expect(report(quick)).toEqual(await truth());
  });
});
