import { createHmac } from 'node:crypto';
import { homedir, userInfo } from 'node:os';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { type BudgetSettings, hasBudget, parseSamplingRate } from '@glassbox/core';
import { DEFAULT_AGENT_PORT } from '@glassbox/mod';
import { agentHomeFromEnv } from './agent-key.js';
import { defaultExporterDirectory, isExporterName } from './load-exporters.js';

export interface AgentConfig {
  /** Spool, locks, checkpoints and session traces live here (`${CLAUDE_PLUGIN_DATA}`). */
  readonly dataDir: string;
  /**
   * Loopback port of the HTTP endpoint: `CLAUDE_PLUGIN_OPTION_AGENTPORT` (default 47821), or `GLASSBOX_AGENT_PORT`
   * (0 = any free port) when ensure-agent.sh found the option's port held by something else.
   */
  readonly port: number;
  /**
   * Exporters to load, in order: built-in short names (`file`, `console`, `otlp`, `prometheus`) or npm package
   * names. Environment: `CLAUDE_PLUGIN_OPTION_EXPORTERS` (`file,console`, or a JSON array whose items are names
   * or `[name, options]` pairs).
   */
  readonly exporters: readonly string[];
  /** Factory options given with a name as a `[name, options]` pair, by name. */
  readonly exporterOptions: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Where a user `npm install`s third-party exporters (`<dataDir>/exporters`, searched as its `node_modules`). */
  readonly exporterDirectory: string;
  /** Where the file exporter writes. */
  readonly fileDirectory: string;
  /** Share of sessions exported, 0–1, decided per session id. */
  readonly samplingRate: number;
  /** Export prompt text and tool input/output (redacted); otherwise sizes and shapes only. */
  readonly captureContent: boolean;
  /** Exit after this long without any request and with nothing left to export; 0 never. */
  readonly idleTimeoutMs: number;
  /** Answer the Stop hook with a one-line turn summary for the user. */
  readonly turnSummary: boolean;
  /** `user.id` on every signal: `CLAUDE_PLUGIN_OPTION_USERID`, else the OS user name. */
  readonly userId?: string;
  /** `glassbox.team` on every signal: `CLAUDE_PLUGIN_OPTION_TEAM`. Unset: no team. */
  readonly team?: string;
  /**
   * Budgets, off by default: `CLAUDE_PLUGIN_OPTION_BUDGETSESSIONUSD`, `…_BUDGETDAILYUSD` and `…_BUDGETMONTHLYUSD`
   * (USD; empty or 0: none), `…_BUDGETWARNPERCENT` (the turn summary warns from this share of a limit, default 80)
   * and `…_BUDGETENFORCE` (a reached limit stops a new prompt, default false). Days and months are UTC. Unset when
   * no limit is set.
   */
  readonly budget?: BudgetSettings;
  /** What `GET /health` reports; the SessionStart script restarts an agent whose key (and hash) differ. */
  readonly configKey: string;
  /**
   * The values `configHash` covers (the full plugin's include its OTLP headers, which may be secret). Never shown:
   * `/health` carries only their HMAC under the channel key (`configHashOf`).
   */
  readonly configSource: string;
  /** Largest request body accepted. */
  readonly maxBodyBytes: number;
  /** How often active sessions' transcripts are checked for growth no live event announced. */
  readonly sweepIntervalMs: number;
  /** `CLAUDE_CONFIG_DIR` (or `~/.claude`): where transcripts are looked for when no hook named one. */
  readonly claudeConfigDir: string;
  /**
   * The per-user agent home holding the channel key (`agent.key`) and `agent.endpoint`: `$GLASSBOX_HOME`, else
   * `${CLAUDE_CONFIG_DIR:-$HOME/.claude}/glassbox`. Default (embedding): the data directory.
   */
  readonly agentHome?: string;
  /** The plugin that runs the agent, written to `agent.endpoint` (`$GLASSBOX_PLUGIN`, else the plugin root's name). */
  readonly plugin?: string;
  /**
   * Spool size past which its oldest segments are deleted unread (every record counted as dropped):
   * `$GLASSBOX_SPOOL_MAX_MB` mebibytes. Default 256 MiB.
   */
  readonly spoolMaxBytes?: number;
  /**
   * Spans + logs kept in memory per exporter while it cannot take them (older sessions are left to the next
   * start, counted): `$GLASSBOX_EXPORT_MAX_PENDING`. Default 100,000.
   */
  readonly exportMaxPendingItems?: number;
}

