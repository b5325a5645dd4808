import type { UsagePricer } from '@glassbox/core';
import type { Progress } from './progress-display.js';
import type { ScanCounters } from './scan-transcript.js';
import type { UsageGroups } from './usage-groups.js';
import type { StringTable, UsageTables } from './usage-tables.js';

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
  /** Keep every response row in the result (`tables`), for `--by skill|command`. Default false. */
  readonly rows?: boolean;
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
