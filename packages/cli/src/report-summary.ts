// The report cache's summary file (`.sum`, read on every run): per file what was counted, the groups and the
// filters of every response key (see `report-cache.ts` for how the two cache files work together).
import { align8, REPORT_CACHE_VERSION, readFramed, writeAtomically } from './report-cache-files.js';
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
import { StringTable } from './usage-tables.js';

const SUMMARY_MAGIC = 'GBXSUM';

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
