import { type OtlpSignal, otlpMessageTypes } from './otlp-proto.js';

/** An OTLP `AnyValue` as plain JavaScript. */
export type OtlpValue = string | number | boolean | null | Uint8Array | OtlpValue[] | OtlpValueMap;
export interface OtlpValueMap {
  [key: string]: OtlpValue;
}

export interface ReceivedScope {
  readonly name: string;
  readonly version?: string;
}

/** OTLP span kinds: 0 unspecified, 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
export interface ReceivedSpan {
  readonly resource: OtlpValueMap;
  readonly scope: ReceivedScope;
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly name: string;
  readonly kind: number;
  readonly startTimeUnixNano: bigint;
  readonly endTimeUnixNano: bigint;
  readonly attributes: OtlpValueMap;
  readonly events: readonly {
    readonly name: string;
    readonly timeUnixNano: bigint;
    readonly attributes: OtlpValueMap;
  }[];
  /** 0 unset, 1 ok, 2 error. */
  readonly status: { readonly code: number; readonly message?: string };
  readonly flags?: number;
}

export interface ReceivedPoint {
  readonly attributes: OtlpValueMap;
  readonly startTimeUnixNano?: bigint;
  readonly timeUnixNano: bigint;
  /** Sum and gauge points. */
  readonly value?: number;
  /** Histogram points. */
  readonly count?: number;
  readonly sum?: number;
  readonly min?: number;
  readonly max?: number;
  readonly bucketCounts?: readonly number[];
  readonly explicitBounds?: readonly number[];
}

export interface ReceivedMetric {
  readonly resource: OtlpValueMap;
  readonly scope: ReceivedScope;
  readonly name: string;
  readonly description: string;
  readonly unit: string;
  readonly type: 'sum' | 'gauge' | 'histogram' | 'exponentialHistogram' | 'summary';
  readonly monotonic?: boolean;
  readonly temporality?: 'delta' | 'cumulative' | 'unspecified';
  readonly points: readonly ReceivedPoint[];
}

export interface ReceivedLog {
  readonly resource: OtlpValueMap;
  readonly scope: ReceivedScope;
  readonly timeUnixNano: bigint;
  readonly observedTimeUnixNano: bigint;
  readonly severityNumber: number;
  readonly severityText?: string;
  readonly eventName?: string;
  readonly body?: OtlpValue;
  readonly attributes: OtlpValueMap;
  readonly traceId?: string;
  readonly spanId?: string;
}

export type OtlpEncoding = 'protobuf' | 'json';

export interface DecodedOtlpRequest {
  readonly signal: OtlpSignal;
  /** The request as the official message type reads it (`toObject`, longs as strings, ids as hex). */
  readonly message: Record<string, unknown>;
  readonly spans: ReceivedSpan[];
  readonly metrics: ReceivedMetric[];
  readonly logs: ReceivedLog[];
}

const ID_KEYS = new Set(['traceId', 'spanId', 'parentSpanId']);

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  );
}

// OTLP/JSON writes trace and span ids as hex where protobuf's JSON mapping would expect base64.
function hexIdsToBytes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(hexIdsToBytes);
  if (!isRecord(value)) return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = ID_KEYS.has(key) && typeof v === 'string' ? Buffer.from(v, 'hex') : hexIdsToBytes(v);
  }
  return out;
}

function base64IdsToHex(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(base64IdsToHex);
  if (!isRecord(value)) return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] =
      ID_KEYS.has(key) && typeof v === 'string'
        ? Buffer.from(v, 'base64').toString('hex')
        : base64IdsToHex(v);
  }
  return out;
}

function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function num(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value !== '') return Number(value);
  return undefined;
}

function nanos(value: unknown): bigint {
  if (typeof value === 'string' && value !== '') return BigInt(value);
  if (typeof value === 'number') return BigInt(Math.trunc(value));
  return 0n;
}

