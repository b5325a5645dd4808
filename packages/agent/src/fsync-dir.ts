import { open } from 'node:fs/promises';

/**
 * Flushes a directory's entries (a file created, renamed or removed in it) to disk: without it a crash can
 * lose a new or renamed file whose own data was fsync'd. Best effort: some file systems refuse a directory
 * fsync (EINVAL, EISDIR), which then has nothing to flush.
 */
export async function fsyncDir(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported here: nothing more can be done.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
