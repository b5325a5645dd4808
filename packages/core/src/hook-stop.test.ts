import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SessionTracker } from './session-tracker.js';
import type { TranscriptEntry } from './transcript-entry-types.js';
import { readTranscriptIncrement } from './transcript-reader.js';

// A real 2.1.332 session (see __fixtures__/claude-2.1.332/README.md): the first turn's Stop hook answers
// `{"decision":"block"}` once, so the turn goes on with a second model call and a second Stop hook run.
const HOOKS = join(import.meta.dirname, '__fixtures__', 'claude-2.1.332', 'hook-stops.jsonl');

async function firstTurnUpTo(count: (entries: readonly TranscriptEntry[]) => number) {
  const { entries } = await readTranscriptIncrement(HOOKS, 0, {});
  const sessionId = entries.find((e) => e.sessionId)!.sessionId!;
  const tracker = new SessionTracker({ sessionId });
  tracker.addTranscriptEntries(entries.slice(0, count(entries)));
  const trace = tracker.build({ final: false });
  return trace.turns[0]!;
}

describe('a Stop hook that keeps the turn going', () => {
  const summaries = (entries: readonly TranscriptEntry[]) =>
    entries.flatMap((e, i) => (e.kind === 'system' && e.subtype === 'stop_hook_summary' ? [i] : []));

  it('should leave the turn open after its block, until the Stop hook lets it end', async () => {
    const afterBlock = await firstTurnUpTo((entries) => summaries(entries)[0]! + 1);
    expect(afterBlock.complete).toBe(false);
    const afterEnd = await firstTurnUpTo((entries) => summaries(entries)[1]! + 1);
    expect(afterEnd.complete).toBe(true);
    expect(afterEnd.children.filter((c) => c.kind === 'llm')).toHaveLength(2);
  });
});
