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
import type { DatadogExporterOptions } from '@glassbox/exporter-datadog';
import * as datadogExporter from '@glassbox/exporter-datadog';

type Env = Readonly<Record<string, string | undefined>>;

const OPTION = 'CLAUDE_PLUGIN_OPTION_';
const DATADOG_PACKAGE = '@glassbox/exporter-datadog';

/** The exporter packages this bundle carries: the lite agent's and the Datadog exporter. */
export const DATADOG_BUNDLED_EXPORTERS: Readonly<Record<string, ExporterModule>> = {
  ...AGENT_BUNDLED_EXPORTERS,
  [DATADOG_PACKAGE]: datadogExporter,
};

/**
 * What the SessionStart script hashes, in this order, joined with `|` (see `hooks/ensure-agent.sh`): the lite
 * agent's variables, then the Datadog options, so changing any of them restarts the agent.
 */
export const DATADOG_CONFIG_KEY_VARIABLES = [
  ...CONFIG_KEY_VARIABLES,
  `${OPTION}DATADOGAPIKEY`,
  `${OPTION}DATADOGSITE`,
  `${OPTION}DATADOGAGENTURL`,
  `${OPTION}DOGSTATSDPORT`,
  `${OPTION}SERVICE`,
  `${OPTION}ENV`,
] as const;

export interface DatadogAgentConfig extends LoadedConfig {
  /** The Datadog exporter's options from the plugin's userConfig (unset ones fall back to its `DD_*` variables). */
  readonly datadog: DatadogExporterOptions;
}

const nonEmpty = (value: string | undefined) => value?.trim() || undefined;

/** The values the agent's `configHash` covers (keyed with the channel key, never shown). */
export function datadogConfigSourceOf(env: Env): string {
  return DATADOG_CONFIG_KEY_VARIABLES.map((name) => env[name] ?? '').join('|');
}

/**
 * The lite agent's configuration with `datadog,file` as the default exporters, `datadog` standing for
 * `@glassbox/exporter-datadog`, and the Datadog options the user set. A bad value never stops the agent: the
 * exporter reports it on every export (`glassbox doctor`), never quoting the API key.
 */
export function loadDatadogAgentConfig(env: Env = process.env): DatadogAgentConfig {
  const lite = loadAgentConfig({
    ...env,
    [`${OPTION}EXPORTERS`]: nonEmpty(env[`${OPTION}EXPORTERS`]) ?? 'datadog,file',
  });
  const datadog: Record<string, unknown> = {};
  const set = (key: string, variable: string) => {
    const value = nonEmpty(env[`${OPTION}${variable}`]);
    if (value !== undefined) datadog[key] = value;
  };
  set('apiKey', 'DATADOGAPIKEY');
  set('site', 'DATADOGSITE');
  set('agentUrl', 'DATADOGAGENTURL');
  set('service', 'SERVICE');
  set('env', 'ENV');
  const problems = [...lite.problems];
  const port = nonEmpty(env[`${OPTION}DOGSTATSDPORT`]);
  if (port !== undefined) {
    const n = Number(port);
    if (Number.isInteger(n) && n > 0 && n < 65536) datadog.dogstatsdPort = n;
    else problems.push(`dogstatsdPort must be a port number, got ${JSON.stringify(port)}; using 8125`);
  }
  const exporters = lite.config.exporters.map((name) => (name === 'datadog' ? DATADOG_PACKAGE : name));
  return {
    // The source holds the API key, a secret: /health shows only its keyed hash, and the start script compares that.
    config: { ...lite.config, exporters, configKey: '', configSource: datadogConfigSourceOf(env) },
    problems,
    datadog: datadog as DatadogExporterOptions,
  };
}

/** Loads the configured exporters from this bundle (third-party ones from the exporter directory). */
export function loadDatadogExporters(
  loaded: DatadogAgentConfig,
  problems: string[],
): Promise<ExportTarget[]> {
  return loadAgentExporters(loaded.config, problems, {
    bundled: DATADOG_BUNDLED_EXPORTERS,
    optionsFor: (name) =>
      name === DATADOG_PACKAGE
        ? { ...loaded.datadog, ...(loaded.config.exporterOptions.datadog ?? {}) }
        : agentExporterOptions(loaded.config, name),
  });
}
