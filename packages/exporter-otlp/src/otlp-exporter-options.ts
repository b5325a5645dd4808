import { type AggregationTemporality, type Attributes, GlassboxError } from '@glassbox/spec';

export type OtlpProtocol = 'http/protobuf' | 'http/json';
export type OtlpCompression = 'gzip' | 'none';
export type OtlpSignalName = 'traces' | 'metrics' | 'logs';

/**
 * Options of the OTLP exporter. Every option wins over its `OTEL_EXPORTER_OTLP_*` variable; an option left out
 * falls back to the variable, then to the OpenTelemetry default. Claude Code strips `OTEL_*` variables from the
 * processes it spawns (hooks included), so a plugin passes these through its userConfig instead.
 */
export interface OtlpExporterOptions {
  /** Base URL of an OTLP/HTTP endpoint (`http://collector:4318`); `/v1/traces`, `/v1/metrics`, `/v1/logs` are appended. */
  readonly endpoint?: string;
  /** Full URL for traces; wins over `endpoint`. */
  readonly tracesEndpoint?: string;
  /** Full URL for metrics; wins over `endpoint`. */
  readonly metricsEndpoint?: string;
  /** Full URL for logs; wins over `endpoint`. */
  readonly logsEndpoint?: string;
  /** `http/protobuf` (default) or `http/json`. gRPC is not supported. */
  readonly protocol?: OtlpProtocol;
  /** Sent with every request (`authorization`, `dd-api-key`…); merged over `OTEL_EXPORTER_OTLP_HEADERS`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Deadline of one export per signal, retries within the call included. Default 10 000. */
  readonly timeoutMillis?: number;
  /** Default `none`. */
  readonly compression?: OtlpCompression;
  /** Temporality sent for sums and histograms: `cumulative` (default, Prometheus-style backends) or `delta`. */
  readonly temporality?: AggregationTemporality;
  /** Resource attributes added to every batch's resource; they win over the batch's own. */
  readonly resource?: Attributes;
  /** Signals to send; default all three. */
  readonly signals?: readonly OtlpSignalName[];
  /** Instrumentation scope name on every span, metric and log. Default `glassbox`. */
  readonly scopeName?: string;
}

/** Options resolved against the environment; `url` undefined lets the SDK apply its env variables and default. */
export interface ResolvedSignalConfig {
  readonly url: string | undefined;
  readonly protocol: OtlpProtocol;
  readonly timeoutMillis: number;
}

export interface ResolvedOtlpConfig {
  readonly traces: ResolvedSignalConfig;
  readonly metrics: ResolvedSignalConfig;
  readonly logs: ResolvedSignalConfig;
  readonly headers: Readonly<Record<string, string>> | undefined;
  readonly compression: OtlpCompression | undefined;
  readonly temporality: AggregationTemporality;
  readonly resource: Attributes;
  readonly signals: ReadonlySet<OtlpSignalName>;
  readonly scopeName: string;
}

const ENV_SIGNAL: Readonly<Record<OtlpSignalName, string>> = {
  traces: 'TRACES',
  metrics: 'METRICS',
  logs: 'LOGS',
};
const SIGNALS: readonly OtlpSignalName[] = ['traces', 'metrics', 'logs'];

type Env = Readonly<Record<string, string | undefined>>;

function envValue(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v === undefined || v === '' ? undefined : v;
}

function invalid(message: string): GlassboxError {
  return new GlassboxError('INVALID_CONFIG', `otlp exporter: ${message}`);
}

function checkUrl(name: string, url: string | undefined): void {
  if (url === undefined) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid(`${name} is not a URL: ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw invalid(`${name} must be http or https: ${JSON.stringify(url)}`);
  }
}

function signalUrl(base: string | undefined, path: string): string | undefined {
  if (base === undefined) return undefined;
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

/** Resolves and validates options; throws an `INVALID_CONFIG` GlassboxError the exporter turns into results. */
export function resolveOtlpConfig(options: OtlpExporterOptions, env: Env = process.env): ResolvedOtlpConfig {
  checkUrl('endpoint', options.endpoint);
  const perSignal: Readonly<Record<OtlpSignalName, string | undefined>> = {
    traces: options.tracesEndpoint,
    metrics: options.metricsEndpoint,
    logs: options.logsEndpoint,
  };
  const resolveSignal = (signal: OtlpSignalName): ResolvedSignalConfig => {
    checkUrl(`${signal}Endpoint`, perSignal[signal]);
    const protocol =
      options.protocol ??
      envValue(env, `OTEL_EXPORTER_OTLP_${ENV_SIGNAL[signal]}_PROTOCOL`) ??
      envValue(env, 'OTEL_EXPORTER_OTLP_PROTOCOL') ??
      'http/protobuf';
    if (protocol !== 'http/protobuf' && protocol !== 'http/json') {
      throw invalid(`protocol ${JSON.stringify(protocol)} is not supported (use http/protobuf or http/json)`);
    }
    const envTimeout =
      envValue(env, `OTEL_EXPORTER_OTLP_${ENV_SIGNAL[signal]}_TIMEOUT`) ??
      envValue(env, 'OTEL_EXPORTER_OTLP_TIMEOUT');
    const timeoutMillis = options.timeoutMillis ?? (envTimeout === undefined ? 10_000 : Number(envTimeout));
    if (!Number.isFinite(timeoutMillis) || timeoutMillis <= 0) {
      throw invalid(`timeoutMillis must be a positive number, got ${String(timeoutMillis)}`);
    }
    return { url: perSignal[signal] ?? signalUrl(options.endpoint, `v1/${signal}`), protocol, timeoutMillis };
  };
  if (options.compression !== undefined && options.compression !== 'gzip' && options.compression !== 'none') {
    throw invalid(`compression must be gzip or none, got ${JSON.stringify(options.compression)}`);
  }
  const temporalityEnv = envValue(env, 'OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE')?.toLowerCase();
  const temporality =
    options.temporality ??
    (temporalityEnv === 'delta' || temporalityEnv === 'lowmemory' ? 'delta' : undefined) ??
    'cumulative';
  if (temporality !== 'cumulative' && temporality !== 'delta') {
    throw invalid(`temporality must be cumulative or delta, got ${JSON.stringify(temporality)}`);
  }
  const signals = new Set(options.signals ?? SIGNALS);
  for (const s of signals) if (!SIGNALS.includes(s)) throw invalid(`unknown signal ${JSON.stringify(s)}`);
  return {
    traces: resolveSignal('traces'),
    metrics: resolveSignal('metrics'),
    logs: resolveSignal('logs'),
    headers: options.headers,
    compression: options.compression,
    temporality,
    resource: options.resource ?? {},
    signals,
    scopeName: options.scopeName ?? 'glassbox',
  };
}
