import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { attributionAttributes } from '@glassbox/core';
import type { AgentEndpoint } from '@glassbox/spec';
import { type AgentConfig, configHashOf } from './agent-config.js';
import { AgentCounters } from './agent-counters.js';
import { loadAgentExporters } from './agent-exporters.js';
import { listen } from './agent-http.js';
import { loadOrCreateAgentKey, removeAgentEndpoint, writeAgentEndpoint } from './agent-key.js';
import { type LockInfo, releaseLock, writeLock } from './agent-lock.js';
import { createAgentServer } from './agent-server.js';
import {
  type AgentHealth,
  type AgentStatus,
  agentHealth,
  agentStatus,
  droppedCounts,
  type LossSources,
} from './agent-status.js';
import { answerHook } from './answer.js';
import { EventApplier } from './apply-events.js';
import {
  AUDIT_CHECKPOINT_SESSION,
  AuditTrail,
  auditCheckpointLog,
  onAuditCheckpoint,
} from './audit-trail.js';
import { BudgetGuard } from './budget-guard.js';
import { defaultPricing } from './default-pricing.js';
import { DuplicateHooks } from './duplicate-hooks.js';
import { DuplicateModEvents } from './duplicate-mod-events.js';
import { ExportCheckpoints } from './export-checkpoints.js';
import { ExportQueue, type ExportTarget } from './export-queue.js';
import { loadHashKey } from './hash-key.js';
import { standDownForHigherRank } from './higher-rank-agent.js';
import { claimIdleExit } from './idle-exit.js';
import { Ingest } from './ingest.js';
import { LivenessWatch } from './liveness-watch.js';
import { MetricsJournal } from './metrics-journal.js';
import { askLowerRankAgentToStop, isStrangerOnPort } from './plugin-rank.js';
import { ProcessLiveness } from './process-liveness.js';
import { Publisher, resourceAttributes } from './publish.js';
import { Reconciler } from './reconcile.js';
import { dropReply, pruneReplyDrops } from './reply-drop.js';
import { RequestAuth } from './request-auth.js';
import { prepareRequestDrops } from './request-drop.js';
import { selfMetrics } from './self-metrics.js';
import { SessionStore } from './session-store.js';
import { Sessions } from './sessions.js';
import { Spool, type SpoolRecord } from './spool.js';
import type { StartAgentOptions } from './start-agent-options.js';
import { StateWriter } from './state-writer.js';
import { Sweeper } from './sweep.js';
import { takeDataDirLock } from './take-data-dir-lock.js';
import { CATCH_UP_INTERVAL_MS, TranscriptCatchUp } from './transcript-catch-up.js';
import { withTimeout } from './with-timeout.js';

/** Also here: callers wrote `import { GlassboxAgent, type StartAgentOptions } from './glassbox-agent.js'`. */
export type { StartAgentOptions } from './start-agent-options.js';

declare const __PACKAGE_VERSION__: string | undefined;
export const AGENT_VERSION: string =
  typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-dev';

/**
 * The resident agent: one per user and data directory, shared by all sessions, listening on 127.0.0.1 only.
 * Accepted events are spooled (fsync'd) before the acknowledgement; transcripts are reconciled at turn ends;
 * completed spans and logs go to every exporter with its own checkpoint and backoff.
 *
 * The composition root: each step of a request lives in its own module (agent-server → ingest → apply-events →
 * sessions → reconcile → publish → export-checkpoints / state-writer; answer for the Stop reply; sweep and
 * liveness-watch on timers). This file only builds them, wires their callbacks and runs start and stop; it is
 * over 400 lines because that wiring (a dozen parts that call each other back) reads best in one place.
 */
