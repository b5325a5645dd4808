import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import {
  type Exporter,
  type ExportResult,
  GlassboxError,
  isValidSpanId,
  isValidTraceId,
  specificationVersion,
  type TelemetryBatch,
} from '@glassbox/spec';
import msgpack from 'dd-trace/packages/dd-trace/src/msgpack/index.js';
import { chunkJson } from './chunk-json.js';
import {
  type DatadogExporterOptions,
  type DatadogSignalName,
  type ResolvedDatadogConfig,
  resolveDatadogConfig,
} from './datadog-exporter-options.js';
import { datadogTags } from './datadog-tags.js';
import { DogStatsDSocket, sendHttp } from './datadog-transport.js';
import { toApmTraces } from './to-apm-traces.js';
import { type LlmObsSpanEvent, llmObsPayload, toLlmObsEvents } from './to-llmobs-events.js';
import { toLogEntries } from './to-log-entries.js';
import { toDogStatsDDatagrams, toMetricSamples, toSeriesBodies } from './to-metric-samples.js';

declare const __PACKAGE_VERSION__: string | undefined;
const VERSION = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-dev';

/** How many batch ids the exporter remembers to avoid re-sending a part the backend already acknowledged. */
const DELIVERED_MEMORY = 1024;
/** The intake takes up to 5 MB per request; stay under it. */
const LLMOBS_REQUEST_BYTES = 4 << 20;
/** The logs intake: at most 5 MB (uncompressed) and 1,000 logs per request. */
const LOGS_REQUEST_BYTES = 4_500_000;
const LOGS_REQUEST_ITEMS = 1000;

const gzipAsync = promisify(gzip);

const failed = (error: GlassboxError, retryable: boolean): ExportResult => ({
  code: 'failed',
  error,
  retryable,
});

/**
 * Sends a batch's spans to Datadog as APM traces (msgpack v0.4, encoded with dd-trace's own encoder, to the
 * Agent's `/v0.4/traces`) and LLM Observability spans (the Agent's EVP proxy, or the intake with an API key),
 * and the seed's metrics derived from the spans (DogStatsD, or the series API agentless). Ids are glassbox's
 * deterministic ones and every HTTP part must be acknowledged before `success`; DogStatsD (UDP, no
 * acknowledgement) is sent only after the Agent answered the HTTP parts of the same batch, so with the Agent
 * down nothing is sent and the agent's queue retries the whole batch. Log records and audit decisions go to
 * Datadog Logs (the logs intake with the API key, or the Agent's EVP proxy), in requests within the intake's
 * limits, each a success only once answered 202. A retried batch re-sends only the parts (and log requests) that
 * failed.
 */
export class DatadogExporter implements Exporter {
  readonly specificationVersion = specificationVersion;
  readonly name = 'datadog';

  private readonly config: ResolvedDatadogConfig | undefined;
  private readonly configError: GlassboxError | undefined;
  private readonly statsd: DogStatsDSocket | undefined;
  private readonly delivered = new Map<string, Set<string>>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private shutdownPromise: Promise<void> | undefined;

  constructor(options: DatadogExporterOptions = {}) {
    try {
      this.config = resolveDatadogConfig(options);
      if (!this.config.agentless && this.config.signals.has('metrics'))
        this.statsd = new DogStatsDSocket(this.config.dogstatsdHost, this.config.dogstatsdPort);
    } catch (err) {
      // A bad option must not crash the agent: every export reports it instead.
      this.configError = GlassboxError.from(err, 'INVALID_CONFIG');
    }
  }

  async export(batch: TelemetryBatch): Promise<ExportResult> {
    if (this.shutdownPromise)
      return failed(new GlassboxError('EXPORTER_SHUTDOWN', 'datadog exporter is shut down'), false);
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
    // Nothing is buffered across calls: once the exports in flight settle, everything accepted is delivered.
    await Promise.allSettled([...this.inFlight]);
  }

  shutdown(): Promise<void> {
    this.shutdownPromise ??= (async () => {
      await this.forceFlush();
      await this.statsd?.close();
    })();
    return this.shutdownPromise;
  }

  private async exportBatch(batch: TelemetryBatch): Promise<ExportResult> {
    const config = this.config;
    if (config === undefined) return failed(this.configError!, false);
    const bad = batch.spans.find(
      (s) =>
        !isValidTraceId(s.traceId) ||
        !isValidSpanId(s.spanId) ||
        (s.parentSpanId !== undefined && !isValidSpanId(s.parentSpanId)),
    );
    if (bad)
      return failed(
        new GlassboxError(
          'INVALID_INPUT',
          `datadog exporter: span ${JSON.stringify(bad.name)} has an invalid id`,
          {
            data: { traceId: bad.traceId, spanId: bad.spanId, parentSpanId: bad.parentSpanId },
          },
        ),
        false,
      );
    const hasSpans = batch.spans.length > 0;
    const hasLogs = config.signals.has('logs') && batch.logs.length + batch.audit.length > 0;
    if (!hasSpans && !hasLogs) return { code: 'success' };

    const tags = datadogTags(config, batch.resource);
    const done = this.delivered.get(batch.id) ?? new Set<string>();
    const errors: GlassboxError[] = [];
    const run = async (signal: DatadogSignalName, send: () => Promise<GlassboxError | undefined>) => {
      if (!config.signals.has(signal) || done.has(signal)) return undefined;
      const error = await send();
      if (error) errors.push(error);
      else done.add(signal);
      return error;
    };
    const agentParts: Promise<(GlassboxError | undefined)[]> = hasSpans
      ? Promise.all([
          run('traces', () => this.sendTraces(config, toApmTraces(batch.spans, tags))),
          run('llmobs', () => this.sendLlmObs(config, toLlmObsEvents(batch.spans, tags, config.mlApp))),
        ])
      : Promise.resolve([]);
    const logsPart = hasLogs
      ? run('logs', () => this.sendLogs(config, toLogEntries(batch, tags), done))
      : Promise.resolve(undefined);
    const [agentErrors] = await Promise.all([agentParts, logsPart]);
    // UDP has no answer: send metrics only once the Agent has answered this batch's HTTP parts (the logs intake
    // answering says nothing about the Agent).
    if (hasSpans && agentErrors.every((e) => e === undefined))
      await run('metrics', () => this.sendMetrics(config, batch, tags));

    if (done.size > 0) this.remember(batch.id, done);
    if (errors.length === 0) return { code: 'success' };
    const retryable = errors.every((e) => e.retryable);
    const error =
      errors.length === 1
        ? errors[0]!
        : new GlassboxError(errors[0]!.code, errors.map((e) => e.message).join('; '), {
            cause: errors[0],
            retryable,
          });
    return failed(error, retryable);
  }

