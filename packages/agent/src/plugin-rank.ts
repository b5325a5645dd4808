import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pluginRank, requestAgent } from '@glassbox/core';
import { AGENT_ENDPOINT_FILE, parseAgentEndpoint } from '@glassbox/spec';

// The rank table itself is `GLASSBOX_BUNDLES` in @glassbox/core (doctor reads it too).
export { PLUGIN_RANKS, pluginRank } from '@glassbox/core';

export interface LowerRankAgentOptions {
  /** The per-user agent home (`agent.endpoint`). */
  readonly home: string;
  /** The port we want. */
  readonly port: number;
  readonly key: Uint8Array;
  /** The plugin that runs this agent. */
  readonly plugin: string | undefined;
}

/**
 * Asks the agent that holds `port` to stop when it is proven to be the user's agent of a lower-ranked plugin:
 * `agent.endpoint` names it (its port, pid and plugin) and it answers a signed `GET /v1/health` with that pid.
 * Both plugins' SessionStart hooks run at once, so Lite's agent can win the port by a few milliseconds; the full
 * plugin's agent then takes over here instead of giving up. Returns whether it asked. Never stops a stranger.
 */
export async function askLowerRankAgentToStop(options: LowerRankAgentOptions): Promise<boolean> {
  const mine = pluginRank(options.plugin);
  if (mine === 0) return false;
  const text = await readFile(join(options.home, AGENT_ENDPOINT_FILE), 'utf8').catch(() => '');
  const holder = parseAgentEndpoint(text);
  if (!holder || holder.port !== options.port || holder.pid === undefined) return false;
  if (pluginRank(holder.plugin) >= mine) return false;
  const { port, key } = options;
  const health = await requestAgent({ port, key, path: '/v1/health', timeoutMs: 1000 });
  const json = health?.json as { name?: unknown; pid?: unknown } | undefined;
  if (
    !health?.verified ||
    health.status !== 200 ||
    json?.name !== 'glassbox-agent' ||
    json.pid !== holder.pid
  )
    return false;
  const reply = await requestAgent({
    port,
    key,
    method: 'POST',
    path: '/v1/shutdown',
    body: '{}',
    timeoutMs: 1000,
  });
  return reply?.verified === true && reply.status === 200;
}

/**
 * Whether what holds `port` is not the user's agent: it answers a signed `GET /v1/health` with a reply that does
 * not verify with our key (another OS user's agent, a hostile listener). Two users may start agents on
 * one configured port at the same instant; the one that loses must not wait for the other's to leave.
 */
export async function isStrangerOnPort(port: number, key: Uint8Array): Promise<boolean> {
  const health = await requestAgent({ port, key, path: '/v1/health', timeoutMs: 1000 });
  // Silence (refused, hung) is not proof: an agent of ours may be closing its socket; keep waiting for that one.
  return health !== undefined && !health.verified;
}
