import type { Attributes, GaugePoint, HistogramPoint, MetricData, SumPoint } from '@glassbox/spec';
import {
  escapeHelp,
  escapeLabelValue,
  formatValue,
  type PrometheusType,
  prometheusLabelName,
  prometheusLabelValue,
  prometheusMetricName,
  prometheusType,
} from './prometheus-naming.js';

/** Names the store writes itself; a metric in a batch that maps to one of them is ignored. */
const OWN_METRICS = new Set([
  'glassbox_last_batch_timestamp_seconds',
  'glassbox_prometheus_series_dropped_total',
]);

interface Series {
  readonly labels: readonly (readonly [string, string])[];
  startTimeMs: number;
  timeMs: number;
  value: number;
  /** Histograms only. */
  boundaries?: readonly number[];
  bucketCounts?: number[];
  sum?: number;
  count?: number;
}

interface Family {
  readonly name: string;
  readonly type: PrometheusType;
  help: string | undefined;
  readonly series: Map<string, Series>;
}

export interface MetricStoreOptions {
  /** Resource or point attribute → label name, e.g. `{ 'user.id': 'user' }`. */
  readonly resourceLabels: Readonly<Record<string, string>>;
  /** New series beyond this many are dropped (and counted). */
  readonly maxSeries: number;
}

export interface ApplyOptions {
  readonly resource: Attributes;
  /** True when the batch was applied before: its deltas are not added twice. */
  readonly replay: boolean;
}

