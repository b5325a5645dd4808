import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import {
  type Columns,
  type FileTables,
  R_F64,
  R_U32,
  StringTable,
  T_F64,
  T_U32,
  U_F64,
  U_U32,
} from './usage-tables.js';

/**
 * The report's incremental cache: per transcript file, its size, mtime, the byte offset read up to, the
 * bytes just before it (to tell an append from a rewrite) and the deduplicated responses and tool calls
 * found so far. One binary file: a JSON header, then the tables as raw typed arrays, so loading is one read.
 */

/** Bump when the layout or what the scanner extracts changes: older caches are then ignored. */
export const REPORT_CACHE_VERSION = 1;
const MAGIC = 'GBXRPT';

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
  readonly tables: FileTables;
}

export interface ReportCacheData {
  /** Identifies the prices the stored costs were computed with. */
  readonly pricingKey: string;
  readonly strings: StringTable;
  readonly files: ReadonlyMap<string, CachedFile>;
}

interface HeaderFile {
  p: string;
  s: number;
  m: number;
  o: number;
  t: string;
  /** Tool results read. */
  r: boolean;
  /** Row counts of responses, tool uses, tool results. */
  n: [number, number, number];
}

interface Header {
  v: number;
  pricing: string;
  strings: string[];
  files: HeaderFile[];
}

/** `$XDG_CACHE_HOME/glassbox`, else `~/.cache/glassbox`. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg?.startsWith('/')) return join(xdg, 'glassbox');
  return join(env.HOME || homedir(), '.cache', 'glassbox');
}

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
    const headerLength = buf.readUInt32LE(8);
    const headerEnd = 12 + headerLength;
    if (headerEnd > buf.length) return undefined;
    const header = JSON.parse(buf.toString('utf8', 12, headerEnd)) as Header;
    if (header.v !== REPORT_CACHE_VERSION || !Array.isArray(header.files) || !Array.isArray(header.strings))
      return undefined;
    // Typed-array views need 8-byte alignment; copy once when the read buffer is not aligned.
    const aligned = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
    const base = aligned.byteOffset;
    const ab = aligned.buffer;
    let at = align8(headerEnd);
    const files = new Map<string, CachedFile>();
    const take = (stride: number, f64Stride: number, count: number): Columns => {
      const u32Bytes = count * stride * 4;
      const f64At = align8(at + u32Bytes);
      const f64Bytes = count * f64Stride * 8;
      if (f64At + f64Bytes > aligned.length) throw new Error('truncated cache');
      const u32 = new Uint32Array(ab, base + at, count * stride);
      const f64 = new Float64Array(ab, base + f64At, count * f64Stride);
      at = align8(f64At + f64Bytes);
      return { count, u32, f64 };
    };
    for (const f of header.files) {
      const [nr, nu, nt] = f.n;
      const responses = take(R_U32, R_F64, nr);
      const toolUses = take(U_U32, U_F64, nu);
      const toolResults = take(T_U32, T_F64, nt);
      files.set(f.p, {
        path: f.p,
        size: f.s,
        mtimeMs: f.m,
        offset: f.o,
        tail: f.t,
        tools: f.r === true,
        tables: { responses, toolUses, toolResults },
      });
    }
    return { pricingKey: String(header.pricing), strings: StringTable.from(header.strings), files };
  } catch {
    return undefined;
  }
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

/** Writes the cache atomically (temp file + rename), readable by the user only. Failures are returned. */
export function saveReportCache(path: string, dir: string, data: ReportCacheData): Error | undefined {
  const header: Header = {
    v: REPORT_CACHE_VERSION,
    pricing: data.pricingKey,
    strings: data.strings.values,
    files: [...data.files.values()].map((f) => ({
      p: f.path,
      s: f.size,
      m: f.mtimeMs,
      o: f.offset,
      t: f.tail,
      r: f.tools,
      n: [f.tables.responses.count, f.tables.toolUses.count, f.tables.toolResults.count],
    })),
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
    pad();
    const u32 = c.u32.subarray(0, c.count * stride);
    chunks.push(new Uint8Array(u32.buffer, u32.byteOffset, u32.byteLength));
    size += u32.byteLength;
    pad();
    const f64 = c.f64.subarray(0, c.count * f64Stride);
    chunks.push(new Uint8Array(f64.buffer, f64.byteOffset, f64.byteLength));
    size += f64.byteLength;
  };
  for (const f of data.files.values()) {
    put(f.tables.responses, R_U32, R_F64);
    put(f.tables.toolUses, U_U32, U_F64);
    put(f.tables.toolResults, T_U32, T_F64);
  }
  pad();
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
