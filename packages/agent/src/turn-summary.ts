import type { SessionTrace, TurnNode, UsageTotals } from '@glassbox/core';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatUsd(usd: number): string {
  if (usd === 0) return '$0';
  if (usd < 0.01) return `$${usd.toFixed(4)}`;
  if (usd < 1) return `$${usd.toFixed(3)}`;
  return `$${usd.toFixed(2)}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${integer.format(n)} ${n === 1 ? one : many}`;
}

/** The turn a Stop hook is about: by prompt id, else the last one. */
export function findTurn(trace: SessionTrace, promptId: string | undefined): TurnNode | undefined {
  if (promptId) {
    for (let i = trace.turns.length - 1; i >= 0; i--)
      if (trace.turns[i]!.promptId === promptId) return trace.turns[i];
  }
  return trace.turns[trace.turns.length - 1];
}

/**
 * The one line the Stop hook shows the user after each turn, e.g.
 * `glassbox · 3 model calls · 12,034 in / 512 out tokens (8,000 cached) · $0.0412 · 4 tool calls, 1 failed`.
 */
export function formatTurnSummary(totals: UsageTotals, sessionTotals?: UsageTotals): string {
  const parts = ['glassbox', plural(totals.llmCalls, 'model call')];
  const cached = totals.cacheReadInputTokens + totals.cacheCreationInputTokens;
  parts.push(
    `${integer.format(totals.inputTokens)} in / ${integer.format(totals.outputTokens)} out tokens` +
      (cached > 0 ? ` (${integer.format(cached)} cached)` : ''),
  );
  const cost = formatUsd(totals.costUsd) + (totals.unpricedCalls > 0 ? '+' : '');
  parts.push(sessionTotals ? `${cost} (session ${formatUsd(sessionTotals.costUsd)})` : cost);
  const tools = plural(totals.toolCalls, 'tool call');
  parts.push(totals.toolFailures > 0 ? `${tools}, ${integer.format(totals.toolFailures)} failed` : tools);
  return parts.join(' · ');
}
