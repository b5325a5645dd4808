/**
 * Adds per-response costs the way Claude Code does for `modelUsage[m].costUSD` and `total_cost_usd`: a
 * running float sum from 0 in the order the responses arrived. Summing in another order (or pairwise) can
 * differ in the last bits. Non-finite entries (an unknown cost passed as NaN) are skipped.
 */
export function sumCosts(costs: readonly number[]): number {
  let total = 0;
  for (const cost of costs) if (Number.isFinite(cost)) total += cost;
  return total;
}
