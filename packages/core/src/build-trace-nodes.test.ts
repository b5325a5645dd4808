import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from './capture-event.js';
import type { SessionTrace } from './session-trace.js';
import { SessionTracker } from './session-tracker.js';
import { traceToAuditDecisions } from './trace-to-audit-decisions.js';
import { normalizeTranscriptRecord, type TranscriptEntry } from './transcript-entry.js';

const S = 'sess-order';
const PROMPT = 'prompt-1';
const at = (s: number) => Date.parse('2026-12-04T10:00:00.000Z') + s * 1000;
const iso = (s: number) => new Date(at(s)).toISOString();
const records = (lines: Record<string, unknown>[]): TranscriptEntry[] =>
  lines.flatMap((l) => normalizeTranscriptRecord({ sessionId: S, isSidechain: false, ...l }));

const BLOCKS = ['toolu_a', 'toolu_b', 'toolu_c'];
const usage = { input_tokens: 100, output_tokens: 30 };

/** One response asking for three parallel calls, written as Claude Code does: one line per content block. */
const REQUEST = records([
  { type: 'user', promptId: PROMPT, uuid: 'u1', timestamp: iso(0), message: { role: 'user', content: 'go' } },
  { type: 'api-request', id: 'ar1', timestamp: iso(0.5) },
  ...BLOCKS.map((id, i) => ({
    type: 'assistant',
    requestId: 'req_1',
    requestRef: 'ar1',
    timestamp: iso(1 + i / 100),
    message: {
      id: 'msg_1',
      model: 'claude-sonnet-4-5',
      stop_reason: 'tool_use',
      content: [{ type: 'tool_use', id, name: 'Bash', input: { command: `echo ${i}` } }],
      usage,
    },
  })),
  // Results in the order the calls finished, not the order they were asked for.
  ...['toolu_c', 'toolu_a', 'toolu_b'].map((id, i) => ({
    type: 'user',
    promptId: PROMPT,
    timestamp: iso(2 + i / 10),
    message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: id, content: 'ok' }] },
  })),
]);
const ANSWER = records([
  {
    type: 'assistant',
    requestId: 'req_2',
    timestamp: iso(3),
    message: {
      id: 'msg_2',
      model: 'claude-sonnet-4-5',
      stop_reason: 'end_turn',
      content: [{ type: 'text', text: 'done' }],
      usage,
    },
  },
]);

const start = (toolUseId: string, s: number): CaptureEvent => ({
  source: 'mod',
  type: 'tool.start',
  sessionId: S,
  atMs: at(s),
  promptId: PROMPT,
  toolUseId,
  toolName: 'Bash',
});
const end = (toolUseId: string, s: number): CaptureEvent => ({
  source: 'mod',
  type: 'tool.end',
  sessionId: S,
  atMs: at(s),
  promptId: PROMPT,
  toolUseId,
  toolName: 'Bash',
  status: 'ok',
  durationMs: 50,
});

const order = (trace: SessionTrace) =>
  trace.turns[0]!.children.map((c) => (c.kind === 'llm' ? c.key : c.toolUseId));

/*
 * The live channel's batches as the agent gets them mid-turn (a flush at 100 events) and at the turn's end. Each
 * case's live start times would sort the calls out of their request order at some reconciliation.
 */
const CASES: { name: string; batches: CaptureEvent[][] }[] = [
  {
    // c's start is earlier than b's transcript line: by time a, c, b until the others arrive.
    name: "a later block's live start arrives before the others'",
    batches: [[start('toolu_c', 1.005)], [start('toolu_a', 1.001), start('toolu_b', 1.003)]],
  },
  {
    name: 'the live starts arrive in reverse order (and started so)',
    batches: [[start('toolu_c', 1.001)], [start('toolu_b', 1.002)], [start('toolu_a', 1.003)]],
  },
  {
    // The mid-turn send that carried only the first call's start: by time b, c, a.
    name: "the first block's live start arrives alone",
    batches: [[start('toolu_a', 1.03)], [start('toolu_b', 1.031), start('toolu_c', 1.032)]],
  },
];

