import { describe, expect, it } from 'vitest';
import type { SessionPipeline } from './session-pipeline.js';
import { TranscriptCatchUp } from './transcript-catch-up.js';

interface FakeOptions {
  ended?: boolean;
  transcriptPath?: string;
  inFlight?: number;
  grew?: boolean | Error;
  transcriptToBe?: string;
}

/** The part of a pipeline the catch-up uses; records what it was asked. */
function fakePipeline(sessionId: string, o: FakeOptions = {}) {
  const calls: string[] = [];
  const p = {
    sessionId,
    state: { ended: o.ended ?? false, transcriptPath: 'transcriptPath' in o ? o.transcriptPath : '/t.jsonl' },
    inFlight: o.inFlight ?? 0,
    transcriptToBe: o.transcriptToBe,
    transcriptGrew: async () => {
      calls.push('grew?');
      if (o.grew instanceof Error) throw o.grew;
      return o.grew ?? true;
    },
    catchUp: async () => {
      calls.push('catchUp');
      return true;
    },
  };
  return { p: p as unknown as SessionPipeline, calls };
}

describe('TranscriptCatchUp', () => {
  it('should read ahead only open sessions with a transcript that grew and no reconciliation of their own', async () => {
    const open = fakePipeline('open');
    const same = fakePipeline('same', { grew: false });
    const ended = fakePipeline('ended', { ended: true });
    const pathless = fakePipeline('pathless', { transcriptPath: undefined });
    const building = fakePipeline('building', { inFlight: 1 });
    const scheduled = fakePipeline('scheduled');
    const failing = fakePipeline('failing', { grew: new Error('EACCES') });
    const last = fakePipeline('last');
    // A hook named the transcript before Claude Code created it: read once it exists.
    const early = fakePipeline('early', {
      transcriptPath: undefined,
      transcriptToBe: '/p/projects/-p/early.jsonl',
    });
    const counted: string[] = [];
    const catchUp = new TranscriptCatchUp({
      sessions: () =>
        [open, same, ended, pathless, building, scheduled, failing, last, early].map((f) => f.p).values(),
      isPending: (id) => id === 'scheduled',
      count: (name) => counted.push(name),
    });
    await catchUp.tick();
    expect(open.calls).toEqual(['grew?', 'catchUp']);
    expect(same.calls).toEqual(['grew?']);
    for (const skipped of [ended, pathless, building, scheduled]) expect(skipped.calls).toEqual([]);
    // One session's error is counted and the others still caught up.
    expect(failing.calls).toEqual(['grew?']);
    expect(counted).toEqual(['catch_up_error']);
    expect(last.calls).toEqual(['grew?', 'catchUp']);
    expect(early.calls).toEqual(['grew?', 'catchUp']);
  });

  it('should not start a tick while the last one runs', async () => {
    let release!: () => void;
    const slow = fakePipeline('slow');
    let catchUps = 0;
    (slow.p as unknown as { catchUp: () => Promise<boolean> }).catchUp = () => {
      catchUps++;
      return new Promise((resolve) => {
        release = () => resolve(true);
      });
    };
    const catchUp = new TranscriptCatchUp({
      sessions: () => [slow.p],
      isPending: () => false,
      count: () => {},
    });
    const first = catchUp.tick();
    await new Promise((r) => setTimeout(r, 5));
    await catchUp.tick();
    expect(catchUps).toBe(1);
    release();
    await first;
    const next = catchUp.tick();
    await new Promise((r) => setTimeout(r, 5));
    expect(catchUps).toBe(2);
    release();
    await next;
  });
});
