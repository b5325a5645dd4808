import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CountFn } from './agent-counters.js';
import type { SessionPipeline } from './session-pipeline.js';
import { isSafeSessionId, type SessionStore } from './session-store.js';
import type { Sessions } from './sessions.js';

/** Sessions an earlier run left with telemetry to export that one start loads again. */
const MAX_RESUMED_SESSIONS = 1000;

export interface ExportCheckpointsOptions {
  readonly dataDir: string;
  readonly store: SessionStore;
  readonly sessions: Sessions;
  readonly count: CountFn;
  /** Whether an exporter still has items of the session queued. */
  readonly exportPending: (sessionId: string) => boolean;
  /** Writes a session's state now (a checkpoint must be on disk before the queue moves on). */
  readonly saveStateNow: (p: SessionPipeline) => Promise<void>;
}

/**
 * What each exporter has taken, per session (`state.delivered`), and the `export-pending/<session>` markers of
 * sessions that left memory with telemetry not delivered: the next start loads those again.
 */
export class ExportCheckpoints {
  /** Sessions whose queued items were evicted (see `ExportQueue.maxPendingItems`) since they were loaded. */
  private readonly evicted = new Set<string>();
  private readonly pendingDir: string;

  constructor(private readonly options: ExportCheckpointsOptions) {
    this.pendingDir = join(options.dataDir, 'export-pending');
  }

  /** Whether some of the session's queued items were evicted (they go out after the next start). */
  wasEvicted(sessionId: string): boolean {
    return this.evicted.has(sessionId);
  }

  /** `ExportQueue.onEvicted`: the session's evicted items wait for the next start. */
  evict(sessionId: string, n: number): void {
    this.options.count('export_evicted', n);
    this.evicted.add(sessionId);
    void this.markExportPending(sessionId);
  }

  /** `ExportQueue.onDelivered`: records what `exporter` took, before the queue moves on. */
  async checkpoint(sessionId: string, exporter: string, spanIds: string[], logIds: string[]): Promise<void> {
    const { sessions, store } = this.options;
    const p = sessions.get(sessionId);
    if (p) {
      // Written before the queue moves on: a kill -9 right after an export must not send it again.
      if (p.markDelivered(exporter, spanIds, logIds)) await this.options.saveStateNow(p);
      sessions.retireIfDone(p);
      return;
    }
    const state = await store.loadState(sessionId);
    if (!state) return;
    const done = (state.delivered[exporter] ??= { spans: [], logs: [] });
    const spans = new Set(done.spans);
    const logs = new Set(done.logs);
    for (const id of spanIds) if (!spans.has(id)) done.spans.push(id);
    for (const id of logIds) if (!logs.has(id)) done.logs.push(id);
    const rest = this.options.exportPending(sessionId) || this.evicted.has(sessionId);
    if (!rest) delete state.exportPending;
    await store.saveState(state);
    if (!rest) await this.clearExportPending(sessionId);
  }

  /**
   * Marks a session whose telemetry is not all delivered and that leaves memory (or lost its queued items): a
   * marker file the next start lists (no need to read every state file) and the flag in its state.
   */
  async markExportPending(sessionId: string): Promise<void> {
    const { sessions, store } = this.options;
    try {
      await mkdir(this.pendingDir, { recursive: true, mode: 0o700 });
      await writeFile(this.markerPath(sessionId), '', { mode: 0o600 });
      const p = sessions.get(sessionId);
      if (p) p.state.exportPending = true;
      else {
        const state = await store.loadState(sessionId);
        if (state && !state.exportPending) await store.saveState({ ...state, exportPending: true });
      }
    } catch {
      this.options.count('export_pending_write_error');
    }
  }

  /** Removes the session's marker (its telemetry is all delivered); a failure leaves a harmless extra load. */
  async clearExportPending(sessionId: string): Promise<void> {
    await rm(this.markerPath(sessionId), { force: true }).catch(() => undefined);
  }

  /**
   * Sessions an earlier run left with telemetry not delivered (an exporter was down): reconciled again from their
   * transcripts, so what the checkpoints lack goes out now. Bounded: the most recent first.
   */
  async resumePendingExports(): Promise<void> {
    const { sessions, store } = this.options;
    const names = await readdir(this.pendingDir).catch(() => [] as string[]);
    let loaded = 0;
    for (const sessionId of names) {
      if (loaded >= MAX_RESUMED_SESSIONS) break;
      if (!isSafeSessionId(sessionId) || sessions.has(sessionId)) continue;
      try {
        const state = await store.loadState(sessionId);
        if (!state) {
          await rm(this.markerPath(sessionId), { force: true });
          continue;
        }
        sessions.restore(sessionId, state);
        loaded++;
      } catch {
        this.options.count('resume_error');
      }
    }
  }

  private markerPath(sessionId: string): string {
    return join(this.pendingDir, sessionId);
  }
}
