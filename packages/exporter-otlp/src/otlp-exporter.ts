import {
  type Attributes,
  type Exporter,
  type ExportResult,
  GlassboxError,
  isValidSpanId,
  isValidTraceId,
  specificationVersion,
  type TelemetryBatch,
} from '@glassbox/spec';
import {
  ExportResultCode,
  type InstrumentationScope,
  type ExportResult as OtelExportResult,
} from '@opentelemetry/core';
import { OTLPLogExporter as OTLPLogExporterJson } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPLogExporter as OTLPLogExporterProto } from '@opentelemetry/exporter-logs-otlp-proto';
import { OTLPMetricExporter as OTLPMetricExporterJson } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPMetricExporter as OTLPMetricExporterProto } from '@opentelemetry/exporter-metrics-otlp-proto';
import { OTLPTraceExporter as OTLPTraceExporterJson } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OTLPTraceExporterProto } from '@opentelemetry/exporter-trace-otlp-proto';
import { CompressionAlgorithm } from '@opentelemetry/otlp-exporter-base';
import { type Resource as OtelResource, resourceFromAttributes } from '@opentelemetry/resources';
import type { ReadableLogRecord } from '@opentelemetry/sdk-logs';
import type { ResourceMetrics } from '@opentelemetry/sdk-metrics';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import {
  type OtlpExporterOptions,
  type OtlpSignalName,
  type ResolvedOtlpConfig,
  type ResolvedSignalConfig,
  resolveOtlpConfig,
} from './otlp-exporter-options.js';
import { attributesKey, TemporalityConverter } from './temporality-converter.js';
import { toReadableLogRecord } from './to-readable-log-record.js';
import { toReadableSpan } from './to-readable-span.js';
import { toResourceMetrics } from './to-resource-metrics.js';

/** The slice of an OpenTelemetry push exporter this package drives. */
interface SdkExporter<T> {
  export(items: T, resultCallback: (result: OtelExportResult) => void): void;
  forceFlush(): Promise<void>;
  shutdown(): Promise<void>;
}

interface SignalOutcome {
  readonly signal: OtlpSignalName;
  readonly ok: boolean;
  readonly error?: GlassboxError;
}

/** How many batch ids the exporter remembers to avoid re-sending a signal the backend already acknowledged. */
const DELIVERED_MEMORY = 1024;

const failed = (error: GlassboxError, retryable: boolean): ExportResult => ({
  code: 'failed',
  error,
  retryable,
});

/**
 * Maps what the OpenTelemetry exporter reported to a GlassboxError. Retryable: network errors, timeouts,
 * 408, 429 and every 5xx (the SDK itself already retried 429/502/503/504 within the call's deadline).
 */
export function classifyExportError(signal: OtlpSignalName, error: unknown): GlassboxError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    message?: unknown;
    data?: unknown;
  };
  const message = typeof e.message === 'string' ? e.message : String(error);
  if (typeof e.code === 'number') {
    const status = e.code;
    const retryable = status === 408 || status === 429 || status >= 500;
    const body = typeof e.data === 'string' && e.data !== '' ? `: ${e.data.slice(0, 200)}` : '';
    return new GlassboxError('EXPORT_FAILED', `otlp ${signal}: HTTP ${status} ${message}${body}`, {
      cause: error,
      retryable,
      data: { signal, status },
    });
  }
  if (message === 'Request timed out') {
    return new GlassboxError('EXPORT_TIMEOUT', `otlp ${signal}: request timed out`, {
      cause: error,
      retryable: true,
      data: { signal },
    });
  }
  if (typeof e.code === 'string') {
    // A socket error (ECONNREFUSED, ECONNRESET, ENOTFOUND, certificate errors…): the endpoint may come back.
    return new GlassboxError('EXPORT_FAILED', `otlp ${signal}: ${e.code} ${message}`, {
      cause: error,
      retryable: true,
      data: { signal, errno: e.code },
    });
  }
  // The SDK reports a 429/502/503/504 that outlived its own retries, and its concurrency limit, without a status.
  const retryable = /retryable|concurrent export limit/i.test(message);
  return new GlassboxError('EXPORT_FAILED', `otlp ${signal}: ${message}`, {
    cause: error,
    retryable,
    data: { signal },
  });
}

/**
 * Sends traces, metrics and logs to an OTLP/HTTP endpoint with the OpenTelemetry JS SDK exporters.
 * `export()` resolves `success` only once the backend acknowledged every signal of the batch; it never throws,
 * keeps no queue across calls (the agent spools and retries), and remembers which signals of a recent batch
 * were delivered so a retried batch re-sends only what failed.
 */
