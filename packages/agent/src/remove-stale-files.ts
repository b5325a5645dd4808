import { lstat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Removes the entries `names` of `dir` last modified more than `maxAgeMs` before `nowMs` (never following a link).
 * For the hooks' request and reply drops that nobody took; never throws.
 */
export async function removeStaleFiles(
  dir: string,
  names: readonly string[],
  nowMs: number,
  maxAgeMs: number,
): Promise<void> {
  for (const name of names) {
    const path = join(dir, name);
    const s = await lstat(path).catch(() => undefined);
    if (s && nowMs - s.mtimeMs > maxAgeMs) await unlink(path).catch(() => undefined);
  }
}
