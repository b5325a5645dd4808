import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { G_F64, G_U32, KeyFilter, UsageGroups } from './usage-groups.js';
import {
  type Columns,
  R_F64,
  R_U32,
  StringTable,
  T_F64,
  T_U32,
  U_F64,
  U_U32,
  type UsageTables,
} from './usage-tables.js';

/**
 * The report's incremental cache is two files. The summary (`.sum`, read on every run) holds per file what
 * was counted (size, mtime, offset, the bytes before the offset) and the report's groups with a filter of
 * every response key: a re-run that finds only appended bytes and new files adds their responses to the
 * groups and rewrites this small file only. The rows file (`.bin`, below) holds every response row; it is
 * read and rewritten only when the groups cannot simply grow (a rewritten or deleted transcript, a response
 * seen before, new prices, a tool report), and may lag behind the summary: what it lacks reads as appended.
 *
 * The rows file: per transcript file, its size, mtime, the byte offset read up to, the
 * bytes just before it (to tell an append from a rewrite), whether tool results were read, and where its
 * rows sit in three tables (deduplicated responses, tool uses, tool results) shared by every file. One
 * binary file: a JSON header, then each table as raw typed arrays, so loading is one read and six views.
 */

/** Bump when the layout or what the scanner extracts changes: older caches are then ignored. */
export const REPORT_CACHE_VERSION = 4;
const MAGIC = 'GBXRPT';
const SUMMARY_MAGIC = 'GBXSUM';

/** Where one file's rows are in the shared tables: [start, count] per table. */
export interface RowRanges {
  readonly responses: readonly [number, number];
  readonly toolUses: readonly [number, number];
  readonly toolResults: readonly [number, number];
}

export interface CachedFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** Offset after the last complete line read. */
  readonly offset: number;
  /** Base64 of up to 64 bytes before `offset`: unchanged on an append. */
  readonly tail: string;
  /** Whether tool results were read (they are skipped unless a tool report was asked for). */
  readonly tools: boolean;
  readonly rows: RowRanges;
}

export interface ReportCacheData {
  /** Identifies the prices the stored costs were computed with. */
  readonly pricingKey: string;
  readonly strings: StringTable;
  readonly files: ReadonlyMap<string, CachedFile>;
  readonly tables: UsageTables;
}

interface Header {
  v: number;
  pricing: string;
  strings: string[];
  /** Row counts of the three tables. */
  n: [number, number, number];
  /** path, size, mtime, offset, tail, tools (0/1), then start and count per table. */
  files: [string, number, number, number, string, number, number, number, number, number, number, number][];
}

/** `$XDG_CACHE_HOME/glassbox`, else `~/.cache/glassbox`. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg?.startsWith('/')) return join(xdg, 'glassbox');
  return join(env.HOME || homedir(), '.cache', 'glassbox');
}

const align8 = (n: number): number => (n + 7) & ~7;

/** Reads a cache file; undefined when missing, of another version, or damaged in any way (never throws). */
export function loadReportCache(path: string): ReportCacheData | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return undefined;
  }
  try {
    if (buf.length < 16 || buf.toString('latin1', 0, 6) !== MAGIC) return undefined;
    if (buf.readUInt16LE(6) !== REPORT_CACHE_VERSION) return undefined;
    const headerEnd = 12 + buf.readUInt32LE(8);
    if (headerEnd > buf.length) return undefined;
    const header = JSON.parse(buf.toString('utf8', 12, headerEnd)) as Header;
    if (
      header.v !== REPORT_CACHE_VERSION ||
      !Array.isArray(header.files) ||
      !Array.isArray(header.strings) ||
      !Array.isArray(header.n)
    )
      return undefined;
    // Typed-array views need 8-byte alignment; copy once when the read buffer is not aligned.
    const aligned = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
    let at = align8(headerEnd);
    const take = (stride: number, f64Stride: number, count: number): Columns => {
      if (!Number.isInteger(count) || count < 0) throw new Error('bad row count');
      const u32At = at;
      const f64At = align8(u32At + count * stride * 4);
      at = align8(f64At + count * f64Stride * 8);
      if (at > aligned.length) throw new Error('truncated cache');
      return {
        count,
        u32: new Uint32Array(aligned.buffer, aligned.byteOffset + u32At, count * stride),
        f64: new Float64Array(aligned.buffer, aligned.byteOffset + f64At, count * f64Stride),
      };
    };
    const tables: UsageTables = {
      responses: take(R_U32, R_F64, header.n[0]),
      toolUses: take(U_U32, U_F64, header.n[1]),
      toolResults: take(T_U32, T_F64, header.n[2]),
    };
    const files = new Map<string, CachedFile>();
    const inside = (start: number, count: number, total: number): [number, number] => {
      if (!(start >= 0 && count >= 0 && start + count <= total)) throw new Error('row range out of bounds');
      return [start, count];
    };
    for (const [p, size, mtimeMs, offset, tail, tools, rs, rc, us, uc, ts, tc] of header.files) {
      files.set(p, {
        path: p,
        size,
        mtimeMs,
        offset,
        tail,
        tools: tools === 1,
        rows: {
          responses: inside(rs, rc, tables.responses.count),
          toolUses: inside(us, uc, tables.toolUses.count),
          toolResults: inside(ts, tc, tables.toolResults.count),
        },
      });
    }
    return { pricingKey: String(header.pricing), strings: StringTable.from(header.strings), files, tables };
  } catch {
    return undefined;
  }
}

