import { applyCaptureEvent } from './apply-capture-event.js';
import { applyTranscriptEntries } from './apply-transcript-entries.js';
import { type BuildContext, buildAgent } from './build-trace-nodes.js';
import type { CaptureEvent } from './capture-event.js';
import { LiveMatcher } from './live-matching.js';
import { markProcessExited } from './process-exit.js';
import { type PricingOptions, resolvePricing, type UsagePricer } from './resolve-pricing.js';
import type { SessionTrace } from './session-trace.js';
import { sessionSpanId, traceIdForSession } from './trace-ids.js';
import { TraceSnapshots } from './trace-snapshots.js';
import { maxOf, minOf } from './tracker-records.js';
import { TrackerState } from './tracker-state.js';
import type { TranscriptEntry } from './transcript-entry.js';
import { placeAgents } from './tree-placement.js';
import { type SumCosts, sumTotals } from './usage-totals.js';

export interface SessionTrackerOptions {
  readonly sessionId: string;
  readonly pricing?: PricingOptions;
}

export interface BuildOptions {
  /**
   * The session is over (e.g. `glassbox trace` on a finished transcript): turns, subagents and the
   * session count as complete even without a live end event. Tool calls without a result stay incomplete.
   */
  readonly final?: boolean;
}

/**
 * Builds one session's trace from transcript entries (the authority for what happened, usage and cost)
 * and live capture events (timing, verdicts, things the transcript lacks), merged by natural ids.
 * Feed the transcript from its start (re-feeding is harmless: everything is deduplicated); `build()`
 * is cheap to call after every turn: only turns that changed are rebuilt.
 *
 * A facade: each rule lives in one module (docs/architecture.md, "The session tracker").
 */
export class SessionTracker {
  readonly sessionId: string;
  readonly traceId: string;
  readonly #pricer: UsagePricer;
  readonly #sum: SumCosts;
  readonly #state: TrackerState;
  readonly #live = new LiveMatcher();
  readonly #snapshots = new TraceSnapshots();

  constructor(options: SessionTrackerOptions) {
    this.sessionId = options.sessionId;
    this.traceId = traceIdForSession(options.sessionId);
    const { pricer, sum } = resolvePricing(options.pricing);
    this.#pricer = pricer;
    this.#sum = sum;
    this.#state = new TrackerState(options.sessionId);
  }

  /**
   * Adds normalised transcript entries, in file order. `source.agentId` marks entries of a subagent
   * transcript (`subagents/agent-<id>.jsonl`) whose records do not carry it themselves.
   */
  addTranscriptEntries(entries: readonly TranscriptEntry[], source: { agentId?: string } = {}): void {
    applyTranscriptEntries(this.#state, entries, source);
  }

  /** Adds one live event (mod batch item or hook payload, normalised). Events of other sessions are ignored. */
  addCaptureEvent(e: CaptureEvent): void {
    applyCaptureEvent(this.#state, this.#live, e);
  }

  /**
   * Claude Code's process is gone and the session never ended (kill -9, crash, OOM): the session ends at
   * `atMs`, a turn still open is interrupted (status error), and requests the transcript logged without a
   * response are listed as unanswered. The first call wins, so a rebuild after a restart is the same.
   */
  processExited(atMs: number): void {
    markProcessExited(this.#state, atMs);
  }

  /** The session's trace now. Cheap to call repeatedly: unchanged turns are reused. */
  build(options: BuildOptions = {}): SessionTrace {
    const final = options.final === true;
    const state = this.#state;
    const s = state.session;
    this.#live.match(state);
    const sessionComplete =
      final || (s.sessionEndMs !== undefined && s.sessionEndMs >= (s.lastActivityMs ?? 0));
    this.#snapshots.sessionCompletion(state, sessionComplete, final);
    const places = placeAgents(state, this.#snapshots.agentRoot);
    this.#snapshots.dropChangedAgents(state);
    const ctx: BuildContext = {
      ...places,
      state,
      pricer: this.#pricer,
      sum: this.#sum,
      final,
      sessionComplete,
      agentSnap: this.#snapshots.agentSnap,
    };
    const turns = this.#snapshots.turns(ctx);

    const sessionSpan = sessionSpanId(this.sessionId);
    const subagents = places.orphanAgents.map((id) => buildAgent(ctx, id, sessionSpan, new Set()));
    const totals = sumTotals(
      [...this.#snapshots.turnBlockTotals(turns, this.#sum), ...subagents.map((a) => a.totals)],
      this.#sum,
    );
    let startMs = s.startMs;
    let endMs = s.startMs;
    for (const node of [...turns, ...subagents]) {
      startMs = minOf(startMs, node.startMs);
      endMs = maxOf(endMs, node.endMs);
    }
    for (const ev of s.events) endMs = maxOf(endMs, ev.timeMs);
    if (sessionComplete && s.sessionEndMs !== undefined) endMs = maxOf(endMs, s.sessionEndMs);
    startMs ??= s.lastActivityMs ?? 0;
    endMs = Math.max(endMs ?? startMs, startMs);
    const claudeCostUsd = s.measureCost ?? s.costStateCost;
    const trace: {
      -readonly [K in keyof SessionTrace]: SessionTrace[K];
    } = {
      kind: 'session',
      sessionId: this.sessionId,
      traceId: this.traceId,
      spanId: sessionSpan,
      startMs,
      endMs,
      complete: sessionComplete,
      status: s.exitedMs !== undefined ? 'error' : sessionComplete ? 'ok' : 'unset',
      turns,
      subagents,
      events: [...s.events].sort((a, b) => a.timeMs - b.timeMs),
      signals: [...state.signals.values()].sort((a, b) => a.timeMs - b.timeMs),
      totals,
    };
    if (s.model) trace.model = s.model;
    if (s.cwd) trace.cwd = s.cwd;
    if (s.transcriptPath) trace.transcriptPath = s.transcriptPath;
    if (s.claudeVersion) trace.claudeVersion = s.claudeVersion;
    if (s.endReason) trace.endReason = s.endReason;
    if (s.exitedMs !== undefined) trace.interrupted = true;
    if (s.hookStops.size > 0) trace.hookStops = [...s.hookStops.values()];
    if (claudeCostUsd !== undefined) {
      trace.claudeCostUsd = claudeCostUsd;
      trace.costDriftUsd = totals.costUsd - claudeCostUsd;
    }
    return trace;
  }
}
