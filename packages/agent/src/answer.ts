import { type HookInput, shouldSample } from '@glassbox/core';
import type { AgentConfig } from './agent-config.js';
import type { AgentReply } from './agent-server.js';
import type { BudgetGuard } from './budget-guard.js';
import type { Reconciler } from './reconcile.js';
import type { SessionPipeline } from './session-pipeline.js';
import { findTurn, formatTurnSummary } from './turn-summary.js';
import { withTimeout } from './with-timeout.js';

/** The Stop hook waits this long for its summary; a later one is not shown (the turn is published anyway). */
const STOP_ANSWER_MS = 1500;

export interface AnswerOptions {
  readonly config: Pick<AgentConfig, 'turnSummary' | 'samplingRate'>;
  readonly reconciler: Pick<Reconciler, 'cancel' | 'reconcileAtTurnEnd'>;
  /** Budgets: a warning on the Stop line, a new prompt stopped at an enforced limit. */
  readonly budget?: Pick<BudgetGuard, 'active' | 'note' | 'warning' | 'blockReason'>;
}

/**
 * The reply to an accepted hook: `{}`; for a Stop with `turnSummary` on (a sampled session) or a budget set, the
 * turn's line (`systemMessage`) built from the reconciled trace, with the budgets past their warning threshold;
 * for a UserPromptSubmit at an enforced budget's limit, `decision: block` and why.
 */
export async function answerHook(
  { config, reconciler, budget }: AnswerOptions,
  p: SessionPipeline,
  input: HookInput,
): Promise<AgentReply> {
  const event = input.hook_event_name;
  if (event === 'UserPromptSubmit') {
    const reason = budget?.blockReason(p.sessionId);
    return { status: 200, body: reason ? { decision: 'block', reason } : {} };
  }
  const summary = config.turnSummary && shouldSample(p.sessionId, config.samplingRate);
  if (event === 'Stop' && (summary || budget?.active)) {
    // Answer from the built trace; writing it out and exporting go on after the answer. This is the turn's
    // reconciliation: a pending one (the mod's turn end, this hook's own) is folded into it.
    reconciler.cancel(p);
    const built = await withTimeout(reconciler.reconcileAtTurnEnd(p, input.prompt_id), STOP_ANSWER_MS);
    const trace = built?.trace;
    if (trace) budget?.note(p.sessionId, trace);
    const turn = trace && summary ? findTurn(trace, input.prompt_id) : undefined;
    const warning = trace ? budget?.warning(p.sessionId) : undefined;
    const line = turn
      ? [formatTurnSummary(turn.totals, trace?.totals), ...(warning ? [warning] : [])].join(' · ')
      : warning && `glassbox · ${warning}`;
    return { status: 200, body: line ? { systemMessage: line } : {} };
  }
  return { status: 200, body: {} };
}
