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
import {
  fileOrderKey,
  G_F64,
  G_FIRST,
  G_MODEL,
  G_PROJECT,
  G_SESSION,
  G_U32,
  KeyFilter,
  UsageGroups,
} from './usage-groups.js';
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

/**
 * Both cache files share one frame: a 6-byte magic, the format version (u16), the JSON header's length (u32), the
 * header, then 8-byte aligned binary sections. Undefined when the file is missing or not ours in this version;
 * throws on a damaged header (the callers treat that as no cache).
 */
function readFramed<H>(
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

const TAIL_STRIDE = 65;

/**
 * Per file what was counted, in columns rather than an object per file (there are thousands, read on every
 * run): path, size, mtime, the offset after the last complete line, up to 64 bytes before that offset
 * (unchanged on an append), and whether it is an agent trace. A file's index is what groups name as `first`.
 */
export class SummaryFiles {
  count = 0;
  paths: string[] = [];
  /** size, mtime, offset per file. */
  nums: Float64Array = new Float64Array(3 * 64);
  /** Per file: the tail's length, then its bytes. */
  tails: Uint8Array = new Uint8Array(TAIL_STRIDE * 64);
  agent: Uint8Array = new Uint8Array(64);
  #index: Map<string, number> | undefined;

  static from(paths: string[], nums: Float64Array, tails: Uint8Array, agent: Uint8Array): SummaryFiles {
    const f = new SummaryFiles();
    f.count = paths.length;
    f.paths = paths;
    f.nums = nums;
    f.tails = tails;
    f.agent = agent;
    return f;
  }

  indexOf(path: string): number {
    if (!this.#index) {
      this.#index = new Map();
      for (let i = 0; i < this.count; i += 1) this.#index.set(this.paths[i]!, i);
    }
    return this.#index.get(path) ?? -1;
  }

  size(i: number): number {
    return this.nums[i * 3]!;
  }

  mtimeMs(i: number): number {
    return this.nums[i * 3 + 1]!;
  }

  offset(i: number): number {
    return this.nums[i * 3 + 2]!;
  }

  tail(i: number): Uint8Array {
    const o = i * TAIL_STRIDE;
    return this.tails.subarray(o + 1, o + 1 + this.tails[o]!);
  }

  /** Order of counting: transcripts by path, then the agent's traces (see `fileOrderKey`). */
  orderKeys(): string[] {
    return this.paths.map((p, i) => fileOrderKey(p, this.agent[i] === 1));
  }

  /** Updates file `i`, or adds one when `i` is -1; returns its index. */
  set(
    i: number,
    path: string,
    size: number,
    mtimeMs: number,
    offset: number,
    tail: Uint8Array,
    agent: boolean,
  ): number {
    if (i < 0) {
      i = this.count;
      if (i === this.agent.length) {
        const grow = <T extends Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
          const b = make(a.length * 2);
          b.set(a);
          return b;
        };
        this.nums = grow(this.nums, (n) => new Float64Array(n));
        this.tails = grow(this.tails, (n) => new Uint8Array(n));
        this.agent = grow(this.agent, (n) => new Uint8Array(n));
      }
      this.paths.push(path);
      this.#index?.set(path, i);
      this.count += 1;
    }
    this.nums[i * 3] = size;
    this.nums[i * 3 + 1] = mtimeMs;
    this.nums[i * 3 + 2] = offset;
    const t = tail.subarray(Math.max(0, tail.length - (TAIL_STRIDE - 1)));
    this.tails[i * TAIL_STRIDE] = t.length;
    this.tails.set(t, i * TAIL_STRIDE + 1);
    this.agent[i] = agent ? 1 : 0;
    return i;
  }
}

export interface ReportSummary {
  readonly pricingKey: string;
  readonly strings: StringTable;
  readonly files: SummaryFiles;
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
  /** Groups, fingerprints of the two filters, files, bytes of the files' paths (NUL-separated UTF-8). */
  n: [number, number, number, number, number];
}

