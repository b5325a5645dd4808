import type { UsagePricer } from '@glassbox/core';
import { PRICING_VERSION, priceUsage } from '@glassbox/pricing';

/** The pricer every command uses, and a key that changes whenever its prices do (for the report cache). */
export interface CliPricing {
  readonly pricer: UsagePricer;
  readonly key: string;
}

/** `@glassbox/pricing`'s `priceUsage`: Claude Code's own accounting. */
export function cliPricing(): CliPricing {
  return { pricer: (model, usage) => priceUsage(model, usage), key: PRICING_VERSION };
}
