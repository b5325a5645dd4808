import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { UsagePricer } from '@glassbox/core';
import { listAgentTraces, scanAgentTrace } from './agent-data.js';
import { dedupeResponses } from './dedupe-responses.js';
import { byPath, findTranscriptFiles, type TranscriptFile } from './list-transcript-files.js';
import { priceRows } from './price-rows.js';
import type { Progress } from './progress-display.js';
import {
  type CachedFile,
  loadReportCache,
  loadReportSummary,
  REPORT_CACHE_VERSION,
  type ReportCacheData,
  type ReportSummary,
  type RowRanges,
  removeOldReportCaches,
  SummaryFiles,
  saveReportCache,
  saveReportSummary,
} from './report-cache.js';
import {
  newScanCounters,
  type ScanCounters,
  type ScanOptions,
  scanTranscriptBytes,
} from './scan-transcript.js';
import { type ScanJob, type ScanOne, scanInParallel, threadsFor } from './scan-workers.js';
import { KeyFilter, UsageGroups } from './usage-groups.js';
import {
  type Columns,
  type FileTables,
  FLAG_DEAD,
  R_F64,
  R_FLAGS,
  R_KEY,
  R_MSG,
  R_U32,
  StringTable,
  T_F64,
  T_U32,
  TableSink,
  U_F64,
  U_U32,
  type UsageTables,
} from './usage-tables.js';

/** Project name for sessions known only from the agent's captured data. */
export const AGENT_PROJECT = '(captured by the agent)';

export interface CollectOptions {
  readonly roots: readonly string[];
  readonly pricer: UsagePricer;
  /** Changes whenever prices change: stored costs are recomputed when it differs from the cache's. */
  readonly pricingKey: string;
  /** Directory of the cache; `false` reads everything and stores nothing. */
  readonly cacheDir: string | false;
  /** Default true. */
  readonly fastPath?: boolean;
  /** Read tool results too (for `--by tool`). Default false: tokens and cost only, about a third faster. */
  readonly tools?: boolean;
  readonly progress?: Progress;
  /**
   * A module that, started as a worker, calls `runScanWorker` (the CLI passes its own bundled file): large
   * reads are then spread over the cores. Without it everything is read on the calling thread.
   */
  readonly workerUrl?: URL;
  /** Threads to read with; default: one below 192 MB to read, else up to 4, cores allowing. */
  readonly threads?: number;
  /** The agent's data directories: its saved traces count for sessions whose transcript is gone. */
  readonly agentDataDirs?: readonly string[];
  /** Bytes a quick re-run reads itself before leaving it to a full run. Default 64 MiB. */
  readonly quickReadLimit?: number;
  /** Bytes the rows file may lag behind the summary before a full run brings it up to date. Default 256 MiB. */
  readonly quickBehindLimit?: number;
}

export interface CollectStats {
  readonly files: number;
  readonly bytes: number;
  /** Bytes read this run (everything on a cold run; only what is new on a warm one). */
  readonly bytesRead: number;
  readonly filesRead: number;
  readonly filesFromCache: number;
  readonly filesAppended: number;
  /** `discarded`: a cache file was there but damaged; it was rebuilt. */
  readonly cache: 'off' | 'cold' | 'warm' | 'discarded';
  /**
   * `summary`: only the small summary was read and grown (appends and new files, no response seen before);
   * `rows`: every cached row was read and the report rebuilt from them; `none`: no usable cache.
   */
  readonly cacheUse: 'summary' | 'rows' | 'none';
  readonly cachePath?: string;
  readonly cacheError?: string;
  readonly counters: ScanCounters;
  /** Sessions counted from the agent's saved traces (their transcripts are gone). */
  readonly agentSessions: number;
  /** Milliseconds per phase (list, loadSummary, loadCache, read, merge, group, saveCache…), for `--debug`. */
  readonly timings: Readonly<Record<string, number>>;
}

