import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type AnthropicUsage, priceUsage } from '@glassbox/pricing';
import { repoFixture } from '@glassbox/testkit';
import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from './capture-event.js';
import { hookInputToCaptureEvents, parseHookInput } from './hook-input.js';
import type { UsagePricer } from './resolve-pricing.js';
import type { SessionTrace, SubagentNode, ToolCallNode, TraceChild, TurnNode } from './session-trace.js';
import { SessionTracker } from './session-tracker.js';
import { toolSpanId, turnSpanId } from './trace-ids.js';
import { normalizeTranscriptRecord, type TranscriptEntry } from './transcript-entry.js';
import { agentIdFromPath, findSubagentTranscripts, readTranscriptIncrement } from './transcript-reader.js';

const FIXTURE_DIR = join(import.meta.dirname, '__fixtures__', 'claude-2.1.332');
const SESSION = '2bfb2844-db29-4855-9e2b-3c808ad10b89';
const MAIN = join(FIXTURE_DIR, `${SESSION}.jsonl`);
const SPOTTER = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'transcripts-real', 'spotter');

/** A made-up price list: enough to check that costs are summed and unknown models are flagged. */
const testPricer: UsagePricer = (model, usage) =>
  model === 'mystery-model'
    ? { costUsd: undefined, known: false }
    : {
        costUsd:
          (usage.input_tokens ?? 0) * 4e-6 +
          (usage.output_tokens ?? 0) * 20e-6 +
          (usage.cache_read_input_tokens ?? 0) * 0.4e-6 +
          (usage.cache_creation?.ephemeral_1h_input_tokens ?? 0) * 8e-6 +
          (usage.cache_creation?.ephemeral_5m_input_tokens ?? 0) * 5e-6,
        known: true,
        rule: 'test',
      };

async function load(tracker: SessionTracker, mainPath: string): Promise<void> {
  tracker.addTranscriptEntries((await readTranscriptIncrement(mainPath, 0)).entries);
  for (const sub of await findSubagentTranscripts(mainPath))
    tracker.addTranscriptEntries((await readTranscriptIncrement(sub, 0)).entries, {
      agentId: agentIdFromPath(sub),
    });
}

