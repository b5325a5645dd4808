import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MetricsRegistry } from '@glassbox/core';
import type { Attributes, LogRecordData, SpanData } from '@glassbox/spec';
import type { CountFn } from './agent-counters.js';
import { DebouncedTask } from './debounced-task.js';
import { quarantineFile } from './quarantine-file.js';
import type { SessionPipeline } from './session-pipeline.js';
import { isSafeSessionId, SessionStore } from './session-store.js';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * Span ids in a `metrics.json` written before sessions kept their own (`recorded`) are dropped this long after
 * the first start that found them: by then their sessions' state is pruned and Claude Code deleted the transcripts.
 */
const LEGACY_RECORDED_MS = 30 * 24 * 60 * 60_000;

/** `metrics.json` is written at most this often. */
const METRICS_SAVE_DELAY_MS = 1000;

export interface MetricsJournalOptions {
  readonly dataDir: string;
  readonly store: SessionStore;
  readonly now: () => number;
  readonly count: CountFn;
  /** A written `metrics.json` let counted ids of `p` go into its state: write that state. */
  readonly saveStateSoon: (p: SessionPipeline) => void;
  /** Whether the agent is stopping (a failed write is not retried then: the stop writes once more). */
  readonly stopping: () => boolean;
}

/**
 * The metric totals (`MetricsRegistry`) and their file `metrics.json`, which also carries the span ids counted
 * for sessions whose state files may not list them yet: written in one atomic file, a crash keeps both or neither,
 * so a span is neither counted twice nor lost.
 */
export class MetricsJournal {
  registry = new MetricsRegistry();
  /** When `recorded` ids of an older `metrics.json` were first loaded (see `LEGACY_RECORDED_MS`). */
  private legacySinceMs: number | undefined;
  /** Sessions with counted span ids their state file may not list yet (written into `metrics.json`). */
  private readonly journaled = new Set<SessionPipeline>();
  private writes: Promise<void> = Promise.resolve();
  private readonly saveLater = new DebouncedTask(METRICS_SAVE_DELAY_MS, () => void this.save());
  private readonly path: string;

  constructor(private readonly options: MetricsJournalOptions) {
    this.path = join(options.dataDir, 'metrics.json');
  }

  /**
   * Restores the metric totals and finishes what a crash interrupted: span ids `metrics.json` still carries for
   * sessions (see `SessionPipeline.noteCounted`) go into their state files before anything reads those. A union:
   * doing it again after a crash here is harmless.
   */
  async load(): Promise<void> {
    const { store, now: clock } = this.options;
    let saved: unknown;
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch {
      return;
    }
    try {
      saved = JSON.parse(text);
      this.registry = MetricsRegistry.fromJSON(saved);
    } catch {
      // Unreadable totals start again from zero (the sessions' spans are counted anew as they are rebuilt);
      // the file is kept aside for a look.
      if (await quarantineFile(this.path, clock())) this.options.count('metrics_quarantined');
      this.registry = new MetricsRegistry();
      return;
    }
    const { recordedSinceMs, sessions } = saved as { recordedSinceMs?: unknown; sessions?: unknown };
    const now = clock();
    if (this.registry.recordedCount > 0) {
      this.legacySinceMs = typeof recordedSinceMs === 'number' ? recordedSinceMs : now;
      if (now - this.legacySinceMs > LEGACY_RECORDED_MS) {
        this.registry = MetricsRegistry.fromJSON({ ...(saved as object), recorded: [] });
        this.legacySinceMs = undefined;
      }
    }
    if (!sessions || typeof sessions !== 'object') return;
    for (const [sessionId, ids] of Object.entries(sessions)) {
      if (!isSafeSessionId(sessionId) || !Array.isArray(ids)) continue;
      const state = (await store.loadState(sessionId)) ?? SessionStore.emptyState(sessionId, now);
      const have = new Set(state.counted);
      for (const id of ids) {
        if (typeof id !== 'string' || have.has(id)) continue;
        have.add(id);
        state.counted.push(id);
      }
      // Not caught: the next metrics.json no longer carries these ids, so they must be in the state first.
      await store.saveState(state);
    }
  }

  /**
   * Counts the spans and derived-signal log records of `p` not counted yet; whether the totals changed (then
   * `metrics.json` is written soon).
   */
  record(
    p: SessionPipeline,
    spans: readonly SpanData[],
    attributes: Attributes,
    logs: readonly LogRecordData[] = [],
  ): boolean {
    const counted = [
      ...this.registry.recordSpans(spans, attributes, p.counted),
      ...this.registry.recordLogs(logs, attributes, p.counted),
    ];
    if (counted.length === 0) return false;
    p.noteCounted(counted);
    this.journaled.add(p);
    this.saveSoon();
    return true;
  }

  /** The state file of `p` lists every id it counted: `metrics.json` need not carry them any more. */
  release(p: SessionPipeline): void {
    this.journaled.delete(p);
  }

  saveSoon(): void {
    this.saveLater.schedule();
  }

  /** Drops a pending delayed write (the caller writes now). */
  cancelSoon(): void {
    this.saveLater.cancel();
  }

  /**
   * Writes the totals with the counted ids of sessions whose state files may not list them yet (one atomic file,
   * so a crash keeps both or neither), then lets those ids go into the state files. Writes run one at a time.
   */
  save(): Promise<void> {
    const run = this.writes.then(async () => {
      const sessions: Record<string, readonly string[]> = {};
      const written: Array<[SessionPipeline, number]> = [];
      for (const p of this.journaled) {
        const { ids, upTo } = p.journalForMetrics();
        sessions[p.sessionId] = ids;
        written.push([p, upTo]);
      }
      // Serialised at once: the totals and the ids are the same moment's.
      const text = JSON.stringify({
        ...this.registry.toJSON(),
        ...(this.legacySinceMs !== undefined && this.registry.recordedCount > 0
          ? { recordedSinceMs: this.legacySinceMs }
          : {}),
        sessions,
      });
      await writeFileAtomic(this.path, text);
      for (const [p, upTo] of written) if (p.metricsWritten(upTo)) this.options.saveStateSoon(p);
    });
    this.writes = run.catch(() => {
      this.options.count('metrics_write_error');
      if (this.journaled.size > 0 && !this.options.stopping()) this.saveSoon();
    });
    return this.writes;
  }
}
