import type { AnthropicUsage } from '@glassbox/pricing';
import type {
  RawResponse,
  RawScanSink,
  RawUsage,
  ScannedResponse,
  ScannedToolResult,
  ScannedToolUse,
} from './scanned-records.js';

/**
 * Columnar, binary-serialisable tables of what a scan found: the report cache stores them as they are,
 * so a re-run loads them with one read instead of parsing JSON.
 */

/** Strings (models, session ids, tool names…) by index; index 0 is "none". */
export class StringTable {
  readonly values: string[] = [''];
  readonly #index = new Map<string, number>([['', 0]]);
  /** FNV-1a of a string's UTF-8 bytes → indexes with that hash, for interning straight from bytes. */
  readonly #byBytes = new Map<number, number[]>();
  readonly #bytes: (Buffer | undefined)[] = [undefined];

  static from(values: readonly string[]): StringTable {
    const table = new StringTable();
    for (let i = 1; i < values.length; i += 1) table.intern(values[i]!);
    return table;
  }

  intern(value: string | undefined): number {
    if (value === undefined || value === '') return 0;
    let i = this.#index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.#index.set(value, i);
    }
    return i;
  }

  /**
   * Interns the UTF-8 bytes `b[s, e)` (a JSON string's content without escapes) without decoding them when
   * they were seen before: session ids and model names repeat on every record.
   */
  internBytes(b: Uint8Array, s: number, e: number): number {
    if (e <= s) return 0;
    let h = 0x811c9dc5;
    for (let i = s; i < e; i += 1) h = Math.imul(h ^ b[i]!, 0x01000193);
    const candidates = this.#byBytes.get(h);
    if (candidates)
      for (const idx of candidates) {
        const known = this.#bytes[idx]!;
        if (known.length !== e - s) continue;
        let same = true;
        for (let i = 0; i < known.length; i += 1)
          if (known[i] !== b[s + i]) {
            same = false;
            break;
          }
        if (same) return idx;
      }
    const idx = this.intern(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8'));
    if (this.#bytes[idx] === undefined) {
      this.#bytes[idx] = Buffer.from(b.subarray(s, e));
      if (candidates) candidates.push(idx);
      else this.#byBytes.set(h, [idx]);
    }
    return idx;
  }

  get(i: number): string {
    return this.values[i] ?? '';
  }
}

/**
 * 64-bit hash (two 32-bit lanes, cyrb53's mixing) of UTF-8 bytes, fed piece by piece: the same value
 * whether an id comes as bytes from the fast path or as a string from the full parse.
 */
export class Hash64 {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;

  reset(): this {
    this.h1 = 0xdeadbeef;
    this.h2 = 0x41c6ce57;
    return this;
  }

  byte(c: number): this {
    this.h1 = Math.imul(this.h1 ^ c, 2654435761);
    this.h2 = Math.imul(this.h2 ^ c, 1597334677);
    return this;
  }

  bytes(b: Uint8Array, s: number, e: number): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = s; i < e; i += 1) {
      const c = b[i]!;
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  string(text: string): this {
    for (let i = 0; i < text.length; i += 1)
      if (text.charCodeAt(i) > 0x7f) {
        const utf8 = Buffer.from(text, 'utf8');
        return this.bytes(utf8, 0, utf8.length);
      }
    for (let i = 0; i < text.length; i += 1) this.byte(text.charCodeAt(i));
    return this;
  }

  /** Writes the two 32-bit halves to `out[at]`, `out[at + 1]`. */
  finish(out: Uint32Array, at: number): void {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    out[at] = h1 >>> 0;
    out[at + 1] = h2 >>> 0;
  }
}

const scratchHash = new Hash64();

/** 64-bit hash of a string's UTF-8 bytes into `out[at]`, `out[at + 1]`. */
export function hash64(text: string, out: Uint32Array, at: number): void {
  scratchHash.reset().string(text).finish(out, at);
}

/** Growable open-addressing map from a 64-bit key (two uint32) to a row. */
export class PairMap {
  #k1 = new Uint32Array(64);
  #k2 = new Uint32Array(64);
  #v = new Int32Array(64).fill(-1);
  #size = 0;

  #slot(k1: number, k2: number): number {
    const mask = this.#v.length - 1;
    let i = (k1 ^ Math.imul(k2, 0x9e3779b1)) & mask;
    while (this.#v[i] !== -1 && (this.#k1[i] !== k1 || this.#k2[i] !== k2)) i = (i + 1) & mask;
    return i;
  }

