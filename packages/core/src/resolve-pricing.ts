import {
  type AnthropicUsage,
  type PricingOptions as PriceUsageOptions,
  priceResponse,
  priceUsage,
  sumCosts as pricingSumCosts,
} from '@glassbox/pricing';
import type { LlmResponseEntry } from './transcript-entry.js';
import type { SumCosts } from './usage-totals.js';

/** What a pricer returns for one API response (the shape of `@glassbox/pricing`'s `priceUsage`). */
export interface PriceResult {
  readonly costUsd: number | undefined;
  readonly known: boolean;
  readonly canonicalModel?: string;
  readonly rule?: string;
}

export type UsagePricer = (model: string, usage: AnthropicUsage) => PriceResult;

/** `@glassbox/pricing` options (negotiated `overrides`), or a pricer of your own. */
export interface PricingOptions extends PriceUsageOptions {
  /** Prices one response. Default: `@glassbox/pricing`'s `priceUsage` (Claude Code's own accounting). */
  readonly pricer?: UsagePricer;
  /** Adds costs. Default: `@glassbox/pricing`'s `sumCosts` (a running sum, as Claude Code adds them). */
  readonly sumCosts?: SumCosts;
}

export interface ResolvedPricing {
  readonly pricer: UsagePricer;
  readonly sum: SumCosts;
}

/** The pricer and cost sum a tracker uses: the caller's own, else `@glassbox/pricing`'s with its overrides. */
export function resolvePricing(pricing: PricingOptions | undefined): ResolvedPricing {
  const priceOptions: PriceUsageOptions | undefined = pricing?.overrides
    ? { overrides: pricing.overrides }
    : undefined;
  return {
    pricer: pricing?.pricer ?? ((model, usage) => priceUsage(model, usage, priceOptions)),
    sum: pricing?.sumCosts ?? pricingSumCosts,
  };
}

/** One response's price and the model it was priced as (the requested model wins over the answering one). */
export function priceEntry(pricer: UsagePricer, e: LlmResponseEntry): { result: PriceResult; model: string } {
  const model = e.requestedModel ?? e.model;
  // The one precedence (table, then a legacy recorded costUSD) shared with `glassbox report`.
  const p = priceResponse(pricer, model, e.usage, e.recordedCostUsd);
  const result: PriceResult = {
    costUsd: p.costUsd,
    known: p.source !== 'unknown',
    ...(p.rule ? { rule: p.rule } : {}),
    ...(p.canonicalModel ? { canonicalModel: p.canonicalModel } : {}),
  };
  return { result, model };
}
