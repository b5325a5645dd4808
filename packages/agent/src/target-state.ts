// The export queue's state per exporter: what waits (by session), what was sent, its backoff; and picking a batch.
import type { AuditDecisionData, LogRecordData, SpanData } from '@glassbox/spec';
import type { ExportTarget } from './export-target.js';

export interface Pending {
  readonly spans: Map<string, SpanData>;
  readonly logs: Map<string, LogRecordData>;
  readonly audit: Map<string, AuditDecisionData>;
}

export interface TargetState {
  readonly target: ExportTarget;
  readonly pending: Map<string, Pending>;
  /** Spans + logs in `pending`. */
  pendingItems: number;
  evictedItems: number;
  metricsDirty: boolean;
  running: Promise<void> | undefined;
  retryTimer: NodeJS.Timeout | undefined;
  nextRetryMs: number | undefined;
  consecutiveFailures: number;
  exportedSpans: number;
  exportedLogs: number;
  exportedBatches: number;
  failedBatches: number;
  rejectedItems: number;
  lastSuccessMs?: number;
  lastErrorMs?: number;
  lastError?: string;
}

export interface Picked {
  readonly spans: SpanData[];
  readonly logs: LogRecordData[];
  readonly audit: AuditDecisionData[];
  readonly count: number;
  readonly bySession: Map<string, { spanIds: string[]; logIds: string[] }>;
}

export function newPending(state: TargetState, sessionId: string): Pending {
  const p: Pending = { spans: new Map(), logs: new Map(), audit: new Map() };
  state.pending.set(sessionId, p);
  return p;
}

export function pick(state: TargetState, max: number): Picked {
  const spans: SpanData[] = [];
  const logs: LogRecordData[] = [];
  const audit: AuditDecisionData[] = [];
  const bySession = new Map<string, { spanIds: string[]; logIds: string[] }>();
  const full = () => spans.length + logs.length + audit.length >= max;
  for (const [sessionId, p] of state.pending) {
    const entry = { spanIds: [] as string[], logIds: [] as string[] };
    for (const [id, span] of p.spans) {
      if (full()) break;
      spans.push(span);
      entry.spanIds.push(id);
    }
    for (const [id, log] of p.logs) {
      if (full()) break;
      logs.push(log);
      entry.logIds.push(id);
    }
    // Checkpointed with the log ids (see `onDelivered`).
    for (const [id, decision] of p.audit) {
      if (full()) break;
      audit.push(decision);
      entry.logIds.push(id);
    }
    if (entry.spanIds.length + entry.logIds.length > 0) bySession.set(sessionId, entry);
    if (full()) break;
  }
  return { spans, logs, audit, count: spans.length + logs.length + audit.length, bySession };
}

export function sizeOf(p: Pending | undefined): number {
  return p ? p.spans.size + p.logs.size + p.audit.size : 0;
}
