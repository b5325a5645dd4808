import { join } from 'node:path';
import { isValidSpanId, isValidTraceId, type SpanData } from '@glassbox/spec';
import { describe, expect, it } from 'vitest';
import type { UsagePricer } from './resolve-pricing.js';
import { SessionTracker } from './session-tracker.js';
import { traceToTelemetry } from './trace-to-telemetry.js';
import { agentIdFromPath, findSubagentTranscripts, readTranscriptIncrement } from './transcript-reader.js';

const SESSION = '2bfb2844-db29-4855-9e2b-3c808ad10b89';
const MAIN = join(import.meta.dirname, '__fixtures__', 'claude-2.1.332', `${SESSION}.jsonl`);
const pricer: UsagePricer = (_model, u) => ({
  costUsd: (u.input_tokens ?? 0) * 1e-6,
  known: true,
  rule: 'flat',
});

async function fixtureTracker(
  options: { content?: boolean; hashKey?: string } = {},
): Promise<SessionTracker> {
  const tracker = new SessionTracker({ sessionId: SESSION, pricing: { pricer } });
  tracker.addTranscriptEntries((await readTranscriptIncrement(MAIN, 0, options)).entries);
  for (const sub of await findSubagentTranscripts(MAIN))
    tracker.addTranscriptEntries((await readTranscriptIncrement(sub, 0, options)).entries, {
      agentId: agentIdFromPath(sub),
    });
  return tracker;
}

const byType = (spans: SpanData[], type: string) =>
  spans.filter((s) => s.attributes['glassbox.span.type'] === type);

