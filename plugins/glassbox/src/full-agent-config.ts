import {
  AGENT_BUNDLED_EXPORTERS,
  agentExporterOptions,
  CONFIG_KEY_VARIABLES,
  type ExporterModule,
  type ExportTarget,
  type LoadedConfig,
  loadAgentConfig,
  loadAgentExporters,
} from '@glassbox/agent';
import type { OtlpExporterOptions, OtlpProtocol } from '@glassbox/exporter-otlp';
import * as otlpExporter from '@glassbox/exporter-otlp';
import * as prometheusExporter from '@glassbox/exporter-prometheus';
import { PrometheusExporter } from '@glassbox/exporter-prometheus';

type Env = Readonly<Record<string, string | undefined>>;

const OPTION = 'CLAUDE_PLUGIN_OPTION_';

/** The exporter packages the full bundle carries: the lite agent's, OTLP and Prometheus. */
export const FULL_BUNDLED_EXPORTERS: Readonly<Record<string, ExporterModule>> = {
  ...AGENT_BUNDLED_EXPORTERS,
  '@glassbox/exporter-otlp': otlpExporter,
  '@glassbox/exporter-prometheus': prometheusExporter,
};

/**
 * What the full plugin's SessionStart script hashes, in this order, joined with `|` (see `hooks/ensure-agent.sh`):
 * the lite agent's variables, then the OTLP and metrics options, so changing any of them restarts the agent.
 */
export const FULL_CONFIG_KEY_VARIABLES = [
  ...CONFIG_KEY_VARIABLES,
  `${OPTION}OTLPENDPOINT`,
  `${OPTION}OTLPPROTOCOL`,
  `${OPTION}OTLPHEADERS`,
  `${OPTION}OTLPCOMPRESSION`,
  `${OPTION}METRICSPORT`,
] as const;

export interface FullAgentConfig extends LoadedConfig {
  /** The exporters to load: the configured ones (`otlp` only with a valid endpoint), then `prometheus` with a port. */
  readonly exporters: readonly string[];
  /** Set when `otlp` is among the exporters. */
  readonly otlp?: OtlpExporterOptions;
  /** Loopback port of the Prometheus `/metrics` endpoint; undefined when off (0 or empty). */
  readonly metricsPort?: number;
}

function nonEmpty(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

export function fullConfigSourceOf(env: Env): string {
  return FULL_CONFIG_KEY_VARIABLES.map((name) => env[name] ?? '').join('|');
}

/** `k=v,k2=v2` as in `OTEL_EXPORTER_OTLP_HEADERS` (values may be percent-encoded). */
export function parseOtlpHeaders(
  raw: string | undefined,
  problems: string[],
): Record<string, string> | undefined {
  const text = nonEmpty(raw);
  if (text === undefined) return undefined;
  const headers: Record<string, string> = {};
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
    const at = part.indexOf('=');
    const key = at > 0 ? part.slice(0, at).trim() : '';
    if (!key) {
      // The value may be a secret: name the position, never the text.
      problems.push('otlpHeaders: an entry is not key=value; ignored');
      continue;
    }
    let value = part.slice(at + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // kept as written
    }
    headers[key.toLowerCase()] = value;
  }
  return Object.keys(headers).length > 0 ? headers : undefined;
}

/**
 * The lite agent's configuration plus the full plugin's exporters: `otlp` (endpoint, protocol, headers,
 * compression) and the opt-in Prometheus `/metrics` port. Like the lite loader, a bad value never stops the agent:
 * it becomes a problem and the default is used.
 */
