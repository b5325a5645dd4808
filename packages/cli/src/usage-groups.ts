import {
  P_1H,
  P_5M,
  P_CACHE_WRITE,
  R_CACHE_1H,
  R_CACHE_5M,
  R_CACHE_READ,
  R_CACHE_WRITE,
  R_COST,
  R_F64,
  R_INPUT,
  R_MODEL,
  R_OUTPUT,
  R_PRESENT,
  R_SESSION,
  R_TIME,
  R_U32,
  R_WEB_SEARCH,
} from './usage-tables.js';

/**
 * Deduplicated API responses summed by project, session, model and quarter hour: everything the report adds
 * up, at a small fraction of the rows (a session's responses of one model within 15 minutes are one group).
 * A quarter hour fits every UTC offset, so days in any time zone and --since / --until stay exact.
 * The report cache stores these as they are: a re-run adds what is new to them and reads no row again.
 */

// Per group: project, session, model (string indexes); the first file it was seen in (index into the files).
export const G_PROJECT = 0;
export const G_SESSION = 1;
export const G_MODEL = 2;
export const G_FIRST = 3;
export const G_U32 = 4;
// Per group: the quarter hour (floor(ms / 900 000), NaN for records without a time), first and last time,
// then the sums (in the order of the report's accumulators, which add them as one run).
export const G_QUARTER = 0;
export const G_MIN = 1;
export const G_MAX = 2;
export const G_RESPONSES = 3;
export const G_INPUT = 4;
export const G_OUTPUT = 5;
export const G_WRITE = 6;
export const G_WRITE_5M = 7;
export const G_WRITE_1H = 8;
export const G_READ = 9;
export const G_WEB = 10;
/** USD of the responses with a known price. */
export const G_COST = 11;
/** Responses without a known price. */
export const G_UNKNOWN = 12;
export const G_F64 = 13;

const QUARTER_MS = 900_000;

export class UsageGroups {
  count = 0;
  u32: Uint32Array;
  f64: Float64Array;
  #slots: Int32Array;

  constructor(u32?: Uint32Array, f64?: Float64Array, count = 0) {
    this.count = count;
    this.u32 = u32 ?? new Uint32Array(64 * G_U32);
    this.f64 = f64 ?? new Float64Array(64 * G_F64);
    this.#slots = new Int32Array(0);
    this.#rehash(Math.max(64, count));
  }

  #hash(project: number, session: number, model: number, quarter: number): number {
    let h = Math.imul(project ^ 0x9e3779b1, 0x85ebca6b);
    h = Math.imul(h ^ session, 0xc2b2ae35);
    h = Math.imul(h ^ model, 0x27d4eb2f);
    h = Math.imul(h ^ (Number.isNaN(quarter) ? 0x7fffffff : quarter | 0), 0x165667b1);
    return (h ^ (h >>> 15)) >>> 0;
  }

  #rehash(capacity: number): void {
    let size = 128;
    while (size < capacity * 2) size *= 2;
    this.#slots = new Int32Array(size).fill(-1);
    for (let g = 0; g < this.count; g += 1) {
      const o = g * G_U32;
      this.#slots[this.#find(this.u32[o]!, this.u32[o + 1]!, this.u32[o + 2]!, this.f64[g * G_F64]!)] = g;
    }
  }

  /** The slot holding the group with this key, or the empty slot where it would go. */
  #find(project: number, session: number, model: number, quarter: number): number {
    const mask = this.#slots.length - 1;
    let i = this.#hash(project, session, model, quarter) & mask;
    for (;;) {
      const g = this.#slots[i]!;
      if (g === -1) return i;
      const o = g * G_U32;
      const q = this.f64[g * G_F64]!;
      if (
        this.u32[o] === project &&
        this.u32[o + 1] === session &&
        this.u32[o + 2] === model &&
        (q === quarter || (Number.isNaN(q) && Number.isNaN(quarter)))
      )
        return i;
      i = (i + 1) & mask;
    }
  }

  /** The group for a key, created empty when new. */
  id(project: number, session: number, model: number, quarter: number, first: number): number {
    const slot = this.#find(project, session, model, quarter);
    const found = this.#slots[slot]!;
    if (found !== -1) return found;
    const g = this.count;
    if ((g + 1) * G_U32 > this.u32.length) {
      const u = new Uint32Array(this.u32.length * 2);
      u.set(this.u32);
      this.u32 = u;
      const f = new Float64Array(this.f64.length * 2);
      f.set(this.f64);
      this.f64 = f;
    }
    const o = g * G_U32;
    this.u32[o + G_PROJECT] = project;
    this.u32[o + G_SESSION] = session;
    this.u32[o + G_MODEL] = model;
    this.u32[o + G_FIRST] = first;
    const p = g * G_F64;
    this.f64.fill(0, p, p + G_F64);
    this.f64[p + G_QUARTER] = quarter;
    this.f64[p + G_MIN] = Number.POSITIVE_INFINITY;
    this.f64[p + G_MAX] = Number.NEGATIVE_INFINITY;
    this.count += 1;
    this.#slots[slot] = g;
    if (this.count * 2 > this.#slots.length) this.#rehash(this.count * 2);
    return g;
  }

  /**
   * Adds one (live, deduplicated, priced) response row from file `file`. A group remembers the first file
   * it was seen in, by `orderKeys` (see `fileOrderKey`): that decides a session's project.
   */
  addRow(
    u32: Uint32Array,
    f64: Float64Array,
    r: number,
    project: number,
    file: number,
    orderKeys: readonly string[],
  ): void {
    const o = r * R_U32;
    const time = f64[r * R_F64 + R_TIME]!;
    const quarter = Number.isFinite(time) ? Math.floor(time / QUARTER_MS) : Number.NaN;
    const g = this.id(project, u32[o + R_SESSION]!, u32[o + R_MODEL]!, quarter, file);
    const fg = this.u32[g * G_U32 + G_FIRST]!;
    if (fg !== file && orderKeys[file]! < orderKeys[fg]!) this.u32[g * G_U32 + G_FIRST] = file;
    const a = this.f64;
    const b = g * G_F64;
    if (time < a[b + G_MIN]!) a[b + G_MIN] = time;
    if (time > a[b + G_MAX]!) a[b + G_MAX] = time;
    const write = u32[o + R_CACHE_WRITE]!;
    // Claude Code's split: the 1-hour field clamped to the total, the rest 5-minute (see rowCacheSplit).
    const present = u32[o + R_PRESENT]!;
    const oneHourField = present & P_1H ? u32[o + R_CACHE_1H]! : 0;
    const writeTotal =
      present & P_CACHE_WRITE ? write : (present & P_5M ? u32[o + R_CACHE_5M]! : 0) + oneHourField;
    const oneHour = Math.min(oneHourField, writeTotal);
    const cost = f64[r * R_F64 + R_COST]!;
    const known = !Number.isNaN(cost);
    a[b + G_RESPONSES]! += 1;
    a[b + G_INPUT]! += u32[o + R_INPUT]!;
    a[b + G_OUTPUT]! += u32[o + R_OUTPUT]!;
    a[b + G_WRITE]! += write;
    a[b + G_WRITE_5M]! += writeTotal - oneHour;
    a[b + G_WRITE_1H]! += oneHour;
    a[b + G_READ]! += u32[o + R_CACHE_READ]!;
    a[b + G_WEB]! += u32[o + R_WEB_SEARCH]!;
    if (known) a[b + G_COST]! += cost;
    else a[b + G_UNKNOWN]! += 1;
  }
}

