// What every doctor check reads, found once: config and data directories, the channel key, the port and the
// agent's signed `GET /status`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { requestAgent } from '@glassbox/core';
import { type AgentKeyFile, agentHomes, readAgentEndpoint, readAgentKeyFile } from '../agent-client.js';
import { agentDataDirs, PLUGIN_NAMES } from '../agent-data.js';
import { claudeConfigDirs } from '../claude-config-dirs.js';
import type { CommandContext } from '../define-command.js';

/** The agent's default loopback port (the plugin's `agentPort` option changes it). */
export const DEFAULT_AGENT_PORT = 47821;

/** Just enough of the agent's `GET /status` to explain it; every field is checked before use. */
export interface AgentStatusView {
  name?: string;
  version?: string;
  pid?: number;
  port?: number;
  uptimeMs?: number;
  dataDir?: string;
  configProblems?: unknown[];
  /** The audit trail the agent writes: what its own environment and options gave (doctor cannot see them). */
  audit?: { dir?: unknown; witnessFile?: unknown };
  spool?: {
    bytes?: number;
    segments?: number;
    corruptLines?: number;
    droppedSegments?: number;
    droppedRecords?: number;
    limitBytes?: number;
    quarantinedSegments?: number;
    failedWrites?: number;
  };
  exporters?: {
    name?: string;
    pendingSpans?: number;
    pendingLogs?: number;
    exportedBatches?: number;
    failedBatches?: number;
    rejectedItems?: number;
    lastSuccessMs?: number;
    lastErrorMs?: number;
    lastError?: string;
  }[];
  ignored?: Record<string, number>;
  sessions?: { sessionId?: string; modAlive?: boolean; costDriftUsd?: number }[];
  modAliveSessions?: string[];
}

export interface LockView {
  pid?: number;
  port?: number;
  version?: string;
  startedAtMs?: number;
}

export interface DoctorInput {
  readonly ctx: CommandContext;
  /** When doctor started (`io.now()`). */
  readonly now: number;
  readonly configDirs: readonly string[];
  /** The agent data directory read (its lock names the port). */
  readonly dataDir: string | undefined;
  /** Every agent data directory found, the one read first. */
  readonly dataDirs: string[];
  readonly lock: LockView | undefined;
  /** The channel key file of the first agent home that has one (else the first home's). */
  readonly keyFile: AgentKeyFile | undefined;
  readonly port: number;
  /** Something answered `/status` (verified or not). */
  readonly answered: boolean;
  /** The agent's `/status` as it answered, when its signature verified. */
  readonly raw: unknown;
  /** `raw` when it is the agent's status. */
  readonly status: AgentStatusView | undefined;
}

export function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `agentPort` option from the user's settings (`pluginConfigs["glassbox-lite@…" or "glassbox@…"].options`). */
function configuredPort(configDirs: readonly string[]): number | undefined {
  for (const dir of configDirs) {
    const settings = readJson(join(dir, 'settings.json'));
    if (!isObject(settings) || !isObject(settings.pluginConfigs)) continue;
    for (const [id, value] of Object.entries(settings.pluginConfigs)) {
      if (!PLUGIN_NAMES.some((p) => id.startsWith(`${p}@`)) || !isObject(value) || !isObject(value.options))
        continue;
      const port = Number(value.options.agentPort);
      if (Number.isInteger(port) && port > 0 && port < 65536) return port;
    }
  }
  return undefined;
}

/** Finds what the checks read; never throws. */
export async function gatherDoctorInput(ctx: CommandContext): Promise<DoctorInput> {
  const io = ctx.io;
  const now = io.now();
  const configDirs = claudeConfigDirs(ctx.strings('config-dir'), io.env, io.cwd);
  const found = ctx.string('data-dir') ? [ctx.string('data-dir')!] : agentDataDirs(configDirs, io.env);
  // Several (both plugins, several marketplaces): the one named, else one whose agent holds its lock.
  const dataDir =
    ctx.string('data-dir') || io.env.GLASSBOX_AGENT_DATA_DIR
      ? found[0]
      : (found.find((d) => existsSync(join(d, 'agent.lock'))) ?? found[0]);
  const dataDirs = dataDir ? [dataDir, ...found.filter((d) => d !== dataDir)] : [];
  const lock = dataDir ? (readJson(join(dataDir, 'agent.lock')) as LockView | undefined) : undefined;
  // The channel key and agent.endpoint: in the first agent home that has a key file.
  const keyFiles = agentHomes(configDirs, io.env).map(readAgentKeyFile);
  const keyFile = keyFiles.find((k) => !k.absent) ?? keyFiles[0];
  const endpoint = keyFile ? readAgentEndpoint(dirname(keyFile.path)) : undefined;
  const givenPort = ctx.string('port') === undefined ? undefined : Number(ctx.string('port'));
  const port =
    givenPort !== undefined && Number.isInteger(givenPort) && givenPort > 0
      ? givenPort
      : (endpoint?.port ?? lock?.port ?? configuredPort(configDirs) ?? DEFAULT_AGENT_PORT);
  // Only a reply signed with the user's key is the agent's: anything else is read as no agent.
  const answer = keyFile?.key ? await requestAgent({ port, key: keyFile.key, path: '/status' }) : undefined;
  const raw = answer?.verified && answer.status === 200 ? answer.json : undefined;
  const status = isObject(raw) && raw.name === 'glassbox-agent' ? (raw as AgentStatusView) : undefined;
  return {
    ctx,
    now,
    configDirs,
    dataDir,
    dataDirs,
    lock,
    keyFile,
    port,
    answered: answer !== undefined,
    raw,
    status,
  };
}
