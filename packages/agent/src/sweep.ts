import type { CountFn } from './agent-counters.js';
import type { ExportCheckpoints } from './export-checkpoints.js';
import type { ExportQueue } from './export-queue.js';
import type { Reconciler } from './reconcile.js';
import type { SessionPipeline } from './session-pipeline.js';
import type { SessionStore } from './session-store.js';
import type { Sessions } from './sessions.js';
import type { Spool } from './spool.js';
import type { StateWriter } from './state-writer.js';

/** The sweep reconciles an open session at most this often. */
const SWEEP_RECONCILE_MS = 30_000;
/** Traces and checkpoints of sessions older than this go (Claude Code deletes transcripts after 30 days). */
const STORE_RETENTION_MS = 30 * 24 * 60 * 60_000;
/** The store is pruned at most this often. */
const STORE_PRUNE_EVERY_MS = 60 * 60_000;

export interface SweeperOptions {
  readonly sessions: Sessions;
  readonly reconciler: Reconciler;
  readonly states: StateWriter;
  readonly checkpoints: ExportCheckpoints;
  readonly queue: Pick<ExportQueue, 'hasPending' | 'stalled'>;
  readonly spool: Spool;
  readonly store: SessionStore;
  readonly now: () => number;
  readonly log: (line: string) => void;
  readonly count: CountFn;
  readonly stopping: () => boolean;
  /** An ended session leaves memory after this long with nothing pending. */
  readonly retireAfterMs: number;
  /** A session with no activity for this long is treated as over. */
  readonly staleSessionMs: number;
  /** An ended (or stale) session whose telemetry an exporter has not taken for this long leaves memory. */
  readonly exportPinMs: number;
  /** No request for this long with no session in memory: the agent exits (0: never). */
  readonly idleTimeoutMs: number;
  readonly lastRequestMs: () => number;
  /** Whether the agent may exit idle now (see `claimIdleExit`); `idleSinceMs` is the last activity allowed. */
  readonly claimIdleExit: (idleSinceMs: number) => Promise<boolean>;
  readonly exitIdle: () => void;
}

/**
 * The periodic sweep: catches transcript growth no event announced, retires finished (or stale, or pinned by a
 * down exporter) sessions, prunes the spool and the store, and exits when idle.
 */
export class Sweeper {
  private sweeping = false;
  private lastStorePruneMs = 0;

  constructor(private readonly options: SweeperOptions) {}

  async sweep(): Promise<void> {
    const { sessions, spool, store, queue, log, count } = this.options;
    if (this.sweeping || this.options.stopping()) return;
    this.sweeping = true;
    try {
      const now = this.options.now();
      for (const p of [...sessions.values()]) {
        // One session's bad data never stops the sweep for the others.
        try {
          await this.sweepSession(p, now);
        } catch (error) {
          count('sweep_session_error');
          log(`sweep of ${p.sessionId} failed: ${String(error)}`);
        }
      }
      await spool.prune((sessionId) => !sessions.has(sessionId)).catch(() => undefined);
      if (now - this.lastStorePruneMs > STORE_PRUNE_EVERY_MS) {
        this.lastStorePruneMs = now;
        // Claude Code deletes transcripts after 30 days by default: their traces and checkpoints go too.
        await store.pruneOlderThan(STORE_RETENTION_MS, now).catch(() => undefined);
      }
      const { idleTimeoutMs } = this.options;
      const idleFor = now - this.options.lastRequestMs();
      if (
        idleTimeoutMs > 0 &&
        sessions.size === 0 &&
        idleFor > idleTimeoutMs &&
        // What waits for a down exporter is marked for the next start: it does not keep the agent up.
        (!queue.hasPending() || queue.stalled()) &&
        (await this.options.claimIdleExit(now - idleTimeoutMs))
      ) {
        this.options.exitIdle();
      }
    } catch (error) {
      log(`sweep failed: ${String(error)}`);
    } finally {
      this.sweeping = false;
    }
  }

  private async sweepSession(p: SessionPipeline, now: number): Promise<void> {
    const { sessions, reconciler, states, checkpoints, queue, staleSessionMs } = this.options;
    const idle = now - p.state.lastActivityMs;
    const exportPending = queue.hasPending(p.sessionId);
    const pending = exportPending || reconciler.isPending(p.sessionId);
    // An exporter that stays down must not pin sessions in memory: past `exportPinMs` an ended (or stale)
    // session leaves with its remaining telemetry marked for the next start.
    const pinned =
      exportPending &&
      !reconciler.isPending(p.sessionId) &&
      p.inFlight === 0 &&
      (p.state.ended || idle > staleSessionMs) &&
      idle > this.options.exportPinMs;
    if (sessions.retirable(p, this.options.retireAfterMs) || (!pending && idle > staleSessionMs) || pinned) {
      if (!p.state.ended) await reconciler.reconcileNow(p, { final: true });
      if (pinned || queue.hasPending(p.sessionId)) await checkpoints.markExportPending(p.sessionId);
      await states.saveNow(p);
      if (sessions.settled(p) || (pinned && !p.journalPending)) sessions.delete(p.sessionId);
      return;
    }
    // A catch-up for turn ends no trigger announced; at most every 30 s per session, so that a long turn's
    // reconciliations do not compete with Claude Code for the CPU (turn ends reconcile at once anyway).
    if (now - p.lastReconcileMs >= SWEEP_RECONCILE_MS && (p.dirty || (await p.transcriptGrew())))
      reconciler.schedule(p, 0);
  }
}