function allTools(trace: SessionTrace): ToolCallNode[] {
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

const tools = (turn: TurnNode) => turn.children.filter((c): c is ToolCallNode => c.kind === 'tool');

describe('SessionTracker on a real 2.1.332 session (transcript only)', () => {
  it('should build session → turns → calls → subagent with the right parents and statuses', async () => {
    const tracker = new SessionTracker({ sessionId: SESSION, pricing: { pricer: testPricer } });
    await load(tracker, MAIN);
    const trace = tracker.build({ final: true });
    expect(trace.turns.map((t) => [t.promptId, t.origin, t.complete])).toEqual([
      ['a8148af6-9391-4434-8bf8-fbf4714c4325', undefined, true],
      ['adbb88ce-ae6f-42e7-a606-e6267238d0bc', 'task-notification', true],
      ['0bc4dcc5-0bed-4c59-942a-bb503df3e2e5', undefined, true],
    ]);
    const [first] = trace.turns;
    expect(first!.children.map((c) => c.kind)).toEqual(['llm', 'tool', 'tool', 'tool', 'tool', 'llm']);
    expect(tools(first!).map((t) => [t.toolUseId, t.name, t.toolStatus])).toEqual([
      ['toolu_ok1', 'Bash', 'ok'],
      ['toolu_fail1', 'Bash', 'error'],
      ['toolu_denied1', 'Write', 'denied'],
      ['toolu_agent1', 'Agent', 'ok'],
    ]);
    const llmSpan = first!.children[0]!.spanId;
    for (const t of tools(first!)) {
      // One tree: under the model call that requested it.
      expect(t.parentSpanId).toBe(llmSpan);
      expect(t.requestedBy).toBe(llmSpan);
      expect(t.endMs).toBeGreaterThanOrEqual(t.startMs);
    }
    const agentCall = tools(first!).find((t) => t.name === 'Agent')!;
    expect(agentCall.subagents).toHaveLength(1);
    const sub = agentCall.subagents[0]!;
    expect(sub).toMatchObject({
      agentId: 'aefa63876379bdd66',
      agentType: 'general-purpose',
      parentSpanId: agentCall.spanId,
      complete: true,
    });
    expect(sub.children.map((c) => c.kind)).toEqual(['llm', 'tool', 'llm']);
    expect((sub.children[1] as ToolCallNode).toolStatus).toBe('ok');
    expect(sub.children[1]!.parentSpanId).toBe(sub.children[0]!.spanId);
    expect(sub.children[0]!.parentSpanId).toBe(sub.spanId);
    // Every tool call appears exactly once in the whole tree.
    expect(
      allTools(trace)
        .map((t) => t.toolUseId)
        .sort(),
    ).toEqual(['toolu_agent1', 'toolu_denied1', 'toolu_fail1', 'toolu_ok1', 'toolu_sub1'].sort());
  });

  it("should add up to Claude Code's own modelUsage, billing subagent calls to the requested model", async () => {
    const tracker = new SessionTracker({ sessionId: SESSION, pricing: { pricer: testPricer } });
    await load(tracker, MAIN);
    const trace = tracker.build({ final: true });
    const costState = (await readFile(MAIN, 'utf8'))
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            type: string;
            totalCostUSD?: number;
            modelUsage?: Record<string, Record<string, number>>;
          },
      )
      .filter((r) => r.type === 'cost-state')
      .at(-1)!;
    const claude = costState.modelUsage!['claude-opus-5-5']!;
    expect(Object.keys(trace.totals.byModel)).toEqual(['claude-opus-5-5']);
    expect(trace.totals.byModel['claude-opus-5-5']).toMatchObject({
      inputTokens: claude.inputTokens,
      outputTokens: claude.outputTokens,
      cacheReadInputTokens: claude.cacheReadInputTokens,
      cacheCreationInputTokens: claude.cacheCreationInputTokens,
      cacheCreation5mInputTokens: claude.cacheCreationEphemeral5mInputTokens,
      cacheCreation1hInputTokens: claude.cacheCreationEphemeral1hInputTokens,
    });
    expect(trace.totals).toMatchObject({
      llmCalls: 6,
      toolCalls: 5,
      toolErrors: 1,
      toolDenied: 1,
      toolFailures: 2,
      unpricedCalls: 0,
    });
    // Turn totals include the subagent that the turn's Agent call started.
    expect(trace.turns[0]!.totals.llmCalls).toBe(4);
    const sum = trace.turns.reduce((s, t) => s + t.totals.costUsd, 0);
    expect(trace.totals.costUsd).toBeCloseTo(sum, 12);
    expect(trace.claudeCostUsd).toBeCloseTo(costState.totalCostUSD!, 12);
    expect(trace.costDriftUsd).toBeCloseTo(trace.totals.costUsd - costState.totalCostUSD!, 12);
  });

  it('should cost what Claude Code recorded, with the default pricing', async () => {
    const tracker = new SessionTracker({ sessionId: SESSION });
    await load(tracker, MAIN);
    const trace = tracker.build({ final: true });
    expect(trace.totals.unpricedCalls).toBe(0);
    // cost-state.totalCostUSD of the fixture, written by Claude Code 2.1.332.
    expect(Math.abs(trace.totals.costUsd - 0.049100000000000005) / 0.0491).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(trace.costDriftUsd!)).toBeLessThanOrEqual(1e-12);
    const llm = trace.turns[0]!.children[0]!;
    expect(llm).toMatchObject({ kind: 'llm', costKnown: true, canonicalModel: 'claude-opus-5-5' });
  });

  it('should flag unknown prices instead of guessing', async () => {
    const tracker = new SessionTracker({ sessionId: 's' });
    tracker.addTranscriptEntries([
      { kind: 'prompt', isSidechain: false, promptId: 'p', textLength: 1, timeMs: 1 },
      {
        kind: 'llm',
        isSidechain: false,
        messageId: 'm',
        requestId: 'r',
        model: 'mystery-model',
        usage: { input_tokens: 5 },
        toolUses: [],
        firstTimeMs: 2,
        lastTimeMs: 3,
        records: 1,
      },
    ]);
    const llm = tracker.build().turns[0]!.children[0]!;
    expect(llm).toMatchObject({ kind: 'llm', costKnown: false });
    expect(llm).not.toHaveProperty('costUsd');
    expect(tracker.build().totals.unpricedCalls).toBe(1);
  });
});

