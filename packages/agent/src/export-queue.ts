// `ExportQueue`: completed telemetry handed to every exporter on its own (pending set, checkpoint, backoff each).
import { createHash } from 'node:crypto';
import {
  type AuditDecisionData,
  exportAll,
  type LogRecordData,
  type MetricData,
  type Resource,
  type SpanData,
  type TelemetryBatch,
} from '@glassbox/spec';
import type { ExporterStatus, ExportTarget } from './export-target.js';
import { newPending, type Picked, pick, sizeOf, type TargetState } from './target-state.js';

export type { ExporterStatus, ExportTarget } from './export-target.js';

export interface ExportQueueOptions {
  readonly targets: readonly ExportTarget[];
  readonly resource: Resource;
  /** Current metric points; sent with a batch whenever new spans were recorded since the last success. */
  readonly collectMetrics: () => MetricData[];
  /**
   * Persist a checkpoint: `exporter` has durably delivered these ids of `sessionId`. Audit decision ids come with
   * the log ids (both are deterministic digests of different inputs, so they never collide).
   */
  readonly onDelivered: (
    sessionId: string,
    exporter: string,
    spanIds: string[],
    logIds: string[],
  ) => Promise<void>;
  /** Per-export timeout (ms). Default 30 s. */
  readonly timeoutMs?: number;
  /** Spans + logs per batch. Default 500. */
  readonly maxBatchItems?: number;
  /** First retry delay (ms), doubled per consecutive failure up to `maxBackoffMs`. Default 1 s. */
  readonly initialBackoffMs?: number;
  readonly maxBackoffMs?: number;
  /**
   * Spans + logs kept in memory per exporter while it cannot take them; past it, the sessions that waited
   * longest leave the queue (`onEvicted`). Default 100,000; the agent sets it from `$GLASSBOX_EXPORT_MAX_PENDING`.
   */
  readonly maxPendingItems?: number;
  /** A session's items left the queue unsent (see `maxPendingItems`). */
  readonly onEvicted?: (sessionId: string, exporter: string, items: number) => void;
  readonly now?: () => number;
}

/** Default bound of the items waiting in memory per exporter. */
export const DEFAULT_EXPORT_MAX_PENDING = 100_000;

/**
 * Hands completed telemetry to every exporter, each on its own: its own pending set, checkpoint and backoff.
 * One exporter that fails or hangs delays nobody else; a retryable failure keeps the items and retries with
 * exponential backoff; nothing already delivered (per the checkpoint) is offered again.
 */
export class ExportQueue {
  private readonly states: TargetState[];
  private readonly options: ExportQueueOptions;
  private readonly now: () => number;
  private stopped = false;

  constructor(options: ExportQueueOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.states = options.targets.map((target) => ({
      target,
      pending: new Map(),
      pendingItems: 0,
      evictedItems: 0,
      metricsDirty: false,
      running: undefined,
      retryTimer: undefined,
      nextRetryMs: undefined,
      consecutiveFailures: 0,
      exportedSpans: 0,
      exportedLogs: 0,
      exportedBatches: 0,
      failedBatches: 0,
      rejectedItems: 0,
    }));
  }

  get targetNames(): string[] {
    return this.states.map((s) => s.target.name);
  }

  /**
   * Offers a session's completed spans, logs and audit decisions. `delivered` is the session's checkpoint: ids an
   * exporter already has are skipped. New metric contributions mark metrics for sending.
   */
  offer(
    sessionId: string,
    spans: readonly SpanData[],
    logs: readonly LogRecordData[],
    delivered: Readonly<Record<string, { spans: DeliveredIds; logs: DeliveredIds }>>,
    metricsChanged: boolean,
    audit: readonly AuditDecisionData[] = [],
  ): void {
    for (const state of this.states) {
      const done = delivered[state.target.name];
      // The agent passes sets (kept with the checkpoint): no per-offer copy of a long session's ids.
      const doneSpans = asSet(done?.spans);
      const doneLogs = asSet(done?.logs);
      let p = state.pending.get(sessionId);
      for (const span of spans) {
        if (doneSpans.has(span.spanId)) continue;
        p ??= newPending(state, sessionId);
        if (!p.spans.has(span.spanId)) state.pendingItems++;
        p.spans.set(span.spanId, span);
      }
      for (const log of logs) {
        if (doneLogs.has(log.id)) continue;
        p ??= newPending(state, sessionId);
        if (!p.logs.has(log.id)) state.pendingItems++;
        p.logs.set(log.id, log);
      }
      for (const decision of audit) {
        if (doneLogs.has(decision.id)) continue;
        p ??= newPending(state, sessionId);
        if (!p.audit.has(decision.id)) state.pendingItems++;
        p.audit.set(decision.id, decision);
      }
      if (metricsChanged) state.metricsDirty = true;
      this.bound(state, sessionId);
    }
    this.kick();
  }

