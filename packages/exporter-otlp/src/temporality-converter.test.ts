import type { HistogramPoint, MetricData, MetricHistogram, MetricSum, SumPoint } from '@glassbox/spec';
import { describe, expect, it } from 'vitest';
import { attributesKey, TemporalityConverter } from './temporality-converter.js';

const sum = (temporality: 'cumulative' | 'delta', points: SumPoint[], monotonic = true): MetricSum => ({
  kind: 'sum',
  name: 'claude.cost.usd',
  temporality,
  monotonic,
  points,
});
const pt = (value: number, startTimeMs: number, timeMs: number, tool = 'Bash'): SumPoint => ({
  attributes: { tool },
  startTimeMs,
  timeMs,
  value,
});
const hist = (temporality: 'cumulative' | 'delta', points: HistogramPoint[]): MetricHistogram => ({
  kind: 'histogram',
  name: 'claude.tool.latency_ms',
  temporality,
  boundaries: [100, 1000],
  points,
});
const hp = (
  counts: number[],
  sumMs: number,
  startTimeMs: number,
  timeMs: number,
  min?: number,
  max?: number,
) => ({
  attributes: { tool: 'Bash' },
  startTimeMs,
  timeMs,
  count: counts.reduce((a, b) => a + b, 0),
  sum: sumMs,
  bucketCounts: counts,
  ...(min !== undefined ? { min } : {}),
  ...(max !== undefined ? { max } : {}),
});

function step(converter: TemporalityConverter, metrics: MetricData[], commit = true): MetricData[] {
  const conversion = converter.convert(metrics, 'resource');
  if (commit) conversion.commit();
  return conversion.metrics;
}

const values = (metrics: MetricData[]) =>
  metrics.flatMap((m) => (m.kind === 'sum' ? m.points.map((p) => [p.startTimeMs, p.timeMs, p.value]) : []));

describe('TemporalityConverter to delta', () => {
  it('should subtract the last acknowledged total per series', () => {
    const c = new TemporalityConverter('delta');
    expect(values(step(c, [sum('cumulative', [pt(3, 0, 10), pt(1, 0, 10, 'Read')])]))).toEqual([
      [0, 10, 3],
      [0, 10, 1],
    ]);
    expect(values(step(c, [sum('cumulative', [pt(5, 0, 20), pt(1, 0, 20, 'Read')])]))).toEqual([
      [10, 20, 2],
      [10, 20, 0],
    ]);
    expect(c.size).toBe(2);
  });

  it('should treat a new start time or a smaller total as a reset, and drop points already counted', () => {
    const c = new TemporalityConverter('delta');
    step(c, [sum('cumulative', [pt(5, 0, 10)])]);
    expect(values(step(c, [sum('cumulative', [pt(2, 15, 20)])]))).toEqual([[15, 20, 2]]);
    expect(values(step(c, [sum('cumulative', [pt(1, 15, 30)])]))).toEqual([[15, 30, 1]]);
    // Older than what was acknowledged: its increase is already inside a later delta.
    expect(values(step(c, [sum('cumulative', [pt(1, 15, 25)])]))).toEqual([]);
    expect(values(step(c, [sum('cumulative', [pt(9, 0, 40)])]))).toEqual([]);
  });

  it('should let an up-down sum go down without calling it a reset', () => {
    const c = new TemporalityConverter('delta');
    step(c, [sum('cumulative', [pt(5, 0, 10)], false)]);
    expect(values(step(c, [sum('cumulative', [pt(2, 0, 20)], false)]))).toEqual([[10, 20, -3]]);
  });

  it('should keep state unchanged until commit, so a failed export retries with the same delta', () => {
    const c = new TemporalityConverter('delta');
    step(c, [sum('cumulative', [pt(3, 0, 10)])]);
    expect(values(step(c, [sum('cumulative', [pt(5, 0, 20)])], false))).toEqual([[10, 20, 2]]);
    expect(values(step(c, [sum('cumulative', [pt(5, 0, 20)])]))).toEqual([[10, 20, 2]]);
  });

  it('should difference histogram buckets and leave out the unknowable min and max', () => {
    const c = new TemporalityConverter('delta');
    const [first] = step(c, [hist('cumulative', [hp([1, 0, 0], 50, 0, 10, 50, 50)])]) as MetricHistogram[];
    expect(first!.points[0]).toMatchObject({ count: 1, sum: 50, min: 50, max: 50, bucketCounts: [1, 0, 0] });
    const [second] = step(c, [
      hist('cumulative', [hp([1, 2, 1], 3050, 0, 20, 50, 2000)]),
    ]) as MetricHistogram[];
    expect(second!.points[0]).toEqual({
      attributes: { tool: 'Bash' },
      startTimeMs: 10,
      timeMs: 20,
      count: 3,
      sum: 3000,
      bucketCounts: [0, 2, 1],
    });
  });

  it('should pass deltas and gauges through untouched', () => {
    const c = new TemporalityConverter('delta');
    const delta = sum('delta', [pt(2, 0, 10)]);
    const gauge: MetricData = { kind: 'gauge', name: 'g', points: [{ attributes: {}, timeMs: 1, value: 7 }] };
    const out = step(c, [delta, gauge]);
    expect(out[0]).toBe(delta);
    expect(out[1]).toBe(gauge);
    expect(c.size).toBe(0);
  });
});

describe('TemporalityConverter to cumulative', () => {
  it('should add deltas into a running total from the first start time', () => {
    const c = new TemporalityConverter('cumulative');
    expect(values(step(c, [sum('delta', [pt(0.5, 0, 10)])]))).toEqual([[0, 10, 0.5]]);
    expect(values(step(c, [sum('delta', [pt(0.25, 10, 20)])]))).toEqual([[0, 20, 0.75]]);
  });

  it('should add histogram deltas bucket by bucket and keep the widest min and max', () => {
    const c = new TemporalityConverter('cumulative');
    step(c, [hist('delta', [hp([1, 0, 0], 50, 0, 10, 50, 50)])]);
    const [out] = step(c, [hist('delta', [hp([0, 1, 1], 2500, 10, 20, 500, 2000)])]) as MetricHistogram[];
    expect(out!.points[0]).toMatchObject({
      startTimeMs: 0,
      timeMs: 20,
      count: 3,
      sum: 2550,
      min: 50,
      max: 2000,
      bucketCounts: [1, 1, 1],
    });
  });

  it('should keep series of different resources apart', () => {
    const c = new TemporalityConverter('cumulative');
    c.convert([sum('delta', [pt(1, 0, 10)])], 'user-a').commit();
    const b = c.convert([sum('delta', [pt(1, 0, 10)])], 'user-b');
    b.commit();
    expect(values(b.metrics)).toEqual([[0, 10, 1]]);
  });
});

describe('attributesKey', () => {
  it('should not depend on key order', () => {
    expect(attributesKey({ a: 1, b: 'x' })).toBe(attributesKey({ b: 'x', a: 1 }));
    expect(attributesKey({ a: 1 })).not.toBe(attributesKey({ a: '1' }));
  });
});