function anyValue(value: unknown): OtlpValue {
  if (!isRecord(value)) return null;
  if ('stringValue' in value) return String(value.stringValue);
  if ('boolValue' in value) return Boolean(value.boolValue);
  if ('intValue' in value) return num(value.intValue) ?? 0;
  if ('doubleValue' in value) return num(value.doubleValue) ?? 0;
  if ('bytesValue' in value) return new Uint8Array(Buffer.from(String(value.bytesValue), 'base64'));
  if ('arrayValue' in value) {
    const arr = isRecord(value.arrayValue) ? records(value.arrayValue.values) : [];
    return arr.map(anyValue);
  }
  if ('kvlistValue' in value) return keyValues(isRecord(value.kvlistValue) ? value.kvlistValue.values : []);
  return null;
}

function keyValues(list: unknown): OtlpValueMap {
  const out: OtlpValueMap = {};
  for (const kv of records(list)) out[String(kv.key)] = anyValue(kv.value);
  return out;
}

function scopeOf(scoped: Json): ReceivedScope {
  const scope = isRecord(scoped.scope) ? scoped.scope : {};
  return {
    name: typeof scope.name === 'string' ? scope.name : '',
    ...(typeof scope.version === 'string' ? { version: scope.version } : {}),
  };
}

function resourceOf(resourceBlock: Json): OtlpValueMap {
  return keyValues(isRecord(resourceBlock.resource) ? resourceBlock.resource.attributes : []);
}

function optionalId(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' && !/^0+$/.test(value) ? value : undefined;
}

function spansOf(message: Json): ReceivedSpan[] {
  const out: ReceivedSpan[] = [];
  for (const rs of records(message.resourceSpans)) {
    const resource = resourceOf(rs);
    for (const ss of records(rs.scopeSpans)) {
      const scope = scopeOf(ss);
      for (const s of records(ss.spans)) {
        const status = isRecord(s.status) ? s.status : {};
        const parentSpanId = optionalId(s.parentSpanId);
        out.push({
          resource,
          scope,
          traceId: String(s.traceId ?? ''),
          spanId: String(s.spanId ?? ''),
          ...(parentSpanId ? { parentSpanId } : {}),
          name: String(s.name ?? ''),
          kind: num(s.kind) ?? 0,
          startTimeUnixNano: nanos(s.startTimeUnixNano),
          endTimeUnixNano: nanos(s.endTimeUnixNano),
          attributes: keyValues(s.attributes),
          events: records(s.events).map((e) => ({
            name: String(e.name ?? ''),
            timeUnixNano: nanos(e.timeUnixNano),
            attributes: keyValues(e.attributes),
          })),
          status: {
            code: num(status.code) ?? 0,
            ...(typeof status.message === 'string' ? { message: status.message } : {}),
          },
          ...(s.flags !== undefined ? { flags: num(s.flags) } : {}),
        });
      }
    }
  }
  return out;
}

const TEMPORALITY = ['unspecified', 'delta', 'cumulative'] as const;

function numberPoint(p: Json): ReceivedPoint {
  return {
    attributes: keyValues(p.attributes),
    ...(p.startTimeUnixNano !== undefined ? { startTimeUnixNano: nanos(p.startTimeUnixNano) } : {}),
    timeUnixNano: nanos(p.timeUnixNano),
    value: num(p.asDouble) ?? num(p.asInt) ?? 0,
  };
}

function histogramPoint(p: Json): ReceivedPoint {
  return {
    attributes: keyValues(p.attributes),
    ...(p.startTimeUnixNano !== undefined ? { startTimeUnixNano: nanos(p.startTimeUnixNano) } : {}),
    timeUnixNano: nanos(p.timeUnixNano),
    count: num(p.count) ?? 0,
    ...(p.sum !== undefined ? { sum: num(p.sum) } : {}),
    ...(p.min !== undefined ? { min: num(p.min) } : {}),
    ...(p.max !== undefined ? { max: num(p.max) } : {}),
    bucketCounts: (Array.isArray(p.bucketCounts) ? p.bucketCounts : []).map((c) => num(c) ?? 0),
    explicitBounds: (Array.isArray(p.explicitBounds) ? p.explicitBounds : []).map((b) => num(b) ?? 0),
  };
}