export interface LoadedConfig {
  readonly config: AgentConfig;
  /** Human-readable problems; each fell back to a default, so the agent still runs. */
  readonly problems: readonly string[];
}

type Env = Readonly<Record<string, string | undefined>>;

const OPTION = 'CLAUDE_PLUGIN_OPTION_';

/**
 * The values the SessionStart script hashes, in this order, joined with `|` (see `hooks/ensure-agent.sh`).
 * The plugin root is in it so that a plugin update restarts the agent on the new code.
 */
export const CONFIG_KEY_VARIABLES = [
  'CLAUDE_PLUGIN_ROOT',
  'CLAUDE_PLUGIN_DATA',
  `${OPTION}AGENTPORT`,
  `${OPTION}EXPORTERS`,
  `${OPTION}FILEDIRECTORY`,
  `${OPTION}SAMPLINGRATE`,
  `${OPTION}CAPTURECONTENT`,
  `${OPTION}IDLETIMEOUTMINUTES`,
  `${OPTION}TURNSUMMARY`,
  `${OPTION}USERID`,
  `${OPTION}TEAM`,
  `${OPTION}BUDGETSESSIONUSD`,
  `${OPTION}BUDGETDAILYUSD`,
  `${OPTION}BUDGETMONTHLYUSD`,
  `${OPTION}BUDGETWARNPERCENT`,
  `${OPTION}BUDGETENFORCE`,
] as const;

/** The values that make an agent's configuration, joined as the script joins them. */
export function configKeyOf(env: Env): string {
  return CONFIG_KEY_VARIABLES.map((name) => env[name] ?? '').join('|');
}

/**
 * The configuration's hash as `/health` reports it: HMAC-SHA256 of `configSource` under the channel key, hex, so
 * that nothing derived from a secret option can be guessed from it without the key (the start script computes the
 * same with sha256sum).
 */
export function configHashOf(configSource: string, channelKey: Uint8Array): string {
  return createHmac('sha256', channelKey).update(configSource).digest('hex');
}

