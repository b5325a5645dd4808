import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AgentReply } from './agent-server.js';
import { removeStaleFiles } from './remove-stale-files.js';

/** Where a hook's answer is left, in the per-user 0700 home, one file per request nonce. */
export const REPLY_DROP_DIR = 'replies';
/** A drop the hook did not take (it gave up waiting, or was killed) is removed after this long. */
const STALE_MS = 60_000;
/** Stale drops are looked for once this many wait (the hooks remove the ones they read). */
const PRUNE_AT = 16;

/**
 * Leaves a hook's non-empty answer in `<home>/replies/<nonce>` before it is sent: the settings hooks read it
 * there instead of checking the reply's signature (three `sha256sum` runs on the turn's critical path). Only the
 * user's own processes can write in the 0700 home — the same trust as `agent.key` — and the nonce is the one the
 * hook signed its request with, so a listener on the port can neither forge nor replay it. Written under a
 * temporary name and renamed, so a reader sees all of it or nothing. No fsync: it lives for one hook run.
 */
export async function dropReply(home: string, nonce: string, reply: AgentReply): Promise<boolean> {
  if (!/^[0-9a-f]{32}$/.test(nonce) || reply.status !== 200 || isEmpty(reply.body)) return false;
  const dir = join(home, REPLY_DROP_DIR);
  await mkdir(dir, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const tmp = join(dir, `.${nonce}.tmp`);
  await writeFile(tmp, JSON.stringify(reply.body), { mode: 0o600, flag: 'wx' });
  await rename(tmp, join(dir, nonce));
  return true;
}

/** Removes drops older than a minute once several wait; never throws. */
export async function pruneReplyDrops(home: string, nowMs: number): Promise<void> {
  const dir = join(home, REPLY_DROP_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  if (names.length >= PRUNE_AT) await removeStaleFiles(dir, names, nowMs, STALE_MS);
}

function isEmpty(body: unknown): boolean {
  return typeof body !== 'object' || body === null || Object.keys(body).length === 0;
}
