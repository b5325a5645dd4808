export type { AnthropicUsage, AnthropicUsageIteration } from './anthropic-usage.js';
export { canonicalModelId, canonicalModelIdByRules } from './canonical-model-id.js';
export type { ParsedPriceOverrides, PriceCategory, PriceOverride } from './parse-price-overrides.js';
export { PRICE_CATEGORIES, parsePriceOverrides } from './parse-price-overrides.js';
export type { ResponsePrice, ResponsePricer, TablePrice } from './price-response.js';
export { priceResponse } from './price-response.js';
export { PRICE_TABLE } from './price-table.js';
export type {
  LongContextPrices,
  ModelPrices,
  PriceRules,
  PriceSet,
  PriceTable,
  ThresholdToken,
} from './price-table-types.js';
export type { CostBreakdown, PriceResult, PricingOptions } from './price-usage.js';
export { priceUsage } from './price-usage.js';
export { PRICING_VERSION } from './pricing-version.js';
export { sumCosts } from './sum-costs.js';
