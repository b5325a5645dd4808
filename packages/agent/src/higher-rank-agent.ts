import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PLUGIN_RANKS, pluginRank } from '@glassbox/core';
import { AGENT_ENDPOINT_FILE, type AgentEndpoint, GlassboxError, parseAgentEndpoint } from '@glassbox/spec';
import { agentHomeFromEnv } from './agent-key.js';
import { isAgentProcess, isProcessAlive } from './agent-lock.js';

/** An agent process of the user and the plugin that started it (`GLASSBOX_PLUGIN` in its environment). */
export interface AgentProcess {
  readonly pid: number;
  readonly plugin: string | undefined;
}

export interface HigherRankAgentOptions {
  /** The per-user agent home (`agent.endpoint`). */
  readonly home: string;
  /** The plugin that runs this agent. */
  readonly plugin: string | undefined;
  /** Longest wait for a higher-ranked agent that is starting to serve or to exit. */
  readonly waitMs: number;
  /** The other agent processes of `home` (default: read from /proc). */
  readonly agentProcesses?: (home: string) => AgentProcess[];
  readonly pollMs?: number;
}

/**
 * The agent a higher-ranked plugin runs for this home, when one serves or is starting. Both plugins' SessionStart
 * scripts run at once and, finding no agent, each start one: whichever listens first would take the session's
 * first requests, and a lower-ranked agent that took them exports them before the higher-ranked one replaces it
 * (it is asked to stop and flushes), so an event would reach two agents' exporters. So a lower-ranked agent, before
 * it locks anything or listens, waits while a higher-ranked agent process of the same home lives and resolves that
 * agent's endpoint once it serves (this one then stands down); it resolves undefined when none is left (the other
 * failed to start, or never was) or after `waitMs`, and this one starts as usual.
 */
export async function higherRankAgent(options: HigherRankAgentOptions): Promise<AgentEndpoint | undefined> {
  const mine = pluginRank(options.plugin);
  // A bare agent (rank 0) is no plugin's; the highest-ranked plugin waits for none.
  if (mine === 0 || !Object.values(PLUGIN_RANKS).some((r) => r > mine)) return undefined;
  const home = resolve(options.home);
  const list = options.agentProcesses ?? agentProcessesOf;
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    const text = await readFile(join(home, AGENT_ENDPOINT_FILE), 'utf8').catch(() => '');
    const serving = parseAgentEndpoint(text);
    if (
      serving?.pid !== undefined &&
      serving.pid !== process.pid &&
      pluginRank(serving.plugin) > mine &&
      isProcessAlive(serving.pid) &&
      isAgentProcess(serving.pid)
    )
      return serving;
    const starting = list(home).some((p) => p.pid !== process.pid && pluginRank(p.plugin) > mine);
    if (!starting || Date.now() >= deadline) return undefined;
    await new Promise((r) => setTimeout(r, options.pollMs ?? 50));
  }
}

/**
 * {@link higherRankAgent}, and when one serves, rejects with `AGENT_UNAVAILABLE` naming it (the agent process then
 * exits 0: nothing to do).
 */
export async function standDownForHigherRank(options: HigherRankAgentOptions): Promise<void> {
  const outranked = await higherRankAgent(options);
  if (outranked)
    throw new GlassboxError(
      'AGENT_UNAVAILABLE',
      `the ${outranked.plugin} agent (pid ${outranked.pid}) serves this user on port ${outranked.port}; it outranks ${options.plugin}`,
      { data: { pid: outranked.pid, port: outranked.port } },
    );
}

/**
 * Live agent processes (their command line names an agent entry) of this user whose environment names `home` as
 * their agent home. Linux only (/proc); elsewhere none are found and agents start as before.
 */
export function agentProcessesOf(home: string): AgentProcess[] {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  const out: AgentProcess[] = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if (pid === process.pid || !isAgentProcess(pid) || !isProcessAlive(pid)) continue;
    let environ: string;
    try {
      // Readable only for the process's own user: another user's agents are never ours to wait for.
      environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
    } catch {
      continue;
    }
    const env: Record<string, string> = {};
    for (const kv of environ.split('\0')) {
      const eq = kv.indexOf('=');
      if (eq > 0) env[kv.slice(0, eq)] = kv.slice(eq + 1);
    }
    if (agentHomeFromEnv(env) !== resolve(home)) continue;
    out.push({ pid, plugin: env.GLASSBOX_PLUGIN });
  }
  return out;
}