/** Reads the summary; undefined when missing, of another version, or damaged in any way (never throws). */
export function loadReportSummary(path: string): ReportSummary | undefined {
  try {
    const framed = readFramed<SummaryHeader>(path, SUMMARY_MAGIC);
    if (!framed) return undefined;
    const { buf, header: h, headerEnd } = framed;
    if (
      h.v !== REPORT_CACHE_VERSION ||
      !Array.isArray(h.strings) ||
      !Array.isArray(h.n) ||
      h.n.length !== 5 ||
      typeof h.behind !== 'number'
    )
      return undefined;
    for (const n of h.n) if (!Number.isInteger(n) || n < 0) return undefined;
    const [groups, keyCount, msgCount, fileCount, pathBytes] = h.n;
    const strings = StringTable.from(h.strings);
    // Views into the buffer read (ours alone: they may change in place), aligned by a copy if need be.
    const own = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
    let at = headerEnd;
    const take = <T>(bytes: number, make: (b: ArrayBuffer, offset: number, bytes: number) => T): T => {
      at = align8(at);
      if (at + bytes > own.length) throw new Error('truncated summary');
      const view = make(own.buffer as ArrayBuffer, own.byteOffset + at, bytes);
      at += bytes;
      return view;
    };
    const paths =
      fileCount === 0
        ? []
        : take(pathBytes, (_b, o, n) =>
            own.toString('utf8', o - own.byteOffset, o - own.byteOffset + n),
          ).split('\0');
    if (paths.length !== fileCount) return undefined;
    const nums = take(fileCount * 3 * 8, (b, o, n) => new Float64Array(b, o, n / 8));
    const tails = take(fileCount * TAIL_STRIDE, (b, o, n) => new Uint8Array(b, o, n));
    const agent = take(fileCount, (b, o, n) => new Uint8Array(b, o, n));
    const gU32 = take(groups * G_U32 * 4, (b, o, n) => new Uint32Array(b, o, n / 4));
    const gF64 = take(groups * G_F64 * 8, (b, o, n) => new Float64Array(b, o, n / 8));
    const count = strings.values.length;
    for (let g = 0; g < groups; g += 1) {
      const o = g * G_U32;
      if (
        gU32[o + G_PROJECT]! >= count ||
        gU32[o + G_SESSION]! >= count ||
        gU32[o + G_MODEL]! >= count ||
        gU32[o + G_FIRST]! >= fileCount
      )
        return undefined;
    }
    const keys = new KeyFilter(take(keyCount * 4, (b, o, n) => new Uint32Array(b, o, n / 4)));
    const messages = new KeyFilter(take(msgCount * 4, (b, o, n) => new Uint32Array(b, o, n / 4)));
    // Binary search needs them sorted (a full check would cost more than the rest of the load).
    for (const f of [keys.fingerprints, messages.fingerprints])
      if (f.length > 1 && f[0]! >= f[f.length - 1]!) return undefined;
    for (let i = 0; i < fileCount; i += 1) if (tails[i * TAIL_STRIDE]! >= TAIL_STRIDE) return undefined;
    return {
      pricingKey: String(h.pricing),
      strings,
      files: SummaryFiles.from(paths, nums, tails, agent),
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
  const { strings, groups, keys, messages, files } = data;
  const pathBytes = Buffer.from(files.paths.slice(0, files.count).join('\0'), 'utf8');
  const keyPrints = keys.sorted();
  const msgPrints = messages.sorted();
  const header: SummaryHeader = {
    v: REPORT_CACHE_VERSION,
    pricing: data.pricingKey,
    behind: data.behind,
    strings: strings.values,
    n: [
      groups.count,
      keyPrints.length,
      msgPrints.length,
      files.count,
      files.count === 0 ? 0 : pathBytes.length,
    ],
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(12);
  prefix.write(SUMMARY_MAGIC, 0, 'latin1');
  prefix.writeUInt16LE(REPORT_CACHE_VERSION, 6);
  prefix.writeUInt32LE(headerBytes.length, 8);
  const chunks: Uint8Array[] = [prefix, headerBytes];
  let size = 12 + headerBytes.length;
  const sections: ArrayBufferView[] = [
    ...(files.count === 0 ? [] : [pathBytes]),
    files.nums.subarray(0, files.count * 3),
    files.tails.subarray(0, files.count * TAIL_STRIDE),
    files.agent.subarray(0, files.count),
    groups.u32.subarray(0, groups.count * G_U32),
    groups.f64.subarray(0, groups.count * G_F64),
    keyPrints,
    msgPrints,
  ];
  for (const view of sections) {
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
