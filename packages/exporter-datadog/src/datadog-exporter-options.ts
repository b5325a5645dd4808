import { GlassboxError } from '@glassbox/spec';

export type DatadogSignalName = 'traces' | 'llmobs' | 'metrics' | 'logs';

/**
 * How log records reach Datadog Logs: `intake` posts them to the logs intake with the API key (with or without an
 * Agent for the other signals); `agent` hands them to the Agent's EVP proxy, which adds the Agent's API key.
 */
export type DatadogLogsVia = 'intake' | 'agent';

/**
 * Options of the Datadog exporter (declared with their variables in `exporterOptionSpecs`). Through a Datadog
 * Agent by default; agentless when only an API key is given (or `agentless: true`).
 */
export interface DatadogExporterOptions {
  /** The Datadog Agent's trace endpoint. `DD_TRACE_AGENT_URL`; default `http://127.0.0.1:8126`. */
  readonly agentUrl?: string;
  /** DogStatsD host. `DD_DOGSTATSD_HOST`; default the Agent URL's host. */
  readonly dogstatsdHost?: string;
  /** DogStatsD UDP port. `DD_DOGSTATSD_PORT`; default 8125. */
  readonly dogstatsdPort?: number;
  /** Datadog API key, for agentless sending only (never sent to an Agent). `DD_API_KEY`. */
  readonly apiKey?: string;
  /** Datadog site of the agentless intakes. `DD_SITE`; default `datadoghq.com`. */
  readonly site?: string;
  /** Send to the intakes instead of an Agent. `GLASSBOX_DATADOG_AGENTLESS`; default: an API key and no `agentUrl`. */
  readonly agentless?: boolean;
  /** One base URL for every agentless intake (a proxy); https, or http on loopback. `GLASSBOX_DATADOG_INTAKE_URL`. */
  readonly intakeUrl?: string;
  /** Unified service tagging. `DD_SERVICE`; default `claude-code`. */
  readonly service?: string;
  /** Unified service tagging. `DD_ENV`. */
  readonly env?: string;
  /** Unified service tagging. `DD_VERSION`; default the batch's `claude.version`, else `service.version`. */
  readonly version?: string;
  /** LLM Observability `ml_app`. `DD_LLMOBS_ML_APP`; default the service. */
  readonly mlApp?: string;
  /**
   * How log records and audit decisions reach Datadog Logs. `GLASSBOX_DATADOG_LOGS_VIA`; default `intake` when an
   * API key is set, else none (logs are not sent: the Agent takes no logs over HTTP unless told to, see README).
   */
  readonly logsVia?: DatadogLogsVia;
  /**
   * Signals to send. `GLASSBOX_DATADOG_SIGNALS`; default `traces`, `llmobs`, `metrics` (agentless: no `traces`),
   * and `logs` when they have a way to go (`logsVia`).
   */
  readonly signals?: readonly DatadogSignalName[];
  /** Extra tags on every span and metric. `GLASSBOX_DATADOG_TAGS` (`k=v,k2=v2`). */
  readonly tags?: Readonly<Record<string, string>>;
  /** Deadline of one request in ms. `GLASSBOX_DATADOG_TIMEOUT`; default 10 000. */
  readonly timeoutMillis?: number;
}

export interface ResolvedDatadogConfig {
  readonly agentless: boolean;
  /** Agent mode: the Agent's base URL. */
  readonly agentUrl: URL;
  readonly dogstatsdHost: string;
  readonly dogstatsdPort: number;
  readonly apiKey: string | undefined;
  /** Agentless: base URLs of the LLM Observability and the metrics intakes. */
  readonly llmobsIntake: URL;
  readonly metricsIntake: URL;
  /** How logs go, when the `logs` signal is on. */
  readonly logsVia: DatadogLogsVia | undefined;
  /** The logs intake's base URL (`logsVia: intake`). */
  readonly logsIntake: URL;
  readonly service: string;
  readonly env: string | undefined;
  readonly version: string | undefined;
  readonly mlApp: string;
  readonly signals: ReadonlySet<DatadogSignalName>;
  readonly tags: Readonly<Record<string, string>>;
  readonly timeoutMillis: number;
}

