// The per-session budget as `glassbox report` and `doctor` show it: the limit against what sessions spent.
import type { SessionBudgetStanding, SessionSpend } from '@glassbox/core';
import { formatUsd } from './format-units.js';

/** A session id as the report shows it: its first 8 characters (a UUID's first group). */
const short = (sessionId: string) => sessionId.slice(0, 8);

const spendText = (s: SessionSpend) =>
  `${short(s.sessionId)} ${formatUsd(s.spentUsd)} (${Math.floor(s.percent)}%)${s.state === 'reached' ? ' ← reached' : s.state === 'warn' ? ' ← past the warning' : ''}`;

/**
 * `$5.00 per session; last session 3f2a9c1e $1.20 (24%); largest today 9b0e11aa $4.10 (82%) ← past the warning`:
 * the limit alone says nothing about whether sessions come near it.
 */
export function sessionBudgetText(s: SessionBudgetStanding): string {
  const parts = [`${formatUsd(s.limitUsd)} per session`];
  if (!s.last) return `${parts[0]}; no session has spent yet`;
  parts.push(`last session ${spendText(s.last)}`);
  if (!s.largestToday) parts.push('none spent today');
  else if (s.largestToday.sessionId === s.last.sessionId) parts.push("today's largest");
  else parts.push(`largest today ${spendText(s.largestToday)}`);
  return parts.join('; ');
}

/** The worst of the last and today's largest session: what the doctor line's level follows. */
export function sessionBudgetState(s: SessionBudgetStanding): SessionSpend['state'] {
  const states = [s.last?.state, s.largestToday?.state];
  return states.includes('reached') ? 'reached' : states.includes('warn') ? 'warn' : 'ok';
}
