import type { AnthropicUsage } from './anthropic-usage.js';

/** The part of a `PriceResult` the precedence reads, so a caller's own pricer fits too. */
export interface TablePrice {
  readonly costUsd: number | undefined;
  readonly known: boolean;
  readonly canonicalModel?: string | undefined;
  readonly rule?: string | undefined;
}

/** Prices one response's usage (the shape of `priceUsage`, bound to its options). */
export type ResponsePricer = (model: string, usage: AnthropicUsage) => TablePrice;

/** What one response cost and which rule decided it. */
export interface ResponsePrice {
  /** USD; `undefined` when neither the table nor the transcript knows. */
  readonly costUsd: number | undefined;
  /** `table`: Claude Code's rates; `recorded`: the transcript's legacy `costUSD`; `unknown`: neither. */
  readonly source: 'table' | 'recorded' | 'unknown';
  /** For humans: the table's rule, or `recorded-costUSD`. */
  readonly rule: string | undefined;
  readonly canonicalModel: string | undefined;
}

/**
 * The one price precedence every command uses (tracker, trace, report): the price table first — it is Claude
 * Code's own rates, probed from the pinned binary, so the result equals its `total_cost_usd` — and the `costUSD`
 * old Claude Code versions wrote on a transcript line only for a model the table has no price for. A recorded
 * value is not checked by anything (ccusage's fixtures carry made-up ones), while the table is tested against the
 * binary; a pricer that throws prices nothing.
 */
export function priceResponse(
  pricer: ResponsePricer,
  model: string,
  usage: AnthropicUsage,
  recordedCostUsd: number | undefined,
): ResponsePrice {
  let table: TablePrice | undefined;
  try {
    table = pricer(model, usage);
  } catch {
    table = undefined;
  }
  if (table?.known && table.costUsd !== undefined && Number.isFinite(table.costUsd)) {
    return {
      costUsd: table.costUsd,
      source: 'table',
      rule: table.rule,
      canonicalModel: table.canonicalModel,
    };
  }
  if (recordedCostUsd !== undefined && Number.isFinite(recordedCostUsd)) {
    return {
      costUsd: recordedCostUsd,
      source: 'recorded',
      rule: 'recorded-costUSD',
      canonicalModel: table?.canonicalModel,
    };
  }
  return { costUsd: undefined, source: 'unknown', rule: table?.rule, canonicalModel: table?.canonicalModel };
}
