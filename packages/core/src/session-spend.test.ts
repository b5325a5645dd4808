import { describe, expect, it } from 'vitest';
import { sessionBudgetStanding } from './session-spend.js';
import { SpendLedger } from './spend-ledger.js';

describe('sessionBudgetStanding', () => {
  it('should show the last session to spend and the largest session of today against the session limit', () => {
    const ledger = new SpendLedger();
    ledger.set('big', { '2026-12-04': 4.5 });
    ledger.set('yesterday', { '2026-12-03': 9 });
    ledger.set('last', { '2026-12-04': 1 });
    expect(sessionBudgetStanding(ledger, 5, 80, '2026-12-04')).toEqual({
      limitUsd: 5,
      last: { sessionId: 'last', spentUsd: 1, percent: 20, state: 'ok' },
      largestToday: { sessionId: 'big', spentUsd: 4.5, percent: 90, state: 'warn' },
    });
    // The big session spends again: it is now the last one too.
    ledger.set('big', { '2026-12-04': 6 });
    const again = sessionBudgetStanding(ledger, 5, 80, '2026-12-04');
    expect(again.last).toEqual({ sessionId: 'big', spentUsd: 6, percent: 120, state: 'reached' });
    expect(again.largestToday?.sessionId).toBe('big');
  });

  it('should count a session that ran past midnight by all its days, and say no session spent today when none did', () => {
    const ledger = SpendLedger.fromJSON({
      night: { '2026-12-03': 2, '2026-12-04': 1 },
      old: { '2026-12-02': 7 },
    });
    expect(sessionBudgetStanding(ledger, 10, 80, '2026-12-04')).toEqual({
      limitUsd: 10,
      last: { sessionId: 'night', spentUsd: 3, percent: 30, state: 'ok' },
      largestToday: { sessionId: 'night', spentUsd: 3, percent: 30, state: 'ok' },
    });
    const later = sessionBudgetStanding(ledger, 10, 80, '2026-12-05');
    expect(later.last?.sessionId).toBe('night');
    expect(later.largestToday).toBeUndefined();
    expect(sessionBudgetStanding(new SpendLedger(), 10, 80, '2026-12-05')).toEqual({ limitUsd: 10 });
  });
});
