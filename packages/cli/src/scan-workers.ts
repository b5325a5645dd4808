import { availableParallelism } from 'node:os';
import type { TranscriptFile } from './list-transcript-files.js';
import { newScanCounters, type ScanCounters } from './scan-transcript.js';
import {
  type Columns,
  type FileTables,
  R_ITER,
  R_MODEL,
  R_SESSION,
  R_SPEED,
  R_U32,
  StringTable,
  U_NAME,
  U_SESSION,
  U_U32,
} from './usage-tables.js';

/**
 * Reading transcripts on several threads: the main thread takes a share of the files and worker threads
 * (the same bundled file, started in worker mode) take the rest. Each worker interns strings in its own
 * table; the main thread maps them into its own when the tables (transferred, not copied) come back.
 */

export interface ScanJob {
  readonly index: number;
  readonly file: TranscriptFile;
  readonly from: number;
  readonly tools: boolean;
  readonly fastPath: boolean;
}

export interface ScanJobResult {
  readonly index: number;
  readonly tables: FileTables;
  readonly offset: number;
  readonly tail: string;
}

/** Reads one job on the current thread (the collector's `scanFile`, priced). */
export type ScanOne = (
  job: ScanJob,
  strings: StringTable,
  counters: ScanCounters,
  onBytes: (n: number) => void,
) => ScanJobResult;

interface WorkerInput {
  readonly glassboxScanWorker: true;
  readonly jobs: readonly ScanJob[];
  /** Bytes read so far by all workers (Atomics), for the progress display. */
  readonly progress: SharedArrayBuffer;
}

type WorkerOutput =
  | { ok: true; results: ScanJobResult[]; strings: string[]; counters: ScanCounters }
  | { ok: false; error: string };

export const SCAN_WORKER_ARG = '--glassbox-scan-worker';

/** True inside a worker started by `scanInParallel`. */
export function isScanWorker(): boolean {
  // Told by argv, not by node:worker_threads: most runs never start a worker and need not load it (~1.5 ms).
  return process.argv[2] === SCAN_WORKER_ARG;
}

/** The worker's whole life: read its jobs, post the tables back (transferred), exit. */
export async function runScanWorker(scanOne: ScanOne): Promise<void> {
  const { isMainThread, parentPort, workerData } = await import('node:worker_threads');
  if (isMainThread || (workerData as Partial<WorkerInput> | undefined)?.glassboxScanWorker !== true) {
    process.stderr.write(`glassbox: ${SCAN_WORKER_ARG} is for the worker threads of glassbox report\n`);
    process.exitCode = 2;
    return;
  }
  const input = workerData as WorkerInput;
  const progress = new BigInt64Array(input.progress);
  const strings = new StringTable();
  const counters = newScanCounters();
  let output: WorkerOutput;
  const transfer: ArrayBuffer[] = [];
  try {
    const results = input.jobs.map((job) =>
      scanOne(job, strings, counters, (n) => Atomics.add(progress, 0, BigInt(n))),
    );
    for (const r of results)
      for (const c of [r.tables.responses, r.tables.toolUses, r.tables.toolResults])
        transfer.push(c.u32.buffer as ArrayBuffer, c.f64.buffer as ArrayBuffer);
    output = { ok: true, results, strings: strings.values, counters };
  } catch (error) {
    output = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(output, transfer);
}

/** How many threads are worth it for `bytes` of reading: one below 32 MB, else up to 4 (cores allowing). */
export function threadsFor(bytes: number, jobs: number): number {
  if (bytes < 192 * 1024 * 1024 || jobs < 2) return 1;
  return Math.max(1, Math.min(4, availableParallelism(), jobs));
}

/** Maps a worker's string indexes into `strings`, in place. */
function remap(result: ScanJobResult, map: Uint32Array): void {
  const r = result.tables.responses;
  for (let i = 0; i < r.count; i += 1) {
    const o = i * R_U32;
    r.u32[o + R_MODEL] = map[r.u32[o + R_MODEL]!]!;
    r.u32[o + R_SESSION] = map[r.u32[o + R_SESSION]!]!;
    r.u32[o + R_ITER] = map[r.u32[o + R_ITER]!]!;
    // Speed, geo and tier are stored as index + 1 (0: absent).
    for (let k = R_SPEED; k < R_SPEED + 3; k += 1) {
      const v = r.u32[o + k]!;
      if (v !== 0) r.u32[o + k] = map[v - 1]! + 1;
    }
  }
  const u: Columns = result.tables.toolUses;
  for (let i = 0; i < u.count; i += 1) {
    const o = i * U_U32;
    u.u32[o + U_NAME] = map[u.u32[o + U_NAME]!]!;
    u.u32[o + U_SESSION] = map[u.u32[o + U_SESSION]!]!;
  }
}

/**
 * Runs the jobs on `threads` threads (the main thread included): the largest files first, each to the
 * least loaded thread. Falls back to the main thread alone if a worker cannot start or fails.
 */
export async function scanInParallel(
  jobs: readonly ScanJob[],
  threads: number,
  workerUrl: URL,
  strings: StringTable,
  counters: ScanCounters,
  scanOne: ScanOne,
  onBytes: (total: number) => void,
): Promise<ScanJobResult[]> {
  const shares: ScanJob[][] = Array.from({ length: threads }, () => []);
  const load = new Array<number>(threads).fill(0);
  for (const job of [...jobs].sort((a, b) => b.file.size - b.from - (a.file.size - a.from))) {
    let least = 0;
    for (let t = 1; t < threads; t += 1) if (load[t]! < load[least]!) least = t;
    shares[least]!.push(job);
    load[least]! += job.file.size - job.from;
  }
  const { Worker } = await import('node:worker_threads');
  const progressBuffer = new SharedArrayBuffer(8);
  const progress = new BigInt64Array(progressBuffer);
  const workers = shares.slice(1).map(
    (share) =>
      new Promise<{ share: ScanJob[]; output: WorkerOutput }>((resolve) => {
        let worker: InstanceType<typeof Worker>;
        try {
          worker = new Worker(workerUrl, {
            argv: [SCAN_WORKER_ARG],
            workerData: {
              glassboxScanWorker: true,
              jobs: share,
              progress: progressBuffer,
            } satisfies WorkerInput,
          });
        } catch (error) {
          resolve({ share, output: { ok: false, error: String(error) } });
          return;
        }
        let settled = false;
        worker.once('message', (output: WorkerOutput) => {
          settled = true;
          resolve({ share, output });
        });
        worker.once('error', (error) => {
          if (!settled) resolve({ share, output: { ok: false, error: String(error) } });
          settled = true;
        });
        worker.once('exit', (code) => {
          if (!settled) resolve({ share, output: { ok: false, error: `worker exited with ${code}` } });
          settled = true;
        });
      }),
  );
  let mine = 0;
  const results: ScanJobResult[] = shares[0]!.map((job) =>
    scanOne(job, strings, counters, (n) => {
      mine += n;
      onBytes(mine + Number(Atomics.load(progress, 0)));
    }),
  );
  for (const { share, output } of await Promise.all(workers)) {
    if (!output.ok) {
      // A worker that could not run: read its share here instead, nothing is lost.
      for (const job of share) results.push(scanOne(job, strings, counters, () => undefined));
      continue;
    }
    const map = Uint32Array.from(output.strings, (s) => strings.intern(s));
    for (const r of output.results) {
      remap(r, map);
      results.push(r);
    }
    counters.fastLines += output.counters.fastLines;
    counters.slowLines += output.counters.slowLines;
    counters.malformedLines += output.counters.malformedLines;
  }
  return results;
}