export interface CollectedUsage {
  readonly strings: StringTable;
  /** Deduplicated, priced responses summed by project, session, model and quarter hour. */
  readonly groups: UsageGroups;
  /** Per file the groups name as first (`G_FIRST`), its place in counting order (compared as strings). */
  readonly fileKeys: readonly string[];
  /** Every row, in file order: present when tool results were asked for (`tools: true`). */
  readonly tables?: UsageTables;
  readonly stats: CollectStats;
}

/** The cache file for a set of config dirs (each set has its own, so switching dirs never thrashes). */
export function reportCachePath(cacheDir: string, roots: readonly string[]): string {
  const id = createHash('sha256')
    .update([...roots].sort().join('\0'))
    .digest('hex')
    .slice(0, 16);
  return join(cacheDir, `report-v${REPORT_CACHE_VERSION}-${id}.bin`);
}

/** The summary that goes with the rows file at `rowsPath` (see report-cache.ts). */
export function reportSummaryPath(rowsPath: string): string {
  return `${rowsPath.slice(0, -'.bin'.length)}.sum`;
}

/** Bytes a quick re-run reads itself before leaving it to a full run (threads, and the rows file brought up to date). */
const SUMMARY_READ_LIMIT = 64 * 1024 * 1024;
/** Bytes the rows file may lag behind the summary before a full run brings it up to date. */
const SUMMARY_BEHIND_LIMIT = 256 * 1024 * 1024;

const TAIL_BYTES = 64;
const FIRST_CHUNK = 512 * 1024;
/** A line longer than this is skipped (counted malformed) rather than held in memory. */
const MAX_LINE_BYTES = 256 * 1024 * 1024;

let sharedBuffer = Buffer.allocUnsafe(FIRST_CHUNK);

/**
 * Reads usage from every transcript under the roots: unchanged files come from the cache, appended
 * files are read from where the last run stopped, new or rewritten files are read whole.
 */
export async function collectUsage(options: CollectOptions): Promise<CollectedUsage> {
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    timings[name] = Math.round((now - mark) * 10) / 10;
    mark = now;
  };
  // Transcripts in directory order, then the agent's traces: the full path sorts them, the quick one need not.
  const files = findTranscriptFiles(options.roots);
  const transcripts = files.length;
  if (options.agentDataDirs?.length) {
    const known = new Set(files.map((f) => f.defaultSession));
    for (const t of listAgentTraces(options.agentDataDirs))
      if (!known.has(t.sessionId))
        files.push({
          path: t.path,
          project: AGENT_PROJECT,
          defaultSession: t.sessionId,
          size: t.size,
          mtimeMs: t.mtimeMs,
          agentTrace: true,
        });
  }
  lap('list');
  const cacheDir = options.cacheDir === false ? undefined : options.cacheDir;
  const cachePath = cacheDir === undefined ? undefined : reportCachePath(cacheDir, options.roots);
  const summaryPath = cachePath === undefined ? undefined : reportSummaryPath(cachePath);
  let summaryDamaged = false;
  // The tool report needs every row: only the full path keeps them.
  if (summaryPath !== undefined && cacheDir !== undefined && options.tools !== true) {
    const summary = loadReportSummary(summaryPath);
    lap('loadSummary');
    summaryDamaged = summary === undefined && existsSync(summaryPath);
    if (summary && summary.pricingKey === options.pricingKey) {
      const grown = growSummary(files, summary, options, timings, lap);
      if (grown) {
        const error = grown.changed ? saveReportSummary(summaryPath, cacheDir, summary) : undefined;
        if (grown.changed) lap('saveSummary');
        return { ...grown.usage, stats: { ...grown.usage.stats, cachePath, cacheError: error?.message } };
      }
    }
  }
  // Rows are counted in this order: transcripts by path, then the agent's traces as listed.
  const ordered = [...files.slice(0, transcripts).sort(byPath), ...files.slice(transcripts)];
  return collectFromRows(ordered, options, cachePath, summaryPath, summaryDamaged, timings, lap);
}