  /** Evicts the sessions that waited longest until at most `maxPendingItems` wait (the newest one stays). */
  private bound(state: TargetState, newest: string): void {
    const max = this.options.maxPendingItems ?? DEFAULT_EXPORT_MAX_PENDING;
    if (state.pendingItems <= max) return;
    for (const [sessionId, p] of state.pending) {
      if (state.pendingItems <= max) break;
      // A batch in flight settles its own items; the session just offered stays unless it alone is too big.
      if (sessionId === newest && state.pending.size > 1) continue;
      const n = p.spans.size + p.logs.size + p.audit.size;
      state.pending.delete(sessionId);
      state.pendingItems -= n;
      state.evictedItems += n;
      this.options.onEvicted?.(sessionId, state.target.name, n);
    }
  }

  /** Sends the current metrics to every exporter with its next batch (a metrics-only one if nothing waits). */
  markMetricsChanged(): void {
    for (const state of this.states) state.metricsDirty = true;
    this.kick();
  }

  /** Starts a drain for every exporter that has work and is not waiting for a retry. */
  kick(): void {
    if (this.stopped) return;
    for (const state of this.states) if (!state.retryTimer) this.start(state);
  }

  /** Whether anything waits for `sessionId` (or for any session). */
  hasPending(sessionId?: string): boolean {
    return this.states.some((s) =>
      sessionId === undefined ? s.pending.size > 0 || s.metricsDirty : sizeOf(s.pending.get(sessionId)) > 0,
    );
  }

  /**
   * Whether every exporter with items waiting is failing (in backoff): nothing would leave soon, so waiting for
   * it must not keep the agent up; what waits is marked for the next start.
   */
  stalled(): boolean {
    return this.states.every((s) => (s.pending.size === 0 && !s.metricsDirty) || s.consecutiveFailures > 0);
  }

  /** Drains everything now (ignoring backoff) until done or `deadlineMs` passes. For shutdown. */
  async flush(deadlineMs: number): Promise<void> {
    while (this.now() < deadlineMs && this.hasPending()) {
      for (const state of this.states) {
        if (state.retryTimer) {
          clearTimeout(state.retryTimer);
          state.retryTimer = undefined;
        }
        this.start(state);
      }
      const running = this.states.map((s) => s.running).filter((r): r is Promise<void> => r !== undefined);
      if (running.length === 0) break;
      await Promise.race([Promise.all(running), sleep(Math.max(0, deadlineMs - this.now()))]);
      // Every exporter failed this round: wait a little instead of spinning.
      if (this.hasPending()) await sleep(Math.min(200, Math.max(0, deadlineMs - this.now())));
    }
  }

  status(): ExporterStatus[] {
    return this.states.map((s) => {
      let pendingSpans = 0;
      let pendingLogs = 0;
      for (const p of s.pending.values()) {
        pendingSpans += p.spans.size;
        pendingLogs += p.logs.size;
      }
      return {
        name: s.target.name,
        pendingSpans,
        pendingLogs,
        exportedSpans: s.exportedSpans,
        exportedLogs: s.exportedLogs,
        exportedBatches: s.exportedBatches,
        failedBatches: s.failedBatches,
        rejectedItems: s.rejectedItems,
        evictedItems: s.evictedItems,
        ...(s.lastSuccessMs !== undefined ? { lastSuccessMs: s.lastSuccessMs } : {}),
        ...(s.lastErrorMs !== undefined ? { lastErrorMs: s.lastErrorMs } : {}),
        ...(s.lastError !== undefined ? { lastError: s.lastError } : {}),
        ...(s.nextRetryMs !== undefined ? { nextRetryMs: s.nextRetryMs } : {}),
      };
    });
  }

