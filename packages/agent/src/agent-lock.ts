import { readFileSync } from 'node:fs';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AGENT_ENTRY_PATTERN } from '@glassbox/core';
import { writeFileAtomic } from './write-file-atomic.js';

/** What the lock file holds: who runs, on which port. */
export interface LockInfo {
  readonly pid: number;
  readonly port: number;
  readonly startedAtMs: number;
  readonly version: string;
  readonly configHash: string;
}

export type LockResult =
  | { readonly acquired: true; readonly path: string; readonly tookOverStale: boolean }
  | {
      readonly acquired: false;
      readonly path: string;
      readonly holder: LockInfo;
      /** The holder answered as the agent (authenticated health); otherwise it is an agent process still starting. */
      readonly verified: boolean;
    };

export interface LockOptions {
  /**
   * Does the holder's agent answer (an authenticated health reply naming its pid)? Default: never asked (a live
   * pid running the agent holds the lock).
   */
  readonly isHealthy?: (holder: LockInfo) => Promise<boolean>;
  /** Is `pid` running the agent? Default `isAgentProcess` (its command line names the agent's entry). */
  readonly isAgent?: (pid: number) => boolean;
  /** A live but unhealthy holder is taken over once its lock is this old (pid reuse, hung process). */
  readonly unhealthyAfterMs?: number;
  readonly now?: () => number;
}

export const LOCK_FILE = 'agent.lock';

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !isZombie(pid);
}

/**
 * A killed agent whose parent has not reaped it (the start script exits at once, so it is re-parented, and not
 * every init reaps) still answers `kill(pid, 0)`. On Linux its /proc state says it is dead.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X';
  } catch {
    return false;
  }
}

/**
 * Whether `pid` runs the agent: this process, or one whose command line names an agent entry. After a reboot or
 * in a container a lock's pid can belong to any program; only a process proven to be the agent holds a lock.
 * Where `/proc` does not exist (not Linux) the command line cannot be read and a live pid is trusted.
 */
export function isAgentProcess(pid: number): boolean {
  if (pid === process.pid) return true;
  const argv = readCommandLine(pid);
  if (argv === undefined) return readCommandLine(process.pid) === undefined;
  return argv.some((arg) => AGENT_ENTRY_PATTERN.test(arg));
}

function readCommandLine(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

export async function readLock(dataDir: string): Promise<LockInfo | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8')) as Partial<LockInfo>;
    if (typeof parsed.pid !== 'number' || typeof parsed.port !== 'number') return undefined;
    return {
      pid: parsed.pid,
      port: parsed.port,
      startedAtMs: typeof parsed.startedAtMs === 'number' ? parsed.startedAtMs : 0,
      version: typeof parsed.version === 'string' ? parsed.version : '',
      configHash: typeof parsed.configHash === 'string' ? parsed.configHash : '',
    };
  } catch {
    return undefined;
  }
}

/**
 * One agent per data directory. The lock file is created exclusively; a lock left by a dead process (crash,
 * `kill -9`), by a process that is not the agent (pid reuse) or unreadable is stale and taken over. A live holder that stops answering is taken over after
 * `unhealthyAfterMs` (its port, if it still holds it, then stops the newcomer from listening).
 */
export async function acquireLock(
  dataDir: string,
  info: LockInfo,
  options: LockOptions = {},
): Promise<LockResult> {
  const path = join(dataDir, LOCK_FILE);
  const now = options.now ?? Date.now;
  let tookOverStale = false;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(info));
        await handle.sync();
      } finally {
        await handle.close();
      }
      return { acquired: true, path, tookOverStale };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readLock(dataDir);
    // Our own pid may be a previous life (pid reuse after a crash) or, in one process, another agent: ask it.
    // A live pid that is not the agent (reused after a reboot) holds nothing.
    if (holder && isProcessAlive(holder.pid) && (options.isAgent ?? isAgentProcess)(holder.pid)) {
      const healthy = options.isHealthy ? await options.isHealthy(holder).catch(() => false) : true;
      const age = now() - (await lockMtime(path));
      if (healthy || age < (options.unhealthyAfterMs ?? 30_000))
        return { acquired: false, path, holder, verified: healthy };
    }
    // Stale: the holder is gone, unreadable, unhealthy for too long, or it is us from a previous life.
    await rm(path, { force: true });
    tookOverStale = true;
  }
  const holder = await readLock(dataDir);
  if (holder) return { acquired: false, path, holder, verified: false };
  throw new Error(`could not acquire ${path}`);
}

async function lockMtime(path: string): Promise<number> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return 0;
  }
}

/** Rewrites our lock (e.g. with the port actually bound). */
export async function writeLock(dataDir: string, info: LockInfo): Promise<void> {
  await writeFileAtomic(join(dataDir, LOCK_FILE), JSON.stringify(info));
}

/** Removes the lock if it is still ours. */
export async function releaseLock(dataDir: string, pid: number = process.pid): Promise<void> {
  const holder = await readLock(dataDir);
  if (holder && holder.pid !== pid) return;
  await rm(join(dataDir, LOCK_FILE), { force: true });
}