function nonEmpty(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

function expandHome(path: string): string {
  return path === '~' ? homedir() : path.startsWith('~/') ? join(homedir(), path.slice(2)) : path;
}

/**
 * Reads the agent's configuration from the environment the SessionStart hook passes on: `CLAUDE_PLUGIN_DATA`
 * and the plugin's `userConfig` values as `CLAUDE_PLUGIN_OPTION_<KEY>`. A bad value never stops the agent: it
 * is reported (in `/status` and `glassbox doctor`) and the default is used, so nothing is lost.
 */
export function loadAgentConfig(env: Env = process.env): LoadedConfig {
  const problems: string[] = [];
  const dataDir = resolve(
    expandHome(
      nonEmpty(env.CLAUDE_PLUGIN_DATA) ?? nonEmpty(env.GLASSBOX_AGENT_DATA_DIR) ?? '~/.glassbox/agent',
    ),
  );

  let port = DEFAULT_AGENT_PORT;
  const rawPort = nonEmpty(env[`${OPTION}AGENTPORT`]);
  if (rawPort !== undefined) {
    const n = Number(rawPort);
    if (Number.isInteger(n) && n > 0 && n < 65536) port = n;
    else
      problems.push(
        `agentPort must be a port number from 1 to 65535, got ${JSON.stringify(rawPort)}; using ${port}`,
      );
  }
  // `GLASSBOX_AGENT_PORT` (0 = any free port): set by ensure-agent.sh when something that is not the user's agent
  // holds the configured port. Not part of the configuration key: clients find the port in `agent.endpoint`.
  const overridePort = nonEmpty(env.GLASSBOX_AGENT_PORT);
  if (overridePort !== undefined && /^\d{1,5}$/.test(overridePort) && Number(overridePort) < 65536)
    port = Number(overridePort);

  const exporters: string[] = [];
  const exporterOptions: Record<string, Readonly<Record<string, unknown>>> = {};
  for (const entry of parseList(nonEmpty(env[`${OPTION}EXPORTERS`]) ?? 'file')) {
    const [raw, options] = typeof entry === 'string' ? [entry, undefined] : entry;
    const name = raw.trim().toLowerCase();
    if (name === 'none' || name === '' || exporters.includes(name)) continue;
    if (!isExporterName(name)) {
      problems.push(
        `exporters: ${JSON.stringify(raw)} is neither a built-in exporter (console, file, otlp, prometheus) nor an npm package name; ignored`,
      );
      continue;
    }
    exporters.push(name);
    if (options) exporterOptions[name] = options;
  }

  const rawDir = nonEmpty(env[`${OPTION}FILEDIRECTORY`]);
  let fileDirectory = join(dataDir, 'telemetry');
  if (rawDir !== undefined) {
    const expanded = expandHome(rawDir);
    if (isAbsolute(expanded)) fileDirectory = expanded;
    else
      problems.push(
        `fileDirectory must be an absolute path, got ${JSON.stringify(rawDir)}; using ${fileDirectory}`,
      );
  }

  let samplingRate = 1;
  try {
    samplingRate = parseSamplingRate(env[`${OPTION}SAMPLINGRATE`]);
  } catch (error) {
    problems.push(`${error instanceof Error ? error.message : String(error)}; using 1`);
  }

  const captureContent = booleanOption(env, 'CAPTURECONTENT', false, problems);
  const turnSummary = booleanOption(env, 'TURNSUMMARY', true, problems);

  let idleTimeoutMs = 10 * 60_000;
  const rawIdle = nonEmpty(env[`${OPTION}IDLETIMEOUTMINUTES`]);
  if (rawIdle !== undefined) {
    const n = Number(rawIdle);
    if (Number.isFinite(n) && n >= 0) idleTimeoutMs = n * 60_000;
    else
      problems.push(
        `idleTimeoutMinutes must be a number of minutes (0 = never), got ${JSON.stringify(rawIdle)}; using 10`,
      );
  }

  const budget = budgetOption(env, problems);
  const spoolMaxMb = positiveNumber(env, 'GLASSBOX_SPOOL_MAX_MB', problems);
  const exportMaxPendingItems = positiveNumber(env, 'GLASSBOX_EXPORT_MAX_PENDING', problems);

  return {
    config: {
      dataDir,
      port,
      exporters,
      exporterOptions,
      exporterDirectory: defaultExporterDirectory(dataDir),
      fileDirectory,
      samplingRate,
      captureContent,
      idleTimeoutMs,
      turnSummary,
      ...optionalString('userId', nonEmpty(env[`${OPTION}USERID`]) ?? osUserName()),
      ...optionalString('team', nonEmpty(env[`${OPTION}TEAM`])),
      ...(budget ? { budget } : {}),
      configKey: configKeyOf(env),
      configSource: configKeyOf(env),
      maxBodyBytes: 8 * 1024 * 1024,
      sweepIntervalMs: 5_000,
      claudeConfigDir: resolve(expandHome(nonEmpty(env.CLAUDE_CONFIG_DIR) ?? '~/.claude')),
      agentHome: agentHomeFromEnv(env),
      plugin: nonEmpty(env.GLASSBOX_PLUGIN) ?? pluginNameOf(env.CLAUDE_PLUGIN_ROOT),
      ...(spoolMaxMb !== undefined ? { spoolMaxBytes: Math.round(spoolMaxMb * 1024 * 1024) } : {}),
      ...(exportMaxPendingItems !== undefined
        ? { exportMaxPendingItems: Math.round(exportMaxPendingItems) }
        : {}),
    },
    problems,
  };
}

function optionalString<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

function osUserName(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

/** The plugin's directory name (`…/glassbox-lite` or a cached `…/glassbox-lite/<version>`). */
function pluginNameOf(root: string | undefined): string {
  const r = nonEmpty(root)?.replace(/\/+$/, '');
  if (!r) return 'glassbox-agent';
  const name = basename(r);
  return /^\d+\.\d+/.test(name) ? basename(resolve(r, '..')) : name;
}

type ListEntry = string | readonly [string, Readonly<Record<string, unknown>>];

/** `console,file`, `console file` or a JSON array (as a multi-value option may arrive) of names or `[name, options]`. */
function parseList(raw: string): ListEntry[] {
  const text = raw.trim();
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.filter(isListEntry);
    } catch {
      // fall through to the plain list
    }
  }
  return text.split(/[\s,]+/).filter(Boolean);
}

