import type { SessionPipeline } from './session-pipeline.js';

/** How often an open session's transcript is read ahead of its turn end. */
export const CATCH_UP_INTERVAL_MS = 1000;

export interface TranscriptCatchUpOptions {
  readonly sessions: () => Iterable<SessionPipeline>;
  /** A reconciliation is scheduled or under way: it reads the transcript itself. */
  readonly isPending: (sessionId: string) => boolean;
  readonly count: (name: string) => void;
}

/**
 * Reads open sessions' transcripts while their turns run (what they gained, parsed into the tracker, nothing
 * built or published). The Stop hook waits for the turn end's reconciliation, which otherwise read and parsed the
 * whole turn then: ~0.27 ms per tool call (27 ms for a 100-call turn), now only what the last second added. The
 * same bytes are parsed once either way; a second's wait for an idle session is one `stat`.
 */
export class TranscriptCatchUp {
  private running = false;

  constructor(private readonly options: TranscriptCatchUpOptions) {}

  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (const p of [...this.options.sessions()]) {
        const known = p.state.transcriptPath ?? p.transcriptToBe;
        if (p.state.ended || !known || p.inFlight > 0 || this.options.isPending(p.sessionId)) continue;
        // One session's unreadable transcript never stops the others'.
        try {
          if (await p.transcriptGrew()) await p.catchUp();
        } catch {
          this.options.count('catch_up_error');
        }
      }
    } finally {
      this.running = false;
    }
  }
}
