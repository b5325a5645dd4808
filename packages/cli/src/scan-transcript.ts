import { extractRecord } from './extract-record.js';
import { fastRecord, TOP } from './fast-record.js';
import { CR, MALFORMED, NL } from './field-cursor.js';
import type { ScanSink } from './scanned-records.js';

/**
 * Reads usage and tool calls out of transcript bytes without `JSON.parse` of whole lines.
 *
 * Only lines that contain `"usage"` or `"tool_result"` are looked at (found with the native byte search,
 * so the many other lines cost nothing in JavaScript); the others are skipped unread. Those lines are walked
 * structurally: strings are skipped with the native search too, and only the small values needed (ids, model,
 * timestamp, the usage object) are decoded. A line whose shape the fast path does not expect goes to the
 * reference path (`JSON.parse`, then `extractRecord`: `@glassbox/core`'s `normalizeTranscriptRecord`). A line the
 * fast path does accept is not re-read, so its agreement with the reference is what the tests establish
 * (scan-transcript.test.ts: the real fixtures and generated corpora with every rare case on), not the fallback.
 */

export interface ScanCounters {
  /** Lines the fast path read. */
  fastLines: number;
  /** Lines sent to the full parse. */
  slowLines: number;
  /** Lines that were not JSON at all. */
  malformedLines: number;
}

export interface ScanOptions {
  /** Default true. False reads every candidate line with the reference path (tests, `--debug` checks). */
  readonly fastPath?: boolean;
  /**
   * Default true. False skips the lines that only carry tool results (most of a transcript's bytes) when
   * only tokens and cost are wanted; tool uses are still read from the responses that carry them.
   */
  readonly tools?: boolean;
}

export function newScanCounters(): ScanCounters {
  return { fastLines: 0, slowLines: 0, malformedLines: 0 };
}

const NEEDLE_USAGE = Buffer.from('"usage"');
const NEEDLE_RESULT = Buffer.from('"tool_result"');

/**
 * Scans the complete lines of `buf[start, end)` and returns the offset just after the last complete line
 * (a partial last line is left for the next read).
 */
export function scanTranscriptBytes(
  buf: Buffer,
  start: number,
  end: number,
  sink: ScanSink,
  counters: ScanCounters,
  options: ScanOptions = {},
): number {
  const lastNl = end > start ? buf.lastIndexOf(NL, end - 1) : -1;
  const complete = lastNl >= start ? lastNl + 1 : start;
  if (complete === start) return start;
  const fast = options.fastPath !== false;
  let pos = start;
  let nextUsage = buf.indexOf(NEEDLE_USAGE, pos);
  let nextResult = options.tools === false ? -1 : buf.indexOf(NEEDLE_RESULT, pos);
  while (pos < complete) {
    if (nextUsage !== -1 && nextUsage < pos) nextUsage = buf.indexOf(NEEDLE_USAGE, pos);
    if (nextResult !== -1 && nextResult < pos) nextResult = buf.indexOf(NEEDLE_RESULT, pos);
    const hit =
      nextUsage === -1 ? nextResult : nextResult === -1 ? nextUsage : Math.min(nextUsage, nextResult);
    if (hit === -1 || hit >= complete) break;
    const lineStart = Math.max(pos, buf.lastIndexOf(NL, hit) + 1);
    let lineEnd = buf.indexOf(NL, hit);
    if (lineEnd === -1 || lineEnd >= complete) lineEnd = complete - 1;
    let contentEnd = lineEnd;
    if (contentEnd > lineStart && buf[contentEnd - 1] === CR) contentEnd -= 1;
    let done = false;
    if (fast) {
      try {
        done = fastRecord(buf, lineStart, contentEnd, undefined, sink, TOP);
      } catch (error) {
        // An invalid escape: the line is not JSON, and the reference path counts it malformed and skips it.
        if (error !== MALFORMED) throw error;
      }
    }
    if (!done) slowLine(buf, lineStart, contentEnd, sink, counters);
    else counters.fastLines += 1;
    pos = lineEnd + 1;
  }
  return complete;
}

function slowLine(buf: Buffer, start: number, end: number, sink: ScanSink, counters: ScanCounters): void {
  let record: unknown;
  try {
    record = JSON.parse(buf.toString('utf8', start, end));
  } catch {
    counters.malformedLines += 1;
    return;
  }
  counters.slowLines += 1;
  extractRecord(record, sink);
}
