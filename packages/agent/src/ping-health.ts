import { requestAgent } from '@glassbox/core';

/**
 * Whether the agent on `port` is the key's agent: a signed `GET /v1/health` answered within 1 s by a reply whose
 * signature verifies (and, given `pid`, that names it). An unverified answer is no agent.
 */
export async function pingHealth(
  port: number,
  key: Uint8Array,
  pid?: number,
  timeoutMs = 1000,
): Promise<boolean> {
  const reply = await requestAgent({ port, key, path: '/v1/health', timeoutMs });
  if (!reply?.verified || reply.status !== 200) return false;
  const health = reply.json as { name?: unknown; pid?: unknown } | undefined;
  return health?.name === 'glassbox-agent' && (pid === undefined || health.pid === pid);
}
