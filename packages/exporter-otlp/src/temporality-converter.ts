import type {
  AggregationTemporality,
  Attributes,
  HistogramPoint,
  MetricData,
  MetricHistogram,
  MetricSum,
  SumPoint,
} from '@glassbox/spec';

interface SumState {
  readonly startTimeMs: number;
  readonly timeMs: number;
  readonly value: number;
}

interface HistogramState {
  readonly startTimeMs: number;
  readonly timeMs: number;
  readonly count: number;
  readonly sum: number;
  readonly min?: number;
  readonly max?: number;
  readonly bucketCounts: readonly number[];
  readonly boundaries: string;
}

type SeriesState = SumState | HistogramState;

/** The converted metrics, and what to remember once the backend has acknowledged them. */
export interface TemporalityConversion {
  readonly metrics: MetricData[];
  /** Applies the new series state; call only after a successful export, so a failed batch can be retried as is. */
  commit(): void;
}

/** Attributes in a stable order, so the same series always has the same key. */
export function attributesKey(attributes: Attributes): string {
  const keys = Object.keys(attributes).sort();
  return JSON.stringify(keys.map((k) => [k, attributes[k]]));
}

/**
 * Re-expresses sums and histograms in the temporality the backend wants. Same temporality in and out passes
 * through untouched. Cumulative → delta subtracts the last acknowledged total of each series (a new start time
 * or a smaller total is a reset; a point not newer than the last one is already counted and is dropped).
 * Delta → cumulative adds to the last acknowledged total. Gauges pass through. State lives in memory only.
 */
export class TemporalityConverter {
  readonly target: AggregationTemporality;
  private readonly state = new Map<string, SeriesState>();

  constructor(target: AggregationTemporality) {
    this.target = target;
  }

  /** How many series the converter remembers. */
  get size(): number {
    return this.state.size;
  }

  convert(metrics: readonly MetricData[], scopeKey: string): TemporalityConversion {
    const pending = new Map<string, SeriesState>();
    const read = (key: string) => pending.get(key) ?? this.state.get(key);
    const out: MetricData[] = [];
    for (const metric of metrics) {
      if (metric.kind === 'gauge' || metric.temporality === this.target) {
        out.push(metric);
        continue;
      }
      const prefix = `${scopeKey}\u0000${metric.kind}\u0000${metric.name}\u0000`;
      if (metric.kind === 'sum') {
        const points: SumPoint[] = [];
        for (const p of metric.points) {
          const key = prefix + attributesKey(p.attributes);
          const converted = this.convertSum(metric, p, read(key) as SumState | undefined);
          if (converted.next) pending.set(key, converted.next);
          if (converted.point) points.push(converted.point);
        }
        out.push({ ...metric, temporality: this.target, points } satisfies MetricSum);
      } else {
        const points: HistogramPoint[] = [];
        const boundaries = JSON.stringify(metric.boundaries);
        for (const p of metric.points) {
          const key = prefix + attributesKey(p.attributes);
          const prev = read(key) as HistogramState | undefined;
          const converted = this.convertHistogram(
            p,
            prev?.boundaries === boundaries ? prev : undefined,
            boundaries,
          );
          if (converted.next) pending.set(key, converted.next);
          if (converted.point) points.push(converted.point);
        }
        out.push({ ...metric, temporality: this.target, points } satisfies MetricHistogram);
      }
    }
    return {
      metrics: out,
      commit: () => {
        for (const [key, value] of pending) this.state.set(key, value);
      },
    };
  }

  private convertSum(
    metric: MetricSum,
    p: SumPoint,
    prev: SumState | undefined,
  ): { point?: SumPoint; next?: SumState } {
    if (this.target === 'cumulative') {
      // Delta in: keep a running total from the first start time seen.
      const next: SumState = prev
        ? {
            startTimeMs: prev.startTimeMs,
            timeMs: Math.max(prev.timeMs, p.timeMs),
            value: prev.value + p.value,
          }
        : { startTimeMs: p.startTimeMs, timeMs: p.timeMs, value: p.value };
      return { point: { ...p, ...next }, next };
    }
    const next: SumState = { startTimeMs: p.startTimeMs, timeMs: p.timeMs, value: p.value };
    if (prev && p.startTimeMs < prev.startTimeMs) return {};
    if (prev && p.startTimeMs === prev.startTimeMs) {
      if (p.timeMs <= prev.timeMs) return {};
      if (!(metric.monotonic && p.value < prev.value)) {
        return { point: { ...p, startTimeMs: prev.timeMs, value: p.value - prev.value }, next };
      }
    }
    return { point: { ...p }, next };
  }

  private convertHistogram(
    p: HistogramPoint,
    prev: HistogramState | undefined,
    boundaries: string,
  ): { point?: HistogramPoint; next?: HistogramState } {
    if (this.target === 'cumulative') {
      const next: HistogramState = prev
        ? {
            startTimeMs: prev.startTimeMs,
            timeMs: Math.max(prev.timeMs, p.timeMs),
            count: prev.count + p.count,
            sum: prev.sum + p.sum,
            min: minOf(prev.min, p.min),
            max: maxOf(prev.max, p.max),
            bucketCounts: p.bucketCounts.map((c, i) => c + (prev.bucketCounts[i] ?? 0)),
            boundaries,
          }
        : { ...stateOf(p), boundaries };
      const { boundaries: _b, ...point } = next;
      return { point: { attributes: p.attributes, ...point }, next };
    }
    const next: HistogramState = { ...stateOf(p), boundaries };
    if (prev && p.startTimeMs < prev.startTimeMs) return {};
    if (prev && p.startTimeMs === prev.startTimeMs) {
      if (p.timeMs <= prev.timeMs) return {};
      if (p.count >= prev.count) {
        // Min and max of the interval are unknown from two running totals, so they are left out.
        return {
          point: {
            attributes: p.attributes,
            startTimeMs: prev.timeMs,
            timeMs: p.timeMs,
            count: p.count - prev.count,
            sum: p.sum - prev.sum,
            bucketCounts: p.bucketCounts.map((c, i) => c - (prev.bucketCounts[i] ?? 0)),
          },
          next,
        };
      }
    }
    return { point: { ...p }, next };
  }
}

function stateOf(p: HistogramPoint): Omit<HistogramState, 'boundaries'> {
  return {
    startTimeMs: p.startTimeMs,
    timeMs: p.timeMs,
    count: p.count,
    sum: p.sum,
    ...(p.min !== undefined ? { min: p.min } : {}),
    ...(p.max !== undefined ? { max: p.max } : {}),
    bucketCounts: [...p.bucketCounts],
  };
}

function minOf(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.min(a, b);
}

function maxOf(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.max(a, b);
}
