import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './write-file-atomic.js';

/** The data directory's key for hashing content ids (`hash.key`, 64 hex), created on the first start. */
export async function loadHashKey(dataDir: string): Promise<string> {
  const path = join(dataDir, 'hash.key');
  try {
    const key = (await readFile(path, 'utf8')).trim();
    if (/^[0-9a-f]{64}$/.test(key)) return key;
  } catch {
    // first start
  }
  const key = randomBytes(32).toString('hex');
  await writeFileAtomic(path, key);
  return key;
}
