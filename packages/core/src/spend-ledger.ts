import type { SessionTrace } from './session-trace.js';

/** The file in the agent home (next to `agent.key`) that keeps the spend ledger and the budget settings. */
export const BUDGET_FILE = 'budget.json';

/** `YYYY-MM-DD` of an epoch time in UTC: budgets count UTC days and months. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * What a session cost per UTC day, from its reconciled trace (the cost the turn summary, `glassbox trace` and
 * every exporter show): each turn on the day it started, whatever sits outside a turn on the day the session was
 * last active. The days add up to `trace.totals.costUsd`.
 */
export function spendByDay(trace: SessionTrace): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (day: string, usd: number): void => {
    out[day] = (out[day] ?? 0) + usd;
  };
  let inTurns = 0;
  for (const turn of trace.turns) {
    if (turn.totals.costUsd <= 0) continue;
    add(utcDay(turn.startMs), turn.totals.costUsd);
    inTurns += turn.totals.costUsd;
  }
  // Float sums of the same calls differ in the last bits: only a real remainder is spend outside the turns.
  const rest = trace.totals.costUsd - inTurns;
  if (rest > 1e-9) add(utcDay(trace.endMs), rest);
  return out;
}

/** `budget.json`'s ledger: session id → UTC day → USD. */
export type SpendBySession = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * Spend per session and UTC day. A session's entry is replaced, never added to, whenever its trace is built: a
 * rebuilt, replayed or resumed session (an agent restart, a spool replay, the Stop answer and the publication of
 * the same trace) is counted once, by its session id.
 */
export class SpendLedger {
  readonly #sessions = new Map<string, Readonly<Record<string, number>>>();

  /** Sets a session's spend by day; whether that changed anything. */
  set(sessionId: string, byDay: Readonly<Record<string, number>>): boolean {
    const old = this.#sessions.get(sessionId);
    if (old ? sameSpend(old, byDay) : Object.keys(byDay).length === 0) return false;
    // Re-inserted, so the ledger's order is the order sessions last spent in (the report's "last session").
    this.#sessions.delete(sessionId);
    this.#sessions.set(sessionId, { ...byDay });
    return true;
  }

  /** What one session cost (all its days). */
  session(sessionId: string): number {
    return sum(Object.values(this.#sessions.get(sessionId) ?? {}));
  }

  /** What every session cost on a UTC day (`YYYY-MM-DD`), or in a month (`YYYY-MM`). */
  period(prefix: string): number {
    let total = 0;
    for (const days of this.#sessions.values())
      for (const [day, usd] of Object.entries(days)) if (day.startsWith(prefix)) total += usd;
    return total;
  }

  /** Drops the days before `firstDay` (a session left with none goes); whether anything went. */
  prune(firstDay: string): boolean {
    let changed = false;
    for (const [sessionId, days] of this.#sessions) {
      const kept = Object.entries(days).filter(([day]) => day >= firstDay);
      if (kept.length === Object.keys(days).length) continue;
      changed = true;
      if (kept.length === 0) this.#sessions.delete(sessionId);
      else this.#sessions.set(sessionId, Object.fromEntries(kept));
    }
    return changed;
  }

  toJSON(): SpendBySession {
    return Object.fromEntries(this.#sessions);
  }

  /** A ledger from `toJSON`'s output; entries that are not a day and a finite amount are left out. */
  static fromJSON(value: unknown): SpendLedger {
    const ledger = new SpendLedger();
    if (!value || typeof value !== 'object') return ledger;
    for (const [sessionId, days] of Object.entries(value)) {
      if (!days || typeof days !== 'object') continue;
      const kept = Object.entries(days as Record<string, unknown>).filter(
        (entry): entry is [string, number] =>
          /^\d{4}-\d{2}-\d{2}$/.test(entry[0]) && typeof entry[1] === 'number' && Number.isFinite(entry[1]),
      );
      if (kept.length > 0) ledger.#sessions.set(sessionId, Object.fromEntries(kept));
    }
    return ledger;
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function sameSpend(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
