import type { ProcessLiveness } from './process-liveness.js';
import type { Reconciler } from './reconcile.js';
import type { Sessions } from './sessions.js';
import type { StateWriter } from './state-writer.js';

export interface LivenessWatchOptions {
  readonly liveness: ProcessLiveness;
  readonly sessions: Sessions;
  readonly reconciler: Reconciler;
  readonly states: StateWriter;
  readonly now: () => number;
  readonly log: (line: string) => void;
  readonly stopping: () => boolean;
}

/** Claude Code killed mid-session (kill -9, crash) sends no `SessionEnd`: its process going away ends it. */
export class LivenessWatch {
  private checking = false;

  constructor(private readonly options: LivenessWatchOptions) {}

  /** Ends, as interrupted, every open session whose Claude Code process is gone; exports it at once. */
  async check(): Promise<void> {
    const { liveness, sessions, reconciler, states, log } = this.options;
    if (this.checking || this.options.stopping()) return;
    this.checking = true;
    try {
      const open = [...sessions.values()].filter((p) => !p.state.ended);
      const gone = await liveness.gone(
        open.map((p) => ({ sessionId: p.sessionId, transcriptPath: p.state.transcriptPath })),
      );
      for (const sessionId of gone) {
        const p = sessions.get(sessionId);
        if (!p?.processExited(this.options.now())) continue;
        log(`session ${sessionId}: Claude Code exited without ending it; marked interrupted`);
        reconciler.cancel(p);
        await reconciler.reconcileNow(p, { final: true });
        await states.saveNow(p);
      }
    } catch (error) {
      log(`liveness check failed: ${String(error)}`);
    } finally {
      this.checking = false;
    }
  }
}
