import type { SpendLedger } from './spend-ledger.js';

/** What one session spent against the per-session budget. */
export interface SessionSpend {
  readonly sessionId: string;
  /** The session's spend, all its days. */
  readonly spentUsd: number;
  /** Spent as a share of the session limit, in percent. */
  readonly percent: number;
  /** `warn` from `warnPercent` of the limit on, `reached` at the limit. */
  readonly state: 'ok' | 'warn' | 'reached';
}

/** Where the per-session budget stands: the last session to spend and the one that spent most today. */
export interface SessionBudgetStanding {
  readonly limitUsd: number;
  /** The session that spent last (on the latest day; among that day's, the one whose spend the ledger noted last). */
  readonly last?: SessionSpend;
  /** Of the sessions that spent today (UTC), the one with the largest spend; absent when none spent today. */
  readonly largestToday?: SessionSpend;
}

/**
 * The per-session budget seen from outside a session (`glassbox report`, `doctor`): a session limit alone says
 * nothing about whether sessions come near it, so it is shown against the last session's spend and today's largest.
 */
export function sessionBudgetStanding(
  ledger: SpendLedger,
  limitUsd: number,
  warnPercent: number,
  today: string,
): SessionBudgetStanding {
  const spend = (sessionId: string): SessionSpend => {
    const spentUsd = ledger.session(sessionId);
    const percent = (spentUsd / limitUsd) * 100;
    const state = spentUsd >= limitUsd ? 'reached' : percent >= warnPercent ? 'warn' : 'ok';
    return { sessionId, spentUsd, percent, state };
  };
  let last: { id: string; day: string } | undefined;
  let largest: SessionSpend | undefined;
  // The ledger lists sessions in the order they last spent: a later one on the same day wins.
  for (const [id, days] of Object.entries(ledger.toJSON())) {
    const latestDay = Object.keys(days).sort().at(-1);
    if (latestDay === undefined) continue;
    if (!last || latestDay >= last.day) last = { id, day: latestDay };
    if ((days[today] ?? 0) > 0) {
      const s = spend(id);
      if (!largest || s.spentUsd > largest.spentUsd) largest = s;
    }
  }
  return {
    limitUsd,
    ...(last ? { last: spend(last.id) } : {}),
    ...(largest ? { largestToday: largest } : {}),
  };
}