describe('SessionTracker on older real transcripts (spotter, Claude Code 2.1.38/2.1.39)', () => {
  const expected = JSON.parse(readFileSync(join(SPOTTER, 'expected-ccusage-20.0.24-auto.json'), 'utf8')) as {
    totals: Record<string, number>;
    bySession: Record<string, Record<string, number>>;
  };
  const dir = join(SPOTTER, 'projects', '-home-USER-projects-spotter');
  const sessions = ['ae4a77f8-aedd-4bc1-888f-c94edc91af04', 'short', 'tool_heavy', 'subagent'];

  it('should count every response once, matching ccusage (agent_progress included, like its daily report)', async () => {
    const sum = { inputTokens: 0, outputTokens: 0, cacheCreationTokens: 0, cacheReadTokens: 0 };
    for (const name of sessions) {
      const tracker = new SessionTracker({ sessionId: name === sessions[0] ? name : 'unused' });
      const path = join(dir, `${name}.jsonl`);
      const entries = (await readTranscriptIncrement(path, 0)).entries.map((e) => ({
        ...e,
        sessionId: undefined,
      }));
      tracker.addTranscriptEntries(entries);
      for (const sub of await findSubagentTranscripts(path))
        tracker.addTranscriptEntries(
          (await readTranscriptIncrement(sub, 0)).entries.map((e) => ({ ...e, sessionId: undefined })),
          { agentId: agentIdFromPath(sub) },
        );
      const t = tracker.build({ final: true }).totals;
      sum.inputTokens += t.inputTokens;
      sum.outputTokens += t.outputTokens;
      sum.cacheCreationTokens += t.cacheCreationInputTokens;
      sum.cacheReadTokens += t.cacheReadInputTokens;
      if (name !== 'subagent') {
        // ccusage's session report leaves agent_progress out; only `subagent` has usage there alone.
        expect(t.inputTokens, name).toBe(expected.bySession[name]!.inputTokens);
        expect(t.outputTokens, name).toBe(expected.bySession[name]!.outputTokens);
        expect(t.cacheReadInputTokens, name).toBe(expected.bySession[name]!.cacheReadTokens);
        expect(t.cacheCreationInputTokens, name).toBe(expected.bySession[name]!.cacheCreationTokens);
      }
    }
    expect(sum).toEqual({
      inputTokens: expected.totals.inputTokens,
      outputTokens: expected.totals.outputTokens,
      cacheCreationTokens: expected.totals.cacheCreationTokens,
      cacheReadTokens: expected.totals.cacheReadTokens,
    });
  });

  it('should nest a Task subagent known from its file and from agent_progress records once', async () => {
    const sessionId = sessions[0]!;
    const tracker = new SessionTracker({ sessionId });
    await load(tracker, join(dir, `${sessionId}.jsonl`));
    const trace = tracker.build({ final: true });
    const task = allTools(trace).find((t) => t.toolUseId === 'toolu_01Hf8v1Za7y4af8VUwSR4CXU')!;
    expect(task.name).toBe('Task');
    expect(task.subagents.map((s) => s.agentId)).toEqual(['aac57f5']);
    const sub = task.subagents[0]!;
    expect(sub.totals.llmCalls).toBe(
      new Set(sub.children.filter((c) => c.kind === 'llm').map((c) => c.spanId)).size,
    );
    // The compaction call has no parent tool: it sits at session level.
    expect(trace.subagents.map((s) => s.agentId)).toEqual(['acompact-946d2b']);
    expect(trace.events.map((e) => e.name)).toEqual(['compaction']);
  });
});

// ---------------------------------------------------------------- live + transcript

