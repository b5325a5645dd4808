import { describe, expect, it } from 'vitest';
import { firstDayKept } from './budget-standing.js';
import type { SessionTrace, TurnNode, UsageTotals } from './session-trace.js';
import { SpendLedger, spendByDay, utcDay } from './spend-ledger.js';

const cost = (costUsd: number) => ({ costUsd }) as UsageTotals;
const turn = (startMs: number, costUsd: number) => ({ startMs, totals: cost(costUsd) }) as TurnNode;
const trace = (turns: TurnNode[], totalUsd: number, endMs: number) =>
  ({ turns, totals: cost(totalUsd), endMs }) as unknown as SessionTrace;

const DEC_3_LATE = Date.parse('2026-12-03T23:59:00Z');
const DEC_4 = Date.parse('2026-12-04T00:01:00Z');

describe('spendByDay', () => {
  it('should put each turn on the UTC day it started and the rest of the session on its last day', () => {
    expect(utcDay(DEC_3_LATE)).toBe('2026-12-03');
    // A subagent attached to no turn cost 0.25: on the session's last day.
    expect(spendByDay(trace([turn(DEC_3_LATE, 1), turn(DEC_4, 0.5), turn(DEC_4, 0)], 1.75, DEC_4))).toEqual({
      '2026-12-03': 1,
      '2026-12-04': 0.75,
    });
    // Float noise between the turn sums and the session total is no spend.
    expect(spendByDay(trace([turn(DEC_4, 0.1), turn(DEC_4, 0.2)], 0.30000000000000004, DEC_4))).toEqual({
      '2026-12-04': 0.30000000000000004,
    });
  });
});

describe('SpendLedger', () => {
  it('should replace a session on every build, so a rebuilt or replayed session counts once', () => {
    const ledger = new SpendLedger();
    expect(ledger.set('a', { '2026-12-04': 1 })).toBe(true);
    expect(ledger.set('a', { '2026-12-04': 1 })).toBe(false);
    expect(ledger.set('a', { '2026-12-04': 1.5 })).toBe(true);
    ledger.set('b', { '2026-12-03': 2, '2026-12-04': 0.5 });
    ledger.set('c', { '2026-11-30': 4 });
    expect([ledger.session('a'), ledger.session('b'), ledger.session('nope')]).toEqual([1.5, 2.5, 0]);
    expect([ledger.period('2026-12-04'), ledger.period('2026-12'), ledger.period('2026-11')]).toEqual([
      2, 4, 4,
    ]);
    // Through JSON (an agent restart): the same figures; bad entries are left out.
    const again = SpendLedger.fromJSON({
      ...JSON.parse(JSON.stringify(ledger)),
      d: { yesterday: 1, '2026-12-04': 'x' },
      e: null,
    });
    expect(again.toJSON()).toEqual(ledger.toJSON());
    expect(SpendLedger.fromJSON('garbage').toJSON()).toEqual({});
  });

  it('should keep this month and the last one only', () => {
    expect(firstDayKept(DEC_4)).toBe('2026-11-01');
    expect(firstDayKept(Date.parse('2027-01-15T00:00:00Z'))).toBe('2026-12-01');
    const ledger = new SpendLedger();
    ledger.set('old', { '2026-10-31': 1 });
    ledger.set('both', { '2026-10-31': 1, '2026-11-01': 2 });
    expect(ledger.prune(firstDayKept(DEC_4))).toBe(true);
    expect(ledger.toJSON()).toEqual({ both: { '2026-11-01': 2 } });
    expect(ledger.prune(firstDayKept(DEC_4))).toBe(false);
  });
});
