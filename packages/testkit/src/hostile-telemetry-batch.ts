import type { AuditRecordData, LogRecordData, MetricData, SpanData, TelemetryBatch } from '@glassbox/spec';

/**
 * The batches an exporter must survive: each is valid for the TypeScript types and keeps the documented
 * invariants (well-formed ids, `endTimeMs >= startTimeMs`, histogram buckets = boundaries + 1), but is
 * otherwise as unkind as the types allow. What "hostile but type-valid" covers:
 * - every list empty; a batch of nothing but one signal;
 * - strings: empty, 1 MiB long, newlines, NUL and other control characters, emoji, right-to-left text,
 *   a lone surrogate, `__proto__`/`constructor` as keys, an empty key;
 * - numbers: NaN, ±Infinity, -0, 2^53 + 1, negative sums on a non-monotonic sum, empty point lists;
 * - `body`/`metadata` (`unknown` values): a cycle, a bigint, a Date, `undefined`, nesting 200 deep;
 * - a span whose parent is not in the batch; 1000 points in one metric.
 * Not covered, because the types or the invariants forbid them: functions or symbols in `unknown` fields
 * (they cannot cross the agent's spool), malformed ids, negative durations.
 */
export function hostileTelemetryBatches(): { readonly label: string; readonly batch: TelemetryBatch }[] {
  return [
    { label: 'every list empty', batch: emptyBatch('hostile-empty') },
    { label: 'hostile strings and numbers in every signal', batch: hostileBatch() },
    { label: 'only metrics, with NaN, infinities and empty points', batch: metricsOnlyBatch() },
    { label: 'cyclic, bigint and deeply nested content', batch: contentBatch() },
  ];
}

const MIB = 1024 * 1024;
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const T0 = Date.parse('2026-04-28T10:23:45.000Z');
const WEIRD =
  'line1\nline2\r\n\ttab \u0000nul \u001b[31mansi\u001b[0m 🔧 工具 مرحبا \u2028 \ud800 "quoted" \\';

function emptyBatch(id: string): TelemetryBatch {
  return { id, resource: { attributes: {} }, spans: [], metrics: [], logs: [], audit: [] };
}

function weirdAttributes(): Record<
  string,
  string | number | boolean | readonly string[] | readonly number[]
> {
  return {
    '': 'empty key',
    constructor: 'shadowed',
    'key with spaces and ünïcödé': WEIRD,
    huge: 'x'.repeat(MIB),
    nan: Number.NaN,
    inf: Number.POSITIVE_INFINITY,
    negInf: Number.NEGATIVE_INFINITY,
    negZero: -0,
    beyondSafe: 2 ** 53 + 1,
    emptyList: [],
    weirdList: ['', WEIRD, '\n'],
    numbers: [Number.NaN, 1e308, -1e-308],
  };
}

function hostileBatch(): TelemetryBatch {
  // JSON.parse makes `__proto__` an own property, the way it arrives from the spool.
  const attributes = Object.assign(JSON.parse('{"__proto__":"from json"}') as object, weirdAttributes());
  const spans: SpanData[] = [
    {
      traceId: TRACE_ID,
      spanId: '00f067aa0ba902b7',
      parentSpanId: 'a3ce929d0e0e4736',
      name: '',
      kind: 'server',
      startTimeMs: T0,
      endTimeMs: T0,
      status: { code: 'error', message: WEIRD.repeat(1000) },
      attributes,
      events: [
        { name: WEIRD, timeMs: T0 + 0.001, attributes },
        { name: '', timeMs: T0 },
      ],
    },
    {
      traceId: TRACE_ID,
      spanId: '1111111111111111',
      name: WEIRD,
      kind: 'producer',
      startTimeMs: T0 + 0.25,
      endTimeMs: T0 + 1e9,
      status: { code: 'unset', message: '' },
      attributes: {},
      events: [],
    },
  ];
  const logs: LogRecordData[] = [
    { id: '', timeMs: T0, severity: 'warn', event: '', attributes: {} },
    {
      id: WEIRD,
      timeMs: 0,
      severity: 'error',
      event: WEIRD,
      traceId: TRACE_ID,
      attributes: {
        ...attributes,
        sessionId: WEIRD,
        toolName: '',
        latencyMs: Number.NaN,
        inputTokens: Number.POSITIVE_INFINITY,
        outputTokens: -0,
        inputShape: ['not', 'a', 'string'],
      },
      body: { input: WEIRD, output: null, extra: 'x'.repeat(MIB) },
    },
  ];
  return {
    id: WEIRD,
    resource: { attributes },
    spans,
    metrics: [
      {
        kind: 'sum',
        name: WEIRD,
        temporality: 'delta',
        monotonic: false,
        points: [{ attributes, startTimeMs: T0, timeMs: T0, value: -42.5 }],
      },
    ],
    logs,
    audit: chained([
      {
        id: WEIRD,
        seq: 0,
        timestamp: '',
        sessionId: WEIRD,
        userId: '',
        decisionType: 'safety_block',
        toolName: WEIRD,
        inputHash: '',
        metadata: { weird: WEIRD, nan: Number.NaN, huge: 'y'.repeat(MIB) },
        prevHash: '0'.repeat(64),
        hash: 'f'.repeat(64),
      },
    ]),
  };
}