const S = 'sess-1';
const at = (s: number) => Date.parse('2026-11-27T10:00:00.000Z') + s * 1000;
const iso = (s: number) => new Date(at(s)).toISOString();
const hook = (payload: Record<string, unknown>, s: number): CaptureEvent[] => {
  const parsed = parseHookInput({ session_id: S, ...payload });
  if (!parsed.ok) throw new Error(parsed.reason);
  return hookInputToCaptureEvents(parsed.input, at(s));
};
const records = (lines: Record<string, unknown>[]): TranscriptEntry[] =>
  lines.flatMap((l) => normalizeTranscriptRecord({ sessionId: S, isSidechain: false, ...l }));

const PROMPT = 'prompt-1';
const TRANSCRIPT = [
  { type: 'user', promptId: PROMPT, uuid: 'u1', timestamp: iso(0), message: { role: 'user', content: 'go' } },
  { type: 'api-request', id: 'ar1', timestamp: iso(0.5) },
  {
    type: 'assistant',
    requestId: 'req_1',
    requestRef: 'ar1',
    timestamp: iso(1),
    message: {
      id: 'msg_1',
      model: 'claude-sonnet-4-5',
      stop_reason: 'tool_use',
      content: [{ type: 'tool_use', id: 'toolu_a', name: 'Bash', input: { command: 'ls' } }],
      usage: { input_tokens: 100, output_tokens: 10 },
    },
  },
  {
    type: 'user',
    promptId: PROMPT,
    timestamp: iso(3),
    message: {
      role: 'user',
      content: [{ type: 'tool_result', tool_use_id: 'toolu_a', content: 'ok', is_error: false }],
    },
  },
  {
    type: 'assistant',
    requestId: 'req_2',
    timestamp: iso(4),
    message: {
      id: 'msg_2',
      model: 'claude-sonnet-4-5',
      stop_reason: 'end_turn',
      content: [{ type: 'text', text: 'done' }],
      usage: { input_tokens: 120, output_tokens: 5 },
    },
  },
];
const LIVE: CaptureEvent[] = [
  ...hook({ hook_event_name: 'SessionStart', source: 'startup' }, -1),
  ...hook({ hook_event_name: 'UserPromptSubmit', prompt_id: PROMPT, prompt: 'go' }, 0),
  ...hook(
    {
      hook_event_name: 'PreToolUse',
      prompt_id: PROMPT,
      tool_name: 'Bash',
      tool_use_id: 'toolu_a',
      tool_input: { command: 'ls' },
    },
    1.5,
  ),
  ...hook(
    {
      hook_event_name: 'PostToolUse',
      prompt_id: PROMPT,
      tool_name: 'Bash',
      tool_use_id: 'toolu_a',
      tool_response: 'ok',
      duration_ms: 1234,
    },
    2.9,
  ),
  // Refused before running: only a PreToolUse and a PermissionDenied, no transcript line yet.
  ...hook(
    {
      hook_event_name: 'PreToolUse',
      prompt_id: PROMPT,
      tool_name: 'Write',
      tool_use_id: 'toolu_w',
      tool_input: {},
    },
    2,
  ),
  ...hook(
    {
      hook_event_name: 'PermissionDenied',
      prompt_id: PROMPT,
      tool_name: 'Write',
      tool_use_id: 'toolu_w',
      reason: 'auto mode said no',
    },
    2.1,
  ),
  ...hook({ hook_event_name: 'Stop', prompt_id: PROMPT }, 5),
];

