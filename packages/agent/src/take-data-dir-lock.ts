import { GlassboxError } from '@glassbox/spec';
import { acquireLock, type LockInfo } from './agent-lock.js';
import { pingHealth } from './ping-health.js';

/**
 * Takes the data directory's lock for `info`. A holder that no longer answers as healthy is stopping (a
 * configuration change): waits up to `waitMs` for it to let go. Rejects with `AGENT_UNAVAILABLE` when another
 * live agent holds the lock.
 */
export async function takeDataDirLock(
  dataDir: string,
  info: LockInfo,
  key: Uint8Array,
  waitMs: number,
): Promise<void> {
  const isHealthy = (holder: LockInfo): Promise<boolean> => pingHealth(holder.port, key, holder.pid);
  let lock = await acquireLock(dataDir, info, { isHealthy });
  const waitUntil = Date.now() + waitMs;
  while (!lock.acquired && Date.now() < waitUntil && !(await isHealthy(lock.holder))) {
    await new Promise((r) => setTimeout(r, 100));
    lock = await acquireLock(dataDir, info, { isHealthy });
  }
  if (!lock.acquired) {
    throw new GlassboxError(
      'AGENT_UNAVAILABLE',
      lock.verified
        ? `another agent (pid ${lock.holder.pid}) serves ${dataDir} on port ${lock.holder.port}`
        : `an agent process (pid ${lock.holder.pid}) that does not answer yet has just locked ${dataDir}`,
      { data: { ...lock.holder } },
    );
  }
}
