import type { AggregationTemporality, MetricData } from '@glassbox/spec';
import { ValueType } from '@opentelemetry/api';
import type { InstrumentationScope } from '@opentelemetry/core';
import type { Resource as OtelResource } from '@opentelemetry/resources';
import {
  DataPointType,
  type MetricData as OtelMetricData,
  AggregationTemporality as OtelTemporality,
  type ResourceMetrics,
} from '@opentelemetry/sdk-metrics';
import { msToHrTime } from './hr-time.js';
import { toOtelAttributes } from './to-readable-span.js';

function temporalityOf(temporality: AggregationTemporality | undefined): OtelTemporality {
  return temporality === 'delta' ? OtelTemporality.DELTA : OtelTemporality.CUMULATIVE;
}

function toOtelMetric(metric: MetricData): OtelMetricData {
  // Names stay dotted: the OTLP backend (collector, Prometheus OTLP ingestion) owns the mapping to its naming.
  // Values are doubles: costs are fractional, and one value type per metric keeps backends from splitting series.
  const descriptor = {
    name: metric.name,
    description: metric.description ?? '',
    unit: metric.unit ?? '',
    valueType: ValueType.DOUBLE,
  };
  switch (metric.kind) {
    case 'sum':
      return {
        descriptor,
        aggregationTemporality: temporalityOf(metric.temporality),
        dataPointType: DataPointType.SUM,
        isMonotonic: metric.monotonic,
        dataPoints: metric.points.map((p) => ({
          startTime: msToHrTime(p.startTimeMs),
          endTime: msToHrTime(p.timeMs),
          attributes: toOtelAttributes(p.attributes),
          value: p.value,
        })),
      };
    case 'histogram':
      return {
        descriptor,
        aggregationTemporality: temporalityOf(metric.temporality),
        dataPointType: DataPointType.HISTOGRAM,
        dataPoints: metric.points.map((p) => ({
          startTime: msToHrTime(p.startTimeMs),
          endTime: msToHrTime(p.timeMs),
          attributes: toOtelAttributes(p.attributes),
          value: {
            buckets: { boundaries: [...metric.boundaries], counts: [...p.bucketCounts] },
            sum: p.sum,
            count: p.count,
            ...(p.min !== undefined ? { min: p.min } : {}),
            ...(p.max !== undefined ? { max: p.max } : {}),
          },
        })),
      };
    case 'gauge':
      return {
        descriptor,
        aggregationTemporality: OtelTemporality.CUMULATIVE,
        dataPointType: DataPointType.GAUGE,
        dataPoints: metric.points.map((p) => ({
          startTime: msToHrTime(p.timeMs),
          endTime: msToHrTime(p.timeMs),
          attributes: toOtelAttributes(p.attributes),
          value: p.value,
        })),
      };
  }
}

/** Spec metrics → the `ResourceMetrics` the OTLP push exporter serialises, empty metrics left out. */
export function toResourceMetrics(
  metrics: readonly MetricData[],
  resource: OtelResource,
  scope: InstrumentationScope,
): ResourceMetrics {
  return {
    resource,
    scopeMetrics: [{ scope, metrics: metrics.filter((m) => m.points.length > 0).map(toOtelMetric) }],
  };
}
