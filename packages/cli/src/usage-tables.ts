// Columnar, binary-serialisable tables of what a scan found, and the sink that fills them (`TableSink`); the row
// layouts, columns, strings and hashes they are made of are in their own modules, re-exported here.
import { type Columns, emptyColumns, grow, trimColumns } from './columns.js';
import { Hash64, hash64 } from './hash64.js';
import { PairMap } from './pair-map.js';
import {
  FLAG_SIDECHAIN,
  mergeRows,
  R_COST,
  R_F64,
  R_FLAGS,
  R_KEY,
  R_MODEL,
  R_MSG,
  R_RECORDED,
  R_SESSION,
  R_TIME,
  R_U32,
  writeRawUsage,
  writeUsage,
} from './response-rows.js';
import type {
  RawResponse,
  RawScanSink,
  ScannedResponse,
  ScannedToolResult,
  ScannedToolUse,
} from './scanned-records.js';
import type { StringTable } from './string-table.js';

export type { Columns } from './columns.js';
export { concatColumns, emptyColumns, trimColumns } from './columns.js';
export { Hash64, hash64 } from './hash64.js';
export { PairMap } from './pair-map.js';
export {
  FLAG_DEAD,
  FLAG_SIDECHAIN,
  mergeRows,
  P_1H,
  P_5M,
  P_CACHE_WRITE,
  R_CACHE_1H,
  R_CACHE_5M,
  R_CACHE_READ,
  R_CACHE_WRITE,
  R_COST,
  R_F64,
  R_FLAGS,
  R_GEO,
  R_INPUT,
  R_ITER,
  R_KEY,
  R_MODEL,
  R_MSG,
  R_OUTPUT,
  R_PRESENT,
  R_RECORDED,
  R_SESSION,
  R_SPEED,
  R_TIER,
  R_TIME,
  R_U32,
  R_WEB_FETCH,
  R_WEB_SEARCH,
  readRowUsage,
  writeUsage,
} from './response-rows.js';
export { StringTable } from './string-table.js';

/**
 * Columnar, binary-serialisable tables of what a scan found: the report cache stores them as they are,
 * so a re-run loads them with one read instead of parsing JSON.
 */

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
