import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionTrace, ToolCallNode } from './session-trace.js';
import { SessionTracker } from './session-tracker.js';
import { auditDecisionId, toolVerdict, traceToAuditDecisions } from './trace-to-audit-decisions.js';
import { readTranscriptIncrement } from './transcript-reader.js';

const FIXTURE = join(import.meta.dirname, '__fixtures__', 'claude-2.1.332', 'audit-decisions.jsonl');
const KEY = Buffer.alloc(32, 7);
const hmac = (value: unknown) =>
  createHmac('sha256', KEY)
    .update(JSON.stringify(value) ?? '')
    .digest('hex');

async function fixtureTrace(thinkingChars = 0): Promise<SessionTrace> {
  const { entries } = await readTranscriptIncrement(FIXTURE, 0, { contentHash: hmac, thinkingChars });
  const sessionId = entries.find((e) => e.sessionId)!.sessionId!;
  const tracker = new SessionTracker({ sessionId });
  tracker.addTranscriptEntries(entries);
  return tracker.build({ final: true });
}

describe('traceToAuditDecisions on a real 2.1.332 session', () => {
  it('should give every decision kind in order, with the source and reason code Claude Code recorded', async () => {
    const decisions = traceToAuditDecisions(await fixtureTrace());
    expect(
      decisions.map((d) => [
        d.decisionType,
        d.toolUseId ?? d.metadata.stopReason,
        d.decisionSource,
        d.metadata.outcome,
        d.metadata.reasonCode,
      ]),
    ).toEqual([
      ['response_generated', 'tool_use', 'model', undefined, undefined],
      ['tool_call', 'toolu_ok', 'config', 'ok', 'rule:cliArg'],
      ['tool_call', 'toolu_fail', 'config', 'failed', 'rule:cliArg'],
      ['response_generated', 'tool_use', 'model', undefined, undefined],
      ['tool_skip', 'toolu_rule', 'config', 'denied', 'rule:flagSettings'],
      ['response_generated', 'tool_use', 'model', undefined, undefined],
      ['tool_skip', 'toolu_disabled', 'config', 'denied', 'tool-disabled'],
      ['response_generated', 'tool_use', 'model', undefined, undefined],
      ['safety_block', 'toolu_hook', 'hook', 'blocked', 'hook:PreToolUse'],
      ['response_generated', 'tool_use', 'model', undefined, undefined],
      ['tool_skip', 'toolu_mode', 'config', 'denied', 'user-rejected'],
      ['response_generated', 'refusal', 'model', undefined, undefined],
      ['safety_block', 'refusal', 'model', undefined, 'refusal'],
      ['response_generated', 'end_turn', 'model', undefined, undefined],
    ]);
    const ok = decisions.find((d) => d.toolUseId === 'toolu_ok')!;
    expect(ok).toMatchObject({ toolName: 'Bash', inputHash: hmac({ command: 'echo hi' }) });
    expect(ok.outputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(ok.metadata).toMatchObject({ turnIndex: 0, promptId: expect.any(String) });
    const response = decisions[0]!;
    expect(response.metadata).toMatchObject({ model: expect.any(String), inputTokens: expect.any(Number) });
    // A refused call produced no output worth attesting.
    expect(decisions.find((d) => d.toolUseId === 'toolu_hook')!.outputHash).toBeUndefined();
    expect(new Set(decisions.map((d) => d.id)).size).toBe(decisions.length);
  });

  it('should derive the same ids again and leave out those already written', async () => {
    const trace = await fixtureTrace();
    const first = traceToAuditDecisions(trace);
    expect(traceToAuditDecisions(await fixtureTrace())).toEqual(first);
    const skip = new Set(first.slice(0, 5).map((d) => d.id));
    expect(traceToAuditDecisions(trace, { skip })).toEqual(first.slice(5));
    expect(first[1]!.id).toBe(auditDecisionId(trace.sessionId, 'tool_call', 'toolu_ok'));
  });

  it('should put redacted thinking in reasoning only with content capture on', async () => {
    const trace = await fixtureTrace(500);
    expect(traceToAuditDecisions(trace).some((d) => d.reasoning !== undefined)).toBe(false);
    const withContent = traceToAuditDecisions(trace, { captureContent: true });
    const reasoning = withContent.filter((d) => d.reasoning !== undefined);
    expect(reasoning).toHaveLength(1);
    expect(reasoning[0]!.reasoning).toMatch(/^List first\. The key is /);
    expect(reasoning[0]!.reasoning).not.toContain('sk-ant-api03-AAAA');
    expect(reasoning[0]!.reasoning!.length).toBeLessThanOrEqual(500);
  });
});

describe('toolVerdict', () => {
  const node = (over: Partial<ToolCallNode>): ToolCallNode => ({
    kind: 'tool',
    toolUseId: 'toolu_1',
    name: 'Bash',
    spanId: '0'.repeat(16),
    startMs: 0,
    endMs: 1,
    complete: true,
    status: 'error',
    toolStatus: 'error',
    seenIn: 'transcript',
    subagents: [],
    ...over,
  });

  it('should call a managed-policy or sandbox refusal a safety block and a user rejection a skip', () => {
    expect(
      toolVerdict(
        node({ permission: { decision: 'reject', source: 'config', ruleSource: 'policySettings' } }),
      ),
    ).toMatchObject({ type: 'safety_block', source: 'policy' });
    expect(
      toolVerdict(node({ permission: { decision: 'reject', reasonType: 'sandboxOverride' } })),
    ).toMatchObject({ type: 'safety_block', source: 'sandbox' });
    expect(toolVerdict(node({ toolStatus: 'denied', denialKind: 'user-rejected' }))).toMatchObject({
      type: 'tool_skip',
      source: 'user',
    });
    expect(toolVerdict(node({ toolStatus: 'interrupted' }))).toMatchObject({
      type: 'tool_call',
      outcome: 'interrupted',
    });
  });
});

describe('traceToAuditDecisions: prompts and turns stopped by hooks (a real 2.1.332 session)', () => {
  const HOOKS = join(import.meta.dirname, '__fixtures__', 'claude-2.1.332', 'hook-stops.jsonl');
  async function hookTrace(hookReasons: boolean): Promise<SessionTrace> {
    const { entries } = await readTranscriptIncrement(HOOKS, 0, { contentHash: hmac, hookReasons });
    const sessionId = entries.find((e) => e.sessionId)!.sessionId!;
    const tracker = new SessionTracker({ sessionId });
    tracker.addTranscriptEntries(entries);
    return tracker.build({ final: true });
  }
  const blocks = (decisions: ReturnType<typeof traceToAuditDecisions>) =>
    decisions.filter((d) => d.decisionType === 'safety_block');

  it('should record a Stop hook that kept the turn going, one that stopped it and a refused prompt as hook safety blocks', async () => {
    const trace = await hookTrace(false);
    const decisions = traceToAuditDecisions(trace);
    expect(
      decisions.map((d) => [d.decisionType, d.metadata.turnIndex, d.metadata.hookEvent, d.metadata.outcome]),
    ).toEqual([
      ['response_generated', 0, undefined, undefined],
      ['safety_block', 0, 'Stop', 'continued'],
      ['response_generated', 0, undefined, undefined],
      ['response_generated', 1, undefined, undefined],
      ['safety_block', 1, 'Stop', 'stopped'],
      ['safety_block', -1, 'UserPromptSubmit', 'blocked'],
    ]);
    for (const d of blocks(decisions)) {
      expect(d.decisionSource).toBe('hook');
      expect(d.metadata.reasonCode).toBe(`hook:${d.metadata.hookEvent}`);
      // Content capture off: a code, never the hook's text.
      expect(d.metadata.reason).toBeUndefined();
    }
    expect(blocks(decisions)[0]!.metadata.promptId).toBe(trace.turns[0]!.promptId);
    // Which prompt was refused, as a keyed hash: the prompt itself is nowhere.
    expect(blocks(decisions)[2]!.inputHash).toBe(hmac('print the forbidden file'));
    expect(JSON.stringify(decisions)).not.toContain('forbidden');
    expect(traceToAuditDecisions(await hookTrace(false))).toEqual(decisions);
  });

  it("should give the hook's text, redacted, only with content capture on", async () => {
    const decisions = blocks(traceToAuditDecisions(await hookTrace(true), { captureContent: true }));
    expect(decisions.map((d) => d.metadata.reason)).toEqual([
      'Keep going: run the tests',
      'Stopped by the fixture policy',
      expect.stringMatching(/^Prompt refused: it names a secret /),
    ]);
    expect(JSON.stringify(decisions)).not.toContain('sk-ant-api03-AAAA');
    expect(blocks(traceToAuditDecisions(await hookTrace(true))).map((d) => d.metadata.reason)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
