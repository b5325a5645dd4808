import type { UsagePricer } from '@glassbox/core';
import { PairIndex } from './pair-index.js';
import { rowCost } from './price-rows.js';
import {
  type Columns,
  FLAG_DEAD,
  FLAG_SIDECHAIN,
  mergeRows,
  R_COST,
  R_F64,
  R_FLAGS,
  R_KEY,
  R_MSG,
  R_U32,
  type StringTable,
} from './usage-tables.js';

/**
 * Marks every duplicate response dead (message id + request id; a sidechain replay of a known message under
 * another request id), merging it into the row kept, in place, and prices a row a merge changed.
 */
export function dedupeResponses(responses: Columns, strings: StringTable, pricer: UsagePricer): void {
  const { u32, f64, count } = responses;
  // The replay rule needs a message index only when some response is a sidechain one.
  let sidechains = false;
  for (let r = 0; r < count && !sidechains; r += 1)
    sidechains = (u32[r * R_U32 + R_FLAGS]! & FLAG_SIDECHAIN) !== 0;
  const byKey = new PairIndex(count);
  const byMessage = sidechains ? new PairIndex(count) : undefined;
  const dirty: number[] = [];
  for (let r = 0; r < count; r += 1) {
    const o = r * R_U32;
    u32[o + R_FLAGS] = u32[o + R_FLAGS]! & ~FLAG_DEAD;
    const k1 = u32[o + R_KEY]!;
    const k2 = u32[o + R_KEY + 1]!;
    let keep = byKey.get(k1, k2);
    if (keep === -1 && byMessage) {
      // A sidechain copy of a known message under another request id is a replay (ccusage#913).
      const m = byMessage.get(u32[o + R_MSG]!, u32[o + R_MSG + 1]!);
      if (m !== -1 && ((u32[m * R_U32 + R_FLAGS]! | u32[o + R_FLAGS]!) & FLAG_SIDECHAIN) !== 0) {
        keep = m;
        byKey.set(k1, k2, m);
      }
    }
    if (keep === -1) {
      byKey.set(k1, k2, r);
      byMessage?.set(u32[o + R_MSG]!, u32[o + R_MSG + 1]!, r);
      continue;
    }
    if (mergeRows(u32, f64, keep, u32, f64, r)) dirty.push(keep);
    u32[o + R_FLAGS] = u32[o + R_FLAGS]! | FLAG_DEAD;
  }
  for (const r of dirty) f64[r * R_F64 + R_COST] = rowCost(u32, f64, r, strings, pricer);
}
