// What both report cache files share: the directory, the format version, the framed read, the atomic write, and
// the removal of older versions' files.
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Bump when the layout or what the scanner extracts changes: older caches are then ignored. */
export const REPORT_CACHE_VERSION = 4;
/** `$XDG_CACHE_HOME/glassbox`, else `~/.cache/glassbox`. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg?.startsWith('/')) return join(xdg, 'glassbox');
  return join(env.HOME || homedir(), '.cache', 'glassbox');
}

export const align8 = (n: number): number => (n + 7) & ~7;

/**
 * Both cache files share one frame: a 6-byte magic, the format version (u16), the JSON header's length (u32), the
 * header, then 8-byte aligned binary sections. Undefined when the file is missing or not ours in this version;
 * throws on a damaged header (the callers treat that as no cache).
 */
export function readFramed<H>(
  path: string,
  magic: string,
): { buf: Buffer; header: H; headerEnd: number } | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return undefined;
  }
  if (buf.length < 16 || buf.toString('latin1', 0, 6) !== magic) return undefined;
  if (buf.readUInt16LE(6) !== REPORT_CACHE_VERSION) return undefined;
  const headerEnd = 12 + buf.readUInt32LE(8);
  if (headerEnd > buf.length) return undefined;
  return { buf, header: JSON.parse(buf.toString('utf8', 12, headerEnd)) as H, headerEnd };
}

/** A report cache file of any version (rows, summary, or a write's temp file): `report-v<N>-<roots id>.…`. */
const CACHE_FILE = /^report-v(\d+)-[0-9a-f]{16}\.(?:bin|sum)(?:\.\d+\.tmp)?$/;

/**
 * Deletes what older cache versions left in `dir`: they are never read again, and each is as large as the rows
 * of every transcript. A newer version's files stay (another, newer glassbox may share the directory). Returns
 * the names deleted; never throws.
 */
export function removeOldReportCaches(dir: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = CACHE_FILE.exec(name);
    if (!m || Number(m[1]) >= REPORT_CACHE_VERSION) continue;
    try {
      unlinkSync(join(dir, name));
      removed.push(name);
    } catch {
      // gone already, or not ours to delete: harmless
    }
  }
  return removed;
}

export function writeAtomically(path: string, dir: string, chunks: readonly Uint8Array[]): Error | undefined {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const fd = openSync(tmp, 'w', 0o600);
    try {
      for (const c of chunks) writeSync(fd, c);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    return undefined;
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean up
    }
    return error instanceof Error ? error : new Error(String(error));
  }
}