/** Labels from point attributes (renamed like resource attributes) over mapped resource attributes, sanitised, sorted, collisions joined by `;`. */
function labelsOf(
  attributes: Attributes,
  resource: Attributes,
  resourceLabels: Readonly<Record<string, string>>,
): [string, string][] {
  const merged = new Map<string, string[]>();
  const add = (name: string | undefined, value: string) => {
    if (name === undefined) return;
    const list = merged.get(name);
    if (list) list.push(value);
    else merged.set(name, [value]);
  };
  for (const key of Object.keys(attributes).sort()) {
    add(prometheusLabelName(resourceLabels[key] ?? key), prometheusLabelValue(attributes[key]!));
  }
  for (const [attribute, label] of Object.entries(resourceLabels)) {
    const value = resource[attribute];
    const name = prometheusLabelName(label);
    // A point attribute of the same name is more specific than the resource.
    if (value !== undefined && name !== undefined && !merged.has(name))
      add(name, prometheusLabelValue(value));
  }
  return [...merged.entries()]
    .filter(([name]) => name !== 'le' && name !== 'quantile')
    .map(([name, values]) => [name, values.join(';')] as [string, string])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function labelText(
  labels: readonly (readonly [string, string])[],
  extra?: readonly [string, string],
): string {
  const all = extra ? [...labels, extra] : labels;
  if (all.length === 0) return '';
  return `{${all.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}`;
}

/**
 * The latest cumulative state of every series, built from the batches the exporter receives, rendered as
 * Prometheus text exposition. Cumulative points replace the stored point unless they are older than it;
 * delta points are added to it. Series are never expired: a counter that stops changing keeps its last value.
 */
export class MetricStore {
  private readonly families = new Map<string, Family>();
  private seriesCount = 0;
  private dropped = 0;
  private lastBatchMs: number | undefined;
  private readonly options: MetricStoreOptions;

  constructor(options: MetricStoreOptions) {
    this.options = options;
  }

  get size(): number {
    return this.seriesCount;
  }

  apply(metrics: readonly MetricData[], { resource, replay }: ApplyOptions, nowMs = Date.now()): void {
    this.lastBatchMs = nowMs;
    for (const metric of metrics) {
      const name = prometheusMetricName(metric);
      if (name === undefined || OWN_METRICS.has(name)) continue;
      const type = prometheusType(metric);
      let family = this.families.get(name);
      if (family === undefined) {
        family = { name, type, help: metric.description, series: new Map() };
        this.families.set(name, family);
      } else if (family.type !== type) {
        // Two metrics that map to one name with different types cannot share it: the first one keeps it.
        continue;
      }
      if (metric.description !== undefined) family.help = metric.description;
      const delta = metric.kind !== 'gauge' && metric.temporality === 'delta';
      if (delta && replay) continue;
      for (const point of metric.points) {
        const labels = labelsOf(point.attributes, resource, this.options.resourceLabels);
        const key = JSON.stringify(labels);
        const existing = family.series.get(key);
        if (existing === undefined && this.seriesCount >= this.options.maxSeries) {
          this.dropped++;
          continue;
        }
        if (metric.kind === 'histogram') {
          this.applyHistogram(
            family,
            key,
            labels,
            existing,
            point as HistogramPoint,
            metric.boundaries,
            delta,
          );
          continue;
        }
        const p = point as SumPoint | GaugePoint;
        const startTimeMs = 'startTimeMs' in p ? p.startTimeMs : p.timeMs;
        if (existing === undefined) {
          family.series.set(key, { labels, startTimeMs, timeMs: p.timeMs, value: p.value });
          this.seriesCount++;
        } else if (delta) {
          existing.value += p.value;
          existing.timeMs = Math.max(existing.timeMs, p.timeMs);
        } else if (
          metric.kind === 'gauge'
            ? p.timeMs >= existing.timeMs
            : !(startTimeMs === existing.startTimeMs && p.timeMs < existing.timeMs)
        ) {
          // The newer point wins; an older point of the same cumulative run is stale. A new start time is a reset.
          existing.startTimeMs = startTimeMs;
          existing.timeMs = p.timeMs;
          existing.value = p.value;
        }
      }
    }
  }

  private applyHistogram(
    family: Family,
    key: string,
    labels: readonly (readonly [string, string])[],
    existing: Series | undefined,
    point: HistogramPoint,
    boundaries: readonly number[],
    delta: boolean,
  ): void {
    const sameBuckets =
      existing?.boundaries !== undefined &&
      existing.boundaries.length === boundaries.length &&
      existing.boundaries.every((b, i) => b === boundaries[i]);
    if (existing === undefined || !sameBuckets) {
      if (existing === undefined) this.seriesCount++;
      family.series.set(key, {
        labels,
        startTimeMs: point.startTimeMs,
        timeMs: point.timeMs,
        value: 0,
        boundaries: [...boundaries],
        bucketCounts: [...point.bucketCounts],
        sum: point.sum,
        count: point.count,
      });
      return;
    }
    if (delta) {
      existing.bucketCounts = existing.bucketCounts!.map((c, i) => c + (point.bucketCounts[i] ?? 0));
      existing.sum! += point.sum;
      existing.count! += point.count;
      existing.timeMs = Math.max(existing.timeMs, point.timeMs);
    } else if (!(point.startTimeMs === existing.startTimeMs && point.timeMs < existing.timeMs)) {
      existing.startTimeMs = point.startTimeMs;
      existing.timeMs = point.timeMs;
      existing.bucketCounts = [...point.bucketCounts];
      existing.sum = point.sum;
      existing.count = point.count;
    }
  }

  /** Text exposition format 0.0.4, families sorted by name; ends with the exporter's own two metrics. */
  render(): string {
    const lines: string[] = [];
    const families = [...this.families.values()].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const family of families) {
      if (family.series.size === 0) continue;
      if (family.help) lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`);
      lines.push(`# TYPE ${family.name} ${family.type}`);
      const series = [...family.series.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [, s] of series) {
        if (family.type !== 'histogram') {
          lines.push(`${family.name}${labelText(s.labels)} ${formatValue(s.value)}`);
          continue;
        }
        // Prometheus buckets are cumulative (`le` = less or equal); OpenTelemetry's are per bucket.
        let running = 0;
        const counts = s.bucketCounts!;
        s.boundaries!.forEach((bound, i) => {
          running += counts[i] ?? 0;
          lines.push(
            `${family.name}_bucket${labelText(s.labels, ['le', formatValue(bound)])} ${formatValue(running)}`,
          );
        });
        running += counts[s.boundaries!.length] ?? 0;
        lines.push(`${family.name}_bucket${labelText(s.labels, ['le', '+Inf'])} ${formatValue(running)}`);
        lines.push(`${family.name}_sum${labelText(s.labels)} ${formatValue(s.sum!)}`);
        lines.push(`${family.name}_count${labelText(s.labels)} ${formatValue(s.count!)}`);
      }
    }
    lines.push(
      '# HELP glassbox_last_batch_timestamp_seconds When this exporter last received a batch (Unix seconds).',
    );
    lines.push('# TYPE glassbox_last_batch_timestamp_seconds gauge');
    if (this.lastBatchMs !== undefined) {
      lines.push(`glassbox_last_batch_timestamp_seconds ${formatValue(this.lastBatchMs / 1000)}`);
    }
    lines.push(
      '# HELP glassbox_prometheus_series_dropped_total Series not kept because maxSeries was reached.',
    );
    lines.push('# TYPE glassbox_prometheus_series_dropped_total counter');
    lines.push(`glassbox_prometheus_series_dropped_total ${this.dropped}`);
    return `${lines.join('\n')}\n`;
  }
}