export class OtlpExporter implements Exporter {
  readonly specificationVersion = specificationVersion;
  readonly name = 'otlp';

  private readonly config: ResolvedOtlpConfig | undefined;
  private readonly configError: GlassboxError | undefined;
  private readonly traces: SdkExporter<ReadableSpan[]> | undefined;
  private readonly metrics: SdkExporter<ResourceMetrics> | undefined;
  private readonly logs: SdkExporter<ReadableLogRecord[]> | undefined;
  private readonly converter: TemporalityConverter | undefined;
  private readonly delivered = new Map<string, Set<OtlpSignalName>>();
  private readonly inFlight = new Set<Promise<unknown>>();
  // Metric exports run one at a time so temporality state advances in order.
  private metricsChain: Promise<unknown> = Promise.resolve();
  private shutdownPromise: Promise<void> | undefined;

  constructor(options: OtlpExporterOptions = {}) {
    try {
      const config = resolveOtlpConfig(options);
      const shared = {
        headers: config.headers ? { ...config.headers } : undefined,
        compression:
          config.compression === undefined
            ? undefined
            : config.compression === 'gzip'
              ? CompressionAlgorithm.GZIP
              : CompressionAlgorithm.NONE,
      };
      const sdkOptions = (c: ResolvedSignalConfig) => ({
        ...shared,
        ...(c.url !== undefined ? { url: c.url } : {}),
        timeoutMillis: c.timeoutMillis,
      });
      const json = (c: ResolvedSignalConfig) => c.protocol === 'http/json';
      this.traces = config.signals.has('traces')
        ? json(config.traces)
          ? new OTLPTraceExporterJson(sdkOptions(config.traces))
          : new OTLPTraceExporterProto(sdkOptions(config.traces))
        : undefined;
      this.metrics = config.signals.has('metrics')
        ? json(config.metrics)
          ? new OTLPMetricExporterJson(sdkOptions(config.metrics))
          : new OTLPMetricExporterProto(sdkOptions(config.metrics))
        : undefined;
      this.logs = config.signals.has('logs')
        ? json(config.logs)
          ? new OTLPLogExporterJson(sdkOptions(config.logs))
          : new OTLPLogExporterProto(sdkOptions(config.logs))
        : undefined;
      this.converter = new TemporalityConverter(config.temporality);
      this.config = config;
    } catch (err) {
      // A bad option must not crash the agent: every export reports it instead.
      this.configError = GlassboxError.is(err, 'INVALID_CONFIG')
        ? err
        : new GlassboxError(
            'INVALID_CONFIG',
            `otlp exporter: ${err instanceof Error ? err.message : String(err)}`,
            {
              cause: err,
            },
          );
    }
  }

  async export(batch: TelemetryBatch): Promise<ExportResult> {
    if (this.shutdownPromise) {
      return failed(new GlassboxError('EXPORTER_SHUTDOWN', 'otlp exporter is shut down'), false);
    }
    const run = this.exportBatch(batch).catch((err: unknown) =>
      failed(GlassboxError.from(err, 'INTERNAL'), false),
    );
    this.inFlight.add(run);
    try {
      return await run;
    } finally {
      this.inFlight.delete(run);
    }
  }

  async forceFlush(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
    await Promise.allSettled([
      this.traces?.forceFlush(),
      this.metrics?.forceFlush(),
      this.logs?.forceFlush(),
    ]);
  }

  shutdown(): Promise<void> {
    this.shutdownPromise ??= (async () => {
      await this.forceFlush();
      await Promise.allSettled([this.traces?.shutdown(), this.metrics?.shutdown(), this.logs?.shutdown()]);
    })();
    return this.shutdownPromise;
  }

