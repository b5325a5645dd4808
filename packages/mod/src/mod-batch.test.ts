import type { CaptureEvent } from '@glassbox/core';
import { describe, expect, it } from 'vitest';
import {
  appendLeftover,
  createModBatch,
  MOD_PROTOCOL_VERSION,
  type ModBatch,
  ModBuffer,
  parseLeftovers,
} from './mod-batch.js';

const event = (i: number, sessionId = 's1'): CaptureEvent => ({
  source: 'mod',
  type: 'turn.start',
  sessionId,
  atMs: 1000 + i,
  turnId: `turn-${i}`,
});

const batchOf = (events: number, instanceId = 'i1', padding = 0): ModBatch => {
  const buffer = new ModBuffer(10_000);
  for (let i = 0; i < events; i++) buffer.push({ ...event(i), cwd: 'x'.repeat(padding) } as CaptureEvent);
  return createModBatch({ instanceId, modVersion: '1', sentAtMs: 1, events: buffer.take() });
};

describe('ModBuffer', () => {
  it('should number events in order and hand them out oldest first', () => {
    const buffer = new ModBuffer(10);
    buffer.push(event(1));
    buffer.push(event(2));
    expect(buffer.size).toBe(2);
    const taken = buffer.take();
    expect(taken.map((e) => e.seq)).toEqual([1, 2]);
    expect(taken.map((e) => e.atMs)).toEqual([1001, 1002]);
    expect(buffer.size).toBe(0);
  });

  it('should put a failed send back in front of newer events, keeping sequence numbers', () => {
    const buffer = new ModBuffer(10);
    buffer.push(event(1));
    const failed = buffer.take();
    buffer.push(event(2));
    buffer.restore(failed);
    expect(buffer.take().map((e) => e.seq)).toEqual([1, 2]);
  });

  it('should drop the oldest events past its bound and count them', () => {
    const buffer = new ModBuffer(3);
    for (let i = 0; i < 5; i++) buffer.push(event(i));
    expect(buffer.take().map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(buffer.dropped).toBe(2);
    expect(buffer.takeDropped()).toBe(2);
    expect(buffer.dropped).toBe(0);
    buffer.restore([], 4);
    expect(buffer.takeDropped()).toBe(4);
  });

  it('should give events recorded before the session id was known that id', () => {
    const buffer = new ModBuffer(10);
    buffer.push(event(1, ''));
    buffer.push(event(2, 'other'));
    buffer.fillSessionId('s9');
    expect(buffer.take().map((e) => e.sessionId)).toEqual(['s9', 'other']);
  });
});

describe('leftovers in $.store', () => {
  it('should ignore whatever the store holds that is not a batch', () => {
    expect(parseLeftovers(undefined)).toEqual([]);
    expect(parseLeftovers({ v: 1 })).toEqual([]);
    expect(parseLeftovers([1, 'x', null, { v: 2, instanceId: 'a', events: [] }])).toEqual([]);
    const good = batchOf(1);
    expect(parseLeftovers([good, 'junk'])).toEqual([good]);
  });

  it('should append a batch and keep the newest batches within the size limit', () => {
    const first = batchOf(2, 'a', 100);
    const second = batchOf(2, 'b', 100);
    const size = JSON.stringify(first).length;
    const both = appendLeftover(appendLeftover(undefined, first), second);
    expect(both.map((b) => b.instanceId)).toEqual(['a', 'b']);
    const tight = appendLeftover([first], second, size + 10);
    expect(tight.map((b) => b.instanceId)).toEqual(['b']);
  });

  it('should cut a single oversized batch to its newest events and count the rest as dropped', () => {
    const big = batchOf(50, 'big', 200);
    const kept = appendLeftover(undefined, big, 4000);
    expect(kept).toHaveLength(1);
    const shrunk = kept[0]!;
    expect(JSON.stringify(shrunk).length).toBeLessThanOrEqual(4000);
    expect(shrunk.events.length).toBeGreaterThan(0);
    expect(shrunk.events.length).toBeLessThan(50);
    expect(shrunk.events[shrunk.events.length - 1]!.seq).toBe(50);
    expect(shrunk.droppedEvents).toBe(50 - shrunk.events.length);
    expect(shrunk.v).toBe(MOD_PROTOCOL_VERSION);
  });
});
