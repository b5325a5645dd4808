import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTranscripts } from '../../../../bench/lib/generate-transcripts.mjs';
import { memoryIo } from '../cli-io.js';
import type { ReportJson } from '../report-command.js';
import { runCli } from '../run-cli.js';
import type { TraceJson } from '../trace-view.js';
import {
  MAX_TIME_POINTS,
  MAX_WATERFALL_BARS,
  reportPageModel,
  timeBuckets,
  tracePageModel,
} from './page-model.js';
import { renderHtmlPage } from './render-html-page.js';

const run = promisify(execFile);
// Screenshots are kept here for a person to look at (git-ignored).
const OUTPUT = join(import.meta.dirname, '..', '..', 'test-output');
// Debian's chromium (scripts/bootstrap.sh installs it).
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--virtual-time-budget=5000',
];

let root: string;
let configDir: string;

async function cli(...args: string[]): Promise<{ out: string; err: string }> {
  const io = memoryIo();
  const code = await runCli(args, io);
  if (code !== 0) throw new Error(`glassbox ${args.join(' ')} exited ${code}: ${io.err()}`);
  return { out: io.out(), err: io.err() };
}

/** Opens the page in headless Chromium: what the page's script says on <body data-status>, and a screenshot. */
async function openInChromium(page: string, screenshot: string): Promise<string> {
  if (!CHROMIUM)
    throw new Error('chromium is not installed: run scripts/bootstrap.sh (Debian package chromium)');
  const { stdout } = await run(CHROMIUM, [...FLAGS, '--dump-dom', `file://${page}`], { timeout: 60_000 });
  await run(
    CHROMIUM,
    [
      ...FLAGS,
      '--hide-scrollbars',
      '--window-size=1280,2000',
      `--screenshot=${screenshot}`,
      `file://${page}`,
    ],
    {
      timeout: 60_000,
    },
  );
  return /data-status="([^"]*)"/.exec(stdout)?.[1] ?? 'no status';
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'glassbox-html-'));
  configDir = join(root, 'claude');
  generateTranscripts({
    outDir: configDir,
    targetBytes: 3 * 1024 * 1024,
    seed: 5,
    rare: true,
    hoursBetweenSessions: 20,
  });
  mkdirSync(OUTPUT, { recursive: true });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('glassbox report --html and trace --html', () => {
  it('should write one self-contained page that draws every chart and the waterfall in Chromium, with no error', async () => {
    const page = join(root, 'report.html');
    const { err } = await cli('report', '--config-dir', configDir, '--no-cache', '--html', page);
    expect(err).toContain(`wrote ${page}`);
    const html = readFileSync(page, 'utf8');
    // Nothing is fetched at view time: no external script, style, image or link, and a CSP that forbids it.
    expect(html).not.toMatch(/<script[^>]+src=|<link|<img|<iframe/i);
    expect(html).toContain("default-src 'none'");
    expect(await openInChromium(page, join(OUTPUT, 'report.png'))).toMatch(/^ok charts=5 ms=\d+$/);
    expect(statSync(join(OUTPUT, 'report.png')).size).toBeGreaterThan(50_000);
  }, 120_000);

  it('should draw a session as a waterfall with cost on its bars', async () => {
    const report = JSON.parse(
      (await cli('report', '--config-dir', configDir, '--no-cache', '--json')).out,
    ) as ReportJson;
    const id = Object.entries(report.bySession).sort((a, b) => b[1].cost - a[1].cost)[0]![0];
    const page = join(root, 'trace.html');
    await cli('trace', id, '--config-dir', configDir, '--html', page);
    expect(await openInChromium(page, join(OUTPUT, 'trace.png'))).toMatch(/^ok charts=5 ms=\d+$/);
  }, 120_000);
});

