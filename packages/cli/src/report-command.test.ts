import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from './cli-io.js';
import type { ReportJson } from './report-command.js';
import { runCli } from './run-cli.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'transcripts-real');

interface CcusageEntry {
  inputTokens: number;
  outputTokens: number;
  cacheCreationTokens: number;
  cacheReadTokens: number;
  cost: number;
}

interface CcusageExpected {
  totals: CcusageEntry;
  totalsSession: CcusageEntry;
  byModel: Record<string, CcusageEntry>;
  byDate: Record<string, CcusageEntry>;
  bySession: Record<string, CcusageEntry>;
}

const ccusage = (set: string): CcusageExpected =>
  JSON.parse(
    readFileSync(join(FIXTURES, set, 'expected-ccusage-20.0.24-auto.json'), 'utf8'),
  ) as CcusageExpected;

const tokensOf = (e: CcusageEntry) => ({
  inputTokens: e.inputTokens,
  outputTokens: e.outputTokens,
  cacheCreationTokens: e.cacheCreationTokens,
  cacheReadTokens: e.cacheReadTokens,
});

describe('glassbox report', () => {
  let cacheDir: string;

  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'glassbox-report-cmd-'));
  });

  afterAll(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  async function report(set: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
    const io = memoryIo();
    const code = await runCli(
      ['report', '--config-dir', join(FIXTURES, set), '--cache-dir', join(cacheDir, set), ...args],
      io,
    );
    return { code, out: io.out(), err: io.err() };
  }

  async function reportJson(set: string, ...args: string[]): Promise<ReportJson> {
    const r = await report(set, '--json', ...args);
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out) as ReportJson;
  }

  it('should match ccusage on the real Claude Code transcripts, day by day and model by model', async () => {
    const ours = await reportJson('spotter');
    const theirs = ccusage('spotter');
    expect(tokensOf(ours.totals as unknown as CcusageEntry)).toEqual(tokensOf(theirs.totals));
    // ccusage rounds its expected file to the micro-dollar.
    expect(ours.totals.cost).toBeCloseTo(theirs.totals.cost, 5);
    expect(Object.keys(ours.byModel).sort()).toEqual(Object.keys(theirs.byModel).sort());
    for (const [model, entry] of Object.entries(theirs.byModel)) {
      expect(tokensOf(ours.byModel[model] as unknown as CcusageEntry), model).toEqual(tokensOf(entry));
      expect(ours.byModel[model]!.cost, model).toBeCloseTo(entry.cost, 5);
    }
    expect(Object.keys(ours.byDate)).toEqual(Object.keys(theirs.byDate));
    for (const [date, entry] of Object.entries(theirs.byDate))
      expect(tokensOf(ours.byDate[date] as unknown as CcusageEntry), date).toEqual(tokensOf(entry));
    expect(ours.unpricedModels).toEqual([]);
    expect(ours.source.cache).toBe('cold');
  });

  it('should count subagent usage that ccusage’s session report leaves out, under the real session ids', async () => {
    const ours = await reportJson('spotter');
    const theirs = ccusage('spotter');
    // ccusage's session report misses the usage older versions mirrored into agent_progress records
    // (its daily report counts it); every response Claude Code billed belongs to its session here.
    const sessionSum = Object.values(ours.bySession).reduce((a, s) => a + s.cacheReadTokens, 0);
    expect(sessionSum).toBe(theirs.totals.cacheReadTokens);
    expect(theirs.totalsSession.cacheReadTokens).toBeLessThan(theirs.totals.cacheReadTokens);
    // Sessions are keyed by the id in the records, not the file name (`subagent.jsonl` is session 491e126e…).
    expect(Object.keys(ours.bySession)).toContain('491e126e-1e71-469c-ade2-fcc8af567c74');
    expect(Object.keys(theirs.bySession)).toContain('subagent');
    const main = ours.bySession['ae4a77f8-aedd-4bc1-888f-c94edc91af04']!;
    expect(tokensOf(main as unknown as CcusageEntry)).toEqual(
      tokensOf(theirs.bySession['ae4a77f8-aedd-4bc1-888f-c94edc91af04']!),
    );
    expect(main.models).toEqual([
      'claude-haiku-4-5-20251001',
      'claude-opus-4-6',
      'claude-sonnet-4-5-20250929',
    ]);
  });

  it('should price ccusage’s hand-written fixtures from the price table, not their made-up costUSD', async () => {
    const ours = await reportJson('ccusage-test-fixtures');
    const theirs = ccusage('ccusage-test-fixtures');
    expect(tokensOf(ours.totals as unknown as CcusageEntry)).toEqual(tokensOf(theirs.totals));
    // ccusage's auto mode takes each line's costUSD ($0.12 for 100 input tokens of Sonnet 4); Claude Code
    // prices the usage, and so do we.
    expect(theirs.totals.cost).toBe(1.09);
    expect(ours.totals.cost).toBeGreaterThan(0);
    expect(ours.totals.cost).toBeLessThan(0.1);
    // ccusage files fast-mode usage under "<model>-fast"; it is one model here.
    expect(Object.keys(ours.byModel).sort()).toEqual([
      'claude-haiku-4-5-20251001',
      'claude-opus-4-20250514',
      'claude-sonnet-4-20250514',
    ]);
    expect(Object.keys(theirs.byModel)).toContain('claude-opus-4-20250514-fast');
  });

  it('should count days in the time zone asked for and filter by --since / --until', async () => {
    const utc = await reportJson('ccusage-test-fixtures');
    expect(Object.keys(utc.byDate)).toEqual(['2026-01-09', '2026-01-10', '2026-02-03']);
    // 2026-01-10T09:15Z is still the 9th in Honolulu (UTC-10).
    const hawaii = await reportJson('ccusage-test-fixtures', '--timezone', 'Pacific/Honolulu');
    expect(Object.keys(hawaii.byDate)).toEqual(['2026-01-09', '2026-02-02', '2026-02-03']);
    expect(hawaii.byDate['2026-01-09']!.responses).toBe(3);
    const range = await reportJson('ccusage-test-fixtures', '--since', '2026-01-10', '--until', '20260131');
    expect(range.totals.responses).toBe(1);
    expect(range.since).toBe('2026-01-10');
    expect(range.until).toBe('2026-01-31');
  });

  it('should print tables that fit 80 columns for every grouping', async () => {
    for (const by of ['day', 'session', 'model', 'project', 'tool']) {
      const r = await report('spotter', '--by', by);
      expect(r.code, r.err).toBe(0);
      const lines = r.out.split('\n');
      for (const line of lines) expect([...line].length, `${by}: ${line}`).toBeLessThanOrEqual(80);
      expect(r.out).toContain('Total');
    }
    const tools = await report('spotter', '--by', 'tool');
    expect(tools.out).toMatch(/^Bash\s+131\s+11\s+8\.4%/m);
  });

  it('should give byTool with latency and errors, and byProject, when asked', async () => {
    const tools = await reportJson('spotter', '--by', 'tool');
    const bash = tools.byTool!.Bash!;
    expect(bash.calls).toBe(131);
    expect(bash.errors).toBe(11);
    expect(bash.p50Ms!).toBeGreaterThan(0);
    expect(bash.p95Ms!).toBeGreaterThanOrEqual(bash.p50Ms!);
    expect(bash.maxMs!).toBeGreaterThanOrEqual(bash.p95Ms!);
    const projects = await reportJson('spotter', '--by', 'project');
    expect(Object.keys(projects.byProject!)).toEqual(['-home-USER-projects-spotter']);
    expect(projects.byProject!['-home-USER-projects-spotter']!.cost).toBeCloseTo(projects.totals.cost, 9);
  });

  it('should explain bad options plainly and exit 2', async () => {
    for (const [args, message] of [
      [['--since', '2026-13-01'], "--since must be a date like 2026-11-27 (got '2026-13-01')"],
      [
        ['--by', 'week'],
        "--by must be one of day, session, model, project, tool, user, team, repo, branch, skill, command, mcp (got 'week')",
      ],
      [['--timezone', 'Mars/Olympus'], "unknown time zone 'Mars/Olympus'"],
      [['--frobnicate'], "unknown option '--frobnicate'"],
    ] as const) {
      const r = await report('spotter', ...args);
      expect(r.code).toBe(2);
      expect(r.err).toContain(message);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.out).toBe('');
    }
    const json = await report('spotter', '--json', '--since', 'yesterday');
    expect(JSON.parse(json.out)).toMatchObject({ error: { code: 'INVALID_INPUT' } });
  });

  it('should say so when there are no transcripts', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'glassbox-empty-'));
    const io = memoryIo();
    const code = await runCli(['report', '--config-dir', empty, '--no-cache'], io);
    await rm(empty, { recursive: true, force: true });
    expect(code).toBe(0);
    expect(io.out()).toContain('No transcripts found under');
  });

  it('should say on stderr that a damaged cache was ignored, and still report the same', async () => {
    const first = await reportJson('spotter', '--cache-dir', join(cacheDir, 'damaged'));
    const dir = join(cacheDir, 'damaged');
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), 'damaged');
    const again = await report('spotter', '--json', '--cache-dir', dir);
    expect(again.code).toBe(0);
    expect(again.err).toContain(`the cache in ${dir} was damaged`);
    expect((JSON.parse(again.out) as ReportJson).totals).toEqual(first.totals);
    // Rebuilt: the next run is quiet.
    expect((await report('spotter', '--json', '--cache-dir', dir)).err).toBe('');
  });
});
