import type { PricingOptions } from '@glassbox/core';
import { priceUsage, sumCosts } from '@glassbox/pricing';

/** Claude Code's own accounting (`@glassbox/pricing`): the session cost then equals its `total_cost_usd`. */
export function defaultPricing(): PricingOptions {
  return { pricer: (model, usage) => priceUsage(model, usage), sumCosts };
}
