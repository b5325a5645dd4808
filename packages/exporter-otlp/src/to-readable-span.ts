import type {
  Attributes,
  SpanKind as GlassboxSpanKind,
  SpanStatusCode as GlassboxStatus,
  SpanData,
} from '@glassbox/spec';
import { type Attributes as OtelAttributes, SpanKind, SpanStatusCode, TraceFlags } from '@opentelemetry/api';
import type { InstrumentationScope } from '@opentelemetry/core';
import type { Resource as OtelResource } from '@opentelemetry/resources';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { hrDuration, msToHrTime } from './hr-time.js';

const KINDS: Readonly<Record<GlassboxSpanKind, SpanKind>> = {
  internal: SpanKind.INTERNAL,
  server: SpanKind.SERVER,
  client: SpanKind.CLIENT,
  producer: SpanKind.PRODUCER,
  consumer: SpanKind.CONSUMER,
};

const STATUS: Readonly<Record<GlassboxStatus, SpanStatusCode>> = {
  unset: SpanStatusCode.UNSET,
  ok: SpanStatusCode.OK,
  error: SpanStatusCode.ERROR,
};

/** Spec attributes are readonly; the SDK's type is not, and it never mutates what it serialises. */
export function toOtelAttributes(attributes: Attributes | undefined): OtelAttributes {
  return (attributes ?? {}) as OtelAttributes;
}

/**
 * A finished span as the OTLP span exporter reads it, keeping OUR trace, span and parent ids and times:
 * ids are deterministic (derived from session, turn, request and tool ids), so a re-export is not a new span.
 */
export function toReadableSpan(
  span: SpanData,
  resource: OtelResource,
  scope: InstrumentationScope,
): ReadableSpan {
  const startTime = msToHrTime(span.startTimeMs);
  const endTime = msToHrTime(Math.max(span.endTimeMs, span.startTimeMs));
  const context = {
    traceId: span.traceId,
    spanId: span.spanId,
    traceFlags: TraceFlags.SAMPLED,
    isRemote: false,
  };
  return {
    name: span.name,
    kind: KINDS[span.kind] ?? SpanKind.INTERNAL,
    spanContext: () => context,
    parentSpanContext:
      span.parentSpanId === undefined
        ? undefined
        : {
            traceId: span.traceId,
            spanId: span.parentSpanId,
            traceFlags: TraceFlags.SAMPLED,
            isRemote: false,
          },
    startTime,
    endTime,
    status:
      span.status.code === 'error' && span.status.message !== undefined
        ? { code: STATUS.error, message: span.status.message }
        : { code: STATUS[span.status.code] ?? SpanStatusCode.UNSET },
    attributes: toOtelAttributes(span.attributes),
    links: [],
    events: span.events.map((event) => ({
      name: event.name,
      time: msToHrTime(event.timeMs),
      attributes: toOtelAttributes(event.attributes),
      droppedAttributesCount: 0,
    })),
    duration: hrDuration(startTime, endTime),
    ended: true,
    resource,
    instrumentationScope: scope,
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
  };
}
