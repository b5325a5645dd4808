import {
  CONFIG_KEY_VARIABLES,
  type ExportTarget,
  type LoadedConfig,
  loadAgentConfig,
  posixCksum,
} from '@glassbox/agent';
import { createConsoleExporter } from '@glassbox/exporter-console';
import { createFileExporter } from '@glassbox/exporter-file';
import { createOtlpExporter, type OtlpExporterOptions, type OtlpProtocol } from '@glassbox/exporter-otlp';
import { createPrometheusExporter, type PrometheusExporter } from '@glassbox/exporter-prometheus';

type Env = Readonly<Record<string, string | undefined>>;

const OPTION = 'CLAUDE_PLUGIN_OPTION_';

export type FullExporterKind = 'console' | 'file' | 'otlp';

export const FULL_EXPORTER_KINDS: readonly FullExporterKind[] = ['console', 'file', 'otlp'];

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
  readonly exporters: readonly FullExporterKind[];
  /** Set when `otlp` is among the exporters. */
  readonly otlp?: OtlpExporterOptions;
  /** Loopback port of the Prometheus `/metrics` endpoint; undefined when off (0 or empty). */
  readonly metricsPort?: number;
}

function nonEmpty(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

export function fullConfigHashOf(env: Env): string {
  return String(posixCksum(FULL_CONFIG_KEY_VARIABLES.map((name) => env[name] ?? '').join('|')));
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
  const exporters: FullExporterKind[] = [];
  const raw = nonEmpty(env[`${OPTION}EXPORTERS`]) ?? 'otlp,file';
  for (const name of listOf(raw)) {
    const kind = name.toLowerCase();
    if ((FULL_EXPORTER_KINDS as readonly string[]).includes(kind)) {
      if (!exporters.includes(kind as FullExporterKind)) exporters.push(kind as FullExporterKind);
    } else if (kind !== 'none') {
      problems.push(
        `exporters: unknown exporter ${JSON.stringify(name)} (this plugin has ${FULL_EXPORTER_KINDS.join(', ')}); ignored`,
      );
    }
  }
  // The lite loader knows console and file only: hand it those, keep the rest here.
  const liteExporters = exporters.filter((k) => k !== 'otlp');
  const lite = loadAgentConfig({
    ...env,
    [`${OPTION}EXPORTERS`]: liteExporters.length > 0 ? liteExporters.join(',') : 'none',
  });
  problems.unshift(...lite.problems);

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
    // The key holds otlpHeaders, a secret: /health shows only its checksum, and the start script compares that.
    config: { ...lite.config, configKey: '', configHash: fullConfigHashOf(env) },
    problems,
    exporters: otlp ? exporters : exporters.filter((k) => k !== 'otlp'),
    ...(otlp ? { otlp } : {}),
    ...(metricsPort !== undefined ? { metricsPort } : {}),
  };
}

function listOf(raw: string): string[] {
  const text = raw.trim();
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.filter((v): v is string => typeof v === 'string');
    } catch {
      // fall through to the plain list
    }
  }
  return text.split(/[\s,]+/).filter(Boolean);
}

export interface FullTargets {
  readonly targets: ExportTarget[];
  readonly prometheus?: PrometheusExporter;
}

/** One export target per configured exporter; an exporter that cannot be created becomes a problem. */
export function createFullTargets(full: FullAgentConfig, problems: string[]): FullTargets {
  const targets: ExportTarget[] = [];
  let prometheus: PrometheusExporter | undefined;
  const attempt = (name: string, create: () => ExportTarget['exporter']): void => {
    try {
      targets.push({ name, exporter: create() });
    } catch (error) {
      problems.push(
        `exporter ${name} could not be created: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  for (const kind of full.exporters) {
    if (kind === 'console') attempt('console', () => createConsoleExporter({ name: 'console' }));
    else if (kind === 'file')
      attempt('file', () =>
        createFileExporter({ name: 'file', dir: full.config.fileDirectory, spans: true }),
      );
    else if (kind === 'otlp' && full.otlp) {
      const options = full.otlp;
      attempt('otlp', () => createOtlpExporter(options));
    }
  }
  if (full.metricsPort !== undefined) {
    const port = full.metricsPort;
    attempt('prometheus', () => {
      prometheus = createPrometheusExporter({ port });
      return prometheus;
    });
  }
  return { targets, ...(prometheus ? { prometheus } : {}) };
}
