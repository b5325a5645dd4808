import { createHash } from 'node:crypto';
import { closeSync, type Dirent, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { UsagePricer } from '@glassbox/core';
import type { Progress } from './progress-display.js';
import {
  type CachedFile,
  loadReportCache,
  REPORT_CACHE_VERSION,
  type ReportCacheData,
  saveReportCache,
} from './report-cache.js';
import {
  newScanCounters,
  type ScanCounters,
  type ScanOptions,
  scanTranscriptBytes,
} from './scan-transcript.js';
import {
  concatColumns,
  type FileTables,
  R_COST,
  R_F64,
  R_MODEL,
  R_RECORDED,
  R_U32,
  readRowUsage,
  StringTable,
  T_F64,
  T_U32,
  TableSink,
  U_F64,
  U_U32,
} from './usage-tables.js';

/** A transcript file under `<config dir>/projects`. */
export interface TranscriptFile {
  readonly path: string;
  /** The folder under `projects/` (Claude Code's name for the working directory). */
  readonly project: string;
  /** Session id when records carry none: the file name, or the session folder of a subagent file. */
  readonly defaultSession: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** Every `*.jsonl` below `<root>/projects` for each root, sorted by path (deterministic merging). */
export function listTranscriptFiles(roots: readonly string[]): TranscriptFile[] {
  const out: TranscriptFile[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    const projects = join(root, 'projects');
    let entries: Dirent[];
    try {
      entries = readdirSync(projects, { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.name.endsWith('.jsonl') || !(entry.isFile() || entry.isSymbolicLink())) continue;
      const parent = (entry as { parentPath?: string; path?: string }).parentPath ?? entry.path;
      const path = join(parent, entry.name);
      if (seen.has(path)) continue;
      let st: ReturnType<typeof statSync>;
      try {
        st = statSync(path);
      } catch {
        continue;
      }
      if (!st?.isFile()) continue;
      seen.add(path);
      const rel = relative(projects, path).split(sep);
      const project = rel.length > 1 ? rel[0]! : '';
      const dir = dirname(path);
      const defaultSession =
        basename(dir) === 'subagents' ? basename(dirname(dir)) : basename(path).replace(/\.jsonl$/, '');
      out.push({ path, project, defaultSession, size: st.size, mtimeMs: st.mtimeMs });
    }
  }
  out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return out;
}

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
}

export interface CollectedFile {
  readonly file: TranscriptFile;
  readonly tables: FileTables;
}

export interface CollectStats {
  readonly files: number;
  readonly bytes: number;
  /** Bytes read this run (everything on a cold run; only what is new on a warm one). */
  readonly bytesRead: number;
  readonly filesRead: number;
  readonly filesFromCache: number;
  readonly filesAppended: number;
  readonly cache: 'off' | 'cold' | 'warm' | 'discarded';
  readonly cachePath?: string;
  readonly cacheError?: string;
  readonly counters: ScanCounters;
}

export interface CollectedUsage {
  readonly strings: StringTable;
  readonly files: readonly CollectedFile[];
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

const TAIL_BYTES = 64;
const FIRST_CHUNK = 4 * 1024 * 1024;
/** A line longer than this is skipped (counted malformed) rather than held in memory. */
const MAX_LINE_BYTES = 256 * 1024 * 1024;

let sharedBuffer = Buffer.allocUnsafe(FIRST_CHUNK);

/**
 * Reads usage from every transcript under the roots: unchanged files come from the cache, appended
 * files are read from where the last run stopped, new or rewritten files are read whole.
 */
export function collectUsage(options: CollectOptions): CollectedUsage {
  const files = listTranscriptFiles(options.roots);
  const cachePath = options.cacheDir === false ? undefined : reportCachePath(options.cacheDir, options.roots);
  let cache: ReportCacheData | undefined;
  let cacheState: CollectStats['cache'] = 'off';
  if (cachePath) {
    cache = loadReportCache(cachePath);
    cacheState = cache ? 'warm' : 'cold';
  }
  const strings = cache?.strings ?? new StringTable();
  const repriceAll = cache !== undefined && cache.pricingKey !== options.pricingKey;
  const counters = newScanCounters();
  const totalBytes = files.reduce((a, f) => a + f.size, 0);

  const wantTools = options.tools === true;
  type Plan = { file: TranscriptFile; cached?: CachedFile; from: number; tools: boolean };
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
    const from = cached && cached.offset <= file.size && tailMatches(file.path, cached) ? cached.offset : 0;
    const appendTo = from > 0 ? cached : undefined;
    plans.push({ file, cached: appendTo, from, tools: appendTo ? appendTo.tools : wantTools });
    toRead += file.size - from;
  }

  let bytesRead = 0;
  let filesRead = 0;
  let filesAppended = 0;
  let filesFromCache = 0;
  const out: CollectedFile[] = [];
  const nextCache = new Map<string, CachedFile>();
  for (const plan of plans) {
    if (plan.from < 0 && plan.cached) {
      filesFromCache += 1;
      const tables = repriceAll ? repriced(plan.cached.tables, strings, options.pricer) : plan.cached.tables;
      out.push({ file: plan.file, tables });
      nextCache.set(plan.file.path, { ...plan.cached, tables });
      continue;
    }
    const scanned = scanFile(
      plan.file,
      plan.from,
      strings,
      { fastPath: options.fastPath !== false, tools: plan.tools },
      counters,
      (n) => {
        bytesRead += n;
        options.progress?.update(
          bytesRead,
          toRead,
          `${filesRead + 1}/${plans.length - filesFromCache} files`,
        );
      },
    );
    priceRows(scanned.tables, strings, options.pricer, 0);
    filesRead += 1;
    let tables = scanned.tables;
    if (plan.cached) {
      filesAppended += 1;
      const old = repriceAll ? repriced(plan.cached.tables, strings, options.pricer) : plan.cached.tables;
      tables = {
        responses: concatColumns(old.responses, tables.responses, R_U32, R_F64),
        toolUses: concatColumns(old.toolUses, tables.toolUses, U_U32, U_F64),
        toolResults: concatColumns(old.toolResults, tables.toolResults, T_U32, T_F64),
      };
    }
    out.push({ file: plan.file, tables });
    nextCache.set(plan.file.path, {
      path: plan.file.path,
      size: Math.max(plan.file.size, scanned.offset),
      mtimeMs: plan.file.mtimeMs,
      offset: scanned.offset,
      tail: scanned.tail,
      tools: plan.tools,
      tables,
    });
  }
  options.progress?.finish();

  let cacheError: string | undefined;
  const changed =
    filesRead > 0 || repriceAll || (cache !== undefined && cache.files.size !== nextCache.size) || !cache;
  if (cachePath && options.cacheDir !== false && changed) {
    const error = saveReportCache(cachePath, options.cacheDir, {
      pricingKey: options.pricingKey,
      strings,
      files: nextCache,
    });
    if (error) cacheError = error.message;
  }
  return {
    strings,
    files: out,
    stats: {
      files: files.length,
      bytes: totalBytes,
      bytesRead,
      filesRead,
      filesFromCache,
      filesAppended,
      cache: cacheState,
      cachePath,
      cacheError,
      counters,
    },
  };
}

function tailMatches(path: string, cached: CachedFile): boolean {
  const expected = Buffer.from(cached.tail, 'base64');
  if (expected.length === 0) return cached.offset === 0;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const got = Buffer.alloc(expected.length);
    const n = readSync(fd, got, 0, got.length, cached.offset - expected.length);
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

/**
 * Prices rows from `fromRow` on with the pricer; a model without a price falls back to the `costUSD`
 * old Claude Code versions recorded on the record (as the tracker does), else the cost is unknown (NaN).
 */
export function priceRows(
  tables: FileTables,
  strings: StringTable,
  pricer: UsagePricer,
  fromRow: number,
): void {
  const { u32, f64, count } = tables.responses;
  for (let r = fromRow; r < count; r += 1) f64[r * R_F64 + R_COST] = rowCost(u32, f64, r, strings, pricer);
}

export function rowCost(
  u32: Uint32Array,
  f64: Float64Array,
  r: number,
  strings: StringTable,
  pricer: UsagePricer,
): number {
  const model = strings.get(u32[r * R_U32 + R_MODEL]!);
  try {
    const price = pricer(model, readRowUsage(u32, r, strings));
    if (price.known && price.costUsd !== undefined && Number.isFinite(price.costUsd)) return price.costUsd;
  } catch {
    // A pricer that throws prices nothing.
  }
  return f64[r * R_F64 + R_RECORDED]!;
}

function repriced(tables: FileTables, strings: StringTable, pricer: UsagePricer): FileTables {
  const responses = {
    count: tables.responses.count,
    u32: tables.responses.u32,
    f64: Float64Array.from(tables.responses.f64),
  };
  const copy = { ...tables, responses };
  priceRows(copy, strings, pricer, 0);
  return copy;
}