describe('SessionTracker merging live events with the transcript', () => {
  it('should merge by natural ids, prefer live timing and Claude Code durations, and keep live-only calls', () => {
    const tracker = new SessionTracker({ sessionId: S, pricing: { pricer: testPricer } });
    for (const e of LIVE) tracker.addCaptureEvent(e);
    tracker.addTranscriptEntries(records(TRANSCRIPT));
    const trace = tracker.build();
    expect(trace.turns).toHaveLength(1);
    const turn = trace.turns[0]!;
    expect(turn).toMatchObject({
      promptId: PROMPT,
      complete: true,
      status: 'ok',
      startMs: at(0),
      endMs: at(5),
    });
    const [llm1, bash, write, llm2] = turn.children;
    expect(llm1).toMatchObject({ kind: 'llm', startMs: at(0.5), endMs: at(1), firstContentMs: at(1) });
    expect(bash).toMatchObject({
      kind: 'tool',
      toolUseId: 'toolu_a',
      toolStatus: 'ok',
      startMs: at(1.5),
      endMs: at(2.9),
      durationMs: 1234,
      seenIn: 'both',
    });
    expect(write).toMatchObject({
      toolUseId: 'toolu_w',
      name: 'Write',
      toolStatus: 'denied',
      errorText: 'permission_denied (17 chars)',
      seenIn: 'live',
      complete: true,
    });
    expect(llm2).toMatchObject({ kind: 'llm', key: 'req_2' });
    // The session is still open: no SessionEnd yet.
    expect(trace.complete).toBe(false);
  });

  it('should give the same trace whatever the order and however often things are fed', () => {
    const a = new SessionTracker({ sessionId: S, pricing: { pricer: testPricer } });
    for (const e of LIVE) a.addCaptureEvent(e);
    a.addTranscriptEntries(records(TRANSCRIPT));
    const b = new SessionTracker({ sessionId: S, pricing: { pricer: testPricer } });
    const entries = records(TRANSCRIPT);
    b.addTranscriptEntries(entries.slice(0, 3));
    for (const e of LIVE.slice(0, 4)) b.addCaptureEvent(e);
    b.build();
    b.addTranscriptEntries(entries.slice(2));
    for (const e of LIVE.slice(3)) b.addCaptureEvent(e);
    // A replay of everything (agent restart) changes nothing.
    b.addTranscriptEntries(entries);
    for (const e of LIVE) b.addCaptureEvent(e);
    expect(JSON.stringify(b.build())).toBe(JSON.stringify(a.build()));
  });

  it('should keep a turn open until its Stop, and reopen the session on resume', () => {
    const tracker = new SessionTracker({ sessionId: S });
    tracker.addCaptureEvent(LIVE[1]!);
    tracker.addTranscriptEntries(records(TRANSCRIPT.slice(0, 3)));
    let trace = tracker.build();
    expect(trace.turns[0]).toMatchObject({ complete: false, status: 'unset' });
    expect(trace.turns[0]!.children.find((c) => c.kind === 'tool')).toMatchObject({
      toolStatus: 'running',
      complete: false,
    });
    tracker.addCaptureEvent(LIVE.at(-1)!);
    tracker.addCaptureEvent({ source: 'hook', type: 'session.end', sessionId: S, atMs: at(6) });
    trace = tracker.build();
    expect(trace.turns[0]!.complete).toBe(true);
    expect(trace.complete).toBe(true);
    // --resume: a new prompt after the end reopens the session; the next end closes it again.
    tracker.addTranscriptEntries(
      records([
        {
          type: 'user',
          promptId: 'prompt-2',
          timestamp: iso(10),
          message: { role: 'user', content: 'more' },
        },
      ]),
    );
    trace = tracker.build();
    expect(trace.complete).toBe(false);
    expect(trace.turns.map((t) => t.complete)).toEqual([true, false]);
    tracker.addCaptureEvent({ source: 'hook', type: 'session.end', sessionId: S, atMs: at(11) });
    expect(tracker.build().complete).toBe(true);
  });

  it('should count a sidechain replay of a known response once', () => {
    const tracker = new SessionTracker({ sessionId: S });
    const replay = records([
      { ...TRANSCRIPT[4]!, requestId: 'req_replayed', isSidechain: true, agentId: 'side1' },
    ]);
    tracker.addTranscriptEntries(records(TRANSCRIPT));
    tracker.addTranscriptEntries(replay);
    const totals = tracker.build().totals;
    expect(totals.llmCalls).toBe(2);
    expect(totals.inputTokens).toBe(220);
  });

  it('should take model-request timing from mod steps matched by usage', () => {
    const tracker = new SessionTracker({ sessionId: S });
    tracker.addTranscriptEntries(records(TRANSCRIPT));
    tracker.addCaptureEvent({ source: 'mod', type: 'turn.start', sessionId: S, atMs: at(0.1), turnId: 'T1' });
    tracker.addCaptureEvent({
      source: 'mod',
      type: 'turn.step',
      sessionId: S,
      atMs: at(4.5),
      turnId: 'T1',
      index: 1,
      startMs: at(3.2),
      firstChunkMs: at(3.4),
      endMs: at(4.1),
      usage: {
        input_tokens: 120,
        output_tokens: 5,
        cache_read_input_tokens: 0,
        cache_creation_input_tokens: 0,
      },
    });
    const llm = tracker.build().turns[0]!.children.find((c) => c.kind === 'llm' && c.key === 'req_2')!;
    expect(llm).toMatchObject({ startMs: at(3.2), firstContentMs: at(3.4), endMs: at(4.1) });
    tracker.addCaptureEvent({
      source: 'mod',
      type: 'turn.complete',
      sessionId: S,
      atMs: at(4.6),
      turnId: 'T1',
      reason: 'aborted',
    });
    expect(tracker.build().turns[0]).toMatchObject({ complete: true, interrupted: true });
  });

  it("should prefer Claude Code's duration_ms over the mod's own measurement, in any order", () => {
    const modEnd: CaptureEvent = {
      source: 'mod',
      type: 'tool.end',
      sessionId: S,
      atMs: at(2.95),
      toolUseId: 'toolu_a',
      toolName: 'Bash',
      status: 'ok',
      durationMs: 1400,
    };
    for (const order of [
      [...LIVE, modEnd],
      [modEnd, ...LIVE],
    ]) {
      const tracker = new SessionTracker({ sessionId: S });
      for (const e of order) tracker.addCaptureEvent(e);
      tracker.addTranscriptEntries(records(TRANSCRIPT));
      const bash = tracker
        .build()
        .turns[0]!.children.find((c) => c.kind === 'tool' && c.toolUseId === 'toolu_a');
      expect(bash).toMatchObject({ durationMs: 1234 });
    }
    const modOnly = new SessionTracker({ sessionId: S });
    modOnly.addCaptureEvent(modEnd);
    modOnly.addTranscriptEntries(records(TRANSCRIPT));
    expect(modOnly.build().turns[0]!.children.find((c) => c.kind === 'tool')).toMatchObject({
      durationMs: 1400,
    });
  });

  it('should end a subagent on its mod turn.complete and not confuse it with a main turn', () => {
    const tracker = new SessionTracker({ sessionId: S });
    tracker.addTranscriptEntries(records(TRANSCRIPT.slice(0, 3)));
    tracker.addTranscriptEntries(
      records([
        {
          type: 'assistant',
          requestId: 'req_x',
          isSidechain: true,
          timestamp: iso(2),
          message: { id: 'msg_x', model: 'm', content: [], usage: { input_tokens: 2 } },
        },
      ]),
      { agentId: 'sub-1' },
    );
    tracker.addCaptureEvent({
      source: 'mod',
      type: 'turn.start',
      sessionId: S,
      atMs: at(1.9),
      turnId: 'T-sub',
      agentId: 'sub-1',
    });
    tracker.addCaptureEvent({
      source: 'mod',
      type: 'turn.complete',
      sessionId: S,
      atMs: at(2.5),
      turnId: 'T-sub',
      agentId: 'sub-1',
      reason: 'aborted',
    });
    const trace = tracker.build();
    expect(trace.turns[0]).toMatchObject({ complete: false, interrupted: false });
    expect(trace.subagents[0]).toMatchObject({ agentId: 'sub-1', complete: true, endMs: at(2.5) });
  });

  it('should keep the last measured cost and expose the drift', () => {
    const tracker = new SessionTracker({ sessionId: S, pricing: { pricer: testPricer } });
    tracker.addTranscriptEntries(records(TRANSCRIPT));
    tracker.addCaptureEvent({
      source: 'mod',
      type: 'session.measure',
      sessionId: S,
      atMs: at(4),
      costUsd: 0.0001,
    });
    tracker.addCaptureEvent({
      source: 'mod',
      type: 'session.measure',
      sessionId: S,
      atMs: at(5),
      costUsd: 0.001,
    });
    const trace = tracker.build();
    expect(trace.totals.costUsd).toBeCloseTo(220 * 4e-6 + 15 * 20e-6, 15);
    expect(trace.claudeCostUsd).toBe(0.001);
    expect(trace.costDriftUsd).toBeCloseTo(trace.totals.costUsd - 0.001, 15);
  });

  it('should link a subagent through the live spawn event and nest it under its Agent call', () => {
    const tracker = new SessionTracker({ sessionId: S });
    tracker.addTranscriptEntries(
      records([
        TRANSCRIPT[0]!,
        {
          type: 'assistant',
          requestId: 'req_3',
          timestamp: iso(1),
          message: {
            id: 'msg_3',
            model: 'm',
            content: [
              {
                type: 'tool_use',
                id: 'toolu_ag',
                name: 'Agent',
                input: { subagent_type: 'Explore', prompt: 'x' },
              },
            ],
            usage: { input_tokens: 1 },
          },
        },
      ]),
    );
    // The subagent's own file; nothing in it names the Agent call.
    tracker.addTranscriptEntries(
      records([
        {
          type: 'assistant',
          requestId: 'req_s',
          isSidechain: true,
          timestamp: iso(2),
          message: {
            id: 'msg_s',
            model: 'm',
            content: [{ type: 'tool_use', id: 'toolu_s', name: 'Read', input: {} }],
            usage: { input_tokens: 7 },
          },
        },
        {
          type: 'user',
          isSidechain: true,
          timestamp: iso(2.5),
          message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_s', content: 'x' }] },
        },
      ]),
      { agentId: 'agent-77' },
    );
    let trace = tracker.build();
    expect(trace.subagents.map((s: SubagentNode) => s.agentId)).toEqual(['agent-77']);
    const before = trace.turns[0];
    tracker.addCaptureEvent({
      source: 'hook',
      type: 'agent.spawn',
      sessionId: S,
      atMs: at(1.2),
      toolUseId: 'toolu_ag',
      spawnedAgentId: 'agent-77',
      subagentType: 'Explore',
    });
    trace = tracker.build();
    expect(trace.subagents).toEqual([]);
    expect(trace.turns[0]).not.toBe(before);
    const agentCall = trace.turns[0]!.children.find((c): c is ToolCallNode => c.kind === 'tool')!;
    expect(agentCall.subagents[0]).toMatchObject({
      agentId: 'agent-77',
      agentType: 'Explore',
      parentSpanId: toolSpanId(S, 'toolu_ag'),
      startMs: at(1.2),
    });
    expect(trace.turns[0]!.totals.llmCalls).toBe(2);
    expect(trace.turns[0]!.totals.toolCalls).toBe(2);
  });

  it('should reuse unchanged turns between builds', () => {
    const tracker = new SessionTracker({ sessionId: S });
    tracker.addTranscriptEntries(records(TRANSCRIPT));
    tracker.addTranscriptEntries(
      records([
        {
          type: 'user',
          promptId: 'prompt-2',
          timestamp: iso(10),
          message: { role: 'user', content: 'more' },
        },
      ]),
    );
    const one = tracker.build();
    tracker.addTranscriptEntries(
      records([
        {
          type: 'assistant',
          requestId: 'req_9',
          timestamp: iso(11),
          message: { id: 'msg_9', model: 'm', content: [], usage: { input_tokens: 1 } },
        },
      ]),
    );
    const two = tracker.build();
    expect(two.turns[0]).toBe(one.turns[0]);
    expect(two.turns[1]).not.toBe(one.turns[1]);
    expect(two.turns[1]!.spanId).toBe(turnSpanId(S, 'prompt-2'));
    expect(two.turns[1]!.totals.llmCalls).toBe(1);
  });
});