  /** Stops retries; exporters are shut down by their owner. */
  stop(): void {
    this.stopped = true;
    for (const s of this.states) if (s.retryTimer) clearTimeout(s.retryTimer);
  }

  private start(state: TargetState): void {
    if (state.running || (state.pending.size === 0 && !state.metricsDirty)) return;
    state.running = this.drain(state).finally(() => {
      state.running = undefined;
    });
  }

  private async drain(state: TargetState): Promise<void> {
    for (;;) {
      const picked = pick(state, this.options.maxBatchItems ?? 500);
      if (picked.count === 0 && !state.metricsDirty) return;
      const metrics = state.metricsDirty ? this.options.collectMetrics() : [];
      const ids = [
        ...picked.spans.map((s) => s.spanId),
        ...picked.logs.map((l) => l.id),
        ...picked.audit.map((d) => d.id),
      ];
      const batch: TelemetryBatch = {
        id: batchIdOf(ids, this.now()),
        resource: this.options.resource,
        spans: picked.spans,
        logs: picked.logs,
        metrics,
        audit: picked.audit,
      };
      const [outcome] = await exportAll([state.target.exporter], batch, {
        timeoutMs: this.options.timeoutMs ?? 30_000,
      });
      const result = outcome?.result ?? { code: 'failed', retryable: true };
      if (result.code === 'success') {
        state.consecutiveFailures = 0;
        state.nextRetryMs = undefined;
        state.lastSuccessMs = this.now();
        state.exportedBatches++;
        state.exportedSpans += picked.spans.length;
        state.exportedLogs += picked.logs.length;
        if (metrics.length > 0 || state.metricsDirty) state.metricsDirty = false;
        await this.settle(state, picked, true);
        // An exporter that answers synchronously must not starve the server.
        await yieldToEventLoop();
        continue;
      }
      state.failedBatches++;
      state.lastErrorMs = this.now();
      state.lastError = 'error' in result ? `${result.error.code}: ${result.error.message}` : 'failed';
      if ('retryable' in result && result.retryable === false) {
        // The exporter will not take these as they are: drop them so they do not block the rest. They are not
        // checkpointed, so the next reconciliation of the session (or a restart, after a configuration fix)
        // offers them again.
        state.rejectedItems += picked.count;
        // Metrics are a snapshot: the next change sends a fresh one.
        state.metricsDirty = false;
        await this.settle(state, picked, false);
        await yieldToEventLoop();
        continue;
      }
      this.scheduleRetry(state);
      return;
    }
  }

  /** Removes delivered (or given up) items from pending; persists the checkpoint for delivered ones. */
  private async settle(state: TargetState, picked: Picked, delivered: boolean): Promise<void> {
    for (const [sessionId, { spanIds, logIds }] of picked.bySession) {
      const p = state.pending.get(sessionId);
      if (p) {
        for (const id of spanIds) if (p.spans.delete(id)) state.pendingItems--;
        for (const id of logIds) if (p.logs.delete(id) || p.audit.delete(id)) state.pendingItems--;
        if (sizeOf(p) === 0) state.pending.delete(sessionId);
      }
      if (delivered)
        await this.options.onDelivered(sessionId, state.target.name, spanIds, logIds).catch(() => undefined);
    }
  }

  private scheduleRetry(state: TargetState): void {
    state.consecutiveFailures++;
    const base = this.options.initialBackoffMs ?? 1000;
    const delay = Math.min(this.options.maxBackoffMs ?? 60_000, base * 2 ** (state.consecutiveFailures - 1));
    state.nextRetryMs = this.now() + delay;
    state.retryTimer = setTimeout(() => {
      state.retryTimer = undefined;
      this.start(state);
    }, delay);
    state.retryTimer.unref();
  }
}

function batchIdOf(ids: readonly string[], nowMs: number): string {
  // A metrics-only batch has no ids: its time makes it unique.
  const basis = ids.length > 0 ? [...ids].sort().join(',') : `metrics:${nowMs}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 32);
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** A checkpoint's ids, as stored (an array) or as kept in memory (a set). */
export type DeliveredIds = readonly string[] | ReadonlySet<string>;

function asSet(ids: DeliveredIds | undefined): ReadonlySet<string> {
  if (ids === undefined) return new Set();
  return ids instanceof Set ? ids : new Set(ids);
}
