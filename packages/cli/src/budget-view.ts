// Budgets as `glassbox report` and `doctor` show them: read from `budget.json`, which the agent keeps in its home.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUDGET_FILE,
  type BudgetSettings,
  type BudgetStanding,
  budgetStandings,
  hasBudget,
  type SessionBudgetStanding,
  SpendLedger,
  sessionBudgetStanding,
  utcDay,
} from '@glassbox/core';
import { formatUsd } from './format-units.js';
import { sessionBudgetText } from './session-budget-text.js';

/** The budgets the agent runs with and where the day and month budgets stand. */
export interface BudgetView {
  /** The `budget.json` read. */
  readonly file: string;
  /** The plugin whose options set them. */
  readonly plugin?: string;
  readonly settings: BudgetSettings;
  readonly standings: readonly BudgetStanding[];
  /** The session limit against the last session's spend and today's largest (a session budget set: present). */
  readonly session?: SessionBudgetStanding;
}

/** How the report and doctor name each budget. */
export const BUDGET_NAMES = { session: 'session', day: 'daily', month: 'monthly' } as const;

/**
 * Reads `budget.json` from the first agent home that has one (the agent writes it: the budgets it runs with and
 * the spend ledger) and says where each budget stands at `nowMs`. Undefined when no budget is set.
 */
export function readBudgets(homes: readonly string[], nowMs: number): BudgetView | undefined {
  for (const home of homes) {
    const file = join(home, BUDGET_FILE);
    let saved: { plugin?: unknown; settings?: unknown; sessions?: unknown };
    try {
      saved = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    const settings = parseSettings(saved.settings);
    if (!settings) return undefined;
    const ledger = SpendLedger.fromJSON(saved.sessions);
    const { sessionUsd, warnPercent } = settings;
    return {
      file,
      ...(typeof saved.plugin === 'string' ? { plugin: saved.plugin } : {}),
      settings,
      standings: budgetStandings(settings, ledger, nowMs),
      ...(sessionUsd
        ? { session: sessionBudgetStanding(ledger, sessionUsd, warnPercent, utcDay(nowMs)) }
        : {}),
    };
  }
  return undefined;
}

function parseSettings(value: unknown): BudgetSettings | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const limit = (x: unknown) => (typeof x === 'number' && x > 0 ? x : undefined);
  const settings: BudgetSettings = {
    ...(limit(v.sessionUsd) ? { sessionUsd: limit(v.sessionUsd) } : {}),
    ...(limit(v.dailyUsd) ? { dailyUsd: limit(v.dailyUsd) } : {}),
    ...(limit(v.monthlyUsd) ? { monthlyUsd: limit(v.monthlyUsd) } : {}),
    warnPercent: typeof v.warnPercent === 'number' ? v.warnPercent : 80,
    enforce: v.enforce === true,
  };
  return hasBudget(settings) ? settings : undefined;
}

/** `$1.23 of $10.00 spent today (UTC 2026-12-04), 12%`. */
export function standingText(s: BudgetStanding): string {
  const window = s.period === 'day' ? `today (UTC ${s.window})` : `this month (UTC ${s.window})`;
  return `${formatUsd(s.spentUsd)} of ${formatUsd(s.limitUsd)} spent ${window}, ${Math.floor(s.percent)}%`;
}

/** The report's closing lines: each budget, how much of it is spent, whether it is enforced. */
export function renderBudgets(view: BudgetView): string {
  const { settings } = view;
  const lines = [
    `Budgets (${settings.enforce ? 'enforced: a new prompt is stopped at the limit' : 'warnings only'}; warning at ${settings.warnPercent}%):`,
  ];
  if (view.session) lines.push(`  session  ${sessionBudgetText(view.session)}`);
  for (const s of view.standings) {
    const mark = s.state === 'reached' ? '  ← reached' : s.state === 'warn' ? '  ← past the warning' : '';
    lines.push(`  ${BUDGET_NAMES[s.period].padEnd(8)} ${standingText(s)}${mark}`);
  }
  return `${lines.join('\n')}\n`;
}