describe('traceToTelemetry', () => {
  it('should emit GenAI spans with valid, linked, deterministic ids', async () => {
    const trace = (await fixtureTracker()).build({ final: true });
    const { spans } = traceToTelemetry(trace, { captureContent: false });
    expect(byType(spans, 'session')).toHaveLength(1);
    expect(byType(spans, 'turn')).toHaveLength(3);
    expect(byType(spans, 'llm')).toHaveLength(6);
    expect(byType(spans, 'tool')).toHaveLength(5);
    expect(byType(spans, 'subagent')).toHaveLength(1);
    const ids = new Set(spans.map((s) => s.spanId));
    expect(ids.size).toBe(spans.length);
    for (const span of spans) {
      expect(isValidTraceId(span.traceId)).toBe(true);
      expect(span.traceId).toBe(trace.traceId);
      expect(isValidSpanId(span.spanId)).toBe(true);
      expect(span.endTimeMs).toBeGreaterThanOrEqual(span.startTimeMs);
      if (span.attributes['glassbox.span.type'] !== 'session') expect(ids.has(span.parentSpanId!)).toBe(true);
      expect(span.attributes['gen_ai.conversation.id']).toBe(SESSION);
      expect(span.attributes['gen_ai.provider.name']).toBe('anthropic');
    }
    // Same trace, same records.
    expect(traceToTelemetry(trace, { captureContent: false })).toEqual(
      traceToTelemetry(trace, { captureContent: false }),
    );
  });

  it('should name and attribute spans per the GenAI conventions', async () => {
    const trace = (await fixtureTracker()).build({ final: true });
    const { spans } = traceToTelemetry(trace, { captureContent: false, resource: { team: 'core' } });
    const session = byType(spans, 'session')[0]!;
    expect(session.name).toBe('invoke_agent claude-code');
    expect(session.attributes).toMatchObject({
      'gen_ai.operation.name': 'invoke_agent',
      'gen_ai.agent.name': 'claude-code',
      team: 'core',
    });
    const llm = byType(spans, 'llm').find(
      (s) => s.attributes['gen_ai.response.finish_reasons']?.toString() === 'tool_use',
    )!;
    expect(llm.name).toBe('chat claude-opus-5-5');
    expect(llm.kind).toBe('client');
    expect(llm.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': 'claude-opus-5-5',
      'gen_ai.response.model': 'claude-opus-5-5',
      // Anthropic rule: semconv input tokens include cache reads and writes.
      'gen_ai.usage.input_tokens': 1000 + 3000,
      'gen_ai.usage.output_tokens': 120,
      'gen_ai.usage.cache_creation.input_tokens': 3000,
      'gen_ai.usage.cache_read.input_tokens': 0,
      'glassbox.usage.cache_creation.5m.input_tokens': 1000,
      'glassbox.usage.cache_creation.1h.input_tokens': 2000,
      'glassbox.cost.usd': 1000e-6,
      'glassbox.cost.known': true,
      'claude.prompt.id': 'a8148af6-9391-4434-8bf8-fbf4714c4325',
    });
    expect(String(llm.attributes['gen_ai.response.id'])).toMatch(/^msg_/);
    const subLlm = byType(spans, 'llm').find((s) => s.attributes['gen_ai.agent.id'] === 'aefa63876379bdd66')!;
    expect(subLlm.attributes['gen_ai.response.model']).toBe('claude-haiku-4-5');
    expect(subLlm.attributes['gen_ai.request.model']).toBe('claude-opus-5-5');
    const tools = new Map(byType(spans, 'tool').map((s) => [s.attributes['gen_ai.tool.call.id'], s]));
    expect(tools.get('toolu_ok1')).toMatchObject({ name: 'execute_tool Bash', status: { code: 'ok' } });
    expect(tools.get('toolu_fail1')?.status.code).toBe('error');
    expect(tools.get('toolu_fail1')?.attributes['error.type']).toBe('tool_error');
    expect(tools.get('toolu_denied1')?.attributes['error.type']).toBe('permission_denied');
    const sub = byType(spans, 'subagent')[0]!;
    expect(sub).toMatchObject({
      name: 'invoke_agent general-purpose',
      parentSpanId: tools.get('toolu_agent1')?.spanId,
    });
  });

  it('should write the seed log fields, content only when asked and always redacted', async () => {
    const secret = `sk-ant-${'x'.repeat(30)}`;
    const trace = (await fixtureTracker({ content: true, hashKey: 'k' })).build({ final: true });
    const off = traceToTelemetry(trace, { captureContent: false });
    expect(off.logs.map((l) => l.event).sort()).toEqual(
      [
        'session_start',
        ...Array(3).fill('prompt'),
        ...Array(6).fill('llm_call'),
        ...Array(5).fill('tool_call'),
        // Derived signals (trace-to-signals.ts): each turn's active time, each Stop hook run.
        ...Array(3).fill('active_time'),
        ...Array(3).fill('hook_execution'),
      ].sort(),
    );
    expect(off.logs.every((l) => l.body === undefined)).toBe(true);
    const call = off.logs.find((l) => l.attributes.toolUseId === 'toolu_ok1')!;
    expect(call.attributes).toMatchObject({
      sessionId: SESSION,
      toolName: 'Bash',
      status: 'ok',
      'inputShape.keys': ['command', 'description'],
    });
    expect(typeof call.attributes.latencyMs).toBe('number');
    const llmLog = off.logs.find((l) => l.event === 'llm_call')!;
    expect(llmLog.attributes).toMatchObject({
      model: 'claude-opus-5-5',
      inputTokens: 1000,
      outputTokens: 120,
      costUsd: 1000e-6,
    });
    const denied = off.logs.find((l) => l.attributes.toolUseId === 'toolu_denied1')!;
    expect(denied).toMatchObject({ severity: 'warn', attributes: { status: 'denied' } });
    expect(String(denied.attributes.error)).toContain('requested permissions');

    const withSecret = {
      ...trace,
      turns: trace.turns.map((t, i) => (i === 0 ? { ...t, text: `use ${secret}` } : t)),
    };
    const on = traceToTelemetry(withSecret, { captureContent: true });
    const prompt = on.logs.find(
      (l) => l.event === 'prompt' && l.attributes.promptId === trace.turns[0]!.promptId,
    )!;
    expect(prompt.body).toEqual({ text: 'use [REDACTED:anthropic_key]' });
    expect(on.logs.find((l) => l.attributes.toolUseId === 'toolu_ok1')?.body).toMatchObject({
      input: { command: 'echo hello' },
    });
    expect(JSON.stringify(on)).not.toContain(secret);
    // Log ids are stable.
    expect(on.logs.map((l) => l.id)).toEqual(off.logs.map((l) => l.id));
  });

  it('should leave running nodes out and skip what was already delivered', async () => {
    const tracker = new SessionTracker({ sessionId: SESSION, pricing: { pricer } });
    const { entries } = await readTranscriptIncrement(MAIN, 0);
    // Stop before the last turn's stop-hook summary: that turn is still running.
    const lastStop = entries.map((e) => e.kind).lastIndexOf('system');
    tracker.addTranscriptEntries(entries.slice(0, lastStop));
    const open = tracker.build();
    const { spans, logs } = traceToTelemetry(open, { captureContent: false });
    // Without a SessionEnd the session is still running too.
    expect(byType(spans, 'session')).toHaveLength(0);
    const lastPrompt = '0bc4dcc5-0bed-4c59-942a-bb503df3e2e5';
    expect(byType(spans, 'turn').map((s) => s.attributes['claude.prompt.id'])).not.toContain(lastPrompt);
    // The prompt itself happened: its log goes out at once; its finished model call too.
    expect(logs.some((l) => l.event === 'prompt' && l.attributes.promptId === lastPrompt)).toBe(true);
    expect(byType(spans, 'llm').some((s) => s.attributes['claude.prompt.id'] === lastPrompt)).toBe(true);
    const delivered = new Set([...spans.map((s) => s.spanId), ...logs.map((l) => l.id)]);
    tracker.addTranscriptEntries(entries.slice(lastStop));
    const next = traceToTelemetry(tracker.build({ final: true }), { captureContent: false, skip: delivered });
    expect(next.spans.map((s) => s.attributes['glassbox.span.type']).sort()).toEqual(['session', 'turn']);
    // Only the derived signals of the turn that just ended: its active time and its Stop hook's run.
    expect(next.logs.map((l) => l.event).sort()).toEqual(['active_time', 'hook_execution']);
  });
});
