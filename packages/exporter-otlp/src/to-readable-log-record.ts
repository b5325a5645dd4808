import { isValidSpanId, isValidTraceId, type LogRecordData, type LogSeverity } from '@glassbox/spec';
import { TraceFlags } from '@opentelemetry/api';
import { type AnyValue, type AnyValueMap, SeverityNumber } from '@opentelemetry/api-logs';
import type { InstrumentationScope } from '@opentelemetry/core';
import type { Resource as OtelResource } from '@opentelemetry/resources';
import type { ReadableLogRecord } from '@opentelemetry/sdk-logs';
import { msToHrTime } from './hr-time.js';

const SEVERITY: Readonly<Record<LogSeverity, { readonly number: SeverityNumber; readonly text: string }>> = {
  debug: { number: SeverityNumber.DEBUG, text: 'DEBUG' },
  info: { number: SeverityNumber.INFO, text: 'INFO' },
  warn: { number: SeverityNumber.WARN, text: 'WARN' },
  error: { number: SeverityNumber.ERROR, text: 'ERROR' },
};

const MAX_DEPTH = 32;

/** Sets an own property even for keys like `__proto__`, which plain assignment would turn into a prototype write. */
export function setOwn(target: AnyValueMap, key: string, value: AnyValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Any JSON-ish value → an OTLP AnyValue: maps stay maps, dates become ISO strings, cycles and functions are cut. */
export function toAnyValue(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): AnyValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return String(value);
  if (value instanceof Uint8Array) return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (depth >= MAX_DEPTH || seen.has(value)) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => toAnyValue(v, depth + 1, seen));
  const out: AnyValueMap = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    setOwn(out, key, toAnyValue(v, depth + 1, seen));
  }
  return out;
}

/**
 * A structured event as the OTLP log exporter reads it. The event name goes to the log record's `EventName`
 * field and to the `event.name` attribute (backends that predate the field read the attribute); the record's
 * stable id goes to `log.record.uid`, so a backend can drop a re-exported record.
 */
export function toReadableLogRecord(
  record: LogRecordData,
  resource: OtelResource,
  scope: InstrumentationScope,
): ReadableLogRecord {
  const hrTime = msToHrTime(record.timeMs);
  const severity = SEVERITY[record.severity] ?? SEVERITY.info;
  const attributes: AnyValueMap = {};
  for (const [key, v] of Object.entries(record.attributes)) setOwn(attributes, key, toAnyValue(v));
  setOwn(attributes, 'event.name', record.event);
  setOwn(attributes, 'log.record.uid', record.id);
  const linked =
    record.traceId !== undefined &&
    record.spanId !== undefined &&
    isValidTraceId(record.traceId) &&
    isValidSpanId(record.spanId);
  return {
    hrTime,
    hrTimeObserved: hrTime,
    spanContext: linked
      ? { traceId: record.traceId!, spanId: record.spanId!, traceFlags: TraceFlags.SAMPLED, isRemote: false }
      : undefined,
    severityNumber: severity.number,
    severityText: severity.text,
    body: record.body === undefined ? undefined : toAnyValue(record.body),
    eventName: record.event,
    resource,
    instrumentationScope: scope,
    attributes,
    droppedAttributesCount: 0,
  };
}
