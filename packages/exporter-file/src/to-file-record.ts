import type { Attributes, AttributeValue, LogRecordData, SpanData } from '@glassbox/spec';

/**
 * Log attributes that become top-level fields of the line, in the seed's order. Everything else in
 * `attributes` goes under `attributes`, so no producer key can shadow a field.
 */
const SEED_FIELDS = ['sessionId', 'toolName'] as const;
const SEED_NUMBERS = ['latencyMs', 'inputTokens', 'outputTokens'] as const;
const CORRELATION_FIELDS = ['promptId', 'toolUseId', 'model', 'costUsd', 'status', 'error'] as const;
const SHAPES = ['inputShape', 'outputShape'] as const;
const PROMOTED = new Set<string>([...SEED_FIELDS, ...SEED_NUMBERS, ...CORRELATION_FIELDS, ...SHAPES]);

/** A line of the log file, before pino adds `level`. `undefined` fields are left out of the JSON. */
export type FileRecord = Record<string, unknown>;

/**
 * Maps a log record to the seed's log line: `timestamp`, `event`, `sessionId`, `toolName`, `input`,
 * `output`, `latencyMs`, `inputTokens`, `outputTokens`, then `traceId`, `spanId`, `promptId`, `toolUseId`,
 * `model`, `costUsd`, `status`, `error`, `id`, and the rest under `attributes` and `body`.
 * `input`/`output` are the captured content (`body.input`/`body.output`) when present, otherwise
 * `{ "shape": … }` from the `inputShape`/`outputShape` attributes.
 */
export function logToFileRecord(log: LogRecordData): FileRecord {
  const attributes = log.attributes;
  const body = log.body ?? {};
  const record: FileRecord = { timestamp: isoTime(log.timeMs), event: log.event };
  for (const key of SEED_FIELDS) record[key] = own(attributes, key);
  record.input = content(body, 'input', own(attributes, 'inputShape'));
  record.output = content(body, 'output', own(attributes, 'outputShape'));
  for (const key of SEED_NUMBERS) record[key] = own(attributes, key);
  record.traceId = log.traceId;
  record.spanId = log.spanId;
  for (const key of CORRELATION_FIELDS) record[key] = own(attributes, key);
  record.id = log.id;
  record.attributes = rest(attributes, PROMOTED);
  record.body = rest(body, new Set(['input', 'output']));
  return record;
}

/**
 * Maps a span to one line with `event: "span"`: `timestamp` (start), `sessionId`, `name`, `latencyMs`
 * (duration), `status` and `error` (the status message), ids, `kind`, `endTimestamp`, `attributes`, `events`.
 */
export function spanToFileRecord(span: SpanData): FileRecord {
  const attributes = span.attributes;
  return {
    timestamp: isoTime(span.startTimeMs),
    event: 'span',
    sessionId: own(attributes, 'session.id') ?? own(attributes, 'sessionId'),
    name: span.name,
    latencyMs: span.endTimeMs - span.startTimeMs,
    traceId: span.traceId,
    spanId: span.spanId,
    parentSpanId: span.parentSpanId,
    kind: span.kind,
    status: span.status.code,
    error: span.status.code === 'error' ? span.status.message : undefined,
    endTimestamp: isoTime(span.endTimeMs),
    attributes: Object.keys(attributes).length > 0 ? attributes : undefined,
    events:
      span.events.length > 0
        ? span.events.map((e) => ({ name: e.name, timestamp: isoTime(e.timeMs), attributes: e.attributes }))
        : undefined,
  };
}

/** `null` for a time `Date` cannot represent, rather than a throw. */
function isoTime(ms: number): string | null {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : null;
}

function own(attributes: Attributes, key: string): AttributeValue | undefined {
  return Object.hasOwn(attributes, key) ? attributes[key] : undefined;
}

function content(body: Readonly<Record<string, unknown>>, key: string, shape: unknown): unknown {
  if (Object.hasOwn(body, key)) return body[key];
  return shape === undefined ? undefined : { shape };
}

function rest(source: Readonly<Record<string, unknown>>, skip: ReadonlySet<string>): FileRecord | undefined {
  let out: FileRecord | undefined;
  for (const key of Object.keys(source)) {
    if (skip.has(key)) continue;
    out ??= {};
    // defineProperty, so a key named `__proto__` stays data rather than replacing the prototype.
    Object.defineProperty(out, key, {
      value: source[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