function metricsOf(message: Json): ReceivedMetric[] {
  const out: ReceivedMetric[] = [];
  for (const rm of records(message.resourceMetrics)) {
    const resource = resourceOf(rm);
    for (const sm of records(rm.scopeMetrics)) {
      const scope = scopeOf(sm);
      for (const m of records(sm.metrics)) {
        const base = {
          resource,
          scope,
          name: String(m.name ?? ''),
          description: String(m.description ?? ''),
          unit: String(m.unit ?? ''),
        };
        const temporality = (data: Json) =>
          TEMPORALITY[num(data.aggregationTemporality) ?? 0] ?? 'unspecified';
        if (isRecord(m.sum)) {
          out.push({
            ...base,
            type: 'sum',
            monotonic: Boolean(m.sum.isMonotonic),
            temporality: temporality(m.sum),
            points: records(m.sum.dataPoints).map(numberPoint),
          });
        } else if (isRecord(m.gauge)) {
          out.push({ ...base, type: 'gauge', points: records(m.gauge.dataPoints).map(numberPoint) });
        } else if (isRecord(m.histogram)) {
          out.push({
            ...base,
            type: 'histogram',
            temporality: temporality(m.histogram),
            points: records(m.histogram.dataPoints).map(histogramPoint),
          });
        } else if (isRecord(m.exponentialHistogram)) {
          out.push({ ...base, type: 'exponentialHistogram', points: [] });
        } else if (isRecord(m.summary)) {
          out.push({ ...base, type: 'summary', points: [] });
        }
      }
    }
  }
  return out;
}

function logsOf(message: Json): ReceivedLog[] {
  const out: ReceivedLog[] = [];
  for (const rl of records(message.resourceLogs)) {
    const resource = resourceOf(rl);
    for (const sl of records(rl.scopeLogs)) {
      const scope = scopeOf(sl);
      for (const l of records(sl.logRecords)) {
        const traceId = optionalId(l.traceId);
        const spanId = optionalId(l.spanId);
        out.push({
          resource,
          scope,
          timeUnixNano: nanos(l.timeUnixNano),
          observedTimeUnixNano: nanos(l.observedTimeUnixNano),
          severityNumber: num(l.severityNumber) ?? 0,
          ...(typeof l.severityText === 'string' ? { severityText: l.severityText } : {}),
          ...(typeof l.eventName === 'string' && l.eventName !== '' ? { eventName: l.eventName } : {}),
          ...(l.body !== undefined ? { body: anyValue(l.body) } : {}),
          attributes: keyValues(l.attributes),
          ...(traceId ? { traceId } : {}),
          ...(spanId ? { spanId } : {}),
        });
      }
    }
  }
  return out;
}

/**
 * Decodes one OTLP/HTTP request body (already decompressed) with the official message types and flattens it.
 * Throws when the body is not a valid message of that signal.
 */
export function decodeOtlpRequest(
  signal: OtlpSignal,
  body: Uint8Array,
  encoding: OtlpEncoding,
): DecodedOtlpRequest {
  const type = otlpMessageTypes[signal].request;
  let decoded: object;
  if (encoding === 'protobuf') {
    decoded = type.decode(body);
  } else {
    const parsed: unknown = JSON.parse(Buffer.from(body).toString('utf8'));
    if (!isRecord(parsed)) throw new Error('OTLP/JSON body is not an object');
    decoded = type.fromObject(hexIdsToBytes(parsed) as Json);
  }
  const message = base64IdsToHex(
    type.toObject(decoded, { longs: String, enums: Number, bytes: String, defaults: false, arrays: true }),
  ) as Json;
  return {
    signal,
    message,
    spans: signal === 'traces' ? spansOf(message) : [],
    metrics: signal === 'metrics' ? metricsOf(message) : [],
    logs: signal === 'logs' ? logsOf(message) : [],
  };
}
