import { type SessionTrace, shouldSample, traceToTelemetry } from '@glassbox/core';
import type { Attributes } from '@glassbox/spec';
import type { AgentConfig } from './agent-config.js';
import type { CountFn } from './agent-counters.js';
import type { AuditTrail } from './audit-trail.js';
import type { BudgetGuard } from './budget-guard.js';
import type { ExportQueue } from './export-queue.js';
import type { MetricsJournal } from './metrics-journal.js';
import { SessionAttribution } from './session-attribution.js';
import type { SessionPipeline } from './session-pipeline.js';
import type { SessionStore } from './session-store.js';

export interface PublisherOptions {
  readonly config: Pick<AgentConfig, 'samplingRate' | 'captureContent' | 'userId' | 'team'>;
  readonly store: SessionStore;
  readonly metrics: MetricsJournal;
  readonly queue: Pick<ExportQueue, 'offer'>;
  /** Set when an `audit` exporter runs: decisions derived from each published trace. */
  readonly audit: () => AuditTrail | undefined;
  readonly count: CountFn;
  /** The spend ledger: each built trace's cost replaces what it had for the session. */
  readonly budget?: Pick<BudgetGuard, 'note'>;
  /** A publication changed the session's state (checkpoints to come, counted ids): write it soon. */
  readonly saveStateSoon: (p: SessionPipeline) => void;
}

/**
 * Publishes a built trace: the trace file (`glassbox trace` reads it), then, for a sampled session, its spans and
 * logs counted into the metrics and offered to every exporter (what one has taken already is skipped).
 */
export class Publisher {
  /** The last trace written and mapped per session: an unchanged rebuild is not published again. */
  private readonly published = new WeakMap<SessionPipeline, SessionTrace>();

  /** Who and where each session runs (user, team, git), resolved once per session. */
  private readonly attribution: SessionAttribution;

  constructor(private readonly options: PublisherOptions) {
    this.attribution = new SessionAttribution(options.config);
  }

  async publish(p: SessionPipeline, trace: SessionTrace): Promise<void> {
    const { config, store, metrics, queue, count } = this.options;
    // A coalesced reconciliation returns the trace already published: nothing to write or map.
    if (this.published.get(p) === trace) return;
    this.published.set(p, trace);
    this.options.budget?.note(p.sessionId, trace);
    const attributes = await this.attribution.of(p, p.cwd);
    await store
      .saveTrace(p.sessionId, { ...trace, attribution: attributes })
      .catch(() => count('trace_write_error'));
    // The audit trail is whole: sampling thins telemetry, never decisions.
    const audit = this.options.audit()?.decisions(trace, p.skip) ?? [];
    if (shouldSample(p.sessionId, config.samplingRate)) {
      // The first mapping in this process is whole: the metrics registry must see every span once, also one
      // checkpointed by an earlier process that died before it saved `metrics.json`.
      const { spans, logs } = traceToTelemetry(trace, {
        captureContent: config.captureContent,
        resource: attributes,
        ...(p.mappedOnce ? { skip: p.skip } : {}),
      });
      p.mappedOnce = true;
      const metricsChanged = metrics.record(p, spans, attributes, logs);
      queue.offer(p.sessionId, spans, logs, p.deliveredView(), metricsChanged, audit);
    } else {
      if (audit.length > 0) queue.offer(p.sessionId, [], [], p.deliveredView(), false, audit);
      if (!p.sampledOutCounted) {
        p.sampledOutCounted = true;
        count('sampled_out_session');
      }
    }
    this.options.saveStateSoon(p);
  }
}

/** The resource of everything the agent exports. */
export function resourceAttributes(version: string): Attributes {
  return {
    'service.name': 'claude-code',
    'telemetry.sdk.name': 'glassbox',
    'glassbox.agent.version': version,
  };
}