/** Writes the cache atomically (temp file + rename), readable by the user only. Failures are returned. */
export function saveReportCache(path: string, dir: string, data: ReportCacheData): Error | undefined {
  const { responses, toolUses, toolResults } = data.tables;
  const header: Header = {
    v: REPORT_CACHE_VERSION,
    pricing: data.pricingKey,
    strings: data.strings.values,
    n: [responses.count, toolUses.count, toolResults.count],
    files: [...data.files.values()].map((f) => [
      f.path,
      f.size,
      f.mtimeMs,
      f.offset,
      f.tail,
      f.tools ? 1 : 0,
      f.rows.responses[0],
      f.rows.responses[1],
      f.rows.toolUses[0],
      f.rows.toolUses[1],
      f.rows.toolResults[0],
      f.rows.toolResults[1],
    ]),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const chunks: Uint8Array[] = [];
  const prefix = Buffer.alloc(12);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt16LE(REPORT_CACHE_VERSION, 6);
  prefix.writeUInt32LE(headerBytes.length, 8);
  chunks.push(prefix, headerBytes);
  let size = 12 + headerBytes.length;
  const pad = (): void => {
    const p = align8(size) - size;
    if (p > 0) {
      chunks.push(new Uint8Array(p));
      size += p;
    }
  };
  const put = (c: Columns, stride: number, f64Stride: number): void => {
    for (const view of [c.u32.subarray(0, c.count * stride), c.f64.subarray(0, c.count * f64Stride)]) {
      pad();
      chunks.push(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
      size += view.byteLength;
    }
  };
  put(responses, R_U32, R_F64);
  put(toolUses, U_U32, U_F64);
  put(toolResults, T_U32, T_F64);
  pad();
  return writeAtomically(path, dir, chunks);
}

export interface SummaryFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** Offset after the last complete line counted. */
  readonly offset: number;
  /** Base64 of up to 64 bytes before `offset`: unchanged on an append. */
  readonly tail: string;
}

export interface ReportSummary {
  readonly pricingKey: string;
  readonly strings: StringTable;
  readonly files: Map<string, SummaryFile>;
  readonly groups: UsageGroups;
  /** Keys (message id + request id) of every response counted, and their message ids. */
  readonly keys: KeyFilter;
  readonly messages: KeyFilter;
  /** Bytes counted by re-runs since the rows file was written (what a full run would read again). */
  readonly behind: number;
}

interface SummaryHeader {
  v: number;
  pricing: string;
  behind: number;
  strings: string[];
  /** Group count, then the fingerprint counts of the two filters. */
  n: [number, number, number];
  /** path (string index), size, mtime, offset, tail. */
  files: [number, number, number, number, string][];
}

/** Reads the summary; undefined when missing, of another version, or damaged in any way (never throws). */
export function loadReportSummary(path: string): ReportSummary | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return undefined;
  }
  try {
    if (buf.length < 16 || buf.toString('latin1', 0, 6) !== SUMMARY_MAGIC) return undefined;
    if (buf.readUInt16LE(6) !== REPORT_CACHE_VERSION) return undefined;
    const headerEnd = 12 + buf.readUInt32LE(8);
    if (headerEnd > buf.length) return undefined;
    const h = JSON.parse(buf.toString('utf8', 12, headerEnd)) as SummaryHeader;
    if (
      h.v !== REPORT_CACHE_VERSION ||
      !Array.isArray(h.files) ||
      !Array.isArray(h.strings) ||
      !Array.isArray(h.n) ||
      typeof h.behind !== 'number'
    )
      return undefined;
    const [groups, keyCount, msgCount] = h.n;
    for (const n of h.n) if (!Number.isInteger(n) || n < 0) return undefined;
    const strings = StringTable.from(h.strings);
    const count = strings.values.length;
    // Views into the buffer read (ours alone: groups may change in place), aligned by a copy if need be.
    const own = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
    let at = align8(headerEnd);
    const take = <T>(bytes: number, make: (b: ArrayBuffer, offset: number, bytes: number) => T): T => {
      if (at + bytes > own.length) throw new Error('truncated summary');
      const view = make(own.buffer as ArrayBuffer, own.byteOffset + at, bytes);
      at = align8(at + bytes);
      return view;
    };
    const gU32 = take(groups * G_U32 * 4, (b, o, n) => new Uint32Array(b, o, n / 4));
    const gF64 = take(groups * G_F64 * 8, (b, o, n) => new Float64Array(b, o, n / 8));
    for (let i = 0; i < gU32.length; i += 1) if (gU32[i]! >= count) return undefined;
    const keys = new KeyFilter(take(keyCount * 4, (b, o, n) => new Uint32Array(b, o, n / 4)));
    const messages = new KeyFilter(take(msgCount * 4, (b, o, n) => new Uint32Array(b, o, n / 4)));
    // Binary search needs them sorted (a full check would cost more than the rest of the load).
    for (const f of [keys.fingerprints, messages.fingerprints])
      if (f.length > 1 && f[0]! >= f[f.length - 1]!) return undefined;
    const files = new Map<string, SummaryFile>();
    for (const [p, size, mtimeMs, offset, tail] of h.files) {
      const filePath = strings.get(p);
      if (!filePath || typeof tail !== 'string') return undefined;
      files.set(filePath, { path: filePath, size, mtimeMs, offset, tail });
    }
    return {
      pricingKey: String(h.pricing),
      strings,
      files,
      groups: new UsageGroups(groups > 0 ? gU32 : undefined, groups > 0 ? gF64 : undefined, groups),
      keys,
      messages,
      behind: h.behind,
    };
  } catch {
    return undefined;
  }
}

