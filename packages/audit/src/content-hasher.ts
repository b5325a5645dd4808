import { createHash, createHmac, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GlassboxError } from '@glassbox/spec';

/**
 * How content (tool input, output) is fingerprinted in a record:
 * - `hmac`: hex HMAC-SHA256 keyed by the per-install secret, so a short or guessable input cannot be found by
 *   hashing candidates (the default);
 * - `sha256`: plain hex SHA-256 of the JSON, for correlating with other systems;
 * - `seed`: the seed's `AuditLogger` form, the first 16 hex digits of the plain SHA-256.
 */
export type ContentHashMode = 'hmac' | 'sha256' | 'seed';

export const CONTENT_KEY_FILE = 'audit-content.key';

/** `(value) → hex` over `JSON.stringify(value)` (a string is hashed as its JSON, like the seed does). */
export function createContentHasher(mode: ContentHashMode, key?: Buffer): (value: unknown) => string {
  if (mode === 'hmac') {
    if (!key || key.length < 16)
      throw new GlassboxError('INVALID_CONFIG', 'the hmac content hash needs a key of 16 bytes or more');
    return (value) =>
      createHmac('sha256', key)
        .update(JSON.stringify(value) ?? '')
        .digest('hex');
  }
  const plain = (value: unknown) =>
    createHash('sha256')
      .update(JSON.stringify(value) ?? '')
      .digest('hex');
  return mode === 'seed' ? (value) => plain(value).slice(0, 16) : plain;
}

/** Reads `dir/audit-content.key` (64 hex digits, 0600) or creates it (and `dir`); never overwrites an existing one. */
export async function loadOrCreateContentKey(dir: string): Promise<Buffer> {
  const path = join(dir, CONTENT_KEY_FILE);
  try {
    const text = (await readFile(path, 'utf8')).trim();
    if (!/^[0-9a-f]{64}$/.test(text))
      throw new GlassboxError('INVALID_CONFIG', `${path} is not 64 hex digits`, { data: { path } });
    return Buffer.from(text, 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw GlassboxError.from(error, 'INVALID_CONFIG');
  }
  const key = randomBytes(32);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${key.toString('hex')}\n`, { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, path);
  return key;
}
