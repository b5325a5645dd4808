import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { traceToTelemetry } from '@glassbox/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UsageEntry } from './build-report.js';
import { memoryIo } from './cli-io.js';
import type { ReportJson } from './report-command.js';
import { runCli } from './run-cli.js';
import { buildSessionTrace } from './trace-command.js';

// The real 2.1.332 session of core's fixtures: /review (with a subagent), a Skill call, /greet (a skill run as a
// slash command), a plain prompt (packages/core/src/__fixtures__/claude-2.1.332/README.md).
const FIXTURES = join(import.meta.dirname, '..', '..', 'core', 'src', '__fixtures__', 'claude-2.1.332');
const SESSION = '9d977e14-e64a-4bcc-a761-56b2b5ddc036';

let root: string;
let configDir: string;
let transcript: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'glassbox-report-scopes-'));
  configDir = join(root, 'claude');
  const project = join(configDir, 'projects', '-tmp-glassbox-claude-fixture-project');
  await mkdir(join(project, SESSION), { recursive: true });
  transcript = join(project, `${SESSION}.jsonl`);
  await cp(join(FIXTURES, 'skills-commands.jsonl'), transcript);
  await cp(join(FIXTURES, 'skills-commands'), join(project, SESSION), { recursive: true });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function reportBy(
  by: string,
  ...args: string[]
): Promise<ReportJson & { byGroup: Record<string, UsageEntry> }> {
  const io = memoryIo();
  const code = await runCli(
    ['report', '--json', '--by', by, '--config-dir', configDir, '--cache-dir', join(root, 'cache'), ...args],
    io,
  );
  expect(code, io.err()).toBe(0);
  return JSON.parse(io.out()) as ReportJson & { byGroup: Record<string, UsageEntry> };
}

/** The tracker's figures: its chat spans summed by `glassbox.skill` or `glassbox.command`. */
async function trackerBy(
  attribute: string,
): Promise<Record<string, { responses: number; input: number; cost: number }>> {
  const trace = await buildSessionTrace({ sessionId: SESSION, transcriptPath: transcript });
  const out: Record<string, { responses: number; input: number; cost: number }> = {};
  for (const span of traceToTelemetry(trace, { captureContent: false }).spans) {
    if (span.attributes['glassbox.span.type'] !== 'llm') continue;
    const key = String(span.attributes[attribute] ?? '(none)');
    const row = (out[key] ??= { responses: 0, input: 0, cost: 0 });
    row.responses += 1;
    row.input += Number(span.attributes['glassbox.usage.uncached_input_tokens']);
    row.cost += Number(span.attributes['glassbox.cost.usd']);
  }
  return out;
}

const summary = (groups: Record<string, UsageEntry>) =>
  Object.fromEntries(
    Object.entries(groups).map(([k, e]) => [
      k,
      { responses: e.responses, input: e.inputTokens, cost: e.cost },
    ]),
  );

describe('glassbox report --by skill|command on a real 2.1.332 session', () => {
  it('should give each skill and command the same responses, tokens and cost as the tracker', async () => {
    for (const [by, attribute] of [
      ['skill', 'glassbox.skill'],
      ['command', 'glassbox.command'],
    ] as const) {
      const report = await reportBy(by);
      const tracker = await trackerBy(attribute);
      const got = summary(report.byGroup);
      expect(Object.keys(got).sort()).toEqual(Object.keys(tracker).sort());
      for (const [key, row] of Object.entries(tracker)) {
        expect(got[key]!.responses, key).toBe(row.responses);
        expect(got[key]!.input, key).toBe(row.input);
        expect(Math.abs(got[key]!.cost - row.cost), key).toBeLessThan(1e-12);
      }
      const total = Object.values(report.byGroup).reduce((n, e) => n + e.cost, 0);
      expect(Math.abs(total - report.totals.cost)).toBeLessThan(1e-12);
    }
    // Script: /review 100+110+50+60+120 input tokens; the Skill call's own response (200) is before the skill.
    expect(summary((await reportBy('command')).byGroup)).toMatchObject({
      '/review': { responses: 5, input: 440 },
      '/greet': { responses: 2, input: 610 },
      '(none)': { responses: 4, input: 1030 },
    });
    expect(summary((await reportBy('skill')).byGroup)).toMatchObject({
      greet: { responses: 4, input: 1040 },
      '(none)': { responses: 7, input: 1040 },
    });
  });

  it('should read the same from its cache and keep --since out of range empty', async () => {
    const cold = await reportBy('skill');
    const warm = await reportBy('skill');
    expect(warm.byGroup).toEqual(cold.byGroup);
    expect((await reportBy('skill', '--since', '2099-01-01')).byGroup).toEqual({});
  });

  it('should add the skill and command breakdowns to the HTML page', async () => {
    const page = join(root, 'report.html');
    const io = memoryIo();
    expect(
      await runCli(['report', '--html', page, '--no-cache', '--config-dir', configDir], io),
      io.err(),
    ).toBe(0);
    const html = await readFile(page, 'utf8');
    expect(html).toContain('By skill');
    expect(html).toContain('By command');
    for (const label of ['greet', '/review', '/greet']) expect(html).toContain(label);
  });

  it('should show the scopes in glassbox trace --json', async () => {
    const io = memoryIo();
    expect(await runCli(['trace', transcript, '--json'], io), io.err()).toBe(0);
    const found: Array<[string, string?, string?]> = [];
    const walk = (
      spans: Array<{ toolUseId?: string; skill?: string; command?: string; children: never[] }>,
    ) => {
      for (const s of spans) {
        if (s.toolUseId) found.push([s.toolUseId, s.skill, s.command]);
        walk(s.children);
      }
    };
    walk((JSON.parse(io.out()) as { spans: never[] }).spans);
    expect(found).toContainEqual(['toolu_sub_bash', undefined, '/review']);
    expect(found).toContainEqual(['toolu_skill_bash', 'greet', undefined]);
    expect(found).toContainEqual(['toolu_slash_skill_bash', 'greet', '/greet']);
  });
});
