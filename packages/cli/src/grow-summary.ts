import type { CollectedUsage, CollectOptions } from './collect-options.js';
import type { TranscriptFile } from './list-transcript-files.js';
import type { ReportSummary } from './report-cache.js';
import { scanJob, tailMatches } from './scan-file.js';
import { newScanCounters } from './scan-transcript.js';
import { R_KEY, R_MSG, R_U32 } from './usage-tables.js';

/** Bytes a quick re-run reads itself before leaving it to a full run (threads, and the rows file brought up to date). */
const SUMMARY_READ_LIMIT = 64 * 1024 * 1024;
/** Bytes the rows file may lag behind the summary before a full run brings it up to date. */
const SUMMARY_BEHIND_LIMIT = 256 * 1024 * 1024;

/**
 * The quick re-run: when every change since the summary is an append or a new file, and no response read
 * now was counted before (nor twice now), the new responses are added to the summary's groups in place.
 * Undefined when that does not hold: the caller then takes the full path.
 */
export function growSummary(
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
