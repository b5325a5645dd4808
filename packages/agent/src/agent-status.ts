import { type BudgetStanding, type SessionBudgetStanding, shouldSample } from '@glassbox/core';
import type { AgentConfig } from './agent-config.js';
import type { AgentCounters } from './agent-counters.js';
import { AUDIT_EXPORTER, auditDirectory, auditWitnessFile } from './audit-trail.js';
import type { ExporterStatus, ExportQueue } from './export-queue.js';
import type { SessionPipeline } from './session-pipeline.js';
import type { SessionStore } from './session-store.js';
import type { Spool } from './spool.js';

/** `GET /v1/health`: who answers (a stopping agent answers 503 instead). */
export interface AgentHealth {
  readonly name: string;
  readonly version: string;
  readonly pid: number;
  readonly port: number;
  readonly uptimeMs: number;
  readonly configHash: string;
  readonly configKey: string;
}

export interface SessionStatus {
  readonly sessionId: string;
  readonly ended: boolean;
  /** Claude Code's process went away without ending the session. */
  readonly interrupted?: boolean;
  readonly modAlive: boolean;
  readonly lastActivityMs: number;
  readonly transcriptPath?: string;
  readonly liveEvents: number;
  readonly reconciles: number;
  readonly sampled: boolean;
  readonly costUsd?: number;
  readonly claudeCostUsd?: number;
  readonly costDriftUsd?: number;
}

/** `GET /status`: what `glassbox doctor` reads. */
export interface AgentStatus extends AgentHealth {
  readonly name: 'glassbox-agent';
  readonly dataDir: string;
  readonly config: {
    readonly exporters: readonly string[];
    readonly fileDirectory: string;
    readonly samplingRate: number;
    readonly captureContent: boolean;
    readonly idleTimeoutMs: number;
    readonly turnSummary: boolean;
  };
  readonly configProblems: readonly string[];
  readonly spool: {
    readonly bytes: number;
    readonly segments: number;
    readonly appended: number;
    readonly replayed: number;
    readonly corruptLines: number;
    readonly droppedSegments: number;
    /** Records deleted unread with dropped segments (the spool outgrew `limitBytes`). */
    readonly droppedRecords: number;
    readonly droppedBytes: number;
    readonly limitBytes: number;
    /** Lines a crash cut short at a segment's end (cut off at start). */
    readonly tornTails: number;
    /** Segments with nothing readable, moved aside. */
    readonly quarantinedSegments: number;
    /** Appends that failed (ENOSPC, EIO…): their requests were answered 503, not acknowledged. */
    readonly failedWrites: number;
  };
  readonly requests: Readonly<Record<string, number>>;
  readonly exporters: readonly ExporterStatus[];
  /** Events and requests ignored or dropped, by reason. */
  readonly ignored: Readonly<Record<string, number>>;
  readonly sessions: readonly SessionStatus[];
  /** Sessions whose mod has reported in (mods can load there). */
  readonly modAliveSessions: readonly string[];
  /** The audit trail this agent writes (no `audit` exporter: absent): its directory and witness file, if any. */
  readonly audit?: { readonly dir: string; readonly witnessFile?: string };
  /** Where the day and month budgets stand (none set: absent). */
  readonly budgets?: readonly BudgetStanding[];
  /** The session budget against the last session's spend and today's largest (none set: absent). */
  readonly sessionBudget?: SessionBudgetStanding;
}

export function agentHealth(
  config: AgentConfig,
  version: string,
  port: number,
  uptimeMs: number,
  configHash: string,
): AgentHealth {
  return {
    name: 'glassbox-agent',
    version,
    pid: process.pid,
    port,
    uptimeMs,
    configHash,
    // Not secret (paths and option values): the start script compares it without spawning `cksum`.
    configKey: config.configKey,
  };
}

/** Where the figures of the agent's losses are kept. */
export interface LossSources {
  readonly spool: Spool;
  readonly store: SessionStore;
  readonly queue: ExportQueue;
  readonly counters: AgentCounters;
}

