import { describe, expect, it } from 'vitest';
import { budgetStandings, hasBudget } from './budget-standing.js';
import { SpendLedger } from './spend-ledger.js';

const DEC_4 = Date.parse('2026-12-04T00:01:00Z');

describe('budgetStandings', () => {
  const ledger = new SpendLedger();
  ledger.set('s1', { '2026-12-04': 8, '2026-12-01': 30 });
  ledger.set('s2', { '2026-12-04': 4 });

  it('should know whether any limit is set', () => {
    expect(hasBudget(undefined)).toBe(false);
    expect(hasBudget({ warnPercent: 80, enforce: true })).toBe(false);
    expect(hasBudget({ monthlyUsd: 5, warnPercent: 80, enforce: false })).toBe(true);
  });

  it('should say where each set budget stands: ok, past the warning, reached', () => {
    expect(
      budgetStandings(
        { sessionUsd: 10, dailyUsd: 15, monthlyUsd: 40, warnPercent: 80, enforce: true },
        ledger,
        DEC_4,
        's1',
      ),
    ).toEqual([
      { period: 'session', window: 's1', limitUsd: 10, spentUsd: 38, percent: 380, state: 'reached' },
      { period: 'day', window: '2026-12-04', limitUsd: 15, spentUsd: 12, percent: 80, state: 'warn' },
      { period: 'month', window: '2026-12', limitUsd: 40, spentUsd: 42, percent: 105, state: 'reached' },
    ]);
    expect(budgetStandings({ dailyUsd: 100, warnPercent: 80, enforce: false }, ledger, DEC_4, 's2')).toEqual([
      { period: 'day', window: '2026-12-04', limitUsd: 100, spentUsd: 12, percent: 12, state: 'ok' },
    ]);
    expect(budgetStandings(undefined, ledger, DEC_4, 's1')).toEqual([]);
  });
});
