import type { SpanData } from '@glassbox/spec';
import { attributeText, type DatadogTags, spanType } from './datadog-tags.js';

/** One span of a Datadog v0.4 trace payload (what the Agent's `/v0.4/traces` decodes). */
export interface ApmSpan {
  trace_id: bigint;
  span_id: bigint;
  parent_id: bigint;
  name: string;
  resource: string;
  service: string;
  type: string;
  /** Epoch nanoseconds. */
  start: bigint;
  /** Nanoseconds. */
  duration: number;
  error: 0 | 1;
  meta: Record<string, string>;
  metrics: Record<string, number>;
}

/** Keep every span: the Agent's sampler would otherwise drop parts of a session's tree. */
const USER_KEEP = 2;

const OPERATION: Readonly<Record<string, string>> = {
  session: 'claude_code.session',
  turn: 'claude_code.turn',
  llm: 'claude_code.llm',
  llm_unanswered: 'claude_code.llm',
  tool: 'claude_code.tool',
  subagent: 'claude_code.subagent',
};

const finite = (n: number) => (Number.isFinite(n) ? n : 0);

/** The low 64 bits of a hex id as Datadog's unsigned 64-bit id. */
const low64 = (hex: string) => BigInt(`0x${hex.slice(-16)}`);

/**
 * Maps spans to v0.4 traces (one array per trace id). Ids are glassbox's own, so a re-sent span has the same
 * trace and span id: the 128-bit trace id is the low 64 bits plus `_dd.p.tid` (how dd-trace sends 128-bit ids).
 * Times keep microsecond precision (epoch nanoseconds exceed a double's integers).
 */
export function toApmTraces(spans: readonly SpanData[], tags: DatadogTags): ApmSpan[][] {
  const traces = new Map<string, ApmSpan[]>();
  for (const s of spans) {
    const type = spanType(s.attributes);
    // Null-prototype maps: an attribute may be named `__proto__`.
    const meta: Record<string, string> = Object.assign(Object.create(null), tags.meta);
    const metrics: Record<string, number> = Object.create(null);
    metrics._sampling_priority_v1 = USER_KEEP;
    for (const [key, value] of Object.entries(s.attributes)) {
      if (typeof value === 'number') metrics[key] = Number.isFinite(value) ? value : 0;
      else meta[key] = attributeText(value);
    }
    meta['span.kind'] = s.kind;
    meta['_dd.p.tid'] = s.traceId.slice(0, 16);
    if (tags.env !== undefined) meta.env = tags.env;
    if (tags.version !== undefined) meta.version = tags.version;
    meta.component = 'glassbox';
    const error = s.status.code === 'error';
    if (error) {
      meta['error.message'] = s.status.message ?? (meta['error.type'] || 'error');
      meta['error.type'] ??= 'error';
    }
    if (s.parentSpanId === undefined) metrics['_dd.top_level'] = 1;
    const span: ApmSpan = {
      trace_id: low64(s.traceId),
      span_id: low64(s.spanId),
      parent_id: s.parentSpanId === undefined ? 0n : low64(s.parentSpanId),
      name: (type && OPERATION[type]) || 'glassbox.span',
      resource: s.name,
      service: tags.service,
      type: type === 'llm' || type === 'llm_unanswered' ? 'llm' : 'custom',
      start: BigInt(Math.round(finite(s.startTimeMs) * 1000)) * 1000n,
      duration: Math.max(0, Math.round(finite(s.endTimeMs - s.startTimeMs) * 1e6)),
      error: error ? 1 : 0,
      meta,
      metrics,
    };
    const trace = traces.get(s.traceId);
    if (trace) trace.push(span);
    else traces.set(s.traceId, [span]);
  }
  return [...traces.values()];
}
