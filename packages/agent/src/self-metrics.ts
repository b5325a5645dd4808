import type { MetricData } from '@glassbox/spec';

/**
 * The agent's own counter of everything it dropped, set aside or could not take (spool records past its limit,
 * corrupt lines, quarantined files, evicted or rejected export items…), by `reason`: sent with the session
 * metrics so a backend sees losses, not only `glassbox doctor`. Nothing when nothing was dropped.
 */
export function selfMetrics(
  dropped: Readonly<Record<string, number>>,
  startMs: number,
  nowMs: number,
): MetricData[] {
  const points = Object.entries(dropped)
    .filter(([, n]) => n > 0)
    .map(([reason, value]) => ({ attributes: { reason }, startTimeMs: startMs, timeMs: nowMs, value }));
  if (points.length === 0) return [];
  return [
    {
      kind: 'sum',
      name: 'glassbox.agent.dropped',
      description: 'Items the Glassbox agent dropped, set aside or refused since it started, by reason',
      unit: '{item}',
      temporality: 'cumulative',
      monotonic: true,
      points,
    },
  ];
}
