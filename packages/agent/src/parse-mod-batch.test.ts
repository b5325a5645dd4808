import { describe, expect, it } from 'vitest';
import { parseModBatch } from './parse-mod-batch.js';

const base = { v: 1, instanceId: 'inst-1', modVersion: '0.1.0', sentAtMs: 5 };
const ev = (extra: Record<string, unknown>) => ({
  source: 'mod',
  sessionId: 's1',
  atMs: 1,
  seq: 1,
  ...extra,
});

describe('parseModBatch', () => {
  it('should refuse a batch whose envelope is wrong', () => {
    expect(parseModBatch('text')).toMatchObject({ ok: false });
    expect(parseModBatch([])).toMatchObject({ ok: false });
    expect(parseModBatch({ ...base, v: 2, events: [] })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/version/),
    });
    expect(parseModBatch({ ...base, instanceId: '', events: [] })).toMatchObject({ ok: false });
    expect(parseModBatch({ ...base, events: {} })).toMatchObject({ ok: false });
    expect(parseModBatch({ ...base, events: [], heartbeat: 'alive' })).toMatchObject({ ok: false });
  });

  it('should keep good events, strip seq, and count bad ones by reason', () => {
    const result = parseModBatch({
      ...base,
      droppedEvents: 3,
      heartbeat: { sessionId: 's1', claudeVersion: '2.1.332', captureContent: false, llmTiming: true },
      events: [
        ev({ type: 'tool.start', toolUseId: 't1', toolName: 'Bash', seq: 1 }),
        ev({ type: 'tool.end', toolUseId: 't1', toolName: 'Bash', status: 'ok', durationMs: 4, seq: 2 }),
        ev({ type: 'tool.end', toolUseId: 't1', toolName: 'Bash', status: 'weird', seq: 3 }),
        ev({ type: 'tool.explode', seq: 4 }),
        ev({ type: 'turn.start', seq: 5 }),
        ev({ type: 'prompt.submit', textLength: 3, sessionId: '../../etc', seq: 6 }),
        ev({ type: 'session.measure', costUsd: 'lots', seq: 7 }),
        ev({ type: 'session.end', seq: 'x' }),
        'not an object',
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.batch.events.map((e) => [e.seq, e.event.type])).toEqual([
      [1, 'tool.start'],
      [2, 'tool.end'],
    ]);
    expect('seq' in result.batch.events[0]!.event).toBe(false);
    expect(result.batch.rejected).toEqual({ invalid_event: 6, unknown_event: 1 });
    expect(result.batch.droppedEvents).toBe(3);
    expect(result.batch.heartbeat).toEqual({
      sessionId: 's1',
      claudeVersion: '2.1.332',
      captureContent: false,
      llmTiming: true,
    });
  });

  it('should mark every event as coming from the mod, whatever it claims', () => {
    const result = parseModBatch({ ...base, events: [ev({ type: 'session.end', source: 'hook' })] });
    expect(result.ok && result.batch.events[0]!.event.source).toBe('mod');
  });

  it('should drop (and count) optional fields of the wrong type, keeping the event', () => {
    const result = parseModBatch({
      ...base,
      events: [
        ev({ type: 'session.start', cwd: 42, model: ['x'], transcriptPath: {}, seq: 1 }),
        ev({ type: 'tool.end', toolUseId: 't', toolName: 'Bash', status: 'ok', durationMs: -1, seq: 2 }),
        ev({ type: 'turn.step', turnId: 'u', index: 0, startMs: 1, usage: { input_tokens: 'many' }, seq: 3 }),
        ev({ type: 'turn.end', failed: 'yes', error: 7, seq: 4 }),
      ],
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.batch.events).toHaveLength(4);
    const [start, end, step, turnEnd] = result.batch.events.map(
      (e) => e.event as unknown as Record<string, unknown>,
    );
    expect(start).not.toHaveProperty('cwd');
    expect(start).not.toHaveProperty('model');
    expect(start).not.toHaveProperty('transcriptPath');
    expect(end).not.toHaveProperty('durationMs');
    expect(step).not.toHaveProperty('usage');
    expect(turnEnd).not.toHaveProperty('failed');
    expect(turnEnd).not.toHaveProperty('error');
    expect(result.batch.rejected).toEqual({ coerced_field: 7 });
  });
});
