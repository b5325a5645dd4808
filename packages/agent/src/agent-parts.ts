import { join } from 'node:path';
import { attributionAttributes } from '@glassbox/core';
import type { AgentEndpoint } from '@glassbox/spec';
import { agentHomeOf } from './agent-config.js';
import type { AgentCounters } from './agent-counters.js';
import { droppedCounts } from './agent-status.js';
import { answerHook } from './answer.js';
import { EventApplier } from './apply-events.js';
import type { AuditTrail } from './audit-trail.js';
import { BudgetGuard } from './budget-guard.js';
import { defaultPricing } from './default-pricing.js';
import { DuplicateHooks } from './duplicate-hooks.js';
import { DuplicateModEvents } from './duplicate-mod-events.js';
import { ExportCheckpoints } from './export-checkpoints.js';
import { ExportQueue, type ExportTarget } from './export-queue.js';
import { claimIdleExit } from './idle-exit.js';
import { Ingest } from './ingest.js';
import { LivenessWatch } from './liveness-watch.js';
import { MetricsJournal } from './metrics-journal.js';
import { ProcessLiveness } from './process-liveness.js';
import { Publisher, resourceAttributes } from './publish.js';
import { Reconciler } from './reconcile.js';
import { selfMetrics } from './self-metrics.js';
import { SessionStore } from './session-store.js';
import { Sessions } from './sessions.js';
import { Spool } from './spool.js';
import type { StartAgentOptions } from './start-agent-options.js';
import { StateWriter } from './state-writer.js';
import { Sweeper } from './sweep.js';
import { TranscriptCatchUp } from './transcript-catch-up.js';

/** The agent's pipeline, built once: each step of a request is one of these. */
export interface AgentParts {
  readonly store: SessionStore;
  readonly spool: Spool;
  readonly sessions: Sessions;
  readonly reconciler: Reconciler;
  readonly metrics: MetricsJournal;
  readonly budget: BudgetGuard;
  readonly states: StateWriter;
  readonly checkpoints: ExportCheckpoints;
  readonly queue: ExportQueue;
  readonly publisher: Publisher;
  readonly applier: EventApplier;
  readonly ingest: Ingest;
  readonly catchUp: TranscriptCatchUp;
  readonly sweeper: Sweeper;
  readonly livenessWatch: LivenessWatch;
}

/** What the parts ask of the agent that holds them (its state, read when they run). */
export interface AgentWiring {
  readonly now: () => number;
  readonly log: (line: string) => void;
  readonly counters: AgentCounters;
  /** The export resource's `service.version`. */
  readonly version: string;
  /** The self metrics' uptime counts from here. */
  readonly startedAtMs: number;
  /** True once `stop()` has begun: sweeps, liveness checks and retried saves stand down (the stop writes last). */
  readonly stopping: () => boolean;
  /** Set once `init` has created it (an `audit` exporter runs). */
  readonly audit: () => AuditTrail | undefined;
  readonly hashKey: () => string;
  readonly lastRequestMs: () => number;
  readonly endpoint: () => AgentEndpoint;
  readonly stop: (reason: string) => Promise<void>;
}

/**
 * Builds the pipeline (agent-server → ingest → apply-events → sessions → reconcile → publish →
 * export-checkpoints / state-writer; answer for the Stop reply; sweep, liveness-watch and transcript-catch-up on
 * timers) and wires their callbacks to each other: a part named before it is built is only called later.
 */
