import type { Attributes, SpanData } from '@glassbox/spec';
import { attributeText, type DatadogTags, spanType, tag } from './datadog-tags.js';

export type LlmObsSpanKind = 'agent' | 'workflow' | 'llm' | 'tool';

/** One LLM Observability span event (the `spans[]` item of the intake's `event_type: span` payload). */
export interface LlmObsSpanEvent {
  trace_id: string;
  span_id: string;
  parent_id: string;
  name: string;
  tags: string[];
  session_id?: string;
  start_ns: number;
  duration: number;
  status: 'ok' | 'error';
  meta: Record<string, unknown>;
  metrics: Record<string, number>;
  _dd: { span_id: string; trace_id: string; apm_trace_id: string };
}

/** The LLM Observability kind of each glassbox span type; other spans are not sent there. */
const KIND: Readonly<Record<string, LlmObsSpanKind>> = {
  session: 'agent',
  subagent: 'agent',
  turn: 'workflow',
  llm: 'llm',
  llm_unanswered: 'llm',
  tool: 'tool',
};

/** The parent id of a root span, as dd-trace sends it. */
const ROOT_PARENT_ID = 'undefined';

const decimal = (hex: string) => BigInt(`0x${hex.slice(-16)}`).toString();
const num = (a: Attributes, key: string) => (typeof a[key] === 'number' ? (a[key] as number) : undefined);
const str = (a: Attributes, key: string) => (typeof a[key] === 'string' ? (a[key] as string) : undefined);

/** Token and cost metrics under LLM Observability's names. */
function llmObsMetrics(a: Attributes): Record<string, number> {
  const metrics: Record<string, number> = {};
  const put = (name: string, value: number | undefined) => {
    if (value !== undefined && Number.isFinite(value)) metrics[name] = value;
  };
  // glassbox follows the GenAI convention: input tokens include cache reads and writes, as Datadog's do.
  const input = num(a, 'gen_ai.usage.input_tokens');
  const output = num(a, 'gen_ai.usage.output_tokens');
  put('input_tokens', input);
  put('output_tokens', output);
  if (input !== undefined || output !== undefined) put('total_tokens', (input ?? 0) + (output ?? 0));
  put('cache_read_input_tokens', num(a, 'gen_ai.usage.cache_read.input_tokens'));
  put('cache_write_input_tokens', num(a, 'gen_ai.usage.cache_creation.input_tokens'));
  put('ephemeral_5m_input_tokens', num(a, 'glassbox.usage.cache_creation.5m.input_tokens'));
  put('ephemeral_1h_input_tokens', num(a, 'glassbox.usage.cache_creation.1h.input_tokens'));
  put('estimated_total_cost', num(a, 'glassbox.cost.usd') ?? num(a, 'gen_ai.usage.cost_usd'));
  put('time_to_first_token', num(a, 'gen_ai.response.time_to_first_chunk'));
  return metrics;
}

/**
 * Maps the spans glassbox's tracker makes to LLM Observability span events: session and subagent as `agent`,
 * turn as `workflow`, model calls as `llm` (model name, provider `anthropic`), tool calls as `tool`. Ids are the
 * APM ids (decimal span ids, 128-bit hex trace id), so the two views link. Input and output are sent only when
 * the span carries content, which it does only with content capture on.
 */
export function toLlmObsEvents(
  spans: readonly SpanData[],
  tags: DatadogTags,
  mlApp: string,
): LlmObsSpanEvent[] {
  const events: LlmObsSpanEvent[] = [];
  for (const s of spans) {
    const type = spanType(s.attributes);
    const kind = type === undefined ? undefined : KIND[type];
    if (kind === undefined) continue;
    const a = s.attributes;
    const error = s.status.code === 'error';
    const sessionId = str(a, 'session.id') ?? str(a, 'gen_ai.conversation.id');
    const eventTags = [
      ...tags.list,
      tag('ml_app', mlApp),
      tag('source', 'glassbox'),
      `error:${error ? 1 : 0}`,
    ];
    if (sessionId !== undefined) eventTags.push(tag('session_id', sessionId));
    const meta: Record<string, unknown> = { 'span.kind': kind, input: {}, output: {} };
    if (kind === 'llm') {
      meta.model_name = str(a, 'gen_ai.response.model') ?? str(a, 'gen_ai.request.model') ?? 'unknown';
      meta.model_provider = 'anthropic';
    }
    if (kind === 'tool') {
      const args = a['gen_ai.tool.call.arguments'];
      const result = a['gen_ai.tool.call.result'];
      if (args !== undefined) meta.input = { value: attributeText(args) };
      if (result !== undefined) meta.output = { value: attributeText(result) };
    }
    if (error) {
      meta['error.message'] = s.status.message ?? str(a, 'error.type') ?? 'error';
      meta['error.type'] = str(a, 'error.type') ?? 'error';
    }
    const metadata: Record<string, string | number | boolean> = {};
    for (const key of ['gen_ai.agent.name', 'gen_ai.tool.name', 'gen_ai.tool.call.id', 'claude.prompt.id']) {
      const v = a[key];
      if (typeof v === 'string') metadata[key] = v;
    }
    if (Object.keys(metadata).length > 0) meta.metadata = metadata;
    const spanId = decimal(s.spanId);
    events.push({
      trace_id: s.traceId,
      span_id: spanId,
      parent_id: s.parentSpanId === undefined ? ROOT_PARENT_ID : decimal(s.parentSpanId),
      name: kind === 'tool' ? (str(a, 'gen_ai.tool.name') ?? s.name) : s.name,
      tags: eventTags,
      ...(sessionId !== undefined ? { session_id: sessionId } : {}),
      start_ns: Math.round(s.startTimeMs * 1e6),
      duration: Math.max(0, Math.round((s.endTimeMs - s.startTimeMs) * 1e6)),
      status: error ? 'error' : 'ok',
      meta,
      metrics: llmObsMetrics(a),
      _dd: { span_id: spanId, trace_id: s.traceId, apm_trace_id: s.traceId },
    });
  }
  return events;
}

/** The request body the intake takes: one event per span, as dd-trace's span writer batches them. */
export function llmObsPayload(events: readonly LlmObsSpanEvent[], tracerVersion: string): unknown[] {
  return events.map((event) => ({
    '_dd.stage': 'raw',
    '_dd.tracer_version': tracerVersion,
    event_type: 'span',
    spans: [event],
  }));
}
