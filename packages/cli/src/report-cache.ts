// The report's incremental cache: how its two files work together, and the rows file (`.bin`); the summary file is
// in `report-summary.ts`, what both share in `report-cache-files.ts`.
import { align8, REPORT_CACHE_VERSION, readFramed, writeAtomically } from './report-cache-files.js';
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

export { defaultCacheDir, REPORT_CACHE_VERSION, removeOldReportCaches } from './report-cache-files.js';
export type { ReportSummary } from './report-summary.js';
export { loadReportSummary, SummaryFiles, saveReportSummary } from './report-summary.js';

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

const MAGIC = 'GBXRPT';

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

/** Reads a cache file; undefined when missing, of another version, or damaged in any way (never throws). */
export function loadReportCache(path: string): ReportCacheData | undefined {
  try {
    const framed = readFramed<Header>(path, MAGIC);
    if (!framed) return undefined;
    const { buf, header, headerEnd } = framed;
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
