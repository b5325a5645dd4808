import { closeSync, openSync, readSync } from 'node:fs';
import type { UsagePricer } from '@glassbox/core';
import { scanAgentTrace } from './agent-data.js';
import type { TranscriptFile } from './list-transcript-files.js';
import { priceRows } from './price-rows.js';
import { type ScanCounters, type ScanOptions, scanTranscriptBytes } from './scan-transcript.js';
import type { ScanOne } from './scan-workers.js';
import { type FileTables, type StringTable, TableSink } from './usage-tables.js';

const TAIL_BYTES = 64;
const FIRST_CHUNK = 512 * 1024;
/** A line longer than this is skipped (counted malformed) rather than held in memory. */
const MAX_LINE_BYTES = 256 * 1024 * 1024;

let sharedBuffer = Buffer.allocUnsafe(FIRST_CHUNK);
export function tailMatches(path: string, offset: number, expected: Uint8Array): boolean {
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

export interface ScannedFile {
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

export const formatCount = (n: number): string => String(n);

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
