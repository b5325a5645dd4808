import { type ExporterOptionSpec, isExporterOptionSpecs, readExporterOptions } from '@glassbox/spec';
import {
  type AgentConfig,
  CONFIG_KEY_VARIABLES,
  type LoadedConfig,
  loadAgentConfig,
} from './agent-config.js';
import { AGENT_BUNDLED_EXPORTERS, agentExporterOptions, loadAgentExporters } from './agent-exporters.js';
import type { ExportTarget } from './export-queue.js';
import { BUILTIN_EXPORTER_PACKAGES, type ExporterModule } from './load-exporters.js';
import { runAgent } from './run-agent.js';

type Env = Readonly<Record<string, string | undefined>>;

const OPTION = 'CLAUDE_PLUGIN_OPTION_';

/** One plugin setting that sets a declared exporter option (a `bundle.json` `options` entry). */
export interface BundleOption {
  /** The exporter's short name, a key of `AgentBundle.exporters`. */
  readonly exporter: string;
  /** The option's `name` in that exporter's `exporterOptionSpecs`. */
  readonly option: string;
}

/** What a plugin bundle's generated agent entry passes in (scripts/build-plugin.mjs writes it from bundle.json). */
export interface AgentBundle {
  /** The exporter modules the bundle carries, by short name (`datadog` → `@glassbox/exporter-datadog`). */
  readonly exporters: Readonly<Record<string, ExporterModule>>;
  /** The `exporters` setting when the user left it empty (`datadog,file`). */
  readonly defaultExporters: string;
  /** userConfig keys (`datadogSite`) that set exporter options, read from `CLAUDE_PLUGIN_OPTION_<KEY>`. */
  readonly options: Readonly<Record<string, BundleOption>>;
}

export interface LoadedBundleConfig extends LoadedConfig {
  /** Each bundled exporter's options from the plugin settings, by short name. */
  readonly settings: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

const packageOf = (short: string): string =>
  BUILTIN_EXPORTER_PACKAGES[short] ?? `@glassbox/exporter-${short}`;

/**
 * What the bundle's SessionStart script hashes, in this order, joined with `|`: the lite agent's variables, then
 * each option key's `CLAUDE_PLUGIN_OPTION_<KEY>` in the bundle's order (`hooks/ensure-agent.sh` lists the same).
 */
export function bundleConfigKeyVariables(bundle: AgentBundle): string[] {
  const variables: string[] = [...CONFIG_KEY_VARIABLES];
  for (const key of Object.keys(bundle.options)) {
    const variable = `${OPTION}${key.toUpperCase()}`;
    if (!variables.includes(variable)) variables.push(variable);
  }
  return variables;
}

/**
 * The agent's configuration for a bundle: the lite agent's options with the bundle's default exporters, each
 * short name the bundle carries standing for its package, and each setting parsed to the type its exporter
 * declares. A bad value never stops the agent: it is a problem (a sensitive one never quoted) and left out.
 */
export function loadBundleAgentConfig(bundle: AgentBundle, env: Env = process.env): LoadedBundleConfig {
  const lite = loadAgentConfig({
    ...env,
    [`${OPTION}EXPORTERS`]: env[`${OPTION}EXPORTERS`]?.trim() || bundle.defaultExporters,
  });
  const problems = [...lite.problems];
  const settings: Record<string, Record<string, unknown>> = {};
  for (const [key, { exporter, option }] of Object.entries(bundle.options)) {
    const declared = bundle.exporters[exporter]?.exporterOptionSpecs;
    const spec = isExporterOptionSpecs(declared)
      ? (declared as readonly ExporterOptionSpec[]).find((s) => s.name === option)
      : undefined;
    if (!spec) {
      problems.push(`${key}: ${packageOf(exporter)} declares no option ${option}; ignored`);
      continue;
    }
    const read = readExporterOptions([{ ...spec, env: `${OPTION}${key.toUpperCase()}` }], env);
    problems.push(...read.problems.map((p) => `${key}: ${p}; left out`));
    if (option in read.options) (settings[exporter] ??= {})[option] = read.options[option];
  }
  // Names the agent does not know as built-ins become the bundled packages' names.
  const renamed = (name: string) =>
    name in bundle.exporters && !(name in BUILTIN_EXPORTER_PACKAGES) ? packageOf(name) : name;
  const exporterOptions: Record<string, Readonly<Record<string, unknown>>> = {};
  for (const [name, options] of Object.entries(lite.config.exporterOptions))
    exporterOptions[renamed(name)] = options;
  const config: AgentConfig = {
    ...lite.config,
    exporters: lite.config.exporters.map(renamed),
    exporterOptions,
    // The settings may hold a secret: /v1/health shows only their HMAC, which the start script compares.
    configKey: '',
    configSource: bundleConfigKeyVariables(bundle)
      .map((name) => env[name] ?? '')
      .join('|'),
  };
  return { config, problems, settings };
}

/**
 * Loads the configured exporters: the bundled ones with their settings under the options the configuration
 * gives, third-party ones from the exporter directory. One that fails is a problem; the others run.
 */
export function loadBundleExporters(
  bundle: AgentBundle,
  loaded: LoadedBundleConfig,
  problems: string[],
): Promise<ExportTarget[]> {
  // The agent's own (audit, console, file) are always there, as in every agent; then the bundle's.
  const bundled = {
    ...AGENT_BUNDLED_EXPORTERS,
    ...Object.fromEntries(
      Object.entries(bundle.exporters).map(([short, module]) => [packageOf(short), module]),
    ),
  };
  const shortOf = new Map(
    Object.keys(bundle.exporters).flatMap((s) => [[s, s] as const, [packageOf(s), s] as const]),
  );
  return loadAgentExporters(loaded.config, problems, {
    bundled,
    optionsFor: (name) => ({
      ...loaded.settings[shortOf.get(name) ?? ''],
      ...agentExporterOptions(loaded.config, name),
    }),
  });
}

/**
 * The agent process of a bundle: loads the configuration from the environment, its exporters, and runs until
 * idle or a signal. Resolves the exit code: 0 when it stopped cleanly or another agent serves the data
 * directory, 1 when it could not start.
 */
export async function runBundleAgent(bundle: AgentBundle, env: Env = process.env): Promise<number> {
  const loaded = loadBundleAgentConfig(bundle, env);
  const problems = [...loaded.problems];
  const exporters = await loadBundleExporters(bundle, loaded, problems);
  return runAgent({ config: loaded.config, problems, exporters });
}
