import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listAgentTraces } from './agent-data.js';
import { collectFromRows } from './collect-from-rows.js';
import { AGENT_PROJECT, type CollectedUsage, type CollectOptions } from './collect-options.js';
import { growSummary } from './grow-summary.js';
import { byPath, findTranscriptFiles } from './list-transcript-files.js';
import { loadReportSummary, REPORT_CACHE_VERSION, saveReportSummary } from './report-cache.js';

export type { CollectedUsage, CollectOptions, CollectStats } from './collect-options.js';

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
  // The tool report and the scopes need every row: only the full path keeps them.
  if (
    summaryPath !== undefined &&
    cacheDir !== undefined &&
    options.tools !== true &&
    options.rows !== true
  ) {
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