  get(k1: number, k2: number): number {
    return this.#v[this.#slot(k1, k2)]!;
  }

  set(k1: number, k2: number, value: number): void {
    if ((this.#size + 1) * 2 > this.#v.length) this.#grow();
    const i = this.#slot(k1, k2);
    if (this.#v[i] === -1) this.#size += 1;
    this.#k1[i] = k1;
    this.#k2[i] = k2;
    this.#v[i] = value;
  }

  #grow(): void {
    const [k1, k2, v] = [this.#k1, this.#k2, this.#v];
    this.#k1 = new Uint32Array(v.length * 2);
    this.#k2 = new Uint32Array(v.length * 2);
    this.#v = new Int32Array(v.length * 2).fill(-1);
    this.#size = 0;
    for (let i = 0; i < v.length; i += 1) if (v[i] !== -1) this.set(k1[i]!, k2[i]!, v[i]!);
  }
}

// Response rows: 20 unsigned ints and 3 doubles each.
export const R_KEY = 0; // 2 words: hash of message id + request id
export const R_MSG = 2; // 2 words: hash of message id
export const R_MODEL = 4;
export const R_SESSION = 5;
export const R_FLAGS = 6;
export const R_SPEED = 7; // string index + 1 (0 = absent)
export const R_GEO = 8; // string index + 1 (0 = absent; '' is a value)
export const R_TIER = 9; // string index + 1
export const R_INPUT = 10;
export const R_OUTPUT = 11;
export const R_CACHE_WRITE = 12;
export const R_CACHE_5M = 13;
export const R_CACHE_1H = 14;
export const R_CACHE_READ = 15;
export const R_WEB_SEARCH = 16;
export const R_WEB_FETCH = 17;
export const R_PRESENT = 18; // which usage fields exist (bits below)
export const R_ITER = 19; // string index of the JSON of usage.iterations (0: none)
export const R_U32 = 20;
export const R_TIME = 0;
export const R_COST = 1; // NaN: no price known
export const R_RECORDED = 2; // legacy costUSD, NaN when absent
export const R_F64 = 3;

export const FLAG_SIDECHAIN = 1;
export const FLAG_DEAD = 2; // merged into an earlier row (set only on aggregation copies)

const P_INPUT = 1;
const P_OUTPUT = 2;
export const P_CACHE_WRITE = 4;
const P_CACHE_READ = 8;
const P_CACHE_OBJ = 16;
export const P_5M = 32;
export const P_1H = 64;
const P_SERVER = 128;
const P_SEARCH = 256;
const P_FETCH = 512;

// Numeric usage fields (row slot, presence bit), merged as the field-wise maximum.
const NUMERIC: readonly [number, number][] = [
  [R_INPUT, P_INPUT],
  [R_OUTPUT, P_OUTPUT],
  [R_CACHE_WRITE, P_CACHE_WRITE],
  [R_CACHE_READ, P_CACHE_READ],
  [R_CACHE_5M, P_5M],
  [R_CACHE_1H, P_1H],
  [R_WEB_SEARCH, P_SEARCH],
  [R_WEB_FETCH, P_FETCH],
];

export interface Columns {
  count: number;
  u32: Uint32Array;
  f64: Float64Array;
}

export function emptyColumns(u32Stride: number, f64Stride: number, capacity = 64): Columns {
  return {
    count: 0,
    u32: new Uint32Array(capacity * u32Stride),
    f64: new Float64Array(capacity * f64Stride),
  };
}

function grow(c: Columns, u32Stride: number, f64Stride: number): void {
  if ((c.count + 1) * u32Stride <= c.u32.length) return;
  const capacity = Math.max(64, c.count * 2);
  const u32 = new Uint32Array(capacity * u32Stride);
  u32.set(c.u32.subarray(0, c.count * u32Stride));
  const f64 = new Float64Array(capacity * f64Stride);
  f64.set(c.f64.subarray(0, c.count * f64Stride));
  c.u32 = u32;
  c.f64 = f64;
}

/** Trims the backing arrays to `count` rows (what is stored in the cache). */
export function trimColumns(c: Columns, u32Stride: number, f64Stride: number): Columns {
  return {
    count: c.count,
    u32: c.u32.slice(0, c.count * u32Stride),
    f64: c.f64.slice(0, c.count * f64Stride),
  };
}

/** Appends `b`'s rows after `a`'s. */
export function concatColumns(a: Columns, b: Columns, u32Stride: number, f64Stride: number): Columns {
  const u32 = new Uint32Array((a.count + b.count) * u32Stride);
  u32.set(a.u32.subarray(0, a.count * u32Stride));
  u32.set(b.u32.subarray(0, b.count * u32Stride), a.count * u32Stride);
  const f64 = new Float64Array((a.count + b.count) * f64Stride);
  f64.set(a.f64.subarray(0, a.count * f64Stride));
  f64.set(b.f64.subarray(0, b.count * f64Stride), a.count * f64Stride);
  return { count: a.count + b.count, u32, f64 };
}

const fin = (v: number | undefined): number => (v === undefined ? 0 : Math.max(0, Math.round(v)) >>> 0);

/** Writes a usage object into row `r` (absent fields stay absent, so pricing sees the same object). */
export function writeUsage(u32: Uint32Array, r: number, usage: AnthropicUsage, strings: StringTable): void {
  const o = r * R_U32;
  let present = 0;
  if (usage.input_tokens !== undefined) present |= P_INPUT;
  if (usage.output_tokens !== undefined) present |= P_OUTPUT;
  if (usage.cache_creation_input_tokens !== undefined) present |= P_CACHE_WRITE;
  if (usage.cache_read_input_tokens !== undefined) present |= P_CACHE_READ;
  u32[o + R_INPUT] = fin(usage.input_tokens);
  u32[o + R_OUTPUT] = fin(usage.output_tokens);
  u32[o + R_CACHE_WRITE] = fin(usage.cache_creation_input_tokens);
  u32[o + R_CACHE_READ] = fin(usage.cache_read_input_tokens);
  const cc = usage.cache_creation;
  if (cc) {
    present |= P_CACHE_OBJ;
    if (cc.ephemeral_5m_input_tokens !== undefined) present |= P_5M;
    if (cc.ephemeral_1h_input_tokens !== undefined) present |= P_1H;
  }
  u32[o + R_CACHE_5M] = fin(cc?.ephemeral_5m_input_tokens);
  u32[o + R_CACHE_1H] = fin(cc?.ephemeral_1h_input_tokens);
  const stu = usage.server_tool_use;
  if (stu) {
    present |= P_SERVER;
    if (stu.web_search_requests !== undefined) present |= P_SEARCH;
    if (stu.web_fetch_requests !== undefined) present |= P_FETCH;
  }
  u32[o + R_WEB_SEARCH] = fin(stu?.web_search_requests);
  u32[o + R_WEB_FETCH] = fin(stu?.web_fetch_requests);
  u32[o + R_SPEED] = usage.speed == null ? 0 : strings.intern(usage.speed) + 1;
  u32[o + R_GEO] = usage.inference_geo == null ? 0 : internAllowEmpty(strings, usage.inference_geo);
  u32[o + R_TIER] = usage.service_tier == null ? 0 : strings.intern(usage.service_tier) + 1;
  u32[o + R_PRESENT] = present;
  const iterations = iterationsOf(usage);
  u32[o + R_ITER] = iterations ? strings.intern(JSON.stringify(iterations)) : 0;
}

/** Writes a raw (byte-range) usage into the row at u32 offset `o`, as `writeUsage` writes an object. */
function writeRawUsage(u32: Uint32Array, o: number, u: RawUsage, strings: StringTable): void {
  let present = 0;
  if (u.input !== undefined) present |= P_INPUT;
  if (u.output !== undefined) present |= P_OUTPUT;
  if (u.cacheWrite !== undefined) present |= P_CACHE_WRITE;
  if (u.cacheRead !== undefined) present |= P_CACHE_READ;
  u32[o + R_INPUT] = fin(u.input);
  u32[o + R_OUTPUT] = fin(u.output);
  u32[o + R_CACHE_WRITE] = fin(u.cacheWrite);
  u32[o + R_CACHE_READ] = fin(u.cacheRead);
  if (u.cacheObject) {
    present |= P_CACHE_OBJ;
    if (u.fiveMinute !== undefined) present |= P_5M;
    if (u.oneHour !== undefined) present |= P_1H;
  }
  u32[o + R_CACHE_5M] = u.cacheObject ? fin(u.fiveMinute) : 0;
  u32[o + R_CACHE_1H] = u.cacheObject ? fin(u.oneHour) : 0;
  if (u.serverObject) {
    present |= P_SERVER;
    if (u.webSearch !== undefined) present |= P_SEARCH;
    if (u.webFetch !== undefined) present |= P_FETCH;
  }
  u32[o + R_WEB_SEARCH] = u.serverObject ? fin(u.webSearch) : 0;
  u32[o + R_WEB_FETCH] = u.serverObject ? fin(u.webFetch) : 0;
  u32[o + R_PRESENT] = present;
  const b = u.b;
  u32[o + R_SPEED] = u.speedS >= 0 ? strings.internBytes(b, u.speedS + 1, u.speedE - 1) + 1 : 0;
  // '' is a real inference_geo value: index 0 + 1.
  u32[o + R_GEO] = u.geoS >= 0 ? strings.internBytes(b, u.geoS + 1, u.geoE - 1) + 1 : 0;
  u32[o + R_TIER] = u.tierS >= 0 ? strings.internBytes(b, u.tierS + 1, u.tierE - 1) + 1 : 0;
  u32[o + R_ITER] = u.iterations ? strings.intern(JSON.stringify(u.iterations)) : 0;
}

/** A non-empty `usage.iterations` list, as the tracker keeps it; undefined otherwise. */
export function iterationsOf(usage: AnthropicUsage): readonly unknown[] | undefined {
  const list = (usage as { iterations?: unknown }).iterations;
  return Array.isArray(list) && list.length > 0 ? list : undefined;
}

// '' is a real inference_geo value; it is stored as index 0 + 1.
function internAllowEmpty(strings: StringTable, value: string): number {
  return value === '' ? 1 : strings.intern(value) + 1;
}

/** Rebuilds the usage object of row `r` (what `priceUsage` gets). */
export function readRowUsage(u32: Uint32Array, r: number, strings: StringTable): AnthropicUsage {
  const o = r * R_U32;
  const present = u32[o + R_PRESENT]!;
  const out: { -readonly [K in keyof AnthropicUsage]: AnthropicUsage[K] } = {};
  if (present & P_INPUT) out.input_tokens = u32[o + R_INPUT]!;
  if (present & P_OUTPUT) out.output_tokens = u32[o + R_OUTPUT]!;
  if (present & P_CACHE_WRITE) out.cache_creation_input_tokens = u32[o + R_CACHE_WRITE]!;
  if (present & P_CACHE_READ) out.cache_read_input_tokens = u32[o + R_CACHE_READ]!;
  if (present & P_CACHE_OBJ)
    out.cache_creation = {
      ephemeral_5m_input_tokens: present & P_5M ? u32[o + R_CACHE_5M]! : undefined,
      ephemeral_1h_input_tokens: present & P_1H ? u32[o + R_CACHE_1H]! : undefined,
    };
  if (present & P_SERVER)
    out.server_tool_use = {
      web_search_requests: present & P_SEARCH ? u32[o + R_WEB_SEARCH]! : undefined,
      web_fetch_requests: present & P_FETCH ? u32[o + R_WEB_FETCH]! : undefined,
    };
  const speed = u32[o + R_SPEED]!;
  if (speed) out.speed = strings.get(speed - 1);
  const geo = u32[o + R_GEO]!;
  if (geo) out.inference_geo = strings.get(geo - 1);
  const tier = u32[o + R_TIER]!;
  if (tier) out.service_tier = strings.get(tier - 1);
  const iterations = u32[o + R_ITER]!;
  if (iterations) (out as { iterations?: unknown }).iterations = JSON.parse(strings.get(iterations));
  return out;
}

/**
 * Merges row `from` into row `into` (two records of one API response): each usage field takes the larger
 * value (early blocks carry placeholder output counts), the earliest time wins, and the response is a
 * sidechain only when both copies are. Returns true when `into`'s usage changed (its cost must be redone).
 */
export function mergeRows(
  u32: Uint32Array,
  f64: Float64Array,
  into: number,
  fromU32: Uint32Array,
  fromF64: Float64Array,
  from: number,
): boolean {
  const a = into * R_U32;
  const b = from * R_U32;
  let changed = false;
  // Server-side iterations: the fuller list wins (the copy with at least as many output tokens), as in core.
  const ib = fromU32[b + R_ITER]!;
  if (
    ib !== 0 &&
    ib !== u32[a + R_ITER] &&
    (u32[a + R_ITER] === 0 || fromU32[b + R_OUTPUT]! >= u32[a + R_OUTPUT]!)
  ) {
    u32[a + R_ITER] = ib;
    changed = true;
  }
  const pa = u32[a + R_PRESENT]!;
  const pb = fromU32[b + R_PRESENT]!;
  for (const [slot, bit] of NUMERIC) {
    if (!(pb & bit)) continue;
    const vb = fromU32[b + slot]!;
    if (!(pa & bit) || vb > u32[a + slot]!) {
      u32[a + slot] = vb;
      changed = true;
    }
  }
  const present = pa | pb;
  if (present !== pa) {
    u32[a + R_PRESENT] = present;
    changed = true;
  }
  // The later record's labels win, as in the tracker.
  for (const slot of [R_SPEED, R_GEO, R_TIER]) {
    const vb = fromU32[b + slot]!;
    if (vb && vb !== u32[a + slot]) {
      u32[a + slot] = vb;
      changed = true;
    }
  }
  if (!(fromU32[b + R_FLAGS]! & FLAG_SIDECHAIN)) u32[a + R_FLAGS] = u32[a + R_FLAGS]! & ~FLAG_SIDECHAIN;
  const fa = into * R_F64;
  const fb = from * R_F64;
  const tb = fromF64[fb + R_TIME]!;
  if (!Number.isNaN(tb) && (Number.isNaN(f64[fa + R_TIME]!) || tb < f64[fa + R_TIME]!)) f64[fa + R_TIME] = tb;
  const rb = fromF64[fb + R_RECORDED]!;
  if (!Number.isNaN(rb) && (Number.isNaN(f64[fa + R_RECORDED]!) || rb > f64[fa + R_RECORDED]!)) {
    f64[fa + R_RECORDED] = rb;
    changed = true;
  }
  if (!u32[a + R_MODEL]) u32[a + R_MODEL] = fromU32[b + R_MODEL]!;
  if (!u32[a + R_SESSION]) u32[a + R_SESSION] = fromU32[b + R_SESSION]!;
  return changed;
}

// Tool use rows: id hash (2), name, session; time.
export const U_ID = 0;
export const U_NAME = 2;
export const U_SESSION = 3;
export const U_U32 = 4;
export const U_F64 = 1;
// Tool result rows: id hash (2), isError; time.
export const T_ID = 0;
export const T_ERROR = 2;
export const T_U32 = 3;
export const T_F64 = 1;

/** Rows of every file, one after the other in file order. */
export interface UsageTables {
  responses: Columns;
  toolUses: Columns;
  toolResults: Columns;
}

/** What one scan of one file (or of its appended part) found. */
export interface FileTables {
  responses: Columns;
  toolUses: Columns;
  toolResults: Columns;
}

export function emptyFileTables(): FileTables {
  return {
    responses: emptyColumns(R_U32, R_F64, 16),
    toolUses: emptyColumns(U_U32, U_F64, 16),
    toolResults: emptyColumns(T_U32, T_F64, 16),
  };
}

/**
 * A scan sink that fills tables, merging the per-content-block records of one response as it goes
 * (records of one response are written back to back, and merging later is done again anyway).
 */
export class TableSink implements RawScanSink {
  readonly tables: FileTables = emptyFileTables();
  readonly #strings: StringTable;
  readonly #rowByKey = new PairMap();
  readonly #scratchU32 = new Uint32Array(R_U32);
  readonly #scratchF64 = new Float64Array(R_F64);
  readonly #hash = new Hash64();
  readonly #defaultSession: number;

  /** `defaultSession` stands in for records without a session id (the file's own name). */
  constructor(strings: StringTable, defaultSession?: string) {
    this.#strings = strings;
    this.#defaultSession = strings.intern(defaultSession);
  }

  /** The row for a key already filled in `#scratchU32`: an existing one to merge into, or a new one. */
  #place(fill: (u32: Uint32Array, f64: Float64Array, row: number) => void): void {
    const k = this.#scratchU32;
    const existing = this.#rowByKey.get(k[R_KEY]!, k[R_KEY + 1]!);
    const c = this.tables.responses;
    if (existing !== -1) {
      fill(this.#scratchU32, this.#scratchF64, 0);
      mergeRows(c.u32, c.f64, existing, this.#scratchU32, this.#scratchF64, 0);
      return;
    }
    grow(c, R_U32, R_F64);
    const o = c.count * R_U32;
    c.u32[o + R_KEY] = k[R_KEY]!;
    c.u32[o + R_KEY + 1] = k[R_KEY + 1]!;
    c.u32[o + R_MSG] = k[R_MSG]!;
    c.u32[o + R_MSG + 1] = k[R_MSG + 1]!;
    this.#rowByKey.set(k[R_KEY]!, k[R_KEY + 1]!, c.count);
    fill(c.u32, c.f64, c.count);
    c.count += 1;
  }

  response(r: ScannedResponse): void {
    const k = this.#scratchU32;
    this.#hash.reset().string(r.messageId).byte(0).string(r.requestId).finish(k, R_KEY);
    this.#hash.reset().string(r.messageId).finish(k, R_MSG);
    this.#place((u32, f64, row) => {
      const o = row * R_U32;
      u32[o + R_MODEL] = this.#strings.intern(r.model);
      u32[o + R_SESSION] = r.sessionId ? this.#strings.intern(r.sessionId) : this.#defaultSession;
      u32[o + R_FLAGS] = r.isSidechain ? FLAG_SIDECHAIN : 0;
      writeUsage(u32, row, r.usage, this.#strings);
      const f = row * R_F64;
      f64[f + R_TIME] = r.timeMs;
      f64[f + R_COST] = Number.NaN;
      f64[f + R_RECORDED] = r.recordedCostUsd ?? Number.NaN;
    });
  }

  rawResponse(r: RawResponse): void {
    const b = r.b;
    const k = this.#scratchU32;
    const h = this.#hash
      .reset()
      .bytes(b, r.idS + 1, r.idE - 1)
      .byte(0);
    if (r.requestS >= 0) h.bytes(b, r.requestS + 1, r.requestE - 1);
    h.finish(k, R_KEY);
    this.#hash
      .reset()
      .bytes(b, r.idS + 1, r.idE - 1)
      .finish(k, R_MSG);
    this.#place((u32, f64, row) => {
      const o = row * R_U32;
      const strings = this.#strings;
      u32[o + R_MODEL] = strings.internBytes(b, r.modelS + 1, r.modelE - 1);
      u32[o + R_SESSION] =
        r.sessionS >= 0 ? strings.internBytes(b, r.sessionS + 1, r.sessionE - 1) : this.#defaultSession;
      u32[o + R_FLAGS] = r.isSidechain ? FLAG_SIDECHAIN : 0;
      writeRawUsage(u32, o, r.usage, strings);
      const f = row * R_F64;
      f64[f + R_TIME] = r.timeMs;
      f64[f + R_COST] = Number.NaN;
      f64[f + R_RECORDED] = r.recordedCostUsd ?? Number.NaN;
    });
  }

  toolUse(u: ScannedToolUse): void {
    const c = this.tables.toolUses;
    grow(c, U_U32, U_F64);
    const o = c.count * U_U32;
    hash64(u.id, c.u32, o + U_ID);
    c.u32[o + U_NAME] = this.#strings.intern(u.name);
    c.u32[o + U_SESSION] = u.sessionId ? this.#strings.intern(u.sessionId) : this.#defaultSession;
    c.f64[c.count] = u.timeMs;
    c.count += 1;
  }

  rawToolUse(
    b: Buffer,
    idS: number,
    idE: number,
    nameS: number,
    nameE: number,
    timeMs: number,
    sessionS: number,
    sessionE: number,
  ): void {
    const c = this.tables.toolUses;
    grow(c, U_U32, U_F64);
    const o = c.count * U_U32;
    this.#hash
      .reset()
      .bytes(b, idS + 1, idE - 1)
      .finish(c.u32, o + U_ID);
    c.u32[o + U_NAME] =
      nameS >= 0 ? this.#strings.internBytes(b, nameS + 1, nameE - 1) : this.#strings.intern('unknown');
    c.u32[o + U_SESSION] =
      sessionS >= 0 ? this.#strings.internBytes(b, sessionS + 1, sessionE - 1) : this.#defaultSession;
    c.f64[c.count] = timeMs;
    c.count += 1;
  }

  toolResult(t: ScannedToolResult): void {
    const c = this.tables.toolResults;
    grow(c, T_U32, T_F64);
    const o = c.count * T_U32;
    hash64(t.id, c.u32, o + T_ID);
    c.u32[o + T_ERROR] = t.isError ? 1 : 0;
    c.f64[c.count] = t.timeMs;
    c.count += 1;
  }

  /** The tables, trimmed to size. */
  finish(): FileTables {
    return {
      responses: trimColumns(this.tables.responses, R_U32, R_F64),
      toolUses: trimColumns(this.tables.toolUses, U_U32, U_F64),
      toolResults: trimColumns(this.tables.toolResults, T_U32, T_F64),
    };
  }
}
