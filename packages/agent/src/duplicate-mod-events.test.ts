import type { CaptureEvent } from '@glassbox/core';
import { describe, expect, it } from 'vitest';
import { DuplicateModEvents, naturalKey } from './duplicate-mod-events.js';

const S = 'sess-1';
const toolEnd = (id: string, extra: Partial<CaptureEvent> = {}): CaptureEvent =>
  ({
    source: 'mod',
    type: 'tool.end',
    sessionId: S,
    atMs: 1,
    toolUseId: id,
    toolName: 'Bash',
    status: 'ok',
    ...extra,
  }) as CaptureEvent;

describe('DuplicateModEvents', () => {
  it('takes the first copy of an event with a natural id and no repeat within the window', () => {
    const d = new DuplicateModEvents(1000);
    expect(d.isRepeat(toolEnd('t1'), 0)).toBe(false);
    // The other mod's copy: its own timing, the same tool call.
    expect(d.isRepeat(toolEnd('t1', { durationMs: 7, atMs: 2 }), 10)).toBe(true);
    expect(d.isRepeat(toolEnd('t2'), 10)).toBe(false);
    // Past the window (a resend much later): taken again, never lost.
    expect(d.isRepeat(toolEnd('t1'), 1010)).toBe(false);
  });

  it('keys by session, subagent, type and Claude Code’s id; events without one are always taken', () => {
    expect(naturalKey(toolEnd('t1'))).not.toBe(naturalKey(toolEnd('t1', { sessionId: 'other' })));
    expect(naturalKey(toolEnd('t1'))).not.toBe(naturalKey(toolEnd('t1', { agentId: 'a1' })));
    expect(naturalKey(toolEnd('t1'))).not.toBe(
      naturalKey({ ...toolEnd('t1'), type: 'tool.start' } as CaptureEvent),
    );
    const step = (index: number) =>
      ({
        source: 'mod',
        type: 'turn.step',
        sessionId: S,
        atMs: 1,
        turnId: 'u1',
        index,
        startMs: 1,
      }) as CaptureEvent;
    expect(naturalKey(step(0))).not.toBe(naturalKey(step(1)));
    const d = new DuplicateModEvents();
    const start = { source: 'mod', type: 'session.start', sessionId: S, atMs: 1 } as CaptureEvent;
    const prompt = {
      source: 'mod',
      type: 'prompt.submit',
      sessionId: S,
      atMs: 1,
      textLength: 3,
    } as CaptureEvent;
    for (const e of [start, start, prompt, prompt]) expect(d.isRepeat(e, 0)).toBe(false);
  });

  it('takes a copy that carries content after one that did not (content capture on in one plugin only)', () => {
    const d = new DuplicateModEvents();
    expect(d.isRepeat(toolEnd('t1'), 0)).toBe(false);
    expect(d.isRepeat(toolEnd('t1', { output: 'hi' } as Partial<CaptureEvent>), 1)).toBe(false);
    expect(d.isRepeat(toolEnd('t1'), 2)).toBe(true);
  });

  it('forgets the copies of a batch that could not be stored: the other mod’s copy is taken', () => {
    const d = new DuplicateModEvents();
    const events = [toolEnd('t1'), toolEnd('t2')];
    for (const e of events) expect(d.isRepeat(e, 0)).toBe(false);
    d.forget(events);
    for (const e of events) expect(d.isRepeat(e, 1)).toBe(false);
  });

  it('stays bounded', () => {
    const d = new DuplicateModEvents(60_000, 100);
    for (let i = 0; i < 1000; i++) d.isRepeat(toolEnd(`t${i}`), i);
    expect((d as unknown as { seen: Map<string, unknown> }).seen.size).toBeLessThanOrEqual(100);
  });
});
