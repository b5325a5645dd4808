// The layout of a response row (usage, model, session, time, cost) and writing, reading and merging one.
import { iterationsOf } from '@glassbox/core';
import type { AnthropicUsage } from '@glassbox/pricing';
import type { RawUsage } from './scanned-records.js';
import type { StringTable } from './string-table.js';

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
export function writeRawUsage(u32: Uint32Array, o: number, u: RawUsage, strings: StringTable): void {
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