describe('SessionTracker on a long session', () => {
  it('should rebuild only the turn that changed when 2,000 calls arrive turn by turn', () => {
    const tracker = new SessionTracker({ sessionId: S, pricing: { pricer: testPricer } });
    const oneShot = new SessionTracker({ sessionId: S, pricing: { pricer: testPricer } });
    const turns = 200;
    const callsPerTurn = 10;
    let previous: SessionTrace | undefined;
    for (let t = 0; t < turns; t += 1) {
      const lines: Record<string, unknown>[] = [
        {
          type: 'user',
          promptId: `p${t}`,
          timestamp: iso(t * 100),
          message: { role: 'user', content: `turn ${t}` },
        },
      ];
      for (let c = 0; c < callsPerTurn; c += 1)
        lines.push({
          type: 'assistant',
          requestId: `req_${t}_${c}`,
          timestamp: iso(t * 100 + c + 1),
          message: {
            id: `msg_${t}_${c}`,
            model: 'claude-sonnet-4-5',
            content: [],
            usage: { input_tokens: 10, output_tokens: 1 },
          },
        });
      const end: CaptureEvent = {
        source: 'hook',
        type: 'turn.end',
        sessionId: S,
        atMs: at(t * 100 + 50),
        promptId: `p${t}`,
      };
      tracker.addTranscriptEntries(records(lines));
      tracker.addCaptureEvent(end);
      oneShot.addTranscriptEntries(records(lines));
      oneShot.addCaptureEvent(end);
      const trace = tracker.build();
      if (previous) {
        // Every finished turn is the very same object as in the previous build.
        for (let i = 0; i < t; i += 1) expect(trace.turns[i]).toBe(previous.turns[i]);
      }
      previous = trace;
    }
    expect(previous!.totals.llmCalls).toBe(turns * callsPerTurn);
    expect(previous!.totals.inputTokens).toBe(turns * callsPerTurn * 10);
    // Cached partial sums do not make the result depend on how often it was built.
    expect(JSON.stringify(oneShot.build())).toBe(JSON.stringify(previous));
  });
});

