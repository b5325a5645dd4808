import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncDir } from './fsync-dir.js';

let counter = 0;

/**
 * Replaces a file so a reader (or a crash) sees the old or the new content, never half of it. With `sync`
 * (default) the data and then the directory entry are fsync'd: once it resolves, the new content survives a
 * power loss. A short write is finished or fails (ENOSPC, EFBIG, EIO): the old file stays in place.
 */
export async function writeFileAtomic(
  path: string,
  data: string,
  options: { sync?: boolean } = {},
): Promise<void> {
  const tmp = `${path}.${process.pid}.${++counter}.tmp`;
  try {
    const handle = await open(tmp, 'w', 0o600);
    try {
      // writeFile loops until every byte is written or throws.
      await handle.writeFile(data);
      if (options.sync !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
    if (options.sync !== false) await fsyncDir(dirname(path));
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
}
