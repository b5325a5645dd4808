import { randomBytes } from 'node:crypto';
import { chmod, link, lstat, mkdir, open, readFile, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  AGENT_ENDPOINT_FILE,
  AGENT_KEY_FILE,
  type AgentEndpoint,
  agentHomeOf,
  formatAgentEndpoint,
  GlassboxError,
  parseAgentKey,
} from '@glassbox/spec';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * The per-user agent home (`$GLASSBOX_HOME`, else `${CLAUDE_CONFIG_DIR:-$HOME/.claude}/glassbox`): the channel key
 * every client signs with, and `agent.endpoint`, where clients find the port.
 */
export function agentHomeFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  return resolve(
    agentHomeOf({
      GLASSBOX_HOME: env.GLASSBOX_HOME?.trim(),
      CLAUDE_CONFIG_DIR: env.CLAUDE_CONFIG_DIR?.trim(),
      HOME: env.HOME?.trim() || homedir(),
    }) ?? join(homedir(), '.claude', 'glassbox'),
  );
}

/** This process's uid (undefined where the platform has none). */
export const ownUid = (): number | undefined =>
  typeof process.getuid === 'function' ? process.getuid() : undefined;

/** Creates the home (0700) or checks it is ours, then tightens its mode: the key must not be listable by others. */
export async function ensureAgentHome(home: string): Promise<void> {
  await mkdir(home, { recursive: true, mode: 0o700 });
  const st = await lstat(home);
  const me = ownUid();
  if (!st.isDirectory() || (me !== undefined && st.uid !== me))
    throw new GlassboxError('AGENT_KEY_INVALID', `${home} is not a directory owned by this user`, {
      data: { path: home },
    });
  if ((st.mode & 0o077) !== 0) await chmod(home, 0o700);
}

/**
 * Reads `agent.key`: a regular file (not a link) owned by this user, mode 0600, 64 lowercase hex digits. Anything
 * else is refused (another user could have planted or read it). Undefined when absent.
 */
export async function readAgentKey(
  home: string,
  options: { readonly uid?: number } = {},
): Promise<Buffer | undefined> {
  const path = join(home, AGENT_KEY_FILE);
  let st: Awaited<ReturnType<typeof lstat>>;
  try {
    st = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const me = options.uid ?? ownUid();
  const problem = !st.isFile()
    ? 'is not a regular file'
    : me !== undefined && st.uid !== me
      ? `is owned by uid ${st.uid}, not ${me}`
      : (st.mode & 0o777) !== 0o600
        ? `has mode ${(st.mode & 0o777).toString(8).padStart(4, '0')}, not 0600`
        : undefined;
  if (problem)
    throw new GlassboxError('AGENT_KEY_INVALID', `${path} ${problem}; refusing it`, { data: { path } });
  const key = parseAgentKey(await readFile(path, 'utf8'));
  if (!key)
    throw new GlassboxError('AGENT_KEY_INVALID', `${path} does not hold 64 lowercase hex digits`, {
      data: { path },
    });
  return Buffer.from(key);
}

/**
 * The key, created when absent: written under a temporary name (0600) and linked into place, so a reader never
 * sees half a key and an existing key is never overwritten (whoever links first wins; the loser reads it).
 */
export async function loadOrCreateAgentKey(home: string): Promise<Buffer> {
  await ensureAgentHome(home);
  const existing = await readAgentKey(home);
  if (existing) return existing;
  const path = join(home, AGENT_KEY_FILE);
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(tmp, 'wx', 0o600);
    try {
      await handle.writeFile(`${randomBytes(32).toString('hex')}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(tmp, path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  } finally {
    await rm(tmp, { force: true });
  }
  const key = await readAgentKey(home);
  if (!key) throw new GlassboxError('AGENT_KEY_INVALID', `${path} vanished while it was created`);
  return key;
}

/** Writes `agent.endpoint` atomically (once the agent listens). */
export async function writeAgentEndpoint(home: string, endpoint: AgentEndpoint): Promise<void> {
  await writeFileAtomic(join(home, AGENT_ENDPOINT_FILE), formatAgentEndpoint(endpoint));
}

/** Removes `agent.endpoint` when it still names `pid` (a newer agent's file stays). */
export async function removeAgentEndpoint(home: string, pid: number = process.pid): Promise<void> {
  const path = join(home, AGENT_ENDPOINT_FILE);
  try {
    const text = await readFile(path, 'utf8');
    if (new RegExp(`^pid=${pid}$`, 'm').test(text)) await rm(path, { force: true });
  } catch {
    // absent
  }
}
