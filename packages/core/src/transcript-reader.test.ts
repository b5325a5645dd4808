import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GlassboxError } from '@glassbox/spec';
import { repoFixture } from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LlmResponseEntry, ToolResultEntry, TranscriptEntry } from './transcript-entry.js';
import {
  agentIdFromPath,
  findSubagentTranscripts,
  readTranscript,
  readTranscriptIncrement,
} from './transcript-reader.js';

const FIXTURE = join(
  import.meta.dirname,
  '__fixtures__',
  'claude-2.1.332',
  '2bfb2844-db29-4855-9e2b-3c808ad10b89.jsonl',
);
const SPOTTER = repoFixture('transcripts-real', 'spotter', 'projects', '-home-USER-projects-spotter');

const ofKind = <K extends TranscriptEntry['kind']>(entries: TranscriptEntry[], kind: K) =>
  entries.filter((e): e is Extract<TranscriptEntry, { kind: K }> => e.kind === kind);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glassbox-reader-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const assistant = (id: string, req: string, block: unknown, usage: Record<string, unknown>, ts: string) =>
  JSON.stringify({
    type: 'assistant',
    sessionId: 's1',
    timestamp: ts,
    requestId: req,
    isSidechain: false,
    message: { id, model: 'claude-opus-4-6', role: 'assistant', content: [block], stop_reason: null, usage },
  });

describe('readTranscriptIncrement on a real 2.1.332 transcript', () => {
  it('should normalise prompts, responses, results, requests and cost state', async () => {
    const inc = await readTranscriptIncrement(FIXTURE, 0);
    expect(inc.malformedLines).toBe(0);
    expect(inc.restarted).toBe(false);
    const prompts = ofKind(inc.entries, 'prompt');
    expect(prompts.map((p) => [p.promptId, p.origin])).toEqual([
      ['a8148af6-9391-4434-8bf8-fbf4714c4325', undefined],
      ['adbb88ce-ae6f-42e7-a606-e6267238d0bc', 'task-notification'],
      ['0bc4dcc5-0bed-4c59-942a-bb503df3e2e5', undefined],
    ]);
    expect(prompts[1]?.notification).toEqual({
      agentId: 'aefa63876379bdd66',
      toolUseId: 'toolu_agent1',
      status: 'completed',
    });
    expect(prompts[0]?.text).toBeUndefined();
    expect(prompts[0]?.textLength).toBe('MAIN TASK: do several things'.length);

    // Five block records of the first response are one entry with all four tool calls.
    const llm = ofKind(inc.entries, 'llm');
    expect(llm).toHaveLength(4);
    const first = llm[0]!;
    expect(first.records).toBe(5);
    expect(first.toolUses.map((t) => t.id)).toEqual([
      'toolu_ok1',
      'toolu_fail1',
      'toolu_denied1',
      'toolu_agent1',
    ]);
    expect(first.toolUses[3]?.subagentType).toBe('general-purpose');
    expect(first.usage).toMatchObject({
      input_tokens: 1000,
      output_tokens: 120,
      cache_creation_input_tokens: 3000,
      cache_creation: { ephemeral_5m_input_tokens: 1000, ephemeral_1h_input_tokens: 2000 },
    });
    expect(first.requestedModel).toBe('claude-opus-5-5');
    expect(first.stopReason).toBe('tool_use');
    const requests = ofKind(inc.entries, 'api_request');
    expect(requests.map((r) => r.id)).toContain(first.requestRef);

    const results = new Map(ofKind(inc.entries, 'tool_result').map((r) => [r.toolUseId, r]));
    expect(results.get('toolu_ok1')).toMatchObject({ isError: false, denied: false, interrupted: false });
    expect(results.get('toolu_fail1')).toMatchObject({ isError: true, denied: false });
    expect(results.get('toolu_fail1')?.errorText).toBeUndefined();
    expect(results.get('toolu_fail1')?.errorSummary).toMatch(/^[a-z_]+ \(\d+ chars\)$/);
    // Not in --allowedTools: Claude Code answers with an error result and a reject decision.
    expect(results.get('toolu_denied1')).toMatchObject({
      isError: true,
      denied: true,
      permissionDecision: { decision: 'reject', source: 'config' },
    });
    expect(results.get('toolu_agent1')).toMatchObject({
      spawnedAgentId: 'aefa63876379bdd66',
      resultStatus: 'async_launched',
    });
    const costs = ofKind(inc.entries, 'cost_state');
    expect(costs.at(-1)?.totalCostUsd).toBeCloseTo(0.0491, 12);
    expect(ofKind(inc.entries, 'system').map((s) => s.subtype)).toEqual([
      'stop_hook_summary',
      'stop_hook_summary',
      'stop_hook_summary',
    ]);
  });

  it('should find and read the subagent transcript', async () => {
    const subs = await findSubagentTranscripts(FIXTURE);
    expect(subs.map(agentIdFromPath)).toEqual(['aefa63876379bdd66']);
    const inc = await readTranscriptIncrement(subs[0]!, 0);
    expect(inc.entries.every((e) => e.agentId === 'aefa63876379bdd66')).toBe(true);
    // api-request records carry the agent id but no isSidechain flag; messages carry both.
    expect(inc.entries.filter((e) => e.kind !== 'api_request').every((e) => e.isSidechain)).toBe(true);
    const [prompt] = ofKind(inc.entries, 'prompt');
    // The subagent's prompt carries the parent's prompt id.
    expect(prompt?.promptId).toBe('a8148af6-9391-4434-8bf8-fbf4714c4325');
    expect(ofKind(inc.entries, 'llm').map((l) => [l.model, l.requestedModel, l.attributionAgent])).toEqual([
      ['claude-haiku-4-5', 'claude-opus-5-5', 'general-purpose'],
      ['claude-haiku-4-5', 'claude-opus-5-5', 'general-purpose'],
    ]);
    expect(await findSubagentTranscripts(join(dir, 'nothing.jsonl'))).toEqual([]);
  });

  it('should keep content only when asked, and shapes with a key', async () => {
    const inc = await readTranscriptIncrement(FIXTURE, 0, { content: true, hashKey: 'k' });
    const [prompt] = ofKind(inc.entries, 'prompt');
    expect(prompt?.text).toBe('MAIN TASK: do several things');
    expect(prompt?.textShape?.type).toBe('string');
    const first = ofKind(inc.entries, 'llm')[0]!;
    expect(first.toolUses[0]?.input).toEqual({ command: 'echo hello', description: 'echo' });
    expect(first.toolUses[0]?.inputShape?.keys).toEqual(['command', 'description']);
    const ok = ofKind(inc.entries, 'tool_result').find((r) => r.toolUseId === 'toolu_ok1');
    expect(ok?.output).toMatchObject({ stdout: 'hello' });
  });
});