/**
 * The quick re-run: when every change since the summary is an append or a new file, and no response read
 * now was counted before (nor twice now), the new responses are added to the summary's groups in place.
 * Undefined when that does not hold: the caller then takes the full path.
 */
function growSummary(
  files: readonly TranscriptFile[],
  summary: ReportSummary,
  options: CollectOptions,
  timings: Record<string, number>,
  lap: (name: string) => void,
): { usage: CollectedUsage; changed: boolean } | undefined {
  const plans: { file: TranscriptFile; from: number; at: number }[] = [];
  const cached = summary.files;
  let toRead = 0;
  let known = 0;
  for (const file of files) {
    const at = cached.indexOf(file.path);
    if (at >= 0) {
      known += 1;
      if (cached.size(at) === file.size && cached.mtimeMs(at) === file.mtimeMs) continue;
      // Rewritten or shortened (an agent trace is always rewritten whole): counted responses would change.
      const offset = cached.offset(at);
      if (!(offset <= file.size && !file.agentTrace && tailMatches(file.path, offset, cached.tail(at))))
        return undefined;
    }
    const from = at >= 0 ? cached.offset(at) : 0;
    plans.push({ file, from, at });
    toRead += file.size - from;
  }
  // A file gone takes its responses with it; much to read goes faster on threads.
  if (known !== cached.count || toRead > (options.quickReadLimit ?? SUMMARY_READ_LIMIT)) return undefined;
  if (summary.behind + toRead > (options.quickBehindLimit ?? SUMMARY_BEHIND_LIMIT)) return undefined;
  const { strings, groups, keys, messages } = summary;
  const counters = newScanCounters();
  const scanOne = scanJob(options.pricer);
  const fastPath = options.fastPath !== false;
  let bytesRead = 0;
  const report = (n: number): void => {
    bytesRead += n;
    options.progress?.update(bytesRead, toRead, `${plans.length} files`);
  };
  const scanned = plans.map((p, index) =>
    scanOne({ index, file: p.file, from: p.from, tools: false, fastPath }, strings, counters, report),
  );
  options.progress?.finish();
  lap('read');
  // Where each file read is (new ones are added at the end), then its responses into the groups.
  const at = plans.map(({ file, at }, i) => {
    const s = scanned[i]!;
    const size = Math.max(file.size, s.offset);
    const tail = Buffer.from(s.tail, 'base64');
    return cached.set(at, file.path, size, file.mtimeMs, s.offset, tail, file.agentTrace === true);
  });
  const orderKeys = cached.orderKeys();
  for (let i = 0; i < plans.length; i += 1) {
    const { file } = plans[i]!;
    const { u32, f64, count } = scanned[i]!.tables.responses;
    if (count === 0) continue;
    const project = strings.intern(file.project || '(none)');
    for (let r = 0; r < count; r += 1) {
      const o = r * R_U32;
      // Seen before (or a replay of a message seen before): merging it needs the rows.
      if (!keys.add(u32[o + R_KEY]!, u32[o + R_KEY + 1]!)) return undefined;
      if (!messages.add(u32[o + R_MSG]!, u32[o + R_MSG + 1]!)) return undefined;
      groups.addRow(u32, f64, r, project, at[i]!, orderKeys);
    }
  }
  (summary as { behind: number }).behind += bytesRead;
  lap('group');
  return {
    changed: plans.length > 0,
    usage: {
      strings,
      groups,
      fileKeys: orderKeys,
      stats: {
        files: files.length,
        bytes: files.reduce((a, f) => a + f.size, 0),
        bytesRead,
        filesRead: plans.length,
        filesFromCache: files.length - plans.length,
        filesAppended: plans.filter((p) => p.from > 0).length,
        cache: 'warm',
        cacheUse: 'summary',
        counters,
        agentSessions: files.filter((f) => f.agentTrace).length,
        timings,
      },
    },
  };
}

