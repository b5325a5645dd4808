import { constants } from 'node:fs';
import { lstat, open, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { CHANNEL_MAX_SKEW_MS, REQUEST_DROP_DIR } from '@glassbox/spec';
import { ensureAgentHome, ownUid } from './agent-key.js';
import { removeStaleFiles } from './remove-stale-files.js';

export type TakenDrop =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly reason: string };

/**
 * Makes `<home>/requests` (0700) for the settings hooks' requests and removes any a hook left behind longer ago
 * than a request may be (nothing listened, the agent was gone). Never throws: without it the hooks sign instead.
 */
export async function prepareRequestDrops(home: string, nowMs: number): Promise<void> {
  const dir = join(home, REQUEST_DROP_DIR);
  try {
    // The same rules as the home itself: ours, 0700.
    await ensureAgentHome(dir);
    await removeStaleFiles(dir, await readdir(dir), nowMs, 2 * CHANNEL_MAX_SKEW_MS);
  } catch {
    // the hooks fall back to signing
  }
}

/**
 * Takes the request a hook left as `<home>/requests/<nonce>`: read, then removed (a second take fails, so neither a
 * replay nor a second agent gets it). It counts only in a directory of ours that nobody else can write (0700), as a
 * regular file of ours (never through a link), 0600, at most `maxBytes` and written within `CHANNEL_MAX_SKEW_MS`.
 */
export async function takeRequestDrop(
  home: string,
  nonce: string,
  maxBytes: number,
  nowMs: number,
): Promise<TakenDrop> {
  if (!/^[0-9a-f]{32}$/.test(nonce)) return { ok: false, reason: 'auth_malformed' };
  const dir = join(home, REQUEST_DROP_DIR);
  const uid = ownUid();
  const d = await lstat(dir).catch(() => undefined);
  if (!d?.isDirectory() || d.uid !== uid || (d.mode & 0o077) !== 0)
    return { ok: false, reason: 'auth_drop_untrusted' };
  const path = join(dir, nonce);
  const file = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(
    () => undefined,
  );
  if (!file) return { ok: false, reason: 'auth_drop_missing' };
  try {
    const s = await file.stat();
    if (!s.isFile() || s.uid !== uid || (s.mode & 0o077) !== 0)
      return { ok: false, reason: 'auth_drop_untrusted' };
    if (Math.abs(nowMs - s.mtimeMs) > CHANNEL_MAX_SKEW_MS) return { ok: false, reason: 'auth_stale' };
    if (s.size > maxBytes) return { ok: false, reason: 'body_too_large' };
    const bytes = await file.readFile();
    if (bytes.length > maxBytes) return { ok: false, reason: 'body_too_large' };
    // Removing it is taking it: whoever removes it first (this agent, a replay, another agent) is the only one.
    const taken = await unlink(path).then(
      () => true,
      () => false,
    );
    return taken ? { ok: true, bytes } : { ok: false, reason: 'auth_drop_missing' };
  } finally {
    await file.close().catch(() => undefined);
  }
}