function metricsOnlyBatch(): TelemetryBatch {
  const many = Array.from({ length: 1000 }, (_, i) => ({
    attributes: { i },
    timeMs: T0 + i,
    value: i % 3 === 0 ? Number.NaN : i,
  }));
  const metrics: MetricData[] = [
    { kind: 'gauge', name: 'g.nan', points: many },
    {
      kind: 'gauge',
      name: 'g.inf',
      unit: '',
      points: [
        { attributes: {}, timeMs: T0, value: Number.POSITIVE_INFINITY },
        { attributes: {}, timeMs: T0, value: Number.NEGATIVE_INFINITY },
      ],
    },
    { kind: 'sum', name: 's.empty', temporality: 'cumulative', monotonic: true, points: [] },
    {
      kind: 'histogram',
      name: 'h.no-boundaries',
      temporality: 'delta',
      boundaries: [],
      points: [{ attributes: {}, startTimeMs: T0, timeMs: T0, count: 0, sum: 0, bucketCounts: [0] }],
    },
    {
      kind: 'histogram',
      name: 'h.nan-sum',
      temporality: 'cumulative',
      boundaries: [0, 1],
      points: [
        {
          attributes: weirdAttributes(),
          startTimeMs: T0,
          timeMs: T0,
          count: 3,
          sum: Number.NaN,
          min: Number.NEGATIVE_INFINITY,
          max: Number.POSITIVE_INFINITY,
          bucketCounts: [1, 1, 1],
        },
      ],
    },
  ];
  return { ...emptyBatch('hostile-metrics'), metrics };
}

function contentBatch(): TelemetryBatch {
  const cyclic: Record<string, unknown> = { name: 'loop' };
  cyclic.self = cyclic;
  cyclic.list = [cyclic, { back: cyclic }];
  let deep: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < 200; i++) deep = { next: deep };
  const body = {
    input: cyclic,
    output: { big: 12345678901234567890n, when: new Date(T0), missing: undefined, deep },
  };
  return {
    ...emptyBatch('hostile-content'),
    logs: [
      {
        id: 'hostile-content:1',
        timeMs: T0,
        severity: 'info',
        event: 'tool_call',
        attributes: { sessionId: 'sess_hostile', toolName: 'Bash' },
        body,
      },
    ],
    audit: chained([
      {
        id: 'd'.repeat(32),
        seq: 7,
        timestamp: new Date(T0).toISOString(),
        sessionId: 'sess_hostile',
        userId: 'u',
        decisionType: 'tool_call',
        inputHash: 'a'.repeat(64),
        metadata: { cyclic, big: 1n, deep },
        prevHash: 'b'.repeat(64),
        hash: 'c'.repeat(64),
      },
    ]),
  };
}

/** Chained records are decisions too: the batch may carry either. */
function chained(records: AuditRecordData[]): AuditRecordData[] {
  return records;
}
