import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acquireLock,
  isAgentProcess,
  isProcessAlive,
  LOCK_FILE,
  type LockInfo,
  readLock,
  releaseLock,
} from './agent-lock.js';

const info = (pid: number, port = 41000): LockInfo => ({
  pid,
  port,
  startedAtMs: 1,
  version: '0.1.0',
  configHash: '7',
});

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('agent lock', () => {
  let dir: string;
  let sleeper: ChildProcess | undefined;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'glassbox-lock-'));
  });

  afterEach(async () => {
    sleeper?.kill('SIGKILL');
    sleeper = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  /** A live process whose command line names the agent's entry, as `node …/dist/agent.mjs` does. */
  const liveOtherProcess = (): number => {
    sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)', '/plugin/dist/agent.mjs'], {
      stdio: 'ignore',
    });
    return sleeper.pid!;
  };

  it('should tell the agent by its command line, not by a live pid', async () => {
    const agent = liveOtherProcess();
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await until(() => isAgentProcess(agent), 'the child to exec');
      expect(isAgentProcess(process.pid)).toBe(true);
      expect(isAgentProcess(other.pid!)).toBe(false);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('should take over a lock whose live pid is not the agent (pid reuse after a reboot), however it answers', async () => {
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await writeFile(join(dir, LOCK_FILE), JSON.stringify(info(other.pid!, 41001)));
      const result = await acquireLock(dir, info(process.pid), { isHealthy: async () => true });
      expect(result).toMatchObject({ acquired: true, tookOverStale: true });
      expect(isProcessAlive(other.pid!)).toBe(true);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('should take a free lock and write who holds it', async () => {
    const result = await acquireLock(dir, info(process.pid));
    expect(result).toMatchObject({ acquired: true, tookOverStale: false });
    expect(await readLock(dir)).toEqual(info(process.pid));
  });

  it('should refuse the lock while a live agent holds it', async () => {
    const holder = liveOtherProcess();
    await until(() => isAgentProcess(holder), 'the child to exec');
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(info(holder, 41001)));
    const result = await acquireLock(dir, info(process.pid), { isHealthy: async () => true });
    expect(result).toEqual({
      acquired: false,
      path: join(dir, LOCK_FILE),
      holder: info(holder, 41001),
      verified: true,
    });
  });

  it('should take over the lock of a dead process (a crash or kill -9)', async () => {
    const dead = spawn('true');
    await new Promise((r) => dead.on('exit', r));
    expect(isProcessAlive(dead.pid!)).toBe(false);
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(info(dead.pid!)));
    const result = await acquireLock(dir, info(process.pid));
    expect(result).toMatchObject({ acquired: true, tookOverStale: true });
    expect((await readLock(dir))?.pid).toBe(process.pid);
  });

  it('should take over an unreadable lock', async () => {
    await writeFile(join(dir, LOCK_FILE), 'garbage{');
    expect(await acquireLock(dir, info(process.pid))).toMatchObject({ acquired: true, tookOverStale: true });
  });

  it('should take over a live holder that has not answered for long (pid reuse, hung process)', async () => {
    const holder = liveOtherProcess();
    await until(() => isAgentProcess(holder), 'the child to exec');
    const path = join(dir, LOCK_FILE);
    await writeFile(path, JSON.stringify(info(holder)));
    const unhealthy = { isHealthy: async () => false, unhealthyAfterMs: 60_000 };
    expect(await acquireLock(dir, info(process.pid), unhealthy)).toMatchObject({ acquired: false });
    const old = new Date(Date.now() - 120_000);
    await utimes(path, old, old);
    expect(await acquireLock(dir, info(process.pid), unhealthy)).toMatchObject({
      acquired: true,
      tookOverStale: true,
    });
  });

  it('should release only its own lock', async () => {
    const holder = liveOtherProcess();
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(info(holder)));
    await releaseLock(dir);
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(holder);
    await releaseLock(dir, holder);
    expect(await readLock(dir)).toBeUndefined();
  });
});

describe('isProcessAlive', () => {
  it('should see a killed child that nobody reaped yet (a zombie) as dead', async () => {
    // The background sleep's parent becomes the exec'd `sleep`, which never reaps: killed, it stays a zombie.
    const parent = spawn('sh', ['-c', 'sleep 30 & echo $!; exec sleep 30'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    try {
      const pid = Number(
        (
          await new Promise<string>((resolve) =>
            parent.stdout!.once('data', (d: Buffer) => resolve(String(d))),
          )
        ).trim(),
      );
      expect(isProcessAlive(pid)).toBe(true);
      // Kill only once the shell has become `sleep`: a shell still running could reap the child itself.
      const comm = `/proc/${parent.pid}/comm`;
      for (let i = 0; i < 500 && (await readFile(comm, 'utf8')).trim() !== 'sleep'; i++)
        await new Promise((r) => setTimeout(r, 10));
      expect((await readFile(comm, 'utf8')).trim()).toBe('sleep');
      process.kill(pid, 'SIGKILL');
      for (let i = 0; i < 500 && isProcessAlive(pid); i++) await new Promise((r) => setTimeout(r, 10));
      expect(isProcessAlive(pid)).toBe(false);
      // It is still there, unreaped: kill(pid, 0) alone would call it alive.
      expect(() => process.kill(pid, 0)).not.toThrow();
    } finally {
      parent.kill('SIGKILL');
    }
  });
});
