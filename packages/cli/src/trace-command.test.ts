import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ClaudeHome,
  createClaudeHome,
  type FakeAnthropicApi,
  type RunClaudeResult,
  runClaude,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from './cli-io.js';
import type { ReportJson } from './report-command.js';
import { runCli } from './run-cli.js';
import type { SpanJson, TraceJson } from './trace-view.js';

const SPOTTER = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'transcripts-real', 'spotter');

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return cliIn({}, ...args);
}

async function cliIn(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo({ env });
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

function walk(
  span: SpanJson,
  visit: (s: SpanJson, parent: SpanJson | undefined) => void,
  parent?: SpanJson,
): void {
  visit(span, parent);
  for (const c of span.children) walk(c, visit, span);
}

describe('glassbox trace on real transcripts', () => {
  it('should build the tree session → turn → LLM call → tool → subagent with times, tokens and cost', async () => {
    const r = await cli('trace', 'ae4a77f8', '--config-dir', SPOTTER, '--json');
    expect(r.code, r.err).toBe(0);
    const trace = JSON.parse(r.out) as TraceJson;
    expect(trace.sessionId).toBe('ae4a77f8-aedd-4bc1-888f-c94edc91af04');
    const root = trace.spans[0]!;
    expect(root.kind).toBe('session');
    expect(root.children.every((c) => c.kind === 'turn' || c.kind === 'subagent')).toBe(true);
    const kinds = new Set<string>();
    let taskWithSubagent = false;
    walk(root, (s, parent) => {
      kinds.add(s.kind);
      expect(new Date(s.startTime).toISOString()).toBe(s.startTime);
      expect(s.durationMs).toBeGreaterThanOrEqual(0);
      expect(['ok', 'error', 'unset']).toContain(s.status);
      if (s.kind === 'llm') {
        expect(s.model).toBeTruthy();
        expect(s.usage).toBeDefined();
        expect(typeof s.costUsd).toBe('number');
        expect(parent?.kind === 'turn' || parent?.kind === 'subagent').toBe(true);
      }
      if (s.kind === 'tool') {
        expect(s.toolUseId).toMatch(/^toolu_/);
        if (s.children.some((c) => c.kind === 'subagent')) taskWithSubagent = s.name === 'Task';
      }
    });
    expect([...kinds].sort()).toEqual(['llm', 'session', 'subagent', 'tool', 'turn']);
    expect(taskWithSubagent).toBe(true);
    // Every token of the session is in the tree, and the report agrees on the session's cost.
    const sum = { input: 0, output: 0, cacheRead: 0, cost: 0 };
    walk(root, (s) => {
      if (s.kind !== 'llm') return;
      sum.input += s.usage?.input_tokens ?? 0;
      sum.output += s.usage?.output_tokens ?? 0;
      sum.cacheRead += s.usage?.cache_read_input_tokens ?? 0;
      sum.cost += s.costUsd ?? 0;
    });
    expect(sum.input).toBe(trace.tokens.input);
    expect(sum.output).toBe(trace.tokens.output);
    expect(sum.cacheRead).toBe(trace.tokens.cacheRead);
    expect(sum.cost).toBeCloseTo(trace.costUsd, 9);
    const report = await cli('report', '--config-dir', SPOTTER, '--no-cache', '--json');
    const session = (JSON.parse(report.out) as ReportJson).bySession[trace.sessionId]!;
    expect(session.cost).toBeCloseTo(trace.costUsd, 9);
    expect(session.inputTokens).toBe(trace.tokens.input);
    expect(session.outputTokens).toBe(trace.tokens.output);
    expect(session.cacheReadTokens).toBe(trace.tokens.cacheRead);
  });

  it('should draw a tree that fits 80 columns with time, tokens and cost on every line', async () => {
    const r = await cli('trace', '491e', '--config-dir', SPOTTER);
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Session 491e126e-1e71-469c-ade2-fcc8af567c74');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(80);
    const nodes = lines.filter((l) => /^(Session|[│├└ ])/.test(l) && /\$\d|no price/.test(l));
    expect(nodes.length).toBeGreaterThan(30);
    expect(lines.some((l) => /^│ {2}├─ LLM #1 → WebFetch, WebSearch ×3\s+\d/.test(l))).toBe(true);
    expect(lines.some((l) => /└─ Subagent Plan\s+/.test(l))).toBe(true);
    expect(lines.some((l) => /Read ✗ error/.test(l))).toBe(true);
  });

  it('should say clearly when a session does not exist (exit 1) or a prefix is ambiguous (exit 2)', async () => {
    const missing = await cli('trace', 'deadbeef-0000', '--config-dir', SPOTTER);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("no session 'deadbeef-0000'");
    expect(missing.err).toContain('glassbox report --by session');
    expect(missing.err).not.toMatch(/\n\s+at /);
    const empty = await cli('trace', '--config-dir', SPOTTER);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('missing <session-id>');
    const weird = await cli('trace', '../../etc/passwd', '--config-dir', SPOTTER);
    expect(weird.code).toBe(2);
  });

  it('should trace the current session ($CLAUDE_CODE_SESSION_ID) when none is named, and say so', async () => {
    const current = '491e126e-1e71-469c-ade2-fcc8af567c74';
    const env = { CLAUDE_CODE_SESSION_ID: current };
    const r = await cliIn(env, 'trace', '--config-dir', SPOTTER, '--json');
    expect(r.code, r.err).toBe(0);
    expect((JSON.parse(r.out) as TraceJson).sessionId).toBe(current);
    expect(r.err).toBe(`glassbox trace: the current session ${current} ($CLAUDE_CODE_SESSION_ID)\n`);
    // A session named wins, silently.
    const named = await cliIn(env, 'trace', 'ae4a77f8', '--config-dir', SPOTTER, '--json');
    expect((JSON.parse(named.out) as TraceJson).sessionId).toBe('ae4a77f8-aedd-4bc1-888f-c94edc91af04');
    expect(named.err).toBe('');
    // The current session not found where it looks: the usual answer, with the id it tried.
    const elsewhere = await cliIn(
      { CLAUDE_CODE_SESSION_ID: 'feedface-0000' },
      'trace',
      '--config-dir',
      SPOTTER,
    );
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.err).toContain("no session 'feedface-0000'");
    const blank = await cliIn({ CLAUDE_CODE_SESSION_ID: ' ' }, 'trace', '--config-dir', SPOTTER);
    expect(blank.code).toBe(2);
    expect(blank.err).toContain('missing <session-id>');
  });
});

describe('glassbox trace of a real Claude Code session (real binary, fake API)', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let cacheDir: string;
  let first: RunClaudeResult;
  let second: RunClaudeResult;

  beforeAll(async () => {
    api = await startFakeAnthropicApi({
      script: [
        {
          content: [
            { type: 'text', text: 'Running two commands.' },
            {
              type: 'tool_use',
              id: 'toolu_cli_ok',
              name: 'Bash',
              // What a `!glassbox trace` line or a Bash tool call sees: the session's id.
              input: { command: 'echo "session=$CLAUDE_CODE_SESSION_ID"', description: 'echo' },
            },
            {
              type: 'tool_use',
              id: 'toolu_cli_fail',
              name: 'Bash',
              input: { command: 'ls /definitely/not/here', description: 'fail' },
            },
          ],
          usage: {
            input_tokens: 1200,
            output_tokens: 80,
            cache_creation_input_tokens: 3000,
            cache_creation: { ephemeral_5m_input_tokens: 1000, ephemeral_1h_input_tokens: 2000 },
          },
        },
        {
          content: [{ type: 'text', text: 'One worked, one failed.' }],
          usage: { input_tokens: 1400, output_tokens: 30, cache_read_input_tokens: 3000 },
        },
        {
          content: [{ type: 'text', text: 'Second turn answer.' }],
          usage: {
            input_tokens: 1500,
            output_tokens: 12,
            cache_read_input_tokens: 3000,
            inference_geo: 'us',
          },
        },
      ],
    });
    home = await createClaudeHome();
    cacheDir = await mkdtemp(join(tmpdir(), 'glassbox-trace-cache-'));
    const common = { apiUrl: api.url, home, allowedTools: ['Bash'] };
    first = await runClaude({ ...common, prompt: 'run the two commands' });
    second = await runClaude({ ...common, prompt: 'and now summarise', resume: first.result?.session_id });
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await home?.cleanup();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('should cost exactly what Claude Code says the session cost (total_cost_usd)', async () => {
    expect(first.exitCode, first.stderr).toBe(0);
    expect(second.exitCode, second.stderr).toBe(0);
    const sessionId = second.result!.session_id;
    const r = await cli('trace', sessionId, '--config-dir', home.configDir, '--json');
    expect(r.code, r.err).toBe(0);
    const trace = JSON.parse(r.out) as TraceJson;
    // A resumed run's total covers the whole session.
    expect(trace.costUsd).toBeCloseTo(second.result!.total_cost_usd, 12);
    expect(trace.claudeCostUsd).toBeCloseTo(second.result!.total_cost_usd, 12);
    expect(trace.costUnknownResponses).toBe(0);
    const [model, usage] = Object.entries(second.result!.modelUsage)[0]!;
    expect(trace.model).toBe(model);
    expect(trace.tokens).toEqual({
      input: usage.inputTokens,
      output: usage.outputTokens,
      cacheCreation: usage.cacheCreationInputTokens,
      cacheCreation5m: usage.cacheCreationEphemeral5mInputTokens,
      cacheCreation1h: usage.cacheCreationEphemeral1hInputTokens,
      cacheRead: usage.cacheReadInputTokens,
    });
    expect(trace.counts).toMatchObject({ turns: 2, llmCalls: 3, toolCalls: 2, toolFailures: 1 });
    const turn1 = trace.spans[0]!.children[0]!;
    expect(turn1.kind).toBe('turn');
    const llm1 = turn1.children[0]!;
    expect(llm1).toMatchObject({ kind: 'llm', name: 'LLM #1', model });
    expect(llm1.children.map((t) => [t.name, t.toolUseId, t.toolStatus])).toEqual([
      ['Bash', 'toolu_cli_ok', 'ok'],
      ['Bash', 'toolu_cli_fail', 'error'],
    ]);
  });

  it('should trace, without a session named, the session whose Bash tool it runs in', async () => {
    // The Bash tool's output, as Claude Code sent it back to the API.
    const sent = JSON.stringify(api.messageRequests().map((r) => r.body?.messages));
    const exported = /session=([0-9a-f-]{36})/.exec(sent)?.[1];
    expect(exported).toBe(first.result!.session_id);
    const r = await cliIn(
      { CLAUDE_CODE_SESSION_ID: exported! },
      'trace',
      '--config-dir',
      home.configDir,
      '--json',
    );
    expect(r.code, r.err).toBe(0);
    expect((JSON.parse(r.out) as TraceJson).sessionId).toBe(first.result!.session_id);
  });

  it('should report the same cost for the session, from the transcript, as Claude Code', async () => {
    const r = await cli('report', '--config-dir', home.configDir, '--cache-dir', cacheDir, '--json');
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out) as ReportJson;
    expect(report.totals.cost).toBeCloseTo(second.result!.total_cost_usd, 12);
    expect(report.totals.responses).toBe(3);
    expect(report.bySession[second.result!.session_id]!.cost).toBeCloseTo(second.result!.total_cost_usd, 12);
  });
});