export function buildAgentParts(
  options: StartAgentOptions,
  targets: readonly ExportTarget[],
  agent: AgentWiring,
): AgentParts {
  const { config } = options;
  const { now, log, counters, stopping } = agent;
  const retireAfterMs = options.retireAfterMs ?? 2_000;
  const store = new SessionStore(config.dataDir);
  const spool = new Spool(join(config.dataDir, 'spool'), {
    ...(config.spoolMaxBytes !== undefined ? { maxTotalBytes: config.spoolMaxBytes } : {}),
    ...(options.spoolIo ? { io: options.spoolIo } : {}),
    ...(options.spoolSegmentBytes !== undefined ? { segmentBytes: options.spoolSegmentBytes } : {}),
  });
  const sessions = new Sessions({
    store,
    claudeConfigDir: config.claudeConfigDir,
    pricing: options.pricing ?? defaultPricing(),
    now,
    exporterNames: targets.map((t) => t.name),
    transcriptOptions: () => agent.audit()?.transcriptOptions,
    retireAfterMs,
    exportPending: (sessionId) => queue.hasPending(sessionId),
    reconcilePending: (sessionId) => reconciler.isPending(sessionId),
  });
  const reconciler = new Reconciler({
    now,
    log,
    publish: (p, trace) => publisher.publish(p, trace),
  });
  const metrics = new MetricsJournal({
    dataDir: config.dataDir,
    store,
    now,
    count: counters.count,
    saveStateSoon: (p) => states.saveSoon(p),
    stopping,
  });
  const budget = new BudgetGuard({
    settings: config.budget,
    home: agentHomeOf(config),
    plugin: config.plugin ?? 'glassbox-agent',
    now,
    count: counters.count,
    attributes: attributionAttributes({ user: config.userId, team: config.team }),
  });
  const states: StateWriter = new StateWriter({
    store,
    count: counters.count,
    stopping,
    exportDone: (p) =>
      p.inFlight === 0 &&
      !reconciler.isPending(p.sessionId) &&
      !queue.hasPending(p.sessionId) &&
      !checkpoints.wasEvicted(p.sessionId),
    clearExportPending: (sessionId) => checkpoints.clearExportPending(sessionId),
    journalWritten: (p) => {
      metrics.release(p);
      sessions.retireIfDone(p);
    },
  });
  const checkpoints: ExportCheckpoints = new ExportCheckpoints({
    dataDir: config.dataDir,
    store,
    sessions,
    count: counters.count,
    exportPending: (sessionId) => queue.hasPending(sessionId),
    saveStateNow: (p) => states.saveNow(p),
  });
  const queue: ExportQueue = new ExportQueue({
    targets,
    resource: { attributes: resourceAttributes(agent.version) },
    collectMetrics: () => [
      ...metrics.registry.collect(now(), 'cumulative'),
      ...selfMetrics(droppedCounts({ spool, store, queue, counters }), agent.startedAtMs, now()),
      ...budget.metrics(),
    ],
    onDelivered: (sessionId, exporter, spanIds, logIds) =>
      checkpoints.checkpoint(sessionId, exporter, spanIds, logIds),
    ...(options.exportBackoffMs !== undefined ? { initialBackoffMs: options.exportBackoffMs } : {}),
    ...(config.exportMaxPendingItems !== undefined ? { maxPendingItems: config.exportMaxPendingItems } : {}),
    onEvicted: (sessionId, _exporter, n) => checkpoints.evict(sessionId, n),
    now,
  });
  const publisher = new Publisher({
    config,
    store,
    metrics,
    queue,
    audit: agent.audit,
    count: counters.count,
    budget,
    saveStateSoon: (p) => states.saveSoon(p),
  });
  const applier = new EventApplier({
    captureContent: config.captureContent,
    hashKey: agent.hashKey,
    sessions,
    store,
    reconciler,
    counters,
  });
  const ingest = new Ingest({
    spool,
    sessions,
    applier,
    // Both plugins installed run notify.sh twice per event: the repeat is answered with nothing.
    duplicateHooks: new DuplicateHooks(),
    duplicateModEvents: new DuplicateModEvents(),
    counters,
    log,
    answer: (p, input) => answerHook({ config, reconciler, budget }, p, input),
  });
  const catchUp = new TranscriptCatchUp({
    sessions: () => sessions.values(),
    isPending: (sessionId) => reconciler.isPending(sessionId),
    count: counters.count,
  });
  const sweeper = new Sweeper({
    sessions,
    reconciler,
    states,
    checkpoints,
    queue,
    spool,
    store,
    now,
    log,
    count: counters.count,
    stopping,
    retireAfterMs,
    staleSessionMs: options.staleSessionMs ?? 24 * 60 * 60_000,
    exportPinMs: options.exportPinMs ?? 60_000,
    idleTimeoutMs: config.idleTimeoutMs,
    lastRequestMs: agent.lastRequestMs,
    claimIdleExit: (idleSinceMs) => claimIdleExit(agentHomeOf(config), agent.endpoint(), idleSinceMs),
    exitIdle: () => void agent.stop('idle'),
  });
  const livenessWatch = new LivenessWatch({
    liveness: new ProcessLiveness({ claudeConfigDir: config.claudeConfigDir }),
    sessions,
    reconciler,
    states,
    now,
    log,
    stopping,
  });
  return {
    store,
    spool,
    sessions,
    reconciler,
    metrics,
    budget,
    states,
    checkpoints,
    queue,
    publisher,
    applier,
    ingest,
    catchUp,
    sweeper,
    livenessWatch,
  };
}
