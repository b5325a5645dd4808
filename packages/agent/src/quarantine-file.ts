import { rename } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { fsyncDir } from './fsync-dir.js';

/**
 * Moves a file that cannot be read as what it should be out of the way (`<name>.corrupt-<ms>`), so it is kept
 * for a look and never read again; the caller counts it (doctor shows the count). Resolves to the new path,
 * undefined when the move failed.
 */
export async function quarantineFile(path: string, nowMs = Date.now()): Promise<string | undefined> {
  const target = `${path}.corrupt-${nowMs}`;
  try {
    await rename(path, target);
    await fsyncDir(dirname(path));
    return target;
  } catch {
    return undefined;
  }
}

/** Whether a directory entry is a quarantined file (never loaded as data). */
export function isQuarantined(name: string): boolean {
  return /\.corrupt-\d+$/.test(basename(name));
}
