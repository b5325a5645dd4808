import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AgentEndpoint } from '@glassbox/spec';
import { type AgentConfig, agentHomeOf, configHashOf } from './agent-config.js';
import { AgentCounters } from './agent-counters.js';
import { loadAgentExporters } from './agent-exporters.js';
import { listen } from './agent-http.js';
import { loadOrCreateAgentKey, removeAgentEndpoint, writeAgentEndpoint } from './agent-key.js';
import { type LockInfo, releaseLock, writeLock } from './agent-lock.js';
import { type AgentParts, buildAgentParts } from './agent-parts.js';
import { createAgentServer } from './agent-server.js';
import {
  type AgentHealth,
  type AgentStatus,
  agentHealth,
  agentStatus,
  type LossSources,
} from './agent-status.js';
import {
  AUDIT_CHECKPOINT_SESSION,
  AuditTrail,
  auditCheckpointLog,
  onAuditCheckpoint,
} from './audit-trail.js';
import type { ExportTarget } from './export-queue.js';
import { loadHashKey } from './hash-key.js';
import { standDownForHigherRank } from './higher-rank-agent.js';
import { askLowerRankAgentToStop, isStrangerOnPort } from './plugin-rank.js';
import { dropReply, pruneReplyDrops } from './reply-drop.js';
import { RequestAuth } from './request-auth.js';
import { prepareRequestDrops } from './request-drop.js';
import type { SpoolRecord } from './spool.js';
import type { StartAgentOptions } from './start-agent-options.js';
import { takeDataDirLock } from './take-data-dir-lock.js';
import { CATCH_UP_INTERVAL_MS } from './transcript-catch-up.js';
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
 * The composition root: `buildAgentParts` builds the pipeline and wires its parts to each other; this file holds
 * the agent's own state (port, lock, timers, the audit trail once created) and runs start and stop.
 */
export class GlassboxAgent {
  readonly config: AgentConfig;
  readonly version = AGENT_VERSION;
  private readonly problems: readonly string[];
  private readonly log: (line: string) => void;
  private readonly now: () => number;
  private readonly startedAtMs: number;
  private readonly parts: AgentParts;
  private readonly counters = new AgentCounters();
  private readonly targets: readonly ExportTarget[];
  /** Set when an `audit` exporter runs: decisions derived from each published trace. */
  private audit: AuditTrail | undefined;
  private stopAuditRelay: (() => void) | undefined;
  private hashKey = '';
  private server: Server | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private livenessTimer: NodeJS.Timeout | undefined;
  private readonly livenessIntervalMs: number;
  private readonly catchUpIntervalMs: number;
  private catchUpTimer: NodeJS.Timeout | undefined;
  private lastRequestMs: number;
  private stopping: Promise<void> | undefined;
  private resolveClosed!: () => void;
  private readonly auth: RequestAuth;
  /** Resolves once the agent has stopped (idle, `/v1/shutdown`, `stop()`). */
  readonly closed: Promise<void>;
  port: number;

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
    this.targets = targets;
    this.livenessIntervalMs = options.livenessIntervalMs ?? 1_000;
    this.catchUpIntervalMs = options.catchUpIntervalMs ?? CATCH_UP_INTERVAL_MS;
    this.parts = buildAgentParts(options, targets, {
      version: this.version,
      startedAtMs: this.startedAtMs,
      now: this.now,
      log: this.log,
      counters: this.counters,
      stopping: () => this.stopping !== undefined,
      audit: () => this.audit,
      hashKey: () => this.hashKey,
      lastRequestMs: () => this.lastRequestMs,
      endpoint: () => this.endpoint(),
      stop: (reason) => this.stop(reason),
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
      await agent.parts.spool.close().catch(() => undefined);
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
    await this.parts.store.init();
    await this.parts.metrics.load();
    await this.parts.budget.load();
    const records: SpoolRecord[] = [];
    const opened = await this.parts.spool.open((r) => records.push(r));
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
        this.parts.queue.offer(AUDIT_CHECKPOINT_SESSION, [], [auditCheckpointLog(c)], {}, false),
      );
    await this.parts.applier.replay(records);
    await this.parts.checkpoints.resumePendingExports();
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
        mod: (text, receivedAt) => this.parts.ingest.mod(text, receivedAt),
        hook: async (text, receivedAt, nonce) => {
          const reply = await this.parts.ingest.hook(text, receivedAt);
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
    void this.parts.reconciler.recover([...this.parts.sessions.values()]);
    // Exporters of cumulative state start empty (Prometheus /metrics): send them the persisted totals now, not
    // at the next change, which replayed sessions do not make (the registry already counted their spans).
    if (!this.parts.metrics.registry.empty) this.parts.queue.markMetricsChanged();
    this.sweepTimer = setInterval(() => void this.parts.sweeper.sweep(), config.sweepIntervalMs);
    this.sweepTimer.unref();
    if (this.livenessIntervalMs > 0) {
      this.livenessTimer = setInterval(() => void this.parts.livenessWatch.check(), this.livenessIntervalMs);
      this.livenessTimer.unref();
    }
    if (this.catchUpIntervalMs > 0) {
      this.catchUpTimer = setInterval(() => void this.parts.catchUp.tick(), this.catchUpIntervalMs);
      this.catchUpTimer.unref();
    }
  }

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
    this.parts.reconciler.cancelAll();
    // An exporter that has been failing gets one more try, not the full 8 s: its items are marked for the next start.
    const deadline = this.now() + (this.parts.queue.stalled() ? 1_000 : 8_000);
    await withTimeout(
      Promise.all(
        [...this.parts.sessions.values()].map((p) =>
          this.parts.reconciler.reconcileNow(p).catch(() => undefined),
        ),
      ),
      3_000,
    );
    await this.parts.queue.flush(deadline);
    this.parts.queue.stop();
    this.stopAuditRelay?.();
    this.parts.metrics.cancelSoon();
    await this.parts.metrics.save();
    for (const p of this.parts.sessions.values()) {
      if (this.parts.queue.hasPending(p.sessionId))
        await this.parts.checkpoints.markExportPending(p.sessionId);
      await this.parts.states.saveNow(p);
    }
    // The state files now list every counted id: a metrics.json that no longer carries them.
    await this.parts.metrics.save();
    await this.parts.budget.save();
    await this.shutdownExporters();
    await this.parts.spool.close().catch(() => undefined);
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
      sessions: this.parts.sessions.values(),
      budgets: this.parts.budget.standings(),
      sessionBudget: this.parts.budget.sessionStanding(),
    });
  }

  private lossSources(): LossSources {
    return {
      spool: this.parts.spool,
      store: this.parts.store,
      queue: this.parts.queue,
      counters: this.counters,
    };
  }
}