describe('the page model', () => {
  const trace = (children: number): TraceJson => {
    const span = (name: string, kind: 'session' | 'turn' | 'llm', kids: TraceJson['spans']) => ({
      kind,
      name,
      spanId: name,
      startTime: '2026-12-01T00:00:00.000Z',
      durationMs: 5,
      status: 'ok' as const,
      tokens: { input: 1, output: 2, cacheCreation: 0, cacheCreation5m: 0, cacheCreation1h: 0, cacheRead: 3 },
      costUsd: 0.5,
      costUnknownResponses: 0,
      children: kids,
    });
    const llms = Array.from({ length: children }, (_, i) => span(`LLM #${i + 1}`, 'llm', []));
    return {
      sessionId: 's</script><script>alert(1)</script>',
      traceId: 't',
      source: 'transcript',
      startTime: '2026-12-01T00:00:00.000Z',
      durationMs: 5,
      costUsd: 0.5 * children,
      costUnknownResponses: 0,
      tokens: {
        input: children,
        output: 2 * children,
        cacheCreation: 0,
        cacheCreation5m: 0,
        cacheCreation1h: 0,
        cacheRead: 3 * children,
      },
      counts: { turns: 1, llmCalls: children, toolCalls: 0, toolFailures: 0, subagents: 0 },
      spans: [span('Session', 'session', [span('Turn 1', 'turn', llms)])],
    };
  };

  it('should escape names so that no data can close the script or inject markup', () => {
    const html = renderHtmlPage(tracePageModel(trace(2), new Date(0)));
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('\\u003c/script>\\u003cscript>alert(1)');
    expect(html).toContain('s&#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('should draw at most the bar limit and say how many spans were left out', () => {
    const model = tracePageModel(trace(MAX_WATERFALL_BARS + 50), new Date(0));
    expect(model.waterfall!.bars).toHaveLength(MAX_WATERFALL_BARS);
    expect(model.waterfall!.omitted).toBe(52);
    expect(model.models).toEqual([
      {
        label: 'unknown',
        cost: 0.5 * (MAX_WATERFALL_BARS + 50),
        input: 650,
        output: 1300,
        cacheWrite: 0,
        cacheRead: 1950,
      },
    ]);
  });

  it('should group many days into weeks, then months, keeping every total', () => {
    const entry = (n: number) => ({
      responses: n,
      inputTokens: n,
      outputTokens: 0,
      cacheCreationTokens: 0,
      cacheCreation5mTokens: 0,
      cacheCreation1hTokens: 0,
      cacheReadTokens: 0,
      totalTokens: n,
      webSearchRequests: 0,
      cost: n / 100,
      costUnknownResponses: 0,
    });
    const byDays = (count: number) =>
      Object.fromEntries(
        Array.from({ length: count }, (_, i) => [
          new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
          entry(i + 1),
        ]),
      );
    expect(timeBuckets(byDays(MAX_TIME_POINTS)).unit).toBe('day');
    const weeks = timeBuckets(byDays(400));
    expect(weeks.unit).toBe('week');
    // 2026-01-01 is a Thursday: its week starts on Monday 2025-12-29.
    expect(weeks.rows[0]![0]).toBe('2025-12-29');
    expect(weeks.rows[0]![1].responses).toBe(1 + 2 + 3 + 4);
    const months = timeBuckets(byDays(2000));
    expect(months.unit).toBe('month');
    expect(months.rows[0]).toEqual(['2026-01', expect.objectContaining({ responses: (31 * 32) / 2 })]);
    expect(weeks.rows.reduce((n, [, e]) => n + e.responses, 0)).toBe((400 * 401) / 2);
    expect(months.rows.reduce((n, [, e]) => n + e.responses, 0)).toBe((2000 * 2001) / 2);
  });

  it('should chart a report by day in day order and by model by cost', async () => {
    const report = JSON.parse(
      (await cli('report', '--config-dir', configDir, '--no-cache', '--json')).out,
    ) as ReportJson;
    const model = reportPageModel(report, undefined, new Date(0));
    const days = model.series.points.map((p) => p.label);
    expect(days).toEqual([...days].sort());
    expect(model.series.points.reduce((n, p) => n + p.input, 0)).toBe(report.totals.inputTokens);
    const costs = model.models.map((p) => p.cost);
    expect(costs).toEqual([...costs].sort((a, b) => b - a));
    expect(model.waterfall).toBeNull();
  });
});
