import type { ExportTarget } from '@glassbox/agent';
import type {
  Attributes,
  Exporter,
  ExportResult,
  MetricData,
  Resource,
  SumPoint,
  TelemetryBatch,
} from '@glassbox/spec';
import { GlassboxError } from '@glassbox/spec';

/** Reasons the agent counts (its `/status` `ignored`) that are not a loss of telemetry. */
const NOT_DROPPED = new Set([
  'duplicate_event',
  'ignored_hook_event',
  'sampled_out_session',
  'unknown_route',
]);
/** Counted reasons that mean a hook's delivery to the agent failed, by hook channel. */
const HOOK_FAILURES: Readonly<Record<string, string>> = {
  invalid_hook_input: 'settings',
  invalid_mod_batch: 'mod',
};

export interface SelfMetricsOptions {
  /** The agent's counted ignored/dropped events by reason (its `status().ignored`). */
  readonly ignored?: () => Readonly<Record<string, number>>;
  readonly now?: () => number;
}

/**
 * The agent's own health metrics, which the alert rules in deploy/ watch: `glassbox.export.failures{exporter,code}`,
 * `glassbox.events.dropped{reason}`, `glassbox.hook.failures{hook}` and the gauge
 * `glassbox.last_batch_timestamp_seconds`. Wrapped export targets count their failed results and carry these
 * metrics in every batch; `heartbeat()` sends a metrics-only batch to each target that has had none for a while,
 * so a quiet agent still reports at least every 5 minutes.
 */
export class SelfMetrics {
  private readonly startMs: number;
  private readonly now: () => number;
  private readonly ignored: () => Readonly<Record<string, number>>;
  private readonly failures = new Map<string, { exporter: string; code: string; count: number }>();
  private readonly lastBatchMs = new Map<string, number>();
  private resource: Resource = { attributes: { 'service.name': 'glassbox-agent' } };
  private sequence = 0;
  private readonly wrapped: ExportTarget[] = [];
  private readonly healthy = new Set<string>();
  private pushTimer: NodeJS.Timeout | undefined;

  constructor(options: SelfMetricsOptions = {}) {
    this.now = options.now ?? Date.now;
    this.ignored = options.ignored ?? (() => ({}));
    this.startMs = this.now();
  }

  /** The target, exporting every batch with the self-metrics added and its failures counted. */
  wrap(target: ExportTarget): ExportTarget {
    const inner = target.exporter;
    const exporter: Exporter = {
      specificationVersion: inner.specificationVersion,
      name: inner.name,
      export: async (batch) => {
        this.resource = batch.resource;
        return this.send(target.name, inner, { ...batch, metrics: [...batch.metrics, ...this.collect()] });
      },
      forceFlush: () => inner.forceFlush(),
      shutdown: () => inner.shutdown(),
    };
    const out = { name: target.name, exporter };
    this.wrapped.push(out);
    return out;
  }

  /** Counts one failed export of `exporter` with `code` (also used for failures seen outside a wrapped target). */
  recordFailure(exporter: string, code: string): void {
    const key = `${exporter}\u0000${code}`;
    const entry = this.failures.get(key) ?? { exporter, code, count: 0 };
    entry.count++;
    this.failures.set(key, entry);
  }

  collect(): MetricData[] {
    const nowMs = this.now();
    const point = (attributes: Attributes, value: number): SumPoint => ({
      attributes,
      startTimeMs: this.startMs,
      timeMs: nowMs,
      value,
    });
    const dropped: SumPoint[] = [];
    const hooks = new Map<string, number>();
    for (const [reason, n] of Object.entries(this.ignored())) {
      if (NOT_DROPPED.has(reason)) continue;
      dropped.push(point({ reason }, n));
      const hook = HOOK_FAILURES[reason];
      if (hook) hooks.set(hook, (hooks.get(hook) ?? 0) + n);
    }
    const counter = (name: string, description: string, points: SumPoint[]): MetricData => ({
      kind: 'sum',
      name,
      description,
      unit: '1',
      temporality: 'cumulative',
      monotonic: true,
      points,
    });
    return [
      counter(
        'glassbox.export.failures',
        'Failed exports by exporter and error code',
        [...this.failures.values()].map((f) => point({ exporter: f.exporter, code: f.code }, f.count)),
      ),
      counter('glassbox.events.dropped', 'Events and requests the agent dropped, by reason', dropped),
      counter(
        'glassbox.hook.failures',
        'Hook deliveries the agent could not take, by hook channel',
        [...hooks].map(([hook, n]) => point({ hook }, n)),
      ),
      {
        kind: 'gauge',
        name: 'glassbox.last_batch_timestamp_seconds',
        description: 'When the agent last sent a batch (Unix seconds)',
        unit: 's',
        points: [{ attributes: {}, timeMs: nowMs, value: nowMs / 1000 }],
      },
    ];
  }

  /** Sends a metrics-only batch to every wrapped target that has had no batch for `quietMs`. */
  async heartbeat(quietMs: number): Promise<void> {
    const nowMs = this.now();
    await this.sendSelfBatch(
      this.wrapped.filter((t) => nowMs - (this.lastBatchMs.get(t.name) ?? 0) >= quietMs),
    );
  }

  private async send(name: string, inner: Exporter, batch: TelemetryBatch): Promise<ExportResult> {
    this.lastBatchMs.set(name, this.now());
    let result: ExportResult;
    try {
      result = await inner.export(batch);
    } catch (error) {
      // The contract says exporters return failures; one that throws still must not take the agent down.
      result = { code: 'failed', error: GlassboxError.from(error, 'EXPORT_FAILED'), retryable: true };
    }
    if (result.code === 'failed') {
      this.recordFailure(name, result.error.code);
      this.healthy.delete(name);
      this.pushSoon();
    } else this.healthy.add(name);
    return result;
  }

  /**
   * A failure must reach the working backends now, not with their next batch (an agent with nothing new to send
   * would report it minutes late): one metrics-only batch, a second later, to each target whose last export
   * succeeded.
   */
  private pushSoon(): void {
    if (this.pushTimer) return;
    this.pushTimer = setTimeout(() => {
      this.pushTimer = undefined;
      void this.sendSelfBatch(this.wrapped.filter((t) => this.healthy.has(t.name)));
    }, 1_000);
    this.pushTimer.unref();
  }

  private async sendSelfBatch(targets: readonly ExportTarget[]): Promise<void> {
    const nowMs = this.now();
    await Promise.all(
      targets.map((target) =>
        target.exporter
          .export({
            // Unique, so exporters that remember batch ids do not take it for a retry.
            id: `self-${nowMs.toString(16)}-${(this.sequence++).toString(16)}`,
            resource: this.resource,
            spans: [],
            logs: [],
            audit: [],
            metrics: [],
          })
          .catch(() => undefined),
      ),
    );
  }
}