export interface StatusSources extends LossSources {
  readonly config: AgentConfig;
  readonly health: AgentHealth;
  readonly problems: readonly string[];
  readonly exporterNames: readonly string[];
  readonly sessions: Iterable<SessionPipeline>;
  readonly budgets?: readonly BudgetStanding[];
  readonly sessionBudget?: SessionBudgetStanding;
}

/** Every drop and quarantine, by reason: `/status`, `doctor` and the `glassbox.agent.dropped` self-metric. */
export function droppedCounts({ spool, store, queue, counters }: LossSources): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (reason: string, n: number): void => {
    if (n > 0) out[reason] = (out[reason] ?? 0) + n;
  };
  add('spool_dropped_records', spool.droppedRecords);
  add('spool_corrupt_lines', counters.corruptLines);
  add('spool_write_failed', spool.failedWrites);
  add('spool_quarantined_segments', counters.quarantinedSegments);
  add('state_quarantined', store.quarantined);
  add('state_repaired', store.repaired);
  for (const [reason, n] of Object.entries(counters.ignored)) add(reason, n);
  for (const e of queue.status()) {
    add('export_rejected', e.rejectedItems);
  }
  return out;
}

export function agentStatus(s: StatusSources): AgentStatus {
  const { config, spool, store, counters } = s;
  const sessions: SessionStatus[] = [...s.sessions].map((p) => {
    const t = p.lastTrace;
    return {
      sessionId: p.sessionId,
      ended: p.state.ended,
      ...(p.state.exitedMs !== undefined ? { interrupted: true } : {}),
      modAlive: p.state.modAlive,
      lastActivityMs: p.state.lastActivityMs,
      ...(p.state.transcriptPath ? { transcriptPath: p.state.transcriptPath } : {}),
      liveEvents: p.liveEvents,
      reconciles: p.reconciles,
      sampled: shouldSample(p.sessionId, config.samplingRate),
      ...(t ? { costUsd: t.totals.costUsd } : {}),
      ...(t?.claudeCostUsd !== undefined ? { claudeCostUsd: t.claudeCostUsd } : {}),
      ...(t?.costDriftUsd !== undefined ? { costDriftUsd: t.costDriftUsd } : {}),
    };
  });
  return {
    ...s.health,
    name: 'glassbox-agent',
    dataDir: config.dataDir,
    config: {
      exporters: s.exporterNames,
      fileDirectory: config.fileDirectory,
      samplingRate: config.samplingRate,
      captureContent: config.captureContent,
      idleTimeoutMs: config.idleTimeoutMs,
      turnSummary: config.turnSummary,
    },
    configProblems: s.problems,
    spool: {
      bytes: spool.bytes,
      segments: spool.segmentCount,
      appended: counters.appended,
      replayed: counters.replayed,
      corruptLines: counters.corruptLines,
      droppedSegments: spool.droppedSegments,
      droppedRecords: spool.droppedRecords,
      droppedBytes: spool.droppedBytes,
      limitBytes: spool.limitBytes,
      tornTails: counters.tornTails,
      quarantinedSegments: counters.quarantinedSegments,
      failedWrites: spool.failedWrites,
    },
    requests: { ...counters.requests },
    exporters: s.queue.status(),
    ...(s.exporterNames.includes(AUDIT_EXPORTER) ? { audit: auditStatus(config) } : {}),
    ignored: {
      ...counters.ignored,
      ...(spool.droppedRecords > 0 ? { spool_dropped_records: spool.droppedRecords } : {}),
      ...(store.quarantined > 0 ? { state_quarantined: store.quarantined } : {}),
      ...(store.repaired > 0 ? { state_repaired: store.repaired } : {}),
    },
    sessions,
    modAliveSessions: sessions.filter((s) => s.modAlive).map((s) => s.sessionId),
    ...(s.budgets?.length ? { budgets: s.budgets } : {}),
    ...(s.sessionBudget ? { sessionBudget: s.sessionBudget } : {}),
  };
}

function auditStatus(config: AgentConfig): NonNullable<AgentStatus['audit']> {
  const witnessFile = auditWitnessFile(config);
  return { dir: auditDirectory(config), ...(witnessFile ? { witnessFile } : {}) };
}
