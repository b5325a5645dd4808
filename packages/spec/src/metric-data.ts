import type { Attributes } from './attributes.js';

/** Cumulative points carry totals since `startTimeMs`; delta points carry the change since the last export. */
export type AggregationTemporality = 'cumulative' | 'delta';

interface MetricBase {
  /** Dotted OpenTelemetry name, e.g. `claude.cost.usd`. Exporters map it to their backend's naming. */
  readonly name: string;
  readonly description?: string;
  /** UCUM unit: `ms`, `{token}`, `USD`, `1`… */
  readonly unit?: string;
  readonly temporality: AggregationTemporality;
}

export interface SumPoint {
  readonly attributes: Attributes;
  readonly startTimeMs: number;
  readonly timeMs: number;
  readonly value: number;
}

export interface HistogramPoint {
  readonly attributes: Attributes;
  readonly startTimeMs: number;
  readonly timeMs: number;
  readonly count: number;
  readonly sum: number;
  readonly min?: number;
  readonly max?: number;
  /** One more entry than `MetricHistogram.boundaries`: the last bucket is (last boundary, +Inf). */
  readonly bucketCounts: readonly number[];
}

export interface GaugePoint {
  readonly attributes: Attributes;
  readonly timeMs: number;
  readonly value: number;
}

/** A monotonic counter (`claude.tool.calls_total`) or an up-down sum. */
export interface MetricSum extends MetricBase {
  readonly kind: 'sum';
  readonly monotonic: boolean;
  readonly points: readonly SumPoint[];
}

export interface MetricHistogram extends MetricBase {
  readonly kind: 'histogram';
  /** Explicit bucket upper bounds, ascending. */
  readonly boundaries: readonly number[];
  readonly points: readonly HistogramPoint[];
}

export interface MetricGauge extends Omit<MetricBase, 'temporality'> {
  readonly kind: 'gauge';
  readonly temporality?: undefined;
  readonly points: readonly GaugePoint[];
}

export type MetricData = MetricSum | MetricHistogram | MetricGauge;
