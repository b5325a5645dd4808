// Attribute helpers of the trace → telemetry mapping: span status, subtree usage totals, value shapes, no undefined.
import type { Attributes, AttributeValue, SpanStatus } from '@glassbox/spec';
import type { UsageTotals } from './session-trace.js';
import type { ValueShape } from './shape-of.js';

export type Attrs = Record<string, AttributeValue>;

export function spanStatus(status: 'ok' | 'error' | 'unset', message: string | undefined): SpanStatus {
  if (status === 'error') return message ? { code: 'error', message } : { code: 'error' };
  return { code: status === 'ok' ? 'ok' : 'unset' };
}

/** Totals of a subtree as span attributes (semconv input tokens include cache reads and writes). */
export function usageAttributes(t: UsageTotals): Attrs {
  return {
    'gen_ai.usage.input_tokens': t.inputTokens + t.cacheReadInputTokens + t.cacheCreationInputTokens,
    'gen_ai.usage.output_tokens': t.outputTokens,
    'gen_ai.usage.cache_read.input_tokens': t.cacheReadInputTokens,
    'gen_ai.usage.cache_creation.input_tokens': t.cacheCreationInputTokens,
    'glassbox.usage.uncached_input_tokens': t.inputTokens,
    'glassbox.usage.cache_creation.5m.input_tokens': t.cacheCreation5mInputTokens,
    'glassbox.usage.cache_creation.1h.input_tokens': t.cacheCreation1hInputTokens,
    'glassbox.cost.usd': t.costUsd,
    'glassbox.cost.known': t.unpricedCalls === 0,
    'glassbox.llm.calls': t.llmCalls,
    'glassbox.tool.calls': t.toolCalls,
    'glassbox.tool.failures': t.toolFailures,
  };
}

export function shapeAttributes(
  prefix: string,
  shape: ValueShape | undefined,
  bytes: number | undefined,
): Attrs {
  if (!shape) return bytes === undefined ? {} : { [`${prefix}.bytes`]: bytes };
  const out: Attrs = {
    [`${prefix}.type`]: shape.type,
    [`${prefix}.bytes`]: shape.bytes,
    [`${prefix}.hash`]: shape.hash,
  };
  if (shape.keys) out[`${prefix}.keys`] = [...shape.keys];
  if (shape.length !== undefined) out[`${prefix}.length`] = shape.length;
  return out;
}

/** Drops undefined values so attributes stay valid OpenTelemetry attributes. */
export function clean(attrs: Record<string, AttributeValue | undefined>): Attributes {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) out[k] = v;
  return out;
}
