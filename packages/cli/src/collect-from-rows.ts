import { existsSync } from 'node:fs';
import type { CollectedUsage, CollectOptions, CollectStats } from './collect-options.js';
import { dedupeResponses } from './dedupe-responses.js';
import type { TranscriptFile } from './list-transcript-files.js';
import { ends, follows, mergePlans, type Plan } from './merge-plans.js';
import {
  loadReportCache,
  type ReportCacheData,
  removeOldReportCaches,
  SummaryFiles,
  saveReportCache,
  saveReportSummary,
} from './report-cache.js';
import { formatCount, scanJob, tailMatches } from './scan-file.js';
import { newScanCounters } from './scan-transcript.js';
import { type ScanJob, scanInParallel, threadsFor } from './scan-workers.js';
import { KeyFilter, UsageGroups } from './usage-groups.js';
import { FLAG_DEAD, R_FLAGS, R_KEY, R_MSG, R_U32, StringTable } from './usage-tables.js';

/** The full path: every cached row, plus what is new, deduplicated and grouped again. */
export async function collectFromRows(
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
    tables: wantTools || options.rows === true ? tables : undefined,
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
