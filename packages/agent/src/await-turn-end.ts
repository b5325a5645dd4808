import type { LlmCallNode, SessionTrace, TurnNode } from '@glassbox/core';
import { findTurn } from './turn-summary.js';

/** Stop reasons after which Claude Code does not call the model again in the turn. */
const TURN_ENDING_STOP_REASONS = new Set([
  'end_turn',
  'max_tokens',
  'stop_sequence',
  'refusal',
  'pause_turn',
  'model_context_window_exceeded',
]);

/** The Stop answer waits at most this long for the turn's last response to reach the transcript. */
export const TURN_END_WAIT_MS = 400;
const POLL_MS = 20;

/**
 * Whether the transcript holds the whole turn, judged on shapes only: its latest model call ended the turn
 * (a stop reason above) and every tool call an earlier response asked for has its result.
 */
export function turnHasEnded(turn: TurnNode): boolean {
  let last: LlmCallNode | undefined;
  for (const child of turn.children)
    if (child.kind === 'llm' && (!last || child.startMs >= last.startMs)) last = child;
  if (!last || !TURN_ENDING_STOP_REASONS.has(last.stopReason ?? '')) return false;
  return turn.children.every((c) => c.kind !== 'tool' || c.toolStatus !== 'running');
}

export interface AwaitTurnEndOptions {
  /** Default `TURN_END_WAIT_MS`. */
  readonly maxWaitMs?: number;
  readonly pollMs?: number;
  readonly now?: () => number;
}

/**
 * Claude Code may run the Stop hook before it has written the turn's last response: builds the trace again
 * (`build` reads what the transcript gained; cheap when nothing did) until the turn `promptId` names has ended,
 * at most `maxWaitMs`. Returns the last trace built, ended or not.
 */
export async function awaitTurnEnd(
  build: () => Promise<SessionTrace>,
  promptId: string | undefined,
  options: AwaitTurnEndOptions = {},
): Promise<SessionTrace> {
  const now = options.now ?? Date.now;
  const deadline = now() + (options.maxWaitMs ?? TURN_END_WAIT_MS);
  for (;;) {
    const trace = await build();
    const turn = findTurn(trace, promptId);
    // A prompt id the transcript does not show yet: its turn is not written, whatever the last one says.
    const ours =
      turn && (promptId === undefined || turn.promptId === undefined || turn.promptId === promptId);
    if ((ours && turnHasEnded(turn)) || now() >= deadline) return trace;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? POLL_MS));
  }
}
