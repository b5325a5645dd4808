import { open, rename, rm } from 'node:fs/promises';

let counter = 0;

/** Replaces a file so a reader (or a crash) sees the old or the new content, never half of it. */
export async function writeFileAtomic(
  path: string,
  data: string,
  options: { sync?: boolean } = {},
): Promise<void> {
  const tmp = `${path}.${process.pid}.${++counter}.tmp`;
  try {
    const handle = await open(tmp, 'w', 0o600);
    try {
      await handle.writeFile(data);
      if (options.sync !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
}