/** Writes the summary atomically (temp file + rename), readable by the user only. Failures are returned. */
export function saveReportSummary(path: string, dir: string, data: ReportSummary): Error | undefined {
  const { strings, groups, keys, messages } = data;
  const files: SummaryHeader['files'] = [];
  for (const f of data.files.values())
    files.push([strings.intern(f.path), f.size, f.mtimeMs, f.offset, f.tail]);
  const header: SummaryHeader = {
    v: REPORT_CACHE_VERSION,
    pricing: data.pricingKey,
    behind: data.behind,
    strings: strings.values,
    n: [groups.count, keys.sorted().length, messages.sorted().length],
    files,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(12);
  prefix.write(SUMMARY_MAGIC, 0, 'latin1');
  prefix.writeUInt16LE(REPORT_CACHE_VERSION, 6);
  prefix.writeUInt32LE(headerBytes.length, 8);
  const chunks: Uint8Array[] = [prefix, headerBytes];
  let size = 12 + headerBytes.length;
  for (const view of [
    groups.u32.subarray(0, groups.count * G_U32),
    groups.f64.subarray(0, groups.count * G_F64),
    keys.sorted(),
    messages.sorted(),
  ]) {
    const p = align8(size) - size;
    if (p > 0) {
      chunks.push(new Uint8Array(p));
      size += p;
    }
    chunks.push(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    size += view.byteLength;
  }
  return writeAtomically(path, dir, chunks);
}

function writeAtomically(path: string, dir: string, chunks: readonly Uint8Array[]): Error | undefined {
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
