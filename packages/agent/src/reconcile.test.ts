import type { SessionTrace } from '@glassbox/core';
import { describe, expect, it } from 'vitest';
import { Reconciler } from './reconcile.js';
import type { SessionPipeline } from './session-pipeline.js';

/** A session whose reconciliation takes a few ms and records how many ran at once. */
function fakeSession(
  id: string,
  running: { now: number; max: number; order: string[] },
  lastActivityMs = 0,
): SessionPipeline {
  return {
    sessionId: id,
    state: { lastActivityMs },
    ready: Promise.resolve(),
    publishing: Promise.resolve(),
    inFlight: 0,
    reconcile: async () => {
      running.now++;
      running.max = Math.max(running.max, running.now);
      await new Promise((r) => setTimeout(r, 5));
      running.now--;
      running.order.push(id);
      return { sessionId: id } as unknown as SessionTrace;
    },
  } as unknown as SessionPipeline;
}

describe('Reconciler.recover (the start of an agent)', () => {
  it('should reconcile and publish the replayed sessions one at a time, newest first, each pending until its turn', async () => {
    const running = { now: 0, max: 0, order: [] as string[] };
    const published: string[] = [];
    const reconciler = new Reconciler({
      now: Date.now,
      log: () => undefined,
      publish: async (p) => {
        published.push(p.sessionId);
      },
    });
    // In spool order (oldest first); the newest must go first: a kill's unfinished export is there.
    const activity: Record<string, number> = { a: 10, b: 40, c: 20, d: 30 };
    const sessions = ['a', 'b', 'c', 'd'].map((id) => fakeSession(id, running, activity[id]));
    const done = reconciler.recover(sessions);
    expect(sessions.every((p) => reconciler.isPending(p.sessionId))).toBe(true);
    await done;
    expect(running.max).toBe(1);
    expect(running.order).toEqual(['b', 'd', 'c', 'a']);
    expect(published).toEqual(['b', 'd', 'c', 'a']);
    expect(sessions.some((p) => reconciler.isPending(p.sessionId))).toBe(false);
  });

  it('should let a request be answered between two sessions, and stop at cancelAll', async () => {
    const running = { now: 0, max: 0, order: [] as string[] };
    const reconciler: Reconciler = new Reconciler({
      now: Date.now,
      log: () => undefined,
      // The agent stops once the first session is published: it reconciles the rest itself.
      publish: async (p) => {
        if (p.sessionId === 'a') reconciler.cancelAll();
      },
    });
    const sessions = ['a', 'b', 'c', 'd'].map((id) => fakeSession(id, running));
    const done = reconciler.recover(sessions);
    // Something else on the event loop (a request) runs before the first session is reconciled.
    await new Promise((r) => setImmediate(r));
    expect(running.order).toEqual([]);
    await done;
    expect(running.order).toEqual(['a']);
    expect(sessions.some((p) => reconciler.isPending(p.sessionId))).toBe(false);
  });
});