export class GlassboxAgent {
  readonly config: AgentConfig;
  readonly version = AGENT_VERSION;
  private readonly problems: readonly string[];
  private readonly log: (line: string) => void;
  private readonly now: () => number;
  private readonly startedAtMs: number;
  private readonly store: SessionStore;
  private readonly spool: Spool;
  private readonly sessions: Sessions;
  private readonly reconciler: Reconciler;
  private readonly states: StateWriter;
  private readonly checkpoints: ExportCheckpoints;
  private readonly publisher: Publisher;
  private readonly applier: EventApplier;
  private readonly ingest: Ingest;
  private readonly sweeper: Sweeper;
  private readonly livenessWatch: LivenessWatch;
  private readonly counters = new AgentCounters();
  private readonly targets: readonly ExportTarget[];
  private readonly queue: ExportQueue;
  /** Set when an `audit` exporter runs: decisions derived from each published trace. */
  private audit: AuditTrail | undefined;
  private stopAuditRelay: (() => void) | undefined;
  private readonly retireAfterMs: number;
  private readonly metrics: MetricsJournal;
  private readonly budget: BudgetGuard;
  private hashKey = '';
  private server: Server | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private livenessTimer: NodeJS.Timeout | undefined;
  private readonly livenessIntervalMs: number;
  private readonly catchUpIntervalMs: number;
  private readonly catchUp: TranscriptCatchUp;
  private catchUpTimer: NodeJS.Timeout | undefined;
  private lastRequestMs: number;
  private stopping: Promise<void> | undefined;
  private resolveClosed!: () => void;
  private readonly auth: RequestAuth;
  /** Resolves once the agent has stopped (idle, `/v1/shutdown`, `stop()`). */
  readonly closed: Promise<void>;
  port: number;
  /** Both plugins installed run notify.sh twice per event: the repeat is answered with nothing. */
  private readonly duplicateHooks = new DuplicateHooks();
  private readonly duplicateModEvents = new DuplicateModEvents();