const SIGNALS: readonly DatadogSignalName[] = ['traces', 'llmobs', 'metrics', 'logs'];
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

const invalid = (message: string) => new GlassboxError('INVALID_CONFIG', `datadog exporter: ${message}`);

function parseUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid(`${name} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid(`${name} must be http or https`);
  return url;
}

/** Validates the options and fills in the defaults. Throws `INVALID_CONFIG` (never quoting the API key). */
export function resolveDatadogConfig(options: DatadogExporterOptions): ResolvedDatadogConfig {
  const apiKey = options.apiKey?.trim() || undefined;
  const agentless = options.agentless ?? (apiKey !== undefined && options.agentUrl === undefined);
  if (agentless && apiKey === undefined) throw invalid('agentless sending needs an API key (DD_API_KEY)');
  const agentUrl = parseUrl('agentUrl', options.agentUrl ?? 'http://127.0.0.1:8126');
  const site = (options.site ?? 'datadoghq.com').trim().toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(site)) throw invalid('site must be a host name such as datadoghq.eu');
  const intake = options.intakeUrl === undefined ? undefined : parseUrl('intakeUrl', options.intakeUrl);
  // The API key travels with every agentless request: never in clear text off this machine.
  if (intake && intake.protocol !== 'https:' && !LOOPBACK.has(intake.hostname))
    throw invalid('intakeUrl must be https (or http on loopback): the API key is sent with every request');
  const port = options.dogstatsdPort ?? 8125;
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw invalid('dogstatsdPort must be a port number');
  const timeoutMillis = options.timeoutMillis ?? 10_000;
  if (!(timeoutMillis > 0)) throw invalid('timeoutMillis must be positive');
  const logsVia = options.logsVia ?? (apiKey !== undefined ? 'intake' : undefined);
  if (logsVia !== undefined && logsVia !== 'intake' && logsVia !== 'agent')
    throw invalid('logsVia must be intake or agent');
  if (logsVia === 'intake' && apiKey === undefined)
    throw invalid('logs to the logs intake need an API key (DD_API_KEY), or logsVia: agent');
  if (logsVia === 'agent' && agentless) throw invalid('logsVia: agent needs a Datadog Agent');
  const requested: readonly DatadogSignalName[] = options.signals ?? [
    ...(agentless ? [] : (['traces'] as const)),
    'llmobs',
    'metrics',
    ...(logsVia ? (['logs'] as const) : []),
  ];
  for (const s of requested)
    if (!SIGNALS.includes(s))
      throw invalid(`unknown signal ${JSON.stringify(s)} (traces, llmobs, metrics, logs)`);
  if (agentless && requested.includes('traces'))
    throw invalid('APM traces need a Datadog Agent (agentless: llmobs, metrics and logs only)');
  if (requested.includes('logs') && logsVia === undefined)
    throw invalid(
      'logs need an API key (the logs intake) or logsVia: agent (the Agent has no logs HTTP input)',
    );
  const service = options.service?.trim() || 'claude-code';
  return {
    agentless,
    agentUrl,
    dogstatsdHost: options.dogstatsdHost ?? agentUrl.hostname.replace(/^\[|\]$/g, ''),
    dogstatsdPort: port,
    apiKey,
    llmobsIntake: intake ?? new URL(`https://llmobs-intake.${site}`),
    metricsIntake: intake ?? new URL(`https://api.${site}`),
    logsVia,
    logsIntake: intake ?? new URL(`https://http-intake.logs.${site}`),
    service,
    env: options.env?.trim() || undefined,
    version: options.version?.trim() || undefined,
    mlApp: options.mlApp?.trim() || service,
    signals: new Set(requested),
    tags: { ...(options.tags ?? {}) },
    timeoutMillis,
  };
}