describe('SessionTracker on ccusage’s minimal fixtures (untyped records with costUSD)', () => {
  it('should read records without a type and price them by the table, not their made-up costUSD', async () => {
    const root = repoFixture('transcripts-real', 'ccusage-test-fixtures');
    const expected = JSON.parse(readFileSync(join(root, 'expected-ccusage-20.0.24-auto.json'), 'utf8')) as {
      totals: Record<string, number>;
    };
    const sum = { inputTokens: 0, outputTokens: 0, cacheCreationTokens: 0, cacheReadTokens: 0, cost: 0 };
    for (const [project, session] of [
      ['project-alpha', 'session-alpha'],
      ['project-beta', 'session-beta'],
    ] as const) {
      const tracker = new SessionTracker({ sessionId: session });
      tracker.addTranscriptEntries(
        (await readTranscriptIncrement(join(root, 'projects', project, session, 'chat.jsonl'), 0)).entries,
      );
      const t = tracker.build({ final: true }).totals;
      sum.inputTokens += t.inputTokens;
      sum.outputTokens += t.outputTokens;
      sum.cacheCreationTokens += t.cacheCreationInputTokens;
      sum.cacheReadTokens += t.cacheReadInputTokens;
      sum.cost += t.costUsd;
      expect(t.unpricedCalls).toBe(0);
    }
    // The one precedence (`priceResponse`): the table wins over a recorded costUSD for a model it prices, as
    // `glassbox report` does; ccusage's auto mode takes the recorded $1.09 instead.
    let tableCost = 0;
    for (const [project, session] of [
      ['project-alpha', 'session-alpha'],
      ['project-beta', 'session-beta'],
    ] as const) {
      const seen = new Map<string, { model: string; usage: AnthropicUsage }>();
      for (const line of readFileSync(join(root, 'projects', project, session, 'chat.jsonl'), 'utf8').split(
        '\n',
      )) {
        if (!line.trim()) continue;
        const r = JSON.parse(line) as {
          requestId?: string;
          message?: { id?: string; model?: string; usage?: AnthropicUsage };
        };
        if (r.message?.usage && r.message.model)
          seen.set(`${r.message.id}:${r.requestId}`, { model: r.message.model, usage: r.message.usage });
      }
      for (const { model, usage } of seen.values()) tableCost += priceUsage(model, usage).costUsd!;
    }
    expect(sum.cost).toBeCloseTo(tableCost, 12);
    expect(expected.totals.cost).toBe(1.09);
    const { cost: _cost, ...tokens } = sum;
    expect(tokens).toEqual({
      inputTokens: expected.totals.inputTokens,
      outputTokens: expected.totals.outputTokens,
      cacheCreationTokens: expected.totals.cacheCreationTokens,
      cacheReadTokens: expected.totals.cacheReadTokens,
    });
  });
});