export function loadFullAgentConfig(env: Env = process.env): FullAgentConfig {
  const problems: string[] = [];
  const lite = loadAgentConfig({
    ...env,
    [`${OPTION}EXPORTERS`]: nonEmpty(env[`${OPTION}EXPORTERS`]) ?? 'otlp,file',
  });
  problems.push(...lite.problems);
  const exporters = [...lite.config.exporters];

  let otlp: OtlpExporterOptions | undefined;
  if (exporters.includes('otlp')) {
    const endpoint = nonEmpty(env[`${OPTION}OTLPENDPOINT`]) ?? 'http://127.0.0.1:4318';
    let protocol: OtlpProtocol = 'http/protobuf';
    const rawProtocol = nonEmpty(env[`${OPTION}OTLPPROTOCOL`]);
    if (rawProtocol === 'http/json' || rawProtocol === 'http/protobuf') protocol = rawProtocol;
    else if (rawProtocol !== undefined)
      problems.push(
        `otlpProtocol must be http/protobuf or http/json, got ${JSON.stringify(rawProtocol)}; using http/protobuf`,
      );
    const rawCompression = nonEmpty(env[`${OPTION}OTLPCOMPRESSION`])?.toLowerCase();
    let compression: 'gzip' | 'none' = 'none';
    if (rawCompression === 'gzip' || rawCompression === 'none') compression = rawCompression;
    else if (rawCompression !== undefined)
      problems.push(
        `otlpCompression must be gzip or none, got ${JSON.stringify(rawCompression)}; using none`,
      );
    const headers = parseOtlpHeaders(env[`${OPTION}OTLPHEADERS`], problems);
    let endpointOk = true;
    try {
      const url = new URL(endpoint);
      endpointOk = url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      endpointOk = false;
    }
    if (endpointOk) otlp = { endpoint, protocol, compression, ...(headers ? { headers } : {}) };
    else
      problems.push(
        `otlpEndpoint must be an http(s) URL, got ${JSON.stringify(endpoint)}; OTLP export is off`,
      );
  }

  let metricsPort: number | undefined;
  const rawPort = nonEmpty(env[`${OPTION}METRICSPORT`]);
  if (rawPort !== undefined && rawPort !== '0') {
    const n = Number(rawPort);
    if (Number.isInteger(n) && n > 0 && n < 65536) metricsPort = n;
    else
      problems.push(
        `metricsPort must be a port number (0 or empty = off), got ${JSON.stringify(rawPort)}; /metrics is off`,
      );
  }

  return {
    // The key holds otlpHeaders, a secret: /health shows only its HMAC, and the start script compares that.
    config: { ...lite.config, configKey: '', configSource: fullConfigSourceOf(env) },
    problems,
    exporters: exporters.filter((k) => k !== 'otlp' || otlp !== undefined),
    ...(otlp ? { otlp } : {}),
    ...(metricsPort !== undefined ? { metricsPort } : {}),
  };
}

export interface FullTargets {
  readonly targets: ExportTarget[];
  readonly prometheus?: PrometheusExporter;
}

/**
 * Loads the configured exporters, built-ins from the full bundle and third-party ones from the exporter directory;
 * one that cannot be loaded becomes a problem. Prometheus serves `/metrics` on `metricsPort`.
 */
export async function loadFullExporters(full: FullAgentConfig, problems: string[]): Promise<FullTargets> {
  const names = [...full.exporters];
  if (full.metricsPort !== undefined && !names.includes('prometheus')) names.push('prometheus');
  const targets = await loadAgentExporters({ ...full.config, exporters: names }, problems, {
    bundled: FULL_BUNDLED_EXPORTERS,
    optionsFor: (name) => {
      if (name === 'otlp') return { ...full.otlp, ...full.config.exporterOptions.otlp };
      if (name === 'prometheus')
        return {
          ...(full.metricsPort !== undefined ? { port: full.metricsPort } : {}),
          ...full.config.exporterOptions.prometheus,
        };
      return agentExporterOptions(full.config, name);
    },
  });
  const prometheus = targets.find((t) => t.exporter instanceof PrometheusExporter)?.exporter as
    | PrometheusExporter
    | undefined;
  return { targets, ...(prometheus ? { prometheus } : {}) };
}
