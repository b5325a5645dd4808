import type { AnthropicUsage } from '@glassbox/pricing';
import type { ModelTotals, SubagentNode, TraceChild, UsageTotals } from './session-trace.js';

/** Adds costs; the tracker passes `@glassbox/pricing`'s `sumCosts` so the pricing package controls rounding. */
export type SumCosts = (costs: readonly number[]) => number;

/** A plain running sum, the default where no pricing options say otherwise. */
export const defaultSum: SumCosts = (costs) => {
  let total = 0;
  for (const c of costs) total += c;
  return total;
};

type MutableModelTotals = { -readonly [K in keyof ModelTotals]: ModelTotals[K] };

function emptyModelTotals(): MutableModelTotals {
  return {
    llmCalls: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheReadInputTokens: 0,
    cacheCreationInputTokens: 0,
    cacheCreation5mInputTokens: 0,
    cacheCreation1hInputTokens: 0,
    webSearchRequests: 0,
    costUsd: 0,
    unpricedCalls: 0,
  };
}

/**
 * Cache writes by duration. The 1-hour part is the `ephemeral_1h` field (at most the total); the rest of
 * `cache_creation_input_tokens` is 5-minute — also when the split is missing (Anthropic's default).
 */
export function cacheWriteSplit(usage: AnthropicUsage): { fiveMinute: number; oneHour: number } {
  const oneHourField = usage.cache_creation?.ephemeral_1h_input_tokens ?? 0;
  const total =
    usage.cache_creation_input_tokens ??
    (usage.cache_creation?.ephemeral_5m_input_tokens ?? 0) + oneHourField;
  const oneHour = Math.max(0, Math.min(oneHourField, total));
  return { fiveMinute: total - oneHour, oneHour };
}

/** Totals of a list of children plus nested subagent totals. */
export function totalsOf(
  children: readonly TraceChild[],
  nested: readonly SubagentNode[],
  sum: SumCosts | undefined,
): UsageTotals {
  const own = emptyModelTotals();
  const byModel: Record<string, MutableModelTotals> = {};
  const costs: number[] = [];
  let toolCalls = 0;
  let toolErrors = 0;
  let toolDenied = 0;
  let toolInterrupted = 0;
  for (const child of children) {
    if (child.kind === 'tool') {
      toolCalls += 1;
      if (child.toolStatus === 'error') toolErrors += 1;
      else if (child.toolStatus === 'denied') toolDenied += 1;
      else if (child.toolStatus === 'interrupted') toolInterrupted += 1;
      continue;
    }
    const m = (byModel[child.pricedModel] ??= emptyModelTotals());
    const u = child.usage;
    const split = cacheWriteSplit(u);
    for (const t of [own, m]) {
      t.llmCalls += 1;
      t.inputTokens += u.input_tokens ?? 0;
      t.outputTokens += u.output_tokens ?? 0;
      t.cacheReadInputTokens += u.cache_read_input_tokens ?? 0;
      t.cacheCreationInputTokens += u.cache_creation_input_tokens ?? 0;
      t.cacheCreation5mInputTokens += split.fiveMinute;
      t.cacheCreation1hInputTokens += split.oneHour;
      t.webSearchRequests += u.server_tool_use?.web_search_requests ?? 0;
      if (child.costUsd === undefined) t.unpricedCalls += 1;
    }
    if (child.costUsd !== undefined) {
      costs.push(child.costUsd);
      m.costUsd += child.costUsd;
    }
  }
  own.costUsd = (sum ?? defaultSum)(costs);
  const mine: UsageTotals = {
    ...own,
    toolCalls,
    toolErrors,
    toolDenied,
    toolInterrupted,
    toolFailures: toolErrors + toolDenied + toolInterrupted,
    byModel,
  };
  return sumTotals([mine, ...nested.map((n) => n.totals)], sum ?? defaultSum);
}

/** Adds totals; costs are added with `sum` so the pricing package controls rounding. */
export function sumTotals(parts: readonly UsageTotals[], sum: SumCosts = defaultSum): UsageTotals {
  const out = emptyModelTotals();
  const byModel: Record<string, MutableModelTotals> = {};
  let toolCalls = 0;
  let toolErrors = 0;
  let toolDenied = 0;
  let toolInterrupted = 0;
  const costs: number[] = [];
  const modelCosts: Record<string, number[]> = {};
  for (const p of parts) {
    out.llmCalls += p.llmCalls;
    out.inputTokens += p.inputTokens;
    out.outputTokens += p.outputTokens;
    out.cacheReadInputTokens += p.cacheReadInputTokens;
    out.cacheCreationInputTokens += p.cacheCreationInputTokens;
    out.cacheCreation5mInputTokens += p.cacheCreation5mInputTokens;
    out.cacheCreation1hInputTokens += p.cacheCreation1hInputTokens;
    out.webSearchRequests += p.webSearchRequests;
    out.unpricedCalls += p.unpricedCalls;
    costs.push(p.costUsd);
    toolCalls += p.toolCalls;
    toolErrors += p.toolErrors;
    toolDenied += p.toolDenied;
    toolInterrupted += p.toolInterrupted;
    for (const [model, m] of Object.entries(p.byModel)) {
      const t = (byModel[model] ??= emptyModelTotals());
      t.llmCalls += m.llmCalls;
      t.inputTokens += m.inputTokens;
      t.outputTokens += m.outputTokens;
      t.cacheReadInputTokens += m.cacheReadInputTokens;
      t.cacheCreationInputTokens += m.cacheCreationInputTokens;
      t.cacheCreation5mInputTokens += m.cacheCreation5mInputTokens;
      t.cacheCreation1hInputTokens += m.cacheCreation1hInputTokens;
      t.webSearchRequests += m.webSearchRequests;
      t.unpricedCalls += m.unpricedCalls;
      (modelCosts[model] ??= []).push(m.costUsd);
    }
  }
  out.costUsd = sum(costs);
  for (const [model, list] of Object.entries(modelCosts)) byModel[model]!.costUsd = sum(list);
  return {
    ...out,
    toolCalls,
    toolErrors,
    toolDenied,
    toolInterrupted,
    toolFailures: toolErrors + toolDenied + toolInterrupted,
    byModel,
  };
}