  private constructor(
    options: StartAgentOptions,
    targets: readonly ExportTarget[],
    problems: readonly string[],
    private readonly lockInfo: LockInfo,
    private readonly key: Buffer,
  ) {
    this.config = options.config;
    this.auth = new RequestAuth({ key, port: () => this.port, home: agentHomeOf(options.config) });
    this.problems = problems;
    this.log = options.log ?? ((line) => process.stderr.write(`${new Date().toISOString()} ${line}\n`));
    this.now = options.now ?? Date.now;
    this.startedAtMs = this.now();
    this.lastRequestMs = this.startedAtMs;
    this.port = options.config.port;
    this.store = new SessionStore(options.config.dataDir);
    this.spool = new Spool(join(options.config.dataDir, 'spool'), {
      ...(options.config.spoolMaxBytes !== undefined ? { maxTotalBytes: options.config.spoolMaxBytes } : {}),
      ...(options.spoolIo ? { io: options.spoolIo } : {}),
      ...(options.spoolSegmentBytes !== undefined ? { segmentBytes: options.spoolSegmentBytes } : {}),
    });
    this.targets = targets;
    this.retireAfterMs = options.retireAfterMs ?? 2_000;
    this.livenessIntervalMs = options.livenessIntervalMs ?? 1_000;
    this.catchUpIntervalMs = options.catchUpIntervalMs ?? CATCH_UP_INTERVAL_MS;
    this.sessions = new Sessions({
      store: this.store,
      claudeConfigDir: options.config.claudeConfigDir,
      pricing: options.pricing ?? defaultPricing(),
      now: this.now,
      exporterNames: targets.map((t) => t.name),
      transcriptOptions: () => this.audit?.transcriptOptions,
      retireAfterMs: this.retireAfterMs,
      exportPending: (sessionId) => this.queue.hasPending(sessionId),
      reconcilePending: (sessionId) => this.reconciler.isPending(sessionId),
    });
    this.reconciler = new Reconciler({
      now: this.now,
      log: this.log,
      publish: (p, trace) => this.publisher.publish(p, trace),
    });
    this.metrics = new MetricsJournal({
      dataDir: options.config.dataDir,
      store: this.store,
      now: this.now,
      count: this.counters.count,
      saveStateSoon: (p) => this.states.saveSoon(p),
      stopping: () => this.stopping !== undefined,
    });
    this.budget = new BudgetGuard({
      settings: options.config.budget,
      home: agentHomeOf(options.config),
      plugin: options.config.plugin ?? 'glassbox-agent',
      now: this.now,
      count: this.counters.count,
      attributes: attributionAttributes({ user: options.config.userId, team: options.config.team }),
    });
    this.states = new StateWriter({
      store: this.store,
      count: this.counters.count,
      stopping: () => this.stopping !== undefined,
      exportDone: (p) =>
        p.inFlight === 0 &&
        !this.reconciler.isPending(p.sessionId) &&
        !this.queue.hasPending(p.sessionId) &&
        !this.checkpoints.wasEvicted(p.sessionId),
      clearExportPending: (sessionId) => this.checkpoints.clearExportPending(sessionId),
      journalWritten: (p) => {
        this.metrics.release(p);
        this.sessions.retireIfDone(p);
      },
    });
    this.checkpoints = new ExportCheckpoints({
      dataDir: options.config.dataDir,
      store: this.store,
      sessions: this.sessions,
      count: this.counters.count,
      exportPending: (sessionId) => this.queue.hasPending(sessionId),
      saveStateNow: (p) => this.states.saveNow(p),
    });
    this.queue = new ExportQueue({
      targets,
      resource: { attributes: resourceAttributes(this.version) },
      collectMetrics: () => [
        ...this.metrics.registry.collect(this.now(), 'cumulative'),
        ...selfMetrics(droppedCounts(this.lossSources()), this.startedAtMs, this.now()),
        ...this.budget.metrics(),
      ],
      onDelivered: (sessionId, exporter, spanIds, logIds) =>
        this.checkpoints.checkpoint(sessionId, exporter, spanIds, logIds),
      ...(options.exportBackoffMs !== undefined ? { initialBackoffMs: options.exportBackoffMs } : {}),
      ...(options.config.exportMaxPendingItems !== undefined
        ? { maxPendingItems: options.config.exportMaxPendingItems }
        : {}),
      onEvicted: (sessionId, _exporter, n) => this.checkpoints.evict(sessionId, n),
      now: this.now,
    });
    this.publisher = new Publisher({
      config: options.config,
      store: this.store,
      metrics: this.metrics,
      queue: this.queue,
      audit: () => this.audit,
      count: this.counters.count,
      budget: this.budget,
      saveStateSoon: (p) => this.states.saveSoon(p),
    });
    this.applier = new EventApplier({
      captureContent: options.config.captureContent,
      hashKey: () => this.hashKey,
      sessions: this.sessions,
      store: this.store,
      reconciler: this.reconciler,
      counters: this.counters,
    });
    this.ingest = new Ingest({
      spool: this.spool,
      sessions: this.sessions,
      applier: this.applier,
      duplicateHooks: this.duplicateHooks,
      duplicateModEvents: this.duplicateModEvents,
      counters: this.counters,
      log: this.log,
      answer: (p, input) =>
        answerHook({ config: options.config, reconciler: this.reconciler, budget: this.budget }, p, input),
    });
    this.catchUp = new TranscriptCatchUp({
      sessions: () => this.sessions.values(),
      isPending: (sessionId) => this.reconciler.isPending(sessionId),
      count: this.counters.count,
    });
    this.sweeper = new Sweeper({
      sessions: this.sessions,
      reconciler: this.reconciler,
      states: this.states,
      checkpoints: this.checkpoints,
      queue: this.queue,
      spool: this.spool,
      store: this.store,
      now: this.now,
      log: this.log,
      count: this.counters.count,
      stopping: () => this.stopping !== undefined,
      retireAfterMs: this.retireAfterMs,
      staleSessionMs: options.staleSessionMs ?? 24 * 60 * 60_000,
      exportPinMs: options.exportPinMs ?? 60_000,
      idleTimeoutMs: options.config.idleTimeoutMs,
      lastRequestMs: () => this.lastRequestMs,
      claimIdleExit: (idleSinceMs) => claimIdleExit(agentHomeOf(this.config), this.endpoint(), idleSinceMs),
      exitIdle: () => void this.stop('idle'),
    });
    this.livenessWatch = new LivenessWatch({
      liveness: new ProcessLiveness({ claudeConfigDir: options.config.claudeConfigDir }),
      sessions: this.sessions,
      reconciler: this.reconciler,
      states: this.states,
      now: this.now,
      log: this.log,
      stopping: () => this.stopping !== undefined,
    });
    this.closed = new Promise((resolve) => {
      this.resolveClosed = resolve;
    });
  }

