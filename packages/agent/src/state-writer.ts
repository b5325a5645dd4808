import type { CountFn } from './agent-counters.js';
import type { SessionPipeline } from './session-pipeline.js';
import type { SessionStore } from './session-store.js';

/** Session state (offsets, checkpoints) is written at most this often per session; retiring writes it at once. */
const STATE_SAVE_DELAY_MS = 1000;

export interface StateWriterOptions {
  readonly store: SessionStore;
  readonly count: CountFn;
  readonly stopping: () => boolean;
  /** Nothing of the session waits to be reconciled, published or exported, and none of its items was evicted. */
  readonly exportDone: (p: SessionPipeline) => boolean;
  /** Removes the session's `export-pending` marker (its telemetry is all delivered). */
  readonly clearExportPending: (sessionId: string) => Promise<void>;
  /** The state file on disk lists every span id the session counted. */
  readonly journalWritten: (p: SessionPipeline) => void;
}

/**
 * Writes sessions' state files (`SessionStore`): soon (at most every `STATE_SAVE_DELAY_MS`) after a publication,
 * now when a checkpoint or retirement needs it on disk. The spool, not these files, makes events durable.
 */
export class StateWriter {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly options: StateWriterOptions) {}

  /** Writes a session's state within `STATE_SAVE_DELAY_MS`. */
  saveSoon(p: SessionPipeline): void {
    if (this.timers.has(p.sessionId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(p.sessionId);
      void this.write(p);
    }, STATE_SAVE_DELAY_MS);
    timer.unref();
    this.timers.set(p.sessionId, timer);
  }

  /** Writes a session's state now, replacing a pending delayed write. */
  async saveNow(p: SessionPipeline): Promise<void> {
    const timer = this.timers.get(p.sessionId);
    if (timer) clearTimeout(timer);
    this.timers.delete(p.sessionId);
    await this.write(p);
  }

  /**
   * State writes of a session run one after another (each serialises the state when its turn comes), so the
   * file on disk only grows; once one is written, the counted ids it lists leave the journal.
   */
  private write(p: SessionPipeline): Promise<void> {
    const { store, count, stopping, exportDone, clearExportPending, journalWritten } = this.options;
    const run = p.stateWrites.then(async () => {
      const upTo = p.journalForState();
      // A session resumed for export whose telemetry is all out now: the next start need not load it again.
      const delivered = p.state.exportPending === true && exportDone(p);
      if (delivered) delete p.state.exportPending;
      await store.saveState(p.state);
      if (delivered) await clearExportPending(p.sessionId);
      p.stateWritten(upTo);
      if (!p.journalPending) journalWritten(p);
    });
    p.stateWrites = run.catch(() => {
      count('state_write_error');
      // Counted ids wait in metrics.json (and the session in memory) until a state file lists them: try again.
      if (p.journalPending && !stopping()) this.saveSoon(p);
    });
    return p.stateWrites;
  }
}
