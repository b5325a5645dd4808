import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AgentEndpoint } from '@glassbox/spec';
import { removeAgentEndpoint, writeAgentEndpoint } from './agent-key.js';

/**
 * Marked by the SessionStart script's warm path (`gb_trust_endpoint` in hooks/glassbox-channel.sh) just before it
 * reads `agent.endpoint` and trusts the agent it names without a request.
 */
export const AGENT_SEEN_FILE = 'agent.seen';

async function seenAtMs(home: string): Promise<number> {
  return stat(join(home, AGENT_SEEN_FILE)).then(
    (s) => s.mtimeMs,
    () => 0,
  );
}

/**
 * Whether an idle agent may exit now. A session that started after `sinceMs` may have trusted this agent without
 * sending anything yet, so the agent stays. Race-free with the script's order (mark, then read the endpoint): the
 * agent withdraws `agent.endpoint` first and looks at the mark after; a script that still read the endpoint wrote
 * its mark before, and the endpoint is put back.
 */
export async function claimIdleExit(
  home: string,
  endpoint: AgentEndpoint,
  sinceMs: number,
): Promise<boolean> {
  if ((await seenAtMs(home)) > sinceMs) return false;
  await removeAgentEndpoint(home, endpoint.pid);
  if ((await seenAtMs(home)) <= sinceMs) return true;
  await writeAgentEndpoint(home, endpoint);
  return false;
}
