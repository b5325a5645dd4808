// The report by tool: calls, errors and latency percentiles from the rows of tool uses and results.
import { PairIndex } from './pair-index.js';
import type { ToolEntry } from './usage-report.js';
import {
  type StringTable,
  T_ERROR,
  T_ID,
  T_U32,
  U_ID,
  U_NAME,
  U_U32,
  type UsageTables,
} from './usage-tables.js';

function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function buildToolReport(
  tables: UsageTables,
  strings: StringTable,
  dateOf: (ms: number) => string,
  inRange: (date: string) => boolean,
): Record<string, ToolEntry> {
  const { toolUses: uses, toolResults: results } = tables;
  // First result per tool call id.
  const resultIndex = new PairIndex(results.count);
  const resultTime: number[] = [];
  const resultError: boolean[] = [];
  for (let i = 0; i < results.count; i += 1) {
    const o = i * T_U32;
    const k1 = results.u32[o + T_ID]!;
    const k2 = results.u32[o + T_ID + 1]!;
    if (resultIndex.get(k1, k2) !== -1) continue;
    resultIndex.set(k1, k2, resultTime.length);
    resultTime.push(results.f64[i]!);
    resultError.push(results.u32[o + T_ERROR] === 1);
  }
  const seen = new PairIndex(uses.count);
  const byName = new Map<number, { calls: number; completed: number; errors: number; latencies: number[] }>();
  for (let i = 0; i < uses.count; i += 1) {
    const o = i * U_U32;
    const k1 = uses.u32[o + U_ID]!;
    const k2 = uses.u32[o + U_ID + 1]!;
    if (seen.get(k1, k2) !== -1) continue;
    seen.set(k1, k2, 1);
    const time = uses.f64[i]!;
    if (!inRange(dateOf(time))) continue;
    const name = uses.u32[o + U_NAME]!;
    let t = byName.get(name);
    if (!t) byName.set(name, (t = { calls: 0, completed: 0, errors: 0, latencies: [] }));
    t.calls += 1;
    const ri = resultIndex.get(k1, k2);
    if (ri === -1) continue;
    t.completed += 1;
    if (resultError[ri]) t.errors += 1;
    const latency = resultTime[ri]! - time;
    if (Number.isFinite(latency) && latency >= 0) t.latencies.push(latency);
  }
  const out: [string, ToolEntry][] = [];
  for (const [name, t] of byName) {
    const sorted = t.latencies.sort((a, b) => a - b);
    const total = sorted.reduce((a, b) => a + b, 0);
    out.push([
      strings.get(name),
      {
        calls: t.calls,
        completed: t.completed,
        errors: t.errors,
        errorRate: t.completed > 0 ? t.errors / t.completed : 0,
        p50Ms: percentile(sorted, 50),
        p95Ms: percentile(sorted, 95),
        maxMs: sorted.length ? sorted[sorted.length - 1]! : null,
        meanMs: sorted.length ? total / sorted.length : null,
        totalMs: total,
      },
    ]);
  }
  out.sort((a, b) => b[1].calls - a[1].calls || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(out);
}
