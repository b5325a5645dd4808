import type { UsagePricer } from '@glassbox/core';
import type { TranscriptFile } from './list-transcript-files.js';
import { priceRows } from './price-rows.js';
import type { CachedFile, ReportCacheData, RowRanges } from './report-cache.js';
import type { ScannedFile } from './scan-file.js';
import {
  type Columns,
  type FileTables,
  R_F64,
  R_U32,
  type StringTable,
  T_F64,
  T_U32,
  U_F64,
  U_U32,
  type UsageTables,
} from './usage-tables.js';

export interface Plan {
  file: TranscriptFile;
  /** Cached rows kept (unchanged file, or the part before an append). */
  cached?: CachedFile;
  /** Where to read from; -1 when the file is unchanged. */
  from: number;
  tools: boolean;
  scanned?: ScannedFile;
}

/** One table per kind for every file, in file order: cached rows, then what was read this time. */
export function mergePlans(
  plans: readonly Plan[],
  cache: ReportCacheData | undefined,
  strings: StringTable,
  pricer: UsagePricer,
  repriceAll: boolean,
): { tables: UsageTables; ranges: RowRanges[]; nextCache: Map<string, CachedFile> } {
  const sizeOf = (
    pick: (t: UsageTables | FileTables) => Columns,
    rows: (r: RowRanges) => readonly [number, number],
  ) =>
    plans.reduce(
      (n, p) => n + (p.cached ? rows(p.cached.rows)[1] : 0) + (p.scanned ? pick(p.scanned.tables).count : 0),
      0,
    );
  const tables: UsageTables = {
    responses: allocColumns(
      sizeOf(
        (t) => t.responses,
        (r) => r.responses,
      ),
      R_U32,
      R_F64,
    ),
    toolUses: allocColumns(
      sizeOf(
        (t) => t.toolUses,
        (r) => r.toolUses,
      ),
      U_U32,
      U_F64,
    ),
    toolResults: allocColumns(
      sizeOf(
        (t) => t.toolResults,
        (r) => r.toolResults,
      ),
      T_U32,
      T_F64,
    ),
  };
  const ranges: RowRanges[] = [];
  const nextCache = new Map<string, CachedFile>();
  // Runs of cached rows that stay adjacent are copied in one go (a new file splits them in two).
  const builders = {
    responses: new TableBuilder(tables.responses, R_U32, R_F64, cache?.tables.responses),
    toolUses: new TableBuilder(tables.toolUses, U_U32, U_F64, cache?.tables.toolUses),
    toolResults: new TableBuilder(tables.toolResults, T_U32, T_F64, cache?.tables.toolResults),
  };
  const place = (
    b: TableBuilder,
    cached: readonly [number, number] | undefined,
    scanned: Columns | undefined,
  ) => {
    const start = b.count;
    if (cached) b.cached(cached[0], cached[1]);
    if (scanned) b.scanned(scanned);
    return [start, b.count - start] as [number, number];
  };
  for (const plan of plans) {
    const rows: RowRanges = {
      responses: place(builders.responses, plan.cached?.rows.responses, plan.scanned?.tables.responses),
      toolUses: place(builders.toolUses, plan.cached?.rows.toolUses, plan.scanned?.tables.toolUses),
      toolResults: place(
        builders.toolResults,
        plan.cached?.rows.toolResults,
        plan.scanned?.tables.toolResults,
      ),
    };
    ranges.push(rows);
    const entry: CachedFile = plan.scanned
      ? {
          path: plan.file.path,
          size: Math.max(plan.file.size, plan.scanned.offset),
          mtimeMs: plan.file.mtimeMs,
          offset: plan.scanned.offset,
          tail: plan.scanned.tail,
          tools: plan.tools,
          rows,
        }
      : { ...plan.cached!, rows };
    nextCache.set(plan.file.path, entry);
  }
  builders.responses.flush();
  builders.toolUses.flush();
  builders.toolResults.flush();
  // Prices changed since the cache was written: recompute every cost from the stored usage, no reading.
  if (repriceAll) priceRows(tables.responses, strings, pricer);
  return { tables, ranges, nextCache };
}

export const follows = (a: RowRanges, b: RowRanges): boolean =>
  b.responses[0] === a.responses[0] + a.responses[1] &&
  b.toolUses[0] === a.toolUses[0] + a.toolUses[1] &&
  b.toolResults[0] === a.toolResults[0] + a.toolResults[1];

export const ends = (r: RowRanges, t: UsageTables): boolean =>
  r.responses[0] + r.responses[1] === t.responses.count &&
  r.toolUses[0] + r.toolUses[1] === t.toolUses.count &&
  r.toolResults[0] + r.toolResults[1] === t.toolResults.count;

function allocColumns(count: number, stride: number, f64Stride: number): Columns {
  return { count: 0, u32: new Uint32Array(count * stride), f64: new Float64Array(count * f64Stride) };
}

/** Fills one shared table in file order, copying adjacent cached rows in one run. */
class TableBuilder {
  /** Rows placed so far (a pending run included). */
  count = 0;
  #runStart = -1;
  #runCount = 0;

  constructor(
    readonly into: Columns,
    readonly stride: number,
    readonly f64Stride: number,
    readonly cache: Columns | undefined,
  ) {}

  cached(start: number, n: number): void {
    if (n === 0) return;
    if (this.#runStart >= 0 && start === this.#runStart + this.#runCount) this.#runCount += n;
    else {
      this.flush();
      this.#runStart = start;
      this.#runCount = n;
    }
    this.count += n;
  }

  scanned(c: Columns): void {
    if (c.count === 0) return;
    this.flush();
    this.#copy(c, 0, c.count);
    this.count += c.count;
  }

  flush(): void {
    if (this.#runStart >= 0 && this.cache) this.#copy(this.cache, this.#runStart, this.#runCount);
    this.#runStart = -1;
    this.#runCount = 0;
  }

  #copy(from: Columns, start: number, n: number): void {
    const { into, stride, f64Stride } = this;
    into.u32.set(from.u32.subarray(start * stride, (start + n) * stride), into.count * stride);
    into.f64.set(from.f64.subarray(start * f64Stride, (start + n) * f64Stride), into.count * f64Stride);
    into.count += n;
  }
}
