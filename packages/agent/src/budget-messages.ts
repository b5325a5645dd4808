import { BUDGET_SETTING_NAMES, type BudgetPeriod, type BudgetStanding } from '@glassbox/core';
import { formatUsd } from './turn-summary.js';

const NAMES: Readonly<Record<BudgetPeriod, string>> = { session: 'session', day: 'daily', month: 'monthly' };

/** `$8.52 of $10.00 today (UTC)`. */
function spentOf(s: BudgetStanding): string {
  const where =
    s.period === 'session' ? 'this session' : s.period === 'day' ? 'today (UTC)' : 'this month (UTC)';
  return `${formatUsd(s.spentUsd)} of ${formatUsd(s.limitUsd)} ${where}`;
}

/**
 * What the turn summary adds for budgets past their warning threshold, e.g. `daily budget 85% used: $8.52 of
 * $10.00 today (UTC)`; undefined when none is.
 */
export function budgetWarning(standings: readonly BudgetStanding[], enforce: boolean): string | undefined {
  const parts = standings
    .filter((s) => s.state !== 'ok')
    .map((s) =>
      s.state === 'reached'
        ? `${NAMES[s.period]} budget reached: ${spentOf(s)}${enforce ? ', the next prompt will be stopped' : ''}`
        : `${NAMES[s.period]} budget ${Math.floor(s.percent)}% used: ${spentOf(s)}`,
    );
  return parts.length > 0 ? `⚠ ${parts.join(' · ')}` : undefined;
}

/**
 * Why a new prompt is stopped: the first budget reached (session, then day, then month), what is spent, the limit,
 * and how to go on. Undefined when no budget is reached.
 */
export function budgetBlockReason(standings: readonly BudgetStanding[], plugin: string): string | undefined {
  const s = standings.find((x) => x.state === 'reached');
  if (!s) return undefined;
  const until =
    s.period === 'session'
      ? 'start a new session'
      : s.period === 'day'
        ? 'wait for the next UTC day'
        : 'wait for the next UTC month';
  return (
    `Glassbox stopped this prompt: the ${NAMES[s.period]} budget is used up (${spentOf(s)}). ` +
    `To go on, raise ${BUDGET_SETTING_NAMES[s.period]} or set budgetEnforce to false in the ${plugin} plugin's ` +
    `options (/config, or pluginConfigs in ~/.claude/settings.json), or ${until}.`
  );
}