/** The full path: every cached row, plus what is new, deduplicated and grouped again. */
async function collectFromRows(
  files: readonly TranscriptFile[],
  options: CollectOptions,
  cachePath: string | undefined,
  summaryPath: string | undefined,
  summaryDamaged: boolean,
  timings: Record<string, number>,
  lap: (name: string) => void,
): Promise<CollectedUsage> {
  let cache: ReportCacheData | undefined;
  let cacheState: CollectStats['cache'] = 'off';
  if (cachePath) {
    cache = loadReportCache(cachePath);
    lap('loadCache');
    // A cache file that could not be used (damaged, another version) is replaced, never fatal.
    cacheState = summaryDamaged || (!cache && existsSync(cachePath)) ? 'discarded' : cache ? 'warm' : 'cold';
  }
  const strings = cache?.strings ?? new StringTable();
  const repriceAll = cache !== undefined && cache.pricingKey !== options.pricingKey;
  const counters = newScanCounters();
  const totalBytes = files.reduce((a, f) => a + f.size, 0);
  const wantTools = options.tools === true;

  const plans: Plan[] = [];
  let toRead = 0;
  for (const file of files) {
    let cached = cache?.files.get(file.path);
    // Tool results were skipped when this file was read: read it again, whole, with them.
    if (cached && wantTools && !cached.tools) cached = undefined;
    if (cached && cached.size === file.size && cached.mtimeMs === file.mtimeMs) {
      plans.push({ file, cached, from: -1, tools: cached.tools });
      continue;
    }
    const from =
      cached &&
      cached.offset <= file.size &&
      tailMatches(file.path, cached.offset, Buffer.from(cached.tail, 'base64'))
        ? cached.offset
        : 0;
    const appendTo = from > 0 ? cached : undefined;
    plans.push({ file, cached: appendTo, from, tools: appendTo ? appendTo.tools : wantTools });
    toRead += file.size - from;
  }

  let bytesRead = 0;
  const toScan = plans.filter((p) => p.from >= 0);
  const fastPath = options.fastPath !== false;
  const jobs: ScanJob[] = toScan.map((p, index) => ({
    index,
    file: p.file,
    from: p.from,
    tools: p.tools,
    fastPath,
  }));
  const scanOne = scanJob(options.pricer);
  const threads = options.workerUrl
    ? Math.min(Math.max(1, jobs.length), options.threads ?? threadsFor(toRead, jobs.length))
    : 1;
  const report = (n: number): void =>
    options.progress?.update(n, toRead, `${formatCount(toScan.length)} files`);
  if (threads > 1) {
    const results = await scanInParallel(
      jobs,
      threads,
      options.workerUrl!,
      strings,
      counters,
      scanOne,
      (n) => {
        bytesRead = n;
        report(n);
      },
    );
    for (const r of results) toScan[r.index]!.scanned = r;
    bytesRead = toRead;
  } else {
    for (const job of jobs)
      toScan[job.index]!.scanned = scanOne(job, strings, counters, (n) => {
        bytesRead += n;
        report(bytesRead);
      });
  }
  const filesRead = toScan.length;
  const filesAppended = toScan.filter((p) => p.cached).length;
  options.progress?.finish();
  lap('read');

  // Nothing read and every file where the cache has it: its tables are the answer as they are.
  const unchanged =
    !repriceAll &&
    toScan.length === 0 &&
    cache !== undefined &&
    plans.every(
      (p, i) =>
        p.cached !== undefined &&
        (i === 0
          ? p.cached.rows.responses[0] === 0 &&
            p.cached.rows.toolUses[0] === 0 &&
            p.cached.rows.toolResults[0] === 0
          : follows(plans[i - 1]!.cached!.rows, p.cached.rows)),
    ) &&
    (plans.length === 0
      ? cache.tables.responses.count + cache.tables.toolUses.count + cache.tables.toolResults.count === 0
      : ends(plans[plans.length - 1]!.cached!.rows, cache.tables));
  const merged = unchanged
    ? {
        tables: cache!.tables,
        ranges: plans.map((p) => p.cached!.rows),
        nextCache: cache!.files,
      }
    : mergePlans(plans, cache, strings, options.pricer, repriceAll);
  const { tables, ranges, nextCache } = merged;
  lap('merge');

  let cacheError: string | undefined;
  const changed = !cache || filesRead > 0 || repriceAll || cache.files.size !== nextCache.size;
  if (cachePath && options.cacheDir !== false && changed) {
    // Before deduplication merges rows in place: the rows file keeps each file's own rows.
    const error = saveReportCache(cachePath, options.cacheDir, {
      pricingKey: options.pricingKey,
      strings,
      files: nextCache,
      tables,
    });
    if (error) cacheError = error.message;
    // The first full run of a new version is when an older version's files become garbage.
    else removeOldReportCaches(options.cacheDir);
    lap('saveCache');
  }

  dedupeResponses(tables.responses, strings, options.pricer);
  // The summary's files in counting order: a group's first file is its index here.
  const summaryFiles = new SummaryFiles();
  for (const plan of plans) {
    const f = nextCache.get(plan.file.path)!;
    const tail = Buffer.from(f.tail, 'base64');
    summaryFiles.set(-1, f.path, f.size, f.mtimeMs, f.offset, tail, plan.file.agentTrace === true);
  }
  const fileKeys = summaryFiles.orderKeys();
  const groups = new UsageGroups();
  const { u32, f64, count } = tables.responses;
  // Every key, a duplicate's too: a re-run must not count any of them again.
  const keys = KeyFilter.of(u32, count, R_U32, R_KEY);
  const messages = KeyFilter.of(u32, count, R_U32, R_MSG);
  for (let i = 0; i < plans.length; i += 1) {
    const [start, n] = ranges[i]!.responses;
    if (n === 0) continue;
    const project = strings.intern(plans[i]!.file.project || '(none)');
    for (let r = start; r < start + n; r += 1)
      if (!(u32[r * R_U32 + R_FLAGS]! & FLAG_DEAD)) groups.addRow(u32, f64, r, project, i, fileKeys);
  }
  lap('group');
  if (summaryPath && options.cacheDir !== false) {
    const error = saveReportSummary(summaryPath, options.cacheDir, {
      pricingKey: options.pricingKey,
      strings,
      files: summaryFiles,
      groups,
      keys,
      messages,
      behind: 0,
    });
    if (error) cacheError ??= error.message;
    lap('saveSummary');
  }
  return {
    strings,
    groups,
    fileKeys,
    tables: wantTools ? tables : undefined,
    stats: {
      files: files.length,
      bytes: totalBytes,
      bytesRead,
      filesRead,
      filesFromCache: plans.length - filesRead,
      filesAppended,
      cache: cacheState,
      cacheUse: cache ? 'rows' : 'none',
      cachePath,
      cacheError,
      counters,
      agentSessions: files.filter((f) => f.agentTrace).length,
      timings,
    },
  };
}