describe('a response’s parallel tool calls, whatever the live channel has delivered', () => {
  for (const { name, batches } of CASES)
    it(`should keep them in block order in the trace and the audit trail: ${name}`, () => {
      const tracker = new SessionTracker({ sessionId: S });
      tracker.addTranscriptEntries(REQUEST);
      // The audit log as the agent appends to it: each reconciliation adds the decisions not written yet.
      const log: string[] = [];
      const written = new Set<string>();
      const reconcile = (): SessionTrace => {
        const trace = tracker.build();
        for (const d of traceToAuditDecisions(trace, { skip: written })) {
          written.add(d.id);
          log.push(d.toolUseId ?? String(d.metadata.requestId));
        }
        return trace;
      };
      expect(order(reconcile())).toEqual(['req_1', ...BLOCKS]);
      for (const batch of batches) {
        for (const e of batch) tracker.addCaptureEvent(e);
        expect(order(reconcile())).toEqual(['req_1', ...BLOCKS]);
      }
      // The turn ends: the calls' ends and the answer arrive; only the answer is new to the log.
      const before = log.length;
      for (const [i, id] of BLOCKS.entries()) tracker.addCaptureEvent(end(id, 1.9 + i / 100));
      tracker.addTranscriptEntries(ANSWER);
      const final = reconcile();
      expect(order(final)).toEqual(['req_1', ...BLOCKS, 'req_2']);
      expect(log.slice(before)).toEqual(['req_2']);
      expect(log).toEqual(['req_1', ...BLOCKS, 'req_2']);
      // Derived whole, the final trace gives the log's order: nothing was written out of place.
      expect(traceToAuditDecisions(final).map((d) => d.id)).toEqual([...written]);
    });

  it('should write a call to the audit trail after the calls asked for before it, while the turn goes on', () => {
    const isResultOf = (id: string) => (e: TranscriptEntry) => e.kind === 'tool_result' && e.toolUseId === id;
    const withoutA = REQUEST.filter((e) => !isResultOf('toolu_a')(e));
    const written = (trace: SessionTrace, skip = new Set<string>()) =>
      traceToAuditDecisions(trace, { skip }).map((d) => d.toolUseId ?? String(d.metadata.requestId));
    // a runs long; b and c (read-only, run in parallel) finished first, in both channels.
    const live = [
      ...BLOCKS.map((id, i) => start(id, 1.03 + i / 1000)),
      end('toolu_b', 1.2),
      end('toolu_c', 1.3),
    ];
    const tracker = new SessionTracker({ sessionId: S });
    tracker.addTranscriptEntries(withoutA);
    for (const e of live) tracker.addCaptureEvent(e);
    const first = tracker.build();
    expect(written(first)).toEqual(['req_1']);
    const skip = new Set(traceToAuditDecisions(first).map((d) => d.id));
    tracker.addTranscriptEntries(REQUEST.filter(isResultOf('toolu_a')));
    expect(written(tracker.build(), skip)).toEqual(BLOCKS);
    // A call that never finishes holds nothing back once the turn is over.
    const cut = new SessionTracker({ sessionId: S });
    cut.addTranscriptEntries(withoutA);
    for (const e of live) cut.addCaptureEvent(e);
    cut.addCaptureEvent({ source: 'hook', type: 'turn.end', sessionId: S, atMs: at(4), promptId: PROMPT });
    expect(written(cut.build())).toEqual(['req_1', 'toolu_b', 'toolu_c']);
  });

  it('should order the calls by their blocks before any live event, each under its response', () => {
    const tracker = new SessionTracker({ sessionId: S });
    tracker.addTranscriptEntries(REQUEST);
    const first = tracker.build();
    const [llm, ...tools] = first.turns[0]!.children;
    expect(tools.map((t) => t.parentSpanId)).toEqual(BLOCKS.map(() => llm!.spanId));
    // A replay of the transcript (an agent restart) gives the same trace.
    tracker.addTranscriptEntries(REQUEST);
    expect(JSON.stringify(tracker.build())).toBe(JSON.stringify(first));
  });

  it('should keep a call whose request is not known yet in time order among the responses', () => {
    const tracker = new SessionTracker({ sessionId: S });
    tracker.addTranscriptEntries(REQUEST);
    // A live-only call (its response not in the transcript yet) started after req_1's calls.
    tracker.addCaptureEvent(start('toolu_live', 2.5));
    tracker.addTranscriptEntries(ANSWER);
    expect(order(tracker.build())).toEqual(['req_1', ...BLOCKS, 'toolu_live', 'req_2']);
  });
});