  /**
   * Takes the data directory's lock, replays the spool, listens, and reconciles what the spool named. Rejects
   * with `AGENT_UNAVAILABLE` when another live agent holds the lock or the port stays taken.
   */
  static async start(options: StartAgentOptions): Promise<GlassboxAgent> {
    const { config } = options;
    await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
    // Before anything is loaded, locked or listened on: a higher-ranked plugin's agent serves or is starting.
    await standDownForHigherRank({
      home: agentHomeOf(config),
      plugin: config.plugin,
      waitMs: options.bindRetryMs ?? 10_000,
    });
    const problems = [...(options.problems ?? [])];
    const targets = options.exporters ?? (await loadAgentExporters(config, problems));
    const key = await loadOrCreateAgentKey(agentHomeOf(config));
    await prepareRequestDrops(agentHomeOf(config), Date.now());
    const info: LockInfo = {
      pid: process.pid,
      port: config.port,
      startedAtMs: Date.now(),
      version: AGENT_VERSION,
      configHash: configHashOf(config.configSource, key),
    };
    await takeDataDirLock(config.dataDir, info, key, options.bindRetryMs ?? 10_000);
    const agent = new GlassboxAgent(options, targets, problems, info, key);
    try {
      await agent.init(options.bindRetryMs ?? 10_000);
    } catch (error) {
      await agent.shutdownExporters();
      await agent.spool.close().catch(() => undefined);
      await releaseLock(config.dataDir);
      throw error;
    }
    return agent;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private async init(bindRetryMs: number): Promise<void> {
    const { config } = this;
    this.hashKey = await loadHashKey(config.dataDir);
    await this.store.init();
    await this.metrics.load();
    await this.budget.load();
    const records: SpoolRecord[] = [];
    const opened = await this.spool.open((r) => records.push(r));
    this.counters.corruptLines = opened.corrupt;
    this.counters.tornTails = opened.tornTails;
    this.counters.quarantinedSegments = opened.quarantined;
    this.audit = await AuditTrail.create(
      config,
      this.targets.map((t) => t.name),
      config.userId,
    );
    if (this.audit)
      this.stopAuditRelay = onAuditCheckpoint((c) =>
        this.queue.offer(AUDIT_CHECKPOINT_SESSION, [], [auditCheckpointLog(c)], {}, false),
      );
    await this.applier.replay(records);
    await this.checkpoints.resumePendingExports();
    this.server = createAgentServer({
      auth: this.auth,
      maxBodyBytes: config.maxBodyBytes,
      counters: this.counters,
      log: this.log,
      now: this.now,
      onRequest: (receivedAt) => {
        this.lastRequestMs = receivedAt;
      },
      stopping: () => this.stopping !== undefined,
      routes: {
        health: () => this.health(),
        status: () => this.status(),
        mod: (text, receivedAt) => this.ingest.mod(text, receivedAt),
        hook: async (text, receivedAt, nonce) => {
          const reply = await this.ingest.hook(text, receivedAt);
          // Before the reply goes out: the hook looks for it once the reply has arrived (see reply-drop.ts).
          const dropped = await dropReply(agentHomeOf(config), nonce, reply).catch((error: unknown) => {
            this.counters.count('reply_drop_failed');
            this.log(`reply drop failed: ${String(error)}`);
            return false;
          });
          if (dropped) void pruneReplyDrops(agentHomeOf(config), this.now());
          return reply;
        },
        shutdown: () => void this.stop('shutdown requested'),
      },
    });
    // Lite's agent may win the port by milliseconds when both plugins start one: the higher rank takes over. Another
    // user's agent (or any stranger) on it is not waited for: ours listens on a free port.
    const home = agentHomeOf(config);
    // Again just before listening: a higher-ranked agent whose start script ran a moment after ours.
    await standDownForHigherRank({ home, plugin: config.plugin, waitMs: bindRetryMs });
    await listen(
      this.server,
      config.port,
      bindRetryMs,
      () => askLowerRankAgentToStop({ home, port: config.port, key: this.key, plugin: config.plugin }),
      () => isStrangerOnPort(config.port, this.key),
    );
    this.port = (this.server.address() as AddressInfo).port;
    await writeLock(config.dataDir, { ...this.lockInfo, port: this.port });
    await writeAgentEndpoint(agentHomeOf(config), this.endpoint());
    this.log(
      `glassbox-agent ${this.version} pid ${process.pid} listening on ${this.url}; data ${config.dataDir}; ` +
        `exporters ${this.targets.map((t) => t.name).join(', ') || 'none'}; replayed ${this.counters.replayed} spool records`,
    );
    for (const problem of this.problems) this.log(`config: ${problem}`);
    void this.reconciler.recover([...this.sessions.values()]);
    // Exporters of cumulative state start empty (Prometheus /metrics): send them the persisted totals now, not
    // at the next change, which replayed sessions do not make (the registry already counted their spans).
    if (!this.metrics.registry.empty) this.queue.markMetricsChanged();
    this.sweepTimer = setInterval(() => void this.sweeper.sweep(), config.sweepIntervalMs);
    this.sweepTimer.unref();
    if (this.livenessIntervalMs > 0) {
      this.livenessTimer = setInterval(() => void this.livenessWatch.check(), this.livenessIntervalMs);
      this.livenessTimer.unref();
    }
    if (this.catchUpIntervalMs > 0) {
      this.catchUpTimer = setInterval(() => void this.catchUp.tick(), this.catchUpIntervalMs);
      this.catchUpTimer.unref();
    }
  }

  // ---------------------------------------------------------------- reconciliation and export

  // ---------------------------------------------------------------- lifecycle and status

  /** Stops accepting, reconciles and exports what it can (bounded), releases the lock. Idempotent. */
  stop(reason = 'stop'): Promise<void> {
    this.stopping ??= this.doStop(reason);
    return this.stopping;
  }

  /** What `agent.endpoint` says once the agent listens. */
  private endpoint(): AgentEndpoint {
    return {
      port: this.port,
      pid: process.pid,
      startedMs: this.lockInfo.startedAtMs,
      plugin: this.config.plugin ?? 'glassbox-agent',
    };
  }

  private async doStop(reason: string): Promise<void> {
    this.log(`stopping (${reason})`);
    // At once: a SessionStart script that finds it must not trust a stopping agent (it starts another).
    await removeAgentEndpoint(agentHomeOf(this.config)).catch(() => undefined);
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    if (this.livenessTimer) clearInterval(this.livenessTimer);
    if (this.catchUpTimer) clearInterval(this.catchUpTimer);
    this.reconciler.cancelAll();
    // An exporter that has been failing gets one more try, not the full 8 s: its items are marked for the next start.
    const deadline = this.now() + (this.queue.stalled() ? 1_000 : 8_000);
    await withTimeout(
      Promise.all(
        [...this.sessions.values()].map((p) => this.reconciler.reconcileNow(p).catch(() => undefined)),
      ),
      3_000,
    );
    await this.queue.flush(deadline);
    this.queue.stop();
    this.stopAuditRelay?.();
    this.metrics.cancelSoon();
    await this.metrics.save();
    for (const p of this.sessions.values()) {
      if (this.queue.hasPending(p.sessionId)) await this.checkpoints.markExportPending(p.sessionId);
      await this.states.saveNow(p);
    }
    // The state files now list every counted id: a metrics.json that no longer carries them.
    await this.metrics.save();
    await this.budget.save();
    await this.shutdownExporters();
    await this.spool.close().catch(() => undefined);
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    await releaseLock(this.config.dataDir);
    await removeAgentEndpoint(agentHomeOf(this.config)).catch(() => undefined);
    this.log('stopped');
    this.resolveClosed();
  }

  private async shutdownExporters(): Promise<void> {
    await Promise.all(
      this.targets.map((t) =>
        withTimeout(
          Promise.resolve(t.exporter.shutdown()).catch(() => undefined),
          3_000,
        ),
      ),
    );
  }

  health(): AgentHealth {
    return agentHealth(
      this.config,
      this.version,
      this.port,
      this.now() - this.startedAtMs,
      this.lockInfo.configHash,
    );
  }

  status(): AgentStatus {
    return agentStatus({
      ...this.lossSources(),
      config: this.config,
      health: this.health(),
      problems: this.problems,
      exporterNames: this.targets.map((t) => t.name),
      sessions: this.sessions.values(),
      budgets: this.budget.standings(),
      sessionBudget: this.budget.sessionStanding(),
    });
  }

  private lossSources(): LossSources {
    return { spool: this.spool, store: this.store, queue: this.queue, counters: this.counters };
  }
}

/** Where a configuration keeps the channel key and `agent.endpoint` (its data directory when none is named). */
function agentHomeOf(config: AgentConfig): string {
  return config.agentHome ?? config.dataDir;
}