function isListEntry(value: unknown): value is ListEntry {
  if (typeof value === 'string') return true;
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'object' &&
    value[1] !== null &&
    !Array.isArray(value[1])
  );
}

/** A positive number from `env[name]`; undefined (the default applies) when unset or invalid (a problem). */
function positiveNumber(env: Env, name: string, problems: string[]): number | undefined {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (Number.isFinite(n) && n > 0) return n;
  problems.push(`${name} must be a positive number, got ${JSON.stringify(raw)}; using the default`);
  return undefined;
}

/** The budget options; undefined when no limit is set (budgets off). */
function budgetOption(env: Env, problems: string[]): BudgetSettings | undefined {
  const limit = (key: string, name: string, setting: string): { [k: string]: number } => {
    const raw = nonEmpty(env[`${OPTION}${key}`]);
    if (raw === undefined) return {};
    const n = Number(raw);
    if (Number.isFinite(n) && n >= 0) return n > 0 ? { [name]: n } : {};
    problems.push(
      `${setting} must be an amount in USD (0 = none), got ${JSON.stringify(raw)}; no such budget`,
    );
    return {};
  };
  const limits = {
    ...limit('BUDGETSESSIONUSD', 'sessionUsd', 'budgetSessionUsd'),
    ...limit('BUDGETDAILYUSD', 'dailyUsd', 'budgetDailyUsd'),
    ...limit('BUDGETMONTHLYUSD', 'monthlyUsd', 'budgetMonthlyUsd'),
  };
  let warnPercent = 80;
  const rawWarn = nonEmpty(env[`${OPTION}BUDGETWARNPERCENT`]);
  if (rawWarn !== undefined) {
    const n = Number(rawWarn);
    if (Number.isFinite(n) && n > 0 && n <= 100) warnPercent = n;
    else
      problems.push(
        `budgetWarnPercent must be a percentage from 1 to 100, got ${JSON.stringify(rawWarn)}; using 80`,
      );
  }
  const settings: BudgetSettings = {
    ...limits,
    warnPercent,
    enforce: booleanOption(env, 'BUDGETENFORCE', false, problems),
  };
  return hasBudget(settings) ? settings : undefined;
}

function booleanOption(env: Env, key: string, fallback: boolean, problems: string[]): boolean {
  const raw = nonEmpty(env[`${OPTION}${key}`]);
  if (raw === undefined) return fallback;
  const v = raw.toLowerCase();
  if (v === 'true' || v === '1' || v === 'yes') return true;
  if (v === 'false' || v === '0' || v === 'no') return false;
  problems.push(`${key.toLowerCase()} must be true or false, got ${JSON.stringify(raw)}; using ${fallback}`);
  return fallback;
}

/** Where a configuration keeps the channel key and `agent.endpoint` (its data directory when none is named). */
export function agentHomeOf(config: AgentConfig): string {
  return config.agentHome ?? config.dataDir;
}
