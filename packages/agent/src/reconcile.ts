import type { SessionTrace } from '@glassbox/core';
import { awaitTurnEnd } from './await-turn-end.js';
import type { SessionPipeline } from './session-pipeline.js';

/**
 * Hook events after which the transcript has new complete data: reconcile. Not UserPromptSubmit: the turn it
 * opens is reconciled at its end (its prompt log goes out then, or with the 30 s sweep of a long turn).
 */
export const RECONCILE_HOOKS: ReadonlySet<string> = new Set([
  'Stop',
  'StopFailure',
  'SubagentStop',
  'PreCompact',
  'SessionEnd',
]);

/** Mod events that end a unit of work. */
export const RECONCILE_EVENTS: ReadonlySet<string> = new Set([
  'turn.complete',
  'session.end',
  'session.compact',
  'subagent.stop',
  'turn.end',
]);

/**
 * A mod's turn end waits this long for the Stop hook that follows it (which reconciles at once), so that one
 * turn end is one reconciliation; sessions without hooks reconcile after it.
 */
export const MOD_RECONCILE_DELAY_MS = 250;

/** A built trace, and the publication of it (trace file, metrics, exports, state) still going on. */
export interface Reconciled {
  readonly trace: SessionTrace;
  readonly published: Promise<void>;
}

export interface ReconcilerOptions {
  readonly now: () => number;
  readonly log: (line: string) => void;
  /** Writes out and exports a built trace (see `Publisher`). */
  readonly publish: (p: SessionPipeline, trace: SessionTrace) => Promise<void>;
}

/**
 * Turns a session's events and transcript into its trace (`SessionPipeline.reconcile`) and hands each trace on
 * to be published, in order. Reconciliations are scheduled per session: one pending at a time.
 */
export class Reconciler {
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; dueMs: number }>();
  /** Sessions the start's recovery has still to reconcile (`recover`), in order. */
  private readonly recovering = new Map<string, SessionPipeline>();

  constructor(private readonly options: ReconcilerOptions) {}

  /** One pending reconciliation per session: a sooner request moves it earlier, a later one joins it. */
  schedule(p: SessionPipeline, delayMs = 25): void {
    const dueMs = this.options.now() + delayMs;
    const pending = this.timers.get(p.sessionId);
    if (pending) {
      if (pending.dueMs <= dueMs) return;
      clearTimeout(pending.timer);
    }
    const timer = setTimeout(() => {
      this.timers.delete(p.sessionId);
      void this.reconcileNow(p).catch((error: unknown) =>
        this.options.log(`reconcile ${p.sessionId} failed: ${String(error)}`),
      );
    }, delayMs);
    timer.unref();
    this.timers.set(p.sessionId, { timer, dueMs });
  }

  cancel(p: SessionPipeline): void {
    const pending = this.timers.get(p.sessionId);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.timers.delete(p.sessionId);
  }

  /** Whether a reconciliation of the session is scheduled (a timer, or the start's recovery). */
  isPending(sessionId: string): boolean {
    return this.timers.has(sessionId) || this.recovering.has(sessionId);
  }

  /**
   * The start's catch-up: reconciles and publishes the sessions one at a time, yielding to the event loop between
   * them, so that a just-started agent answers requests at once instead of after every replayed session's
   * transcript read, export and fsync'd state write (all at once, they filled the I/O thread pool that the spool's
   * fsync waits in). A session a request reconciles meanwhile is reconciled again here at no cost (nothing new).
   * Newest first: what a kill interrupted (an export not yet checkpointed) is in the latest sessions, and its
   * re-export must come at once, while the exporter still remembers the ids it wrote (the file exporter dedupes
   * within the last 1 MiB). Oldest first, restarts faster than the whole pass left it for many starts and it
   * went out twice (6-8 tool calls in the full fault run).
   */
  async recover(sessions: Iterable<SessionPipeline>): Promise<void> {
    const newestFirst = [...sessions].sort((a, b) => b.state.lastActivityMs - a.state.lastActivityMs);
    for (const p of newestFirst) this.recovering.set(p.sessionId, p);
    for (const p of this.recovering.values()) {
      await this.reconcileNow(p).catch((error: unknown) =>
        this.options.log(`reconcile ${p.sessionId} failed: ${String(error)}`),
      );
      this.recovering.delete(p.sessionId);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Drops every scheduled reconciliation (the agent is stopping: it reconciles them all itself). */
  cancelAll(): void {
    for (const t of this.timers.values()) clearTimeout(t.timer);
    this.timers.clear();
    this.recovering.clear();
  }

  /** Reconciles and publishes (trace file, metrics, exports, state); resolves when all of it is done. */
  async reconcileNow(p: SessionPipeline, options: { final?: boolean } = {}): Promise<SessionTrace> {
    const { trace, published } = await this.reconcileThenPublish(p, options);
    await published;
    return trace;
  }

  /**
   * Resolves with the trace as soon as it is built (the Stop hook answers from it), with `published` for the
   * rest. Publications of one session run in order, so an older trace never overwrites a newer one.
   */
  async reconcileThenPublish(p: SessionPipeline, options: { final?: boolean } = {}): Promise<Reconciled> {
    p.inFlight++;
    let trace: SessionTrace;
    try {
      await p.ready;
      trace = await p.reconcile(options);
    } catch (error) {
      p.inFlight--;
      throw error;
    }
    const published = p.publishing.then(() => this.options.publish(p, trace));
    p.publishing = published
      .catch(() => undefined)
      .finally(() => {
        p.inFlight--;
      });
    return { trace, published };
  }

  /**
   * The Stop hook's reconciliation: waits (bounded) until the transcript holds the turn's last response, so the
   * summary and the published turn count the whole turn; intermediate builds are not published.
   */
  async reconcileAtTurnEnd(p: SessionPipeline, promptId: string | undefined): Promise<Reconciled> {
    await p.ready;
    await awaitTurnEnd(() => p.reconcile(), promptId);
    return this.reconcileThenPublish(p);
  }
}