describe('readTranscriptIncrement, incrementally', () => {
  it('should stop at the last newline and resume from nextOffset without loss or duplicates', async () => {
    const path = join(dir, 'grow.jsonl');
    const u = (out: number) => ({ input_tokens: 10, output_tokens: out, cache_read_input_tokens: 5 });
    const line1 = assistant('msg_1', 'req_1', { type: 'text', text: 'hi' }, u(1), '2026-01-01T00:00:00.000Z');
    const line2 = assistant(
      'msg_1',
      'req_1',
      { type: 'tool_use', id: 'toolu_1', name: 'Bash', input: { command: 'ls' } },
      u(42),
      '2026-01-01T00:00:01.000Z',
    );
    // The second line is only half written.
    await writeFile(path, `${line1}\n${line2.slice(0, 30)}`);
    const a = await readTranscriptIncrement(path, 0);
    expect(a.nextOffset).toBe(Buffer.byteLength(line1) + 1);
    expect(a.bytesRead).toBe(a.nextOffset);
    expect(ofKind(a.entries, 'llm')).toHaveLength(1);
    await appendFile(path, `${line2.slice(30)}\n`);
    const b = await readTranscriptIncrement(path, a.nextOffset);
    const [rest] = ofKind(b.entries, 'llm') as LlmResponseEntry[];
    expect(rest?.usage.output_tokens).toBe(42);
    expect(rest?.toolUses.map((t) => t.id)).toEqual(['toolu_1']);
    expect(b.nextOffset).toBe(Buffer.byteLength(`${line1}\n${line2}\n`));
    const c = await readTranscriptIncrement(path, b.nextOffset);
    expect(c).toMatchObject({ entries: [], bytesRead: 0, nextOffset: b.nextOffset });
  });

  it('should merge the blocks of one response keeping the largest usage', async () => {
    const path = join(dir, 'merge.jsonl');
    const lines = [
      assistant(
        'msg_2',
        'req_2',
        { type: 'thinking', thinking: '' },
        { input_tokens: 3, output_tokens: 1 },
        '2026-01-01T00:00:00.000Z',
      ),
      assistant(
        'msg_2',
        'req_2',
        { type: 'text', text: 'x' },
        {
          input_tokens: 3,
          output_tokens: 17,
          iterations: [{ type: 'message', input_tokens: 3, output_tokens: 17 }],
        },
        '2026-01-01T00:00:02.000Z',
      ),
      assistant(
        'msg_2',
        'req_2',
        { type: 'tool_use', id: 'toolu_a', name: 'Read', input: {} },
        { input_tokens: 3, output_tokens: 9 },
        '2026-01-01T00:00:03.000Z',
      ),
    ];
    await writeFile(path, `${lines.join('\n')}\n`);
    const { entries } = await readTranscriptIncrement(path, 0);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'llm',
      records: 3,
      usage: {
        input_tokens: 3,
        output_tokens: 17,
        // Kept for the pricer: long-context tiers apply per server-side iteration.
        iterations: [{ type: 'message', input_tokens: 3, output_tokens: 17 }],
      },
      firstTimeMs: Date.parse('2026-01-01T00:00:00.000Z'),
      lastTimeMs: Date.parse('2026-01-01T00:00:03.000Z'),
    });
  });

  it('should count malformed and over-long lines and keep going', async () => {
    const path = join(dir, 'bad.jsonl');
    const good = JSON.stringify({
      type: 'user',
      sessionId: 's1',
      timestamp: '2026-01-01T00:00:00Z',
      message: { role: 'user', content: 'hello' },
    });
    const huge = `{"type":"user","pad":"${'x'.repeat(5000)}"}`;
    await writeFile(path, `{not json\n[1,2]\n\n${huge}\n${good}\n{"type":"brand-new-record","x":1}\n`);
    const inc = await readTranscriptIncrement(path, 0, { maxLineBytes: 1000, chunkBytes: 256 });
    expect(inc.malformedLines).toBe(3);
    expect(inc.entries.map((e) => e.kind)).toEqual(['prompt', 'other']);
    expect(inc.entries[1]).toMatchObject({ kind: 'other', type: 'brand-new-record' });
  });

  it('should restart from 0 when the file is shorter than the offset', async () => {
    const path = join(dir, 'rewritten.jsonl');
    const good = JSON.stringify({
      type: 'user',
      sessionId: 's1',
      message: { role: 'user', content: 'again' },
    });
    await writeFile(path, `${good}\n`);
    const inc = await readTranscriptIncrement(path, 10_000);
    expect(inc.restarted).toBe(true);
    expect(inc.entries.map((e) => e.kind)).toEqual(['prompt']);
  });

  it('should reject a missing file with a retryable TRANSCRIPT_UNREADABLE', async () => {
    const error = await readTranscriptIncrement(join(dir, 'missing.jsonl'), 0).catch((e: unknown) => e);
    expect(GlassboxError.is(error, 'TRANSCRIPT_UNREADABLE')).toBe(true);
    expect((error as GlassboxError).retryable).toBe(true);
  });
});

