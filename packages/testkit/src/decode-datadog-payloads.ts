import { decodeMsgpack } from './msgpack-decode.js';

/** One APM span as a Datadog Agent decodes it from `/v0.4/traces` or `/v0.5/traces`. */
export interface DecodedApmSpan {
  /** 32 hex digits when the tracer sent the high half (`_dd.p.tid`), else 16. */
  readonly traceId: string;
  readonly spanId: string;
  /** Absent for a root span (parent id 0). */
  readonly parentId?: string;
  readonly name: string;
  readonly resource: string;
  readonly service: string;
  readonly type: string;
  /** Epoch nanoseconds. */
  readonly start: bigint;
  /** Nanoseconds. */
  readonly duration: number;
  readonly error: number;
  readonly meta: Readonly<Record<string, string>>;
  readonly metrics: Readonly<Record<string, number>>;
}

/** One DogStatsD sample (`name:value|type|@rate|#tags|T<ts>`). */
export interface DogStatsDSample {
  readonly name: string;
  readonly value: number;
  /** `c`, `g`, `d`, `h`, `ms`, `s`. */
  readonly type: string;
  readonly sampleRate?: number;
  readonly tags: readonly string[];
  /** Unix seconds, when the client sent one (DogStatsD 1.3). */
  readonly timestamp?: number;
}

type Raw = Record<string, unknown>;

const hex16 = (v: unknown) => {
  const big = typeof v === 'bigint' ? v : BigInt(typeof v === 'number' ? v : 0);
  return big.toString(16).padStart(16, '0');
};

function toSpan(raw: Raw, tid: string | undefined): DecodedApmSpan {
  const meta = (raw.meta ?? {}) as Record<string, string>;
  const parent = hex16(raw.parent_id);
  return {
    traceId: (tid ?? '') + hex16(raw.trace_id),
    spanId: hex16(raw.span_id),
    ...(parent === '0'.repeat(16) ? {} : { parentId: parent }),
    name: String(raw.name ?? ''),
    resource: String(raw.resource ?? ''),
    service: String(raw.service ?? ''),
    type: String(raw.type ?? ''),
    start: BigInt(raw.start as number | bigint),
    duration: Number(raw.duration ?? 0),
    error: Number(raw.error ?? 0),
    meta,
    metrics: (raw.metrics ?? {}) as Record<string, number>,
  };
}

/** Tracers put the high half of a 128-bit trace id (`_dd.p.tid`) on one span of the chunk (the first). */
function traceTid(trace: readonly Raw[]): string | undefined {
  for (const span of trace) {
    const tid = (span.meta as Record<string, unknown> | undefined)?.['_dd.p.tid'];
    if (typeof tid === 'string' && /^[0-9a-f]{16}$/.test(tid)) return tid;
  }
  return undefined;
}

/** Decodes a trace payload: v0.4 (arrays of span maps) or v0.5 (a string table and arrays of span arrays). */
export function decodeTracePayload(version: '0.4' | '0.5', body: Uint8Array): DecodedApmSpan[][] {
  const payload = decodeMsgpack(body);
  if (version === '0.4') {
    if (!Array.isArray(payload)) throw new Error('v0.4 payload is not an array of traces');
    return payload.map((trace: Raw[]) => {
      const tid = traceTid(trace);
      return trace.map((raw) => toSpan(raw, tid));
    });
  }
  const [strings, traces] = payload as [string[], unknown[][][]];
  const s = (i: unknown) => strings[Number(i)] ?? '';
  return traces.map((trace) => {
    const raws = trace.map((f) => {
      const meta: Record<string, string> = Object.create(null);
      for (const [k, v] of Object.entries(f[9] as Raw)) meta[s(k)] = s(v);
      const metrics: Record<string, number> = Object.create(null);
      for (const [k, v] of Object.entries(f[10] as Raw)) metrics[s(k)] = Number(v);
      return {
        service: s(f[0]),
        name: s(f[1]),
        resource: s(f[2]),
        trace_id: f[3],
        span_id: f[4],
        parent_id: f[5],
        start: f[6],
        duration: f[7],
        error: f[8],
        meta,
        metrics,
        type: s(f[11]),
      } satisfies Raw;
    });
    const tid = traceTid(raws);
    return raws.map((raw) => toSpan(raw, tid));
  });
}

/** Parses one DogStatsD datagram (one or more lines). Lines that are not metrics (events, service checks) are skipped. */
export function parseDogStatsD(datagram: string): DogStatsDSample[] {
  const out: DogStatsDSample[] = [];
  for (const line of datagram.split('\n')) {
    if (line === '' || line.startsWith('_e{') || line.startsWith('_sc|')) continue;
    const [head, type, ...fields] = line.split('|');
    const colon = head?.indexOf(':') ?? -1;
    if (!head || colon <= 0 || !type) continue;
    let tags: string[] = [];
    let sampleRate: number | undefined;
    let timestamp: number | undefined;
    for (const f of fields) {
      if (f.startsWith('#')) tags = f.slice(1).split(',').filter(Boolean);
      else if (f.startsWith('@')) sampleRate = Number(f.slice(1));
      else if (f.startsWith('T')) timestamp = Number(f.slice(1));
    }
    for (const value of head.slice(colon + 1).split(':')) {
      out.push({
        name: head.slice(0, colon),
        value: Number(value),
        type,
        tags,
        ...(sampleRate !== undefined ? { sampleRate } : {}),
        ...(timestamp !== undefined ? { timestamp } : {}),
      });
    }
  }
  return out;
}