  private sendTraces(config: ResolvedDatadogConfig, traces: ReturnType<typeof toApmTraces>) {
    return sendHttp(new URL('/v0.4/traces', config.agentUrl), msgpack.encode(traces), {
      method: 'PUT',
      part: 'traces',
      timeoutMillis: config.timeoutMillis,
      headers: {
        'Content-Type': 'application/msgpack',
        'X-Datadog-Trace-Count': String(traces.length),
        'Datadog-Meta-Lang': 'nodejs',
        'Datadog-Meta-Lang-Version': process.version,
        'Datadog-Meta-Tracer-Version': `glassbox-${VERSION}`,
      },
    });
  }

  private async sendLlmObs(
    config: ResolvedDatadogConfig,
    events: readonly LlmObsSpanEvent[],
  ): Promise<GlassboxError | undefined> {
    const url = config.agentless
      ? new URL('/api/v2/llmobs', config.llmobsIntake)
      : new URL('/evp_proxy/v2/api/v2/llmobs', config.agentUrl);
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (config.agentless) headers['DD-API-KEY'] = config.apiKey!;
    else headers['X-Datadog-EVP-Subdomain'] = 'llmobs-intake';
    for (const body of chunkJson(llmObsPayload(events, `glassbox-${VERSION}`), LLMOBS_REQUEST_BYTES)) {
      const error = await sendHttp(url, body, {
        method: 'POST',
        part: 'llmobs',
        timeoutMillis: config.timeoutMillis,
        headers,
      });
      if (error) return error;
    }
    return undefined;
  }

  /**
   * Log records and audit decisions to Datadog Logs, in requests within the intake's limits. Each request is
   * remembered in `done` once answered 202 (`logs:<n>`: the split depends only on the batch), so a retry re-sends
   * only the requests that were not acknowledged. To the intake gzip'd with the API key; through the Agent's EVP
   * proxy plain (it forwards no Content-Encoding) and without a key (the Agent adds its own).
   */
  private async sendLogs(
    config: ResolvedDatadogConfig,
    entries: readonly unknown[],
    done: Set<string>,
  ): Promise<GlassboxError | undefined> {
    const viaAgent = config.logsVia === 'agent';
    const url = viaAgent
      ? new URL('/evp_proxy/v2/api/v2/logs', config.agentUrl)
      : new URL('/api/v2/logs', config.logsIntake);
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (viaAgent) headers['X-Datadog-EVP-Subdomain'] = 'http-intake.logs';
    else {
      headers['DD-API-KEY'] = config.apiKey!;
      headers['Content-Encoding'] = 'gzip';
    }
    const bodies = chunkJson(entries, LOGS_REQUEST_BYTES, LOGS_REQUEST_ITEMS);
    for (const [n, body] of bodies.entries()) {
      const part = `logs:${n}`;
      if (done.has(part)) continue;
      const error = await sendHttp(url, viaAgent ? body : await gzipAsync(body), {
        method: 'POST',
        part: 'logs',
        timeoutMillis: config.timeoutMillis,
        headers,
        acceptStatus: 202,
      });
      if (error) return error;
      done.add(part);
    }
    return undefined;
  }

  private async sendMetrics(
    config: ResolvedDatadogConfig,
    batch: TelemetryBatch,
    tags: ReturnType<typeof datadogTags>,
  ): Promise<GlassboxError | undefined> {
    const samples = toMetricSamples(batch.spans, tags);
    if (samples.length === 0) return undefined;
    if (!config.agentless) return this.statsd!.send(toDogStatsDDatagrams(samples));
    const { series, distributions } = toSeriesBodies(samples);
    const options = {
      method: 'POST' as const,
      part: 'metrics',
      timeoutMillis: config.timeoutMillis,
      headers: { 'Content-Type': 'application/json', 'DD-API-KEY': config.apiKey! },
    };
    return (
      (await sendHttp(
        new URL('/api/v2/series', config.metricsIntake),
        Buffer.from(JSON.stringify(series)),
        options,
      )) ??
      (await sendHttp(
        new URL('/api/v1/distribution_points', config.metricsIntake),
        Buffer.from(JSON.stringify(distributions)),
        options,
      ))
    );
  }

  private remember(batchId: string, signals: Set<string>): void {
    this.delivered.delete(batchId);
    this.delivered.set(batchId, signals);
    if (this.delivered.size > DELIVERED_MEMORY) {
      const oldest = this.delivered.keys().next().value;
      if (oldest !== undefined) this.delivered.delete(oldest);
    }
  }
}

/** Creates a Datadog exporter; never throws (a bad option makes every export fail with `INVALID_CONFIG`). */
export function createDatadogExporter(options: DatadogExporterOptions = {}): DatadogExporter {
  return new DatadogExporter(options);
}
