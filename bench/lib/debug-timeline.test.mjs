import { describe, expect, it } from 'vitest';
import { debugTimeline, timelineSpans } from './debug-timeline.mjs';

// Lines as Claude Code 2.1.332 writes them to --debug-file (paths shortened).
const LOG = `2026-12-04T15:15:47.500Z [DEBUG] MDM settings load completed in 0ms
2026-12-04T15:15:47.657Z [DEBUG] hooks worker spawned (one for every plugin)
2026-12-04T15:15:47.781Z [DEBUG] hooks module glassbox-lite@inline loaded (worker, environment 1, tier user); events: session.start,tool.call
2026-12-04T15:15:47.894Z [DEBUG] Hooks: SessionStart:startup [bash /p/hooks/ensure-agent.sh] (plugin glassbox-lite@inline) finished with status 0 (30ms)
2026-12-04T15:15:47.925Z [DEBUG] session.start: raised (surface none, not interactive)
2026-12-04T15:15:47.941Z [DEBUG] hooks module glassbox-lite@inline session.start settled in 15.1ms (worker hop, next() included)
2026-12-04T15:15:48.039Z [DEBUG] Hooks: UserPromptSubmit [bash /p/hooks/notify.sh] (plugin glassbox-lite@inline) finished with status 0 (29ms)
2026-12-04T15:15:48.169Z [DEBUG] [API REQUEST] /v1/messages source=sdk
2026-12-04T15:15:48.354Z [DEBUG] [API REQUEST] /v1/messages source=sdk
2026-12-04T15:15:48.530Z [DEBUG] Hooks: Stop [bash /p/hooks/notify.sh] (plugin glassbox-lite@inline) finished with status 0 (172ms)
2026-12-04T15:15:48.600Z [DEBUG] File /h/.claude.json written atomically
`;

describe('debugTimeline', () => {
  it('should place the mod load, the hooks and the model requests of a run', () => {
    const t = debugTimeline(LOG);
    expect([
      t.workerSpawned,
      t.modLoaded,
      t.sessionStartRaised,
      t.firstRequest,
      t.lastRequest,
      t.end,
    ]).toEqual([157, 281, 425, 669, 854, 1100]);
    expect(t.hooks.map((h) => [h.event, h.ms])).toEqual([
      ['SessionStart', 30],
      ['UserPromptSubmit', 29],
      ['Stop', 172],
    ]);
    expect(t.settled['session.start']).toEqual([{ at: 441, ms: 15.1 }]);
    expect(timelineSpans(t)).toEqual({
      modLoadMs: 124,
      startToFirstRequestMs: 244,
      sessionStartHookMs: 30,
      promptHookMs: 29,
      stopHookMs: 172,
      exitMs: 246,
    });
  });

  it('should leave out what a run without a plugin does not show', () => {
    const spans = timelineSpans(
      debugTimeline(
        LOG.split('\n')
          .filter((l) => !/hooks|Hooks/.test(l))
          .join('\n'),
      ),
    );
    expect(Object.keys(spans).sort()).toEqual(['exitMs', 'startToFirstRequestMs']);
  });
});
