import type { TurnCompleteEvent, TurnStepEvent } from './capture-event.js';
import { type LlmState, maxOf, minOf, type TurnState, turnCid } from './tracker-records.js';
import type { TrackerState } from './tracker-state.js';

/** A prompt record is written this close to the mod's `turn.start` (before it, or just after). */
const MOD_TURN_BEFORE_MS = 10_000;
const MOD_TURN_AFTER_MS = 2_000;

/**
 * Live events that name no transcript id — the mod's `turn.step` (one request's timing) and `turn.complete`
 * (a mod turn id, not a prompt) — wait here until the transcript holds what they belong to, then are matched:
 * a step to the response with the same usage nearest in time, a completion to the turn whose prompt was written
 * around the mod's `turn.start`.
 */
export class LiveMatcher {
  /** Mod turn ids (main thread) → when they started; mod events carry no prompt id. */
  readonly #modTurnStart = new Map<string, number>();
  #pendingModCompletes: TurnCompleteEvent[] = [];
  readonly #claimedByMod = new Set<string>();
  #pendingSteps: TurnStepEvent[] = [];

  modTurnStarted(turnId: string, atMs: number): void {
    this.#modTurnStart.set(turnId, atMs);
  }

  addStep(e: TurnStepEvent): void {
    this.#pendingSteps.push(e);
  }

  addModComplete(e: TurnCompleteEvent): void {
    this.#pendingModCompletes.push(e);
  }

  /** Matches what the transcript now allows; the rest keeps waiting. */
  match(state: TrackerState): void {
    this.#matchSteps(state);
    this.#matchModCompletes(state);
  }

  #matchSteps(state: TrackerState): void {
    if (this.#pendingSteps.length === 0) return;
    const left: TurnStepEvent[] = [];
    for (const step of this.#pendingSteps) {
      const set = step.usage ? state.responses.unclaimedWithUsage(step.usage) : undefined;
      if (!set || set.size === 0) {
        left.push(step);
        continue;
      }
      let best: LlmState | undefined;
      let bestGap = Number.POSITIVE_INFINITY;
      for (const candidate of set) {
        const gap = Math.abs((candidate.entry.firstTimeMs ?? step.startMs) - step.startMs);
        if (gap < bestGap) {
          best = candidate;
          bestGap = gap;
        }
      }
      if (!best) {
        left.push(step);
        continue;
      }
      state.responses.claim(best, {
        startMs: step.startMs,
        endMs: step.endMs,
        firstChunkMs: step.firstChunkMs,
      });
      state.touch(best.cid);
    }
    // Steps never written to the transcript are dropped after a while rather than held forever.
    this.#pendingSteps = left.length > 10_000 ? left.slice(-10_000) : left;
  }

  #matchModCompletes(state: TrackerState): void {
    if (this.#pendingModCompletes.length === 0) return;
    const left: TurnCompleteEvent[] = [];
    for (const e of this.#pendingModCompletes) {
      const startedAt = e.turnId ? this.#modTurnStart.get(e.turnId) : undefined;
      let best: TurnState | undefined;
      let bestStart = Number.NEGATIVE_INFINITY;
      if (startedAt !== undefined) {
        for (const turn of state.turns.values()) {
          const start = minOf(turn.promptMs, turn.liveSubmitMs);
          if (start === undefined || this.#claimedByMod.has(turn.key)) continue;
          if (start > startedAt + MOD_TURN_AFTER_MS || start < startedAt - MOD_TURN_BEFORE_MS) continue;
          if (start > bestStart) {
            best = turn;
            bestStart = start;
          }
        }
      }
      if (!best) {
        left.push(e);
        continue;
      }
      this.#claimedByMod.add(best.key);
      best.ended = true;
      best.endSignalMs = maxOf(best.endSignalMs, e.atMs);
      if (e.reason === 'aborted') best.interrupted = true;
      if (e.reason === 'error') best.failed = true;
      state.touch(turnCid(best.key));
    }
    this.#pendingModCompletes = left.length > 1000 ? left.slice(-1000) : left;
  }
}
