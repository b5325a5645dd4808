import type { PriceResult, UsagePricer } from '@glassbox/core';
import type { AnthropicUsage } from '@glassbox/pricing';
import * as pricing from '@glassbox/pricing';

/** The pricer every command uses, and a key that changes whenever its prices do (for the report cache). */
export interface CliPricing {
  readonly pricer: UsagePricer;
  readonly key: string;
  /** Whether a real price table is available. */
  readonly available: boolean;
}

type PriceFn = (model: string, usage: AnthropicUsage) => PriceResult;

/** `@glassbox/pricing`'s `priceUsage` (Claude Code's own accounting). */
export function cliPricing(): CliPricing {
  const mod = pricing as unknown as {
    priceUsage?: PriceFn;
    PRICING_VERSION?: string;
    priceTableVersion?: string;
  };
  const priceUsage = mod.priceUsage;
  if (typeof priceUsage !== 'function')
    return { pricer: () => ({ costUsd: undefined, known: false }), key: 'none', available: false };
  return {
    pricer: priceUsage,
    key: String(mod.PRICING_VERSION ?? mod.priceTableVersion ?? 'unversioned'),
    available: true,
  };
}