describe('readTranscript (streaming)', () => {
  it('should read a large file in small chunks with the same result as one increment', async () => {
    const path = join(SPOTTER, 'ae4a77f8-aedd-4bc1-888f-c94edc91af04.jsonl');
    const stream = readTranscript(path, { chunkBytes: 4096 });
    const llmKeys = new Set<string>();
    let results = 0;
    for await (const entry of stream) {
      if (entry.kind === 'llm') llmKeys.add(`${entry.messageId}/${entry.requestId}`);
      if (entry.kind === 'tool_result') results += 1;
    }
    const whole = await readTranscriptIncrement(path, 0);
    expect(stream.nextOffset).toBe(whole.nextOffset);
    expect(stream.malformedLines).toBe(0);
    expect(llmKeys.size).toBe(ofKind(whole.entries, 'llm').length);
    expect(results).toBe((whole.entries.filter((e) => e.kind === 'tool_result') as ToolResultEntry[]).length);
  });

  it('should unpack agent_progress records of older versions as subagent entries', async () => {
    const inc = await readTranscriptIncrement(join(SPOTTER, 'subagent.jsonl'), 0);
    const viaProgress = inc.entries.filter((e) => e.viaProgress);
    expect(viaProgress.length).toBeGreaterThan(0);
    expect(new Set(viaProgress.map((e) => e.agentId))).toEqual(new Set(['afb92ff']));
    expect(new Set(viaProgress.map((e) => e.parentToolUseId))).toEqual(
      new Set(['toolu_01Cz2Pnv7qNcnK1ZiocxWhQX']),
    );
    // The user's rejections in 2.1.38 ("The user doesn't want to proceed…") read as denials.
    const short = await readTranscriptIncrement(join(SPOTTER, 'short.jsonl'), 0);
    expect(ofKind(short.entries, 'tool_result').map((r) => r.denied)).toEqual([true, true]);
    expect(ofKind(short.entries, 'interrupt')).toHaveLength(1);
  });
});
