// What one API response is across its records: its dedup key, merging its copies, merging their usage.
import type { AnthropicUsage } from '@glassbox/pricing';
import type { LlmResponseEntry } from './transcript-entry-types.js';

function numericMax(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

/** Field-wise merge of two usage objects of the same response: the larger number wins (partial vs final). */
export function mergeUsage(a: AnthropicUsage, b: AnthropicUsage): AnthropicUsage {
  const out: {
    -readonly [K in keyof AnthropicUsage]: AnthropicUsage[K];
  } = {
    input_tokens: numericMax(a.input_tokens, b.input_tokens),
    output_tokens: numericMax(a.output_tokens, b.output_tokens),
    cache_creation_input_tokens: numericMax(a.cache_creation_input_tokens, b.cache_creation_input_tokens),
    cache_read_input_tokens: numericMax(a.cache_read_input_tokens, b.cache_read_input_tokens),
  };
  if (a.cache_creation || b.cache_creation) {
    out.cache_creation = {
      ephemeral_5m_input_tokens: numericMax(
        a.cache_creation?.ephemeral_5m_input_tokens,
        b.cache_creation?.ephemeral_5m_input_tokens,
      ),
      ephemeral_1h_input_tokens: numericMax(
        a.cache_creation?.ephemeral_1h_input_tokens,
        b.cache_creation?.ephemeral_1h_input_tokens,
      ),
    };
  }
  if (a.server_tool_use || b.server_tool_use) {
    out.server_tool_use = {
      web_search_requests: numericMax(
        a.server_tool_use?.web_search_requests,
        b.server_tool_use?.web_search_requests,
      ),
      web_fetch_requests: numericMax(
        a.server_tool_use?.web_fetch_requests,
        b.server_tool_use?.web_fetch_requests,
      ),
    };
  }
  const speed = b.speed ?? a.speed;
  if (speed != null) out.speed = speed;
  const geo = b.inference_geo ?? a.inference_geo;
  if (geo != null) out.inference_geo = geo;
  const tier = b.service_tier ?? a.service_tier;
  if (tier != null) out.service_tier = tier;
  // Server-side iterations (priced one by one above a long-context threshold): keep the fuller list.
  const ai = iterationsOf(a);
  const bi = iterationsOf(b);
  const iterations = bi && (!ai || (b.output_tokens ?? 0) >= (a.output_tokens ?? 0)) ? bi : ai;
  if (iterations) (out as Record<string, unknown>).iterations = iterations;
  for (const k of Object.keys(out) as (keyof AnthropicUsage)[]) if (out[k] === undefined) delete out[k];
  return out;
}

/**
 * A response's server-side iterations (`usage.iterations`, priced one by one above a long-context threshold), or
 * undefined when it has none: the tracker's merge and the report's rows read them the same way.
 */
export function iterationsOf(usage: AnthropicUsage): readonly unknown[] | undefined {
  const list = (usage as { iterations?: unknown }).iterations;
  return Array.isArray(list) && list.length > 0 ? list : undefined;
}

/** Dedup key of one API response: `message.id` + `requestId` (ccusage and Claude Code agree on it). */
export function llmKeyOf(entry: Pick<LlmResponseEntry, 'messageId' | 'requestId'>): string {
  return `${entry.messageId}\u0000${entry.requestId ?? ''}`;
}

/** Merges two records of the same API response. Order-independent for usage; timestamps widen. */
export function mergeLlmResponses(a: LlmResponseEntry, b: LlmResponseEntry): LlmResponseEntry {
  const toolUses = [...a.toolUses];
  const seen = new Set(toolUses.map((t) => t.id));
  for (const t of b.toolUses) if (!seen.has(t.id)) toolUses.push(t);
  const later = (b.lastTimeMs ?? 0) >= (a.lastTimeMs ?? 0) ? b : a;
  const earlier = later === b ? a : b;
  const merged: LlmResponseEntry = {
    ...earlier,
    kind: 'llm',
    usage: mergeUsage(a.usage, b.usage),
    toolUses,
    stopReason: later.stopReason ?? earlier.stopReason,
    model: a.model || b.model,
    requestedModel: a.requestedModel ?? b.requestedModel,
    requestRef: a.requestRef ?? b.requestRef,
    requestId: a.requestId ?? b.requestId,
    firstTimeMs: minDefined(a.firstTimeMs, b.firstTimeMs),
    lastTimeMs: numericMax(a.lastTimeMs, b.lastTimeMs),
    timeMs: minDefined(a.timeMs, b.timeMs),
    // A non-sidechain copy is the original; a sidechain copy may be a replay.
    isSidechain: a.isSidechain && b.isSidechain,
    agentId: a.agentId ?? b.agentId,
    apiError: a.apiError ?? b.apiError,
    attributionAgent: a.attributionAgent ?? b.attributionAgent,
    recordedCostUsd: a.recordedCostUsd ?? b.recordedCostUsd,
    records: a.records + b.records,
  };
  const thinking = a.thinking ?? b.thinking;
  return thinking === undefined ? merged : { ...merged, thinking };
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}