  private async exportBatch(batch: TelemetryBatch): Promise<ExportResult> {
    const config = this.config;
    if (config === undefined) return failed(this.configError!, false);

    const badSpan = batch.spans.find(
      (s) =>
        !isValidTraceId(s.traceId) ||
        !isValidSpanId(s.spanId) ||
        (s.parentSpanId !== undefined && !isValidSpanId(s.parentSpanId)),
    );
    if (badSpan) {
      return failed(
        new GlassboxError(
          'INVALID_INPUT',
          `otlp exporter: span ${JSON.stringify(badSpan.name)} has an invalid id`,
          {
            data: { traceId: badSpan.traceId, spanId: badSpan.spanId, parentSpanId: badSpan.parentSpanId },
          },
        ),
        false,
      );
    }

    const attributes: Attributes = {
      'service.name': 'claude-code',
      ...batch.resource.attributes,
      ...config.resource,
    };
    const resource = resourceFromAttributes(attributes as Parameters<typeof resourceFromAttributes>[0]);
    const scope: InstrumentationScope = { name: config.scopeName };
    const done = this.delivered.get(batch.id) ?? new Set<OtlpSignalName>();
    const pending: Promise<SignalOutcome>[] = [];

    if (this.traces && batch.spans.length > 0 && !done.has('traces')) {
      const spans = batch.spans.map((s) => toReadableSpan(s, resource, scope));
      pending.push(this.send('traces', this.traces, spans, config.traces));
    }
    if (this.logs && batch.logs.length > 0 && !done.has('logs')) {
      const logs = batch.logs.map((l) => toReadableLogRecord(l, resource, scope));
      pending.push(this.send('logs', this.logs, logs, config.logs));
    }
    if (this.metrics && batch.metrics.length > 0 && !done.has('metrics')) {
      pending.push(this.sendMetrics(batch, resource, scope, attributesKey(attributes), config));
    }
    const outcomes = await Promise.all(pending);

    for (const o of outcomes) if (o.ok) done.add(o.signal);
    if (done.size > 0) this.remember(batch.id, done);
    const failures = outcomes.filter((o) => !o.ok);
    if (failures.length === 0) return { code: 'success' };
    const first = failures[0]!.error!;
    // Retrying helps only if every failure was transient; a permanent one would fail again.
    const retryable = failures.every((f) => f.error?.retryable === true);
    const error =
      failures.length === 1
        ? first
        : new GlassboxError(first.code, failures.map((f) => f.error?.message).join('; '), {
            cause: first,
            retryable,
            data: { signals: failures.map((f) => f.signal) },
          });
    return failed(error, retryable);
  }

  private sendMetrics(
    batch: TelemetryBatch,
    resource: OtelResource,
    scope: InstrumentationScope,
    resourceKey: string,
    config: ResolvedOtlpConfig,
  ): Promise<SignalOutcome> {
    const run = this.metricsChain.then(async () => {
      const conversion = this.converter!.convert(batch.metrics, resourceKey);
      const resourceMetrics = toResourceMetrics(conversion.metrics, resource, scope);
      if (resourceMetrics.scopeMetrics[0]!.metrics.length === 0) {
        conversion.commit();
        return { signal: 'metrics', ok: true } satisfies SignalOutcome;
      }
      const outcome = await this.send('metrics', this.metrics!, resourceMetrics, config.metrics);
      if (outcome.ok) conversion.commit();
      return outcome;
    });
    this.metricsChain = run.catch(() => undefined);
    return run;
  }

  private send<T>(
    signal: OtlpSignalName,
    exporter: SdkExporter<T>,
    items: T,
    config: ResolvedSignalConfig,
  ): Promise<SignalOutcome> {
    return new Promise<SignalOutcome>((resolve) => {
      // The SDK retries within its deadline and may start its last attempt just before it; this guard only
      // catches a callback that never comes.
      const guard = setTimeout(
        () =>
          resolve({
            signal,
            ok: false,
            error: new GlassboxError(
              'EXPORT_TIMEOUT',
              `otlp ${signal}: no answer within ${config.timeoutMillis} ms`,
              {
                retryable: true,
                data: { signal },
              },
            ),
          }),
        config.timeoutMillis * 2 + 1_000,
      );
      guard.unref();
      try {
        exporter.export(items, (result) => {
          clearTimeout(guard);
          resolve(
            result.code === ExportResultCode.SUCCESS
              ? { signal, ok: true }
              : { signal, ok: false, error: classifyExportError(signal, result.error) },
          );
        });
      } catch (err) {
        clearTimeout(guard);
        resolve({ signal, ok: false, error: classifyExportError(signal, err) });
      }
    });
  }

  private remember(batchId: string, signals: Set<OtlpSignalName>): void {
    this.delivered.delete(batchId);
    this.delivered.set(batchId, signals);
    if (this.delivered.size > DELIVERED_MEMORY) {
      const oldest = this.delivered.keys().next().value;
      if (oldest !== undefined) this.delivered.delete(oldest);
    }
  }
}

/** Creates an OTLP exporter; never throws (a bad option makes every export fail with `INVALID_CONFIG`). */
export function createOtlpExporter(options: OtlpExporterOptions = {}): OtlpExporter {
  return new OtlpExporter(options);
}