interface Plan {
  file: TranscriptFile;
  /** Cached rows kept (unchanged file, or the part before an append). */
  cached?: CachedFile;
  /** Where to read from; -1 when the file is unchanged. */
  from: number;
  tools: boolean;
  scanned?: ScannedFile;
}

/** One table per kind for every file, in file order: cached rows, then what was read this time. */
function mergePlans(
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

const follows = (a: RowRanges, b: RowRanges): boolean =>
  b.responses[0] === a.responses[0] + a.responses[1] &&
  b.toolUses[0] === a.toolUses[0] + a.toolUses[1] &&
  b.toolResults[0] === a.toolResults[0] + a.toolResults[1];

const ends = (r: RowRanges, t: UsageTables): boolean =>
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

function tailMatches(path: string, offset: number, expected: Uint8Array): boolean {
  if (expected.length === 0) return offset === 0;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const got = Buffer.alloc(expected.length);
    const n = readSync(fd, got, 0, got.length, offset - expected.length);
    return n === expected.length && got.equals(expected);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

interface ScannedFile {
  tables: FileTables;
  offset: number;
  tail: string;
}

/** Reads one job and prices what it found (the same on the main thread and in workers). */
export function scanJob(pricer: UsagePricer): ScanOne {
  return (job, strings, counters, onBytes) => {
    const scanned = scanFile(
      job.file,
      job.from,
      strings,
      { fastPath: job.fastPath, tools: job.tools },
      counters,
      onBytes,
    );
    priceRows(scanned.tables.responses, strings, pricer);
    return { index: job.index, ...scanned };
  };
}

const formatCount = (n: number): string => String(n);

/** Reads `file` from `from` to its end, complete lines only. */
export function scanFile(
  file: TranscriptFile,
  from: number,
  strings: StringTable,
  scan: ScanOptions,
  counters: ScanCounters,
  onBytes?: (n: number) => void,
): ScannedFile {
  const sink = new TableSink(strings, file.defaultSession);
  if (file.agentTrace) {
    // A JSON document rewritten as a whole: read it whole, every time it changes.
    scanAgentTrace(file.path, sink);
    onBytes?.(file.size);
    return { tables: sink.finish(), offset: file.size, tail: readTail(file.path, file.size) };
  }
  let fd: number;
  try {
    fd = openSync(file.path, 'r');
  } catch {
    // Deleted between listing and reading (Claude Code's retention sweep): nothing to count.
    return { tables: sink.finish(), offset: from, tail: '' };
  }
  let offset = from;
  try {
    let position = from;
    let filled = 0;
    let skipping = false;
    for (;;) {
      if (filled === sharedBuffer.length) {
        if (sharedBuffer.length * 2 > MAX_LINE_BYTES) {
          // One line larger than we are willing to hold: drop it and resync at the next newline.
          skipping = true;
          counters.malformedLines += 1;
          offset += filled;
          filled = 0;
        } else {
          const bigger = Buffer.allocUnsafe(sharedBuffer.length * 2);
          sharedBuffer.copy(bigger, 0, 0, filled);
          sharedBuffer = bigger;
        }
      }
      const n = readSync(fd, sharedBuffer, filled, sharedBuffer.length - filled, position);
      if (n === 0) break;
      position += n;
      onBytes?.(n);
      let start = 0;
      const end = filled + n;
      if (skipping) {
        const nl = sharedBuffer.indexOf(0x0a, filled);
        if (nl === -1 || nl >= end) {
          offset += n;
          filled = 0;
          continue;
        }
        skipping = false;
        start = nl + 1;
        offset += start - filled;
      }
      const consumed = scanTranscriptBytes(sharedBuffer, start, end, sink, counters, scan);
      offset += consumed - start;
      filled = end - consumed;
      if (filled > 0 && consumed > 0) sharedBuffer.copyWithin(0, consumed, end);
    }
    if (filled > 0 && !skipping) {
      // A last line without a newline: count it only when it is a whole record (not one being written).
      const text = sharedBuffer.toString('utf8', 0, filled);
      let whole = false;
      try {
        JSON.parse(text);
        whole = true;
      } catch {
        whole = false;
      }
      if (whole) {
        const line = Buffer.from(`${text}\n`, 'utf8');
        scanTranscriptBytes(line, 0, line.length, sink, counters, scan);
        offset += filled;
      }
    }
  } finally {
    closeSync(fd);
  }
  return { tables: sink.finish(), offset, tail: readTail(file.path, offset) };
}

function readTail(path: string, offset: number): string {
  const length = Math.min(TAIL_BYTES, offset);
  if (length === 0) return '';
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, offset - length);
    return buf.subarray(0, n).toString('base64');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
