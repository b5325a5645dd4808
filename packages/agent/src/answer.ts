import { type HookInput, shouldSample } from '@glassbox/core';
import type { AgentConfig } from './agent-config.js';
import type { AgentReply } from './agent-server.js';
import type { Reconciler } from './reconcile.js';
import type { SessionPipeline } from './session-pipeline.js';
import { findTurn, formatTurnSummary } from './turn-summary.js';
import { withTimeout } from './with-timeout.js';

/** The Stop hook waits this long for its summary; a later one is not shown (the turn is published anyway). */
const STOP_ANSWER_MS = 1500;

export interface AnswerOptions {
  readonly config: Pick<AgentConfig, 'turnSummary' | 'samplingRate'>;
  readonly reconciler: Pick<Reconciler, 'cancel' | 'reconcileAtTurnEnd'>;
}

/**
 * The reply to an accepted hook: `{}`, or for a sampled session's Stop with `turnSummary` on, the turn's line
 * (`systemMessage`) built from the reconciled trace.
 */
export async function answerHook(
  { config, reconciler }: AnswerOptions,
  p: SessionPipeline,
  input: HookInput,
): Promise<AgentReply> {
  const isStop = input.hook_event_name === 'Stop';
  if (isStop && config.turnSummary && shouldSample(p.sessionId, config.samplingRate)) {
    // Answer from the built trace; writing it out and exporting go on after the answer. This is the turn's
    // reconciliation: a pending one (the mod's turn end, this hook's own) is folded into it.
    reconciler.cancel(p);
    const built = await withTimeout(reconciler.reconcileAtTurnEnd(p, input.prompt_id), STOP_ANSWER_MS);
    const trace = built?.trace;
    const turn = trace ? findTurn(trace, input.prompt_id) : undefined;
    return {
      status: 200,
      body: turn ? { systemMessage: formatTurnSummary(turn.totals, trace?.totals) } : {},
    };
  }
  return { status: 200, body: {} };
}