/**
 * A file's place in the order rows are counted in (transcripts by path, then the agent's saved traces):
 * the first file with a session's response names the session's project.
 */
export function fileOrderKey(path: string, agentTrace: boolean | undefined): string {
  return agentTrace ? `\uffff${path}` : path;
}

/**
 * A set of 64-bit response keys kept as sorted 32-bit fingerprints (4 bytes a key, stored as they are). It
 * may answer "present" for a key never added (the caller then takes the exact path), never "absent" for one
 * that was.
 */
export class KeyFilter {
  /** Sorted, without repeats. */
  fingerprints: Uint32Array;
  #pending: number[] = [];
  #pendingSet = new Set<number>();

  constructor(fingerprints?: Uint32Array) {
    this.fingerprints = fingerprints ?? new Uint32Array(0);
  }

  static fingerprint(k1: number, k2: number): number {
    return (k1 ^ Math.imul(k2, 0x9e3779b1) ^ (k2 >>> 7)) >>> 0;
  }

  /** Builds the filter of many keys at once (pairs in `keys` at `stride`, from `at`). */
  static of(keys: Uint32Array, count: number, stride: number, at: number): KeyFilter {
    const f = new Uint32Array(count);
    for (let r = 0; r < count; r += 1)
      f[r] = KeyFilter.fingerprint(keys[r * stride + at]!, keys[r * stride + at + 1]!);
    f.sort();
    let n = 0;
    for (let i = 0; i < count; i += 1) if (i === 0 || f[i] !== f[i - 1]) f[n++] = f[i]!;
    return new KeyFilter(f.slice(0, n));
  }

  #stored(fp: number): boolean {
    const a = this.fingerprints;
    let lo = 0;
    let hi = a.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = a[mid]!;
      if (v === fp) return true;
      if (v < fp) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Adds a key; false when it (or a key with the same fingerprint) was there already. */
  add(k1: number, k2: number): boolean {
    const fp = KeyFilter.fingerprint(k1, k2);
    if (this.#pendingSet.has(fp) || this.#stored(fp)) return false;
    this.#pending.push(fp);
    this.#pendingSet.add(fp);
    return true;
  }

  /** The sorted fingerprints, keys added since included. */
  sorted(): Uint32Array {
    if (this.#pending.length === 0) return this.fingerprints;
    const added = Uint32Array.from(this.#pending).sort();
    const a = this.fingerprints;
    const out = new Uint32Array(a.length + added.length);
    // Few keys into many: copy the runs between insertion points in one go each.
    let from = 0;
    for (let j = 0; j < added.length; j += 1) {
      const fp = added[j]!;
      let lo = from;
      let hi = a.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid]! < fp) lo = mid + 1;
        else hi = mid;
      }
      out.set(a.subarray(from, lo), from + j);
      out[lo + j] = fp;
      from = lo;
    }
    out.set(a.subarray(from), from + added.length);
    this.fingerprints = out;
    this.#pending = [];
    this.#pendingSet.clear();
    return out;
  }
}
