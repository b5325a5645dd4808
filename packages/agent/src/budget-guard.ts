import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BUDGET_FILE,
  type BudgetSettings,
  type BudgetStanding,
  budgetStandings,
  firstDayKept,
  hasBudget,
  type SessionBudgetStanding,
  type SessionTrace,
  type SpendBySession,
  SpendLedger,
  sessionBudgetStanding,
  spendByDay,
  utcDay,
} from '@glassbox/core';
import type { Attributes, MetricData } from '@glassbox/spec';
import type { CountFn } from './agent-counters.js';
import { budgetBlockReason, budgetWarning } from './budget-messages.js';
import { DebouncedTask } from './debounced-task.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** `budget.json` is written this long after a change at most (and at stop). */
const SAVE_DELAY_MS = 250;

/** What `budget.json` in the agent home holds: the budgets the agent runs with and the spend ledger. */
export interface BudgetFile {
  readonly version: 1;
  readonly updatedMs: number;
  /** The plugin whose agent wrote it (whose options set the budgets). */
  readonly plugin: string;
  readonly settings: BudgetSettings | null;
  readonly sessions: SpendBySession;
}

export interface BudgetGuardOptions {
  /** Unset or without a limit: spend is still counted (a budget set later counts today's), nothing warns or stops. */
  readonly settings: BudgetSettings | undefined;
  /** The agent home: one ledger per user, whichever plugin's agent runs. */
  readonly home: string;
  readonly plugin: string;
  readonly now: () => number;
  readonly count: CountFn;
  /** On the budget gauges: `user.id` and `glassbox.team`. */
  readonly attributes: Attributes;
}

/**
 * Budgets: the spend ledger (each session's reconciled cost per UTC day, kept in `budget.json` in the agent home
 * across restarts), where each budget stands, the turn summary's warning, a new prompt's block, and the budget
 * gauges for alert rules.
 */
export class BudgetGuard {
  private ledger = new SpendLedger();
  private readonly saveLater = new DebouncedTask(SAVE_DELAY_MS, () => void this.save());
  private writes: Promise<void> = Promise.resolve();
  private readonly path: string;

  constructor(private readonly options: BudgetGuardOptions) {
    this.path = join(options.home, BUDGET_FILE);
  }

  /** Whether any limit is set. */
  get active(): boolean {
    return hasBudget(this.options.settings);
  }

  /** Whether a reached limit stops a new prompt. */
  get enforce(): boolean {
    return this.active && this.options.settings?.enforce === true;
  }

  /** Reads the ledger (an unreadable file starts an empty one: sessions rebuilt refill it) and records the settings. */
  async load(): Promise<void> {
    try {
      const saved = JSON.parse(await readFile(this.path, 'utf8')) as Partial<BudgetFile>;
      this.ledger = SpendLedger.fromJSON(saved.sessions);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.options.count('budget_file_unreadable');
    }
    this.ledger.prune(firstDayKept(this.options.now()));
    this.saveSoon();
  }

  /** A session's trace was built: its spend replaces what the ledger had for it. */
  note(sessionId: string, trace: SessionTrace): void {
    if (this.ledger.set(sessionId, spendByDay(trace))) this.saveSoon();
  }

  /** Where each budget stands now (the session's only with `sessionId`). */
  standings(sessionId?: string): BudgetStanding[] {
    return budgetStandings(
      this.active ? this.options.settings : undefined,
      this.ledger,
      this.options.now(),
      sessionId,
    );
  }

  /** The session budget against the last session to spend and today's largest (`/status`); none set: undefined. */
  sessionStanding(): SessionBudgetStanding | undefined {
    const settings = this.active ? this.options.settings : undefined;
    if (!settings?.sessionUsd) return undefined;
    const today = utcDay(this.options.now());
    return sessionBudgetStanding(this.ledger, settings.sessionUsd, settings.warnPercent, today);
  }

  /** The turn summary's budget part, when a budget is past its warning threshold. */
  warning(sessionId: string): string | undefined {
    return this.active ? budgetWarning(this.standings(sessionId), this.enforce) : undefined;
  }

  /** Why a new prompt of the session is stopped, when budgets are enforced and one is reached. */
  blockReason(sessionId: string): string | undefined {
    return this.enforce ? budgetBlockReason(this.standings(sessionId), this.options.plugin) : undefined;
  }

  /**
   * The day and month budgets as gauges (`glassbox.budget.limit_usd`, `.warn_usd`, `.spent_usd` by `period`), so
   * alert rules compare the spend with the limits the user set.
   */
  metrics(): MetricData[] {
    const standings = this.standings();
    if (standings.length === 0) return [];
    const timeMs = this.options.now();
    const warnShare = (this.options.settings?.warnPercent ?? 100) / 100;
    const gauge = (name: string, description: string, value: (s: BudgetStanding) => number): MetricData => ({
      kind: 'gauge',
      name,
      description,
      unit: 'USD',
      points: standings.map((s) => ({
        attributes: { ...this.options.attributes, period: s.period },
        timeMs,
        value: value(s),
      })),
    });
    return [
      gauge(
        'glassbox.budget.limit_usd',
        'The budget limit set, by period (UTC day, UTC month)',
        (s) => s.limitUsd,
      ),
      gauge(
        'glassbox.budget.warn_usd',
        'Spend from which the turn summary warns',
        (s) => s.limitUsd * warnShare,
      ),
      gauge(
        'glassbox.budget.spent_usd',
        'Spend in the current UTC day or month, as budgets count it',
        (s) => s.spentUsd,
      ),
    ];
  }

  private saveSoon(): void {
    this.saveLater.schedule();
  }

  /** Writes `budget.json` (atomically; one write at a time). */
  save(): Promise<void> {
    this.saveLater.cancel();
    const run = this.writes.then(() => {
      this.ledger.prune(firstDayKept(this.options.now()));
      const file: BudgetFile = {
        version: 1,
        updatedMs: this.options.now(),
        plugin: this.options.plugin,
        settings: this.active ? this.options.settings! : null,
        sessions: this.ledger.toJSON(),
      };
      return writeFileAtomic(this.path, `${JSON.stringify(file)}\n`);
    });
    this.writes = run.catch(() => this.options.count('budget_write_error'));
    return this.writes;
  }
}
