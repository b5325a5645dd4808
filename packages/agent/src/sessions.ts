import type { NormalizeOptions, PricingOptions } from '@glassbox/core';
import { SessionPipeline } from './session-pipeline.js';
import type { SessionState, SessionStore } from './session-store.js';

export interface SessionsOptions {
  readonly store: SessionStore;
  readonly claudeConfigDir: string;
  readonly pricing: PricingOptions;
  readonly now: () => number;
  readonly exporterNames: readonly string[];
  /** How transcripts are read (the audit trail's hashes and thinking), asked for at each session's creation. */
  readonly transcriptOptions?: () => NormalizeOptions | undefined;
  /** An ended session leaves memory after this long with nothing pending. */
  readonly retireAfterMs: number;
  /** Whether an exporter still has items of the session queued. */
  readonly exportPending: (sessionId: string) => boolean;
  /** Whether a reconciliation of the session is scheduled. */
  readonly reconcilePending: (sessionId: string) => boolean;
}

/**
 * The sessions in memory, one `SessionPipeline` each: created on a session's first event (its persisted state
 * loaded behind it), retired once ended and settled. Its state on disk brings a retired session back.
 */
export class Sessions {
  private readonly pipelines = new Map<string, SessionPipeline>();

  constructor(private readonly options: SessionsOptions) {}

  get size(): number {
    return this.pipelines.size;
  }

  get(sessionId: string): SessionPipeline | undefined {
    return this.pipelines.get(sessionId);
  }

  has(sessionId: string): boolean {
    return this.pipelines.has(sessionId);
  }

  values(): IterableIterator<SessionPipeline> {
    return this.pipelines.values();
  }

  delete(sessionId: string): void {
    this.pipelines.delete(sessionId);
  }

  /** The session's pipeline; a new one loads what an earlier run persisted (`ready` resolves then). */
  pipelineFor(sessionId: string): SessionPipeline {
    let p = this.pipelines.get(sessionId);
    if (!p) {
      const created = this.create(sessionId, undefined);
      this.pipelines.set(sessionId, created);
      // A session seen before (a `--resume`, or retired from memory): its checkpoint is on disk.
      created.ready = this.options.store
        .loadState(sessionId)
        .then((state) => {
          if (state) created.adoptPersisted(state);
        })
        .catch(() => undefined);
      p = created;
    }
    return p;
  }

  /** Puts a session back into memory from its persisted state (spool replay, resumed exports). */
  restore(sessionId: string, state: SessionState | undefined): void {
    this.pipelines.set(sessionId, this.create(sessionId, state));
  }

  /**
   * Ended, idle for more than `graceMs`, nothing left to reconcile, publish or export, and every counted span id
   * in the state file.
   */
  retirable(p: SessionPipeline, graceMs: number): boolean {
    return (
      p.state.ended &&
      this.options.now() - p.state.lastActivityMs >= graceMs &&
      this.settled(p) &&
      this.pipelines.get(p.sessionId) === p
    );
  }

  /** Nothing of the session is left to reconcile, publish, export or persist: its memory may go. */
  settled(p: SessionPipeline): boolean {
    return (
      !this.options.exportPending(p.sessionId) &&
      !this.options.reconcilePending(p.sessionId) &&
      p.inFlight === 0 &&
      !p.journalPending
    );
  }

  /**
   * An ended session's memory goes with its last checkpoint (or the state write that lists its last counted ids)
   * once the grace period is over (`/status` shows it that long), not at the next sweep; its state is on disk: a
   * late event or a `--resume` loads it back.
   */
  retireIfDone(p: SessionPipeline): void {
    if (this.retirable(p, this.options.retireAfterMs)) this.pipelines.delete(p.sessionId);
  }

  private create(sessionId: string, state: SessionState | undefined): SessionPipeline {
    const { claudeConfigDir, pricing, now, exporterNames } = this.options;
    const transcriptOptions = this.options.transcriptOptions?.();
    return new SessionPipeline({
      sessionId,
      claudeConfigDir,
      ...(pricing ? { pricing } : {}),
      ...(state ? { state } : {}),
      now,
      exporters: exporterNames,
      ...(transcriptOptions ? { transcriptOptions } : {}),
    });
  }
}
