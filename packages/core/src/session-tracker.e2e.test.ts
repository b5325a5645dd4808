import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ClaudeHome,
  createClaudeHome,
  type FakeAnthropicApi,
  promptIncludes,
  type RunClaudeResult,
  runClaude,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureEvent } from './capture-event.js';
import { hookInputToCaptureEvents, parseHookInput } from './hook-input.js';
import { MetricsRegistry } from './metrics-registry.js';
import type { SessionTrace, SubagentNode, ToolCallNode, TraceChild } from './session-trace.js';
import { SessionTracker } from './session-tracker.js';
import { traceToTelemetry } from './trace-to-telemetry.js';
import { agentIdFromPath, findSubagentTranscripts, readTranscriptIncrement } from './transcript-reader.js';

const RECORDER = join(import.meta.dirname, '__fixtures__', 'recorder-plugin');

/** Hook payloads recorded by the plugin, in receipt order, as live capture events. */
async function recordedEvents(dir: string): Promise<CaptureEvent[]> {
  const files = (await readdir(dir)).sort();
  const events: CaptureEvent[] = [];
  for (const file of files) {
    const receivedAtMs = Number(file.split('-')[0]) / 1e6;
    const parsed = parseHookInput(await readFile(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
    events.push(...hookInputToCaptureEvents(parsed.input, receivedAtMs));
  }
  return events;
}

function toolNodes(trace: SessionTrace): ToolCallNode[] {
  const out: ToolCallNode[] = [];
  const walk = (children: readonly TraceChild[]) => {
    for (const c of children)
      if (c.kind === 'tool') {
        out.push(c);
        for (const s of c.subagents) walk(s.children);
      }
  };
  for (const t of trace.turns) {
    walk(t.children);
    for (const s of t.subagents) walk(s.children);
  }
  for (const s of trace.subagents) walk(s.children);
  return out;
}

describe('SessionTracker on a real Claude Code session (real binary, fake Messages API)', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let hookDir: string;
  let first: RunClaudeResult;
  let second: RunClaudeResult;
  let trace: SessionTrace;

  beforeAll(async () => {
    const main = promptIncludes('MAIN TASK');
    const sub = promptIncludes('SUBTASK');
    api = await startFakeAnthropicApi({
      script: [
        {
          when: main,
          reply: {
            content: [
              { type: 'text', text: 'Doing four things at once.' },
              {
                type: 'tool_use',
                id: 'toolu_e2e_ok',
                name: 'Bash',
                input: { command: 'echo glassbox', description: 'echo' },
              },
              {
                type: 'tool_use',
                id: 'toolu_e2e_fail',
                name: 'Bash',
                input: { command: 'ls /definitely/not/here', description: 'fail' },
              },
              // Write is not in --allowedTools: Claude Code refuses it.
              {
                type: 'tool_use',
                id: 'toolu_e2e_denied',
                name: 'Write',
                input: { file_path: '/tmp/glassbox-e2e-denied.txt', content: 'x' },
              },
              {
                type: 'tool_use',
                id: 'toolu_e2e_agent',
                name: 'Agent',
                input: {
                  subagent_type: 'general-purpose',
                  description: 'sub job',
                  prompt: 'SUBTASK: echo from the subagent',
                },
              },
            ],
            usage: {
              input_tokens: 1200,
              output_tokens: 90,
              cache_creation_input_tokens: 3000,
              cache_creation: { ephemeral_5m_input_tokens: 1000, ephemeral_1h_input_tokens: 2000 },
            },
          },
        },
        {
          when: sub,
          reply: {
            // The API may answer with another model id than requested: Claude Code bills the requested one.
            model: 'claude-haiku-4-5',
            content: [
              {
                type: 'tool_use',
                id: 'toolu_e2e_sub',
                name: 'Bash',
                input: { command: 'echo sub', description: 'sub echo' },
              },
            ],
            usage: { input_tokens: 300, output_tokens: 20 },
          },
        },
        {
          when: sub,
          reply: {
            model: 'claude-haiku-4-5',
            content: [{ type: 'text', text: 'Subagent done.' }],
            usage: { input_tokens: 350, output_tokens: 10, cache_read_input_tokens: 100 },
          },
        },
        {
          when: main,
          reply: {
            content: [{ type: 'text', text: 'Main done.' }],
            usage: { input_tokens: 1500, output_tokens: 30, cache_read_input_tokens: 3000 },
          },
        },
        // The subagent's completion notification starts another turn.
        {
          when: main,
          reply: {
            content: [{ type: 'text', text: 'Noted.' }],
            usage: { input_tokens: 1550, output_tokens: 5, cache_read_input_tokens: 3000 },
          },
        },
        {
          when: main,
          reply: {
            content: [{ type: 'text', text: 'Second turn.' }],
            usage: {
              input_tokens: 1600,
              output_tokens: 12,
              cache_read_input_tokens: 3000,
              cache_creation_input_tokens: 500,
              cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 500 },
            },
          },
        },
      ],
    });
    home = await createClaudeHome();
    hookDir = await mkdtemp(join(tmpdir(), 'glassbox-core-hooks-'));
    const common = {
      apiUrl: api.url,
      home,
      pluginDirs: [RECORDER],
      allowedTools: ['Bash', 'Agent'],
      env: { HOOK_RECORDER_DIR: hookDir },
    };
    first = await runClaude({ ...common, prompt: 'MAIN TASK: do four things' });
    second = await runClaude({ ...common, prompt: 'and a second turn', resume: first.result?.session_id });

    const sessionId = first.result!.session_id;
    // Default pricing: @glassbox/pricing's priceUsage and sumCosts.
    const tracker = new SessionTracker({ sessionId });
    for (const e of await recordedEvents(hookDir)) tracker.addCaptureEvent(e);
    const mainPath = first.transcriptPath!;
    tracker.addTranscriptEntries((await readTranscriptIncrement(mainPath, 0)).entries);
    for (const path of await findSubagentTranscripts(mainPath))
      tracker.addTranscriptEntries((await readTranscriptIncrement(path, 0)).entries, {
        agentId: agentIdFromPath(path),
      });
    trace = tracker.build();
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await home?.cleanup();
    if (process.env.GLASSBOX_KEEP_TMP !== '1' && hookDir) await rm(hookDir, { recursive: true, force: true });
  });

  it('should run both sessions to the end', () => {
    expect(first.exitCode, first.stderr).toBe(0);
    expect(second.exitCode, second.stderr).toBe(0);
    expect(second.result?.session_id).toBe(first.result?.session_id);
    expect(api.remainingSteps()).toBe(0);
  });

  it('should show every tool call exactly once, under the right parent, with the right status', () => {
    const tools = toolNodes(trace);
    expect(tools.map((t) => t.toolUseId).sort()).toEqual(
      ['toolu_e2e_agent', 'toolu_e2e_denied', 'toolu_e2e_fail', 'toolu_e2e_ok', 'toolu_e2e_sub'].sort(),
    );
    const byId = new Map(tools.map((t) => [t.toolUseId, t]));
    const firstTurn = trace.turns[0]!;
    // One tree: each tool hangs under the model call that requested it, which hangs under the turn.
    const firstTurnLlms = new Set(firstTurn.children.filter((c) => c.kind === 'llm').map((c) => c.spanId));
    for (const id of ['toolu_e2e_ok', 'toolu_e2e_fail', 'toolu_e2e_denied', 'toolu_e2e_agent']) {
      expect(byId.get(id)?.parentSpanId, id).toBe(byId.get(id)?.requestedBy);
      expect(firstTurnLlms.has(byId.get(id)!.parentSpanId!), id).toBe(true);
    }
    expect(
      ['toolu_e2e_ok', 'toolu_e2e_fail', 'toolu_e2e_denied', 'toolu_e2e_agent', 'toolu_e2e_sub'].map(
        (id) => byId.get(id)?.toolStatus,
      ),
    ).toEqual(['ok', 'error', 'denied', 'ok', 'ok']);
    // Hooks and transcript agree: the merged calls were seen by both, with Claude Code's own durations.
    expect(byId.get('toolu_e2e_ok')).toMatchObject({ seenIn: 'both', complete: true });
    expect(typeof byId.get('toolu_e2e_fail')?.durationMs).toBe('number');
    // Content capture is off: error text is only its kind and length.
    expect(byId.get('toolu_e2e_fail')?.errorText).toMatch(/^[a-z_]+ \(\d+ chars\)$/);
    expect(byId.get('toolu_e2e_denied')?.errorText).toMatch(/^permission_denied \(\d+ chars\)$/);

    const agentCall = byId.get('toolu_e2e_agent')!;
    expect(agentCall.subagents).toHaveLength(1);
    const subagent: SubagentNode = agentCall.subagents[0]!;
    expect(subagent).toMatchObject({
      agentType: 'general-purpose',
      parentSpanId: agentCall.spanId,
      complete: true,
    });
    const subTool = byId.get('toolu_e2e_sub')!;
    const subLlm = subagent.children.find((c) => c.spanId === subTool.parentSpanId);
    expect(subLlm?.kind).toBe('llm');
    expect(subLlm?.parentSpanId).toBe(subagent.spanId);
    expect(subagent.children.filter((c) => c.kind === 'llm')).toHaveLength(2);
  });

  it('should have the turns of both runs, all complete, in a complete session', () => {
    expect(trace.turns.length).toBe(3);
    expect(trace.turns.map((t) => t.origin)).toEqual([undefined, 'task-notification', undefined]);
    expect(trace.turns.every((t) => t.complete && t.status === 'ok')).toBe(true);
    expect(trace.complete).toBe(true);
    expect(trace.totals).toMatchObject({
      llmCalls: 6,
      toolCalls: 5,
      toolErrors: 1,
      toolDenied: 1,
      toolFailures: 2,
    });
  });

  it("should add up to Claude Code's own token totals, per requested model", () => {
    const modelUsage = second.result!.modelUsage;
    expect(Object.keys(trace.totals.byModel).sort()).toEqual(Object.keys(modelUsage).sort());
    for (const [model, usage] of Object.entries(modelUsage)) {
      expect(trace.totals.byModel[model], model).toMatchObject({
        inputTokens: usage.inputTokens,
        outputTokens: usage.outputTokens,
        cacheReadInputTokens: usage.cacheReadInputTokens,
        cacheCreationInputTokens: usage.cacheCreationInputTokens,
        cacheCreation1hInputTokens: usage.cacheCreationEphemeral1hInputTokens,
        cacheCreation5mInputTokens: usage.cacheCreationEphemeral5mInputTokens,
      });
    }
    expect(trace.totals.cacheCreation1hInputTokens).toBe(2500);
    expect(trace.claudeCostUsd).toBe(second.result!.total_cost_usd);
  });

  it('should cost exactly what Claude Code says (total_cost_usd)', () => {
    const claude = second.result!.total_cost_usd;
    expect(trace.totals.unpricedCalls).toBe(0);
    expect(Math.abs(trace.totals.costUsd - claude) / claude).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(trace.costDriftUsd!)).toBeLessThanOrEqual(1e-9 * claude);
  });

  it('should map to well-formed telemetry and count each tool call once in the metrics', () => {
    const { spans, logs } = traceToTelemetry(trace, { captureContent: false });
    const ids = new Set(spans.map((s) => s.spanId));
    expect(ids.size).toBe(spans.length);
    for (const s of spans) if (s.parentSpanId) expect(ids.has(s.parentSpanId), s.name).toBe(true);
    expect(logs.filter((l) => l.event === 'tool_call')).toHaveLength(5);
    const registry = new MetricsRegistry();
    registry.recordSpans(spans);
    registry.recordSpans(spans);
    const calls = registry
      .collect(Date.now(), 'cumulative')
      .find((m) => m.name === 'claude.tool.calls_total');
    const total = (calls?.points ?? []).reduce((n, p) => n + ('value' in p ? p.value : 0), 0);
    expect(total).toBe(5);
  });
});
