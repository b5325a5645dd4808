import { type SpendLedger, utcDay } from './spend-ledger.js';

export type BudgetPeriod = 'session' | 'day' | 'month';

/** The budgets a user set (the plugin options `budget*`); a limit left out is no budget for that period. */
export interface BudgetSettings {
  /** USD one session may cost. */
  readonly sessionUsd?: number;
  /** USD all sessions of a UTC day may cost. */
  readonly dailyUsd?: number;
  /** USD all sessions of a UTC month may cost. */
  readonly monthlyUsd?: number;
  /** Share of a limit, in percent, past which the turn summary warns. */
  readonly warnPercent: number;
  /** Stop a new prompt once a limit is reached (otherwise only warn). */
  readonly enforce: boolean;
}

/** The plugin option that sets each limit: what a message tells the user to raise. */
export const BUDGET_SETTING_NAMES: Readonly<Record<BudgetPeriod, string>> = {
  session: 'budgetSessionUsd',
  day: 'budgetDailyUsd',
  month: 'budgetMonthlyUsd',
};

/** Where one budget stands. */
export interface BudgetStanding {
  readonly period: BudgetPeriod;
  /** What is counted: the UTC day (`2026-12-04`), the UTC month (`2026-12`) or the session id. */
  readonly window: string;
  readonly limitUsd: number;
  readonly spentUsd: number;
  /** Spent as a share of the limit, in percent. */
  readonly percent: number;
  /** `warn` from `warnPercent` of the limit on, `reached` at the limit. */
  readonly state: 'ok' | 'warn' | 'reached';
}

/** Whether any limit is set. */
export function hasBudget(settings: BudgetSettings | undefined): settings is BudgetSettings {
  return (
    settings !== undefined && [settings.sessionUsd, settings.dailyUsd, settings.monthlyUsd].some((v) => v)
  );
}

/**
 * Where each configured budget stands at `nowMs`: the session's (when `sessionId` is given), today's and this
 * month's, in that order, from the one spend ledger.
 */
export function budgetStandings(
  settings: BudgetSettings | undefined,
  ledger: SpendLedger,
  nowMs: number,
  sessionId?: string,
): BudgetStanding[] {
  if (!settings) return [];
  const day = utcDay(nowMs);
  const month = day.slice(0, 7);
  const out: BudgetStanding[] = [];
  const push = (period: BudgetPeriod, window: string, limitUsd: number | undefined, spentUsd: number) => {
    if (!limitUsd || limitUsd <= 0) return;
    const percent = (spentUsd / limitUsd) * 100;
    const state = spentUsd >= limitUsd ? 'reached' : percent >= settings.warnPercent ? 'warn' : 'ok';
    out.push({ period, window, limitUsd, spentUsd, percent, state });
  };
  if (sessionId !== undefined) push('session', sessionId, settings.sessionUsd, ledger.session(sessionId));
  push('day', day, settings.dailyUsd, ledger.period(day));
  push('month', month, settings.monthlyUsd, ledger.period(month));
  return out;
}

/** The first day the ledger must keep: the first of the previous UTC month (this month's spend and the last one's). */
export function firstDayKept(nowMs: number): string {
  const d = new Date(nowMs);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
}
