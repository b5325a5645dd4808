import type { UsagePricer } from '@glassbox/core';
import { priceResponse } from '@glassbox/pricing';
import {
  type Columns,
  R_COST,
  R_F64,
  R_MODEL,
  R_RECORDED,
  R_U32,
  readRowUsage,
  type StringTable,
} from './usage-tables.js';

/**
 * Prices every row by `@glassbox/pricing`'s one precedence (`priceResponse`, which the tracker uses too): the
 * table, then the `costUSD` old Claude Code versions recorded, else unknown (NaN).
 */
export function priceRows(responses: Columns, strings: StringTable, pricer: UsagePricer): void {
  const { u32, f64, count } = responses;
  for (let r = 0; r < count; r += 1) f64[r * R_F64 + R_COST] = rowCost(u32, f64, r, strings, pricer);
}

export function rowCost(
  u32: Uint32Array,
  f64: Float64Array,
  r: number,
  strings: StringTable,
  pricer: UsagePricer,
): number {
  const model = strings.get(u32[r * R_U32 + R_MODEL]!);
  const recorded = f64[r * R_F64 + R_RECORDED]!;
  const price = priceResponse(
    pricer,
    model,
    readRowUsage(u32, r, strings),
    Number.isNaN(recorded) ? undefined : recorded,
  );
  return price.costUsd ?? Number.NaN;
}
