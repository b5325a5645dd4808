import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MetricsRegistry } from './metrics-registry.js';
import { SessionTracker } from './session-tracker.js';
import { traceToTelemetry } from './trace-to-telemetry.js';
import { normalizeTranscriptRecord } from './transcript-entry.js';

const SESSION = '2bfb2844-db29-4855-9e2b-3c808ad10b89';
const LINES = readFileSync(
  join(import.meta.dirname, '__fixtures__', 'claude-2.1.332', `${SESSION}.jsonl`),
  'utf8',
)
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Record<string, unknown>);

/** The transcript as a kill -9 leaves it: up to and including the `api-request` of the turn's second call. */
function killedTracker(): { tracker: SessionTracker; inFlight: string; lastMs: number } {
  const cut = LINES.findIndex((r, i) => i > 5 && r.type === 'api-request');
  const kept = LINES.slice(0, cut + 1);
  const tracker = new SessionTracker({ sessionId: SESSION });
  tracker.addTranscriptEntries(kept.flatMap((r) => normalizeTranscriptRecord(r)));
  const last = kept[cut]!;
  return { tracker, inFlight: String(last.id), lastMs: Date.parse(String(last.timestamp)) };
}

describe('SessionTracker.processExited', () => {
  it('should interrupt the open turn and list the request in flight as unanswered, without cost', () => {
    const { tracker, inFlight, lastMs } = killedTracker();
    const exitMs = lastMs + 3_000;
    tracker.processExited(exitMs);
    const trace = tracker.build({ final: true });
    expect(trace.complete).toBe(true);
    expect(trace.interrupted).toBe(true);
    expect(trace.status).toBe('error');
    expect(trace.endReason).toBe('process_exited');
    expect(trace.turns).toHaveLength(1);
    const turn = trace.turns[0]!;
    expect(turn.interrupted).toBe(true);
    expect(turn.status).toBe('error');
    expect(turn.complete).toBe(true);
    expect(turn.totals.llmCalls).toBe(1);
    expect(turn.totals.toolCalls).toBe(4);
    expect(turn.unanswered).toEqual([
      expect.objectContaining({
        requestRef: inFlight,
        startMs: lastMs,
        endMs: exitMs,
        parentSpanId: turn.spanId,
      }),
    ]);
    // A second exit report (a restarted agent) changes nothing.
    tracker.processExited(exitMs + 60_000);
    expect(tracker.build({ final: true }).turns[0]?.unanswered?.[0]?.endMs).toBe(exitMs);
  });

  it('should list nothing as unanswered while the process may still answer', () => {
    const { tracker } = killedTracker();
    const trace = tracker.build();
    expect(trace.interrupted).toBeUndefined();
    expect(trace.turns[0]!.unanswered).toBeUndefined();
    expect(trace.turns[0]!.status).toBe('unset');
  });

  it('should export the unanswered request as an error span and a warn log that the metrics do not count', () => {
    const { tracker, inFlight, lastMs } = killedTracker();
    tracker.processExited(lastMs + 1_000);
    const trace = tracker.build({ final: true });
    const { spans, logs } = traceToTelemetry(trace, { captureContent: false });
    const unanswered = spans.filter((s) => s.attributes['glassbox.span.type'] === 'llm_unanswered');
    expect(unanswered).toHaveLength(1);
    expect(unanswered[0]).toMatchObject({
      startTimeMs: lastMs,
      status: { code: 'error', message: 'interrupted: no response' },
      parentSpanId: trace.turns[0]!.spanId,
    });
    expect(unanswered[0]!.attributes['claude.request.ref']).toBe(inFlight);
    expect(Object.keys(unanswered[0]!.attributes).some((k) => k.startsWith('glassbox.cost'))).toBe(false);
    expect(logs.filter((l) => l.event === 'llm_request_unanswered')).toEqual([
      expect.objectContaining({ timeMs: lastMs, severity: 'warn' }),
    ]);
    const session = spans.find((s) => s.attributes['glassbox.span.type'] === 'session')!;
    expect(session.status.code).toBe('error');
    expect(session.attributes['glassbox.session.interrupted']).toBe(true);
    const turnSpan = spans.find((s) => s.attributes['glassbox.span.type'] === 'turn')!;
    expect(turnSpan.status.code).toBe('error');
    expect(turnSpan.attributes['glassbox.turn.interrupted']).toBe(true);
    const registry = new MetricsRegistry();
    registry.recordSpans(spans);
    const calls = registry
      .collect(Date.now(), 'cumulative')
      .filter((m) => m.name === 'claude.llm.calls_total')
      .flatMap((m) => m.points as ReadonlyArray<{ value?: number }>)
      .reduce((n, p) => n + (p.value ?? 0), 0);
    expect(calls).toBe(1);
  });
});
