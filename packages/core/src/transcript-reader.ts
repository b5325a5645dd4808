import { open, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { GlassboxError } from '@glassbox/spec';
import {
  type LlmResponseEntry,
  llmKeyOf,
  mergeLlmResponses,
  type NormalizeOptions,
  normalizeTranscriptRecord,
  type TranscriptEntry,
} from './transcript-entry.js';

export interface ReadTranscriptOptions extends NormalizeOptions {
  /** Byte offset to start from (a previous `nextOffset`). Default 0. */
  fromOffset?: number;
  /** Lines longer than this are counted malformed and skipped without being held in memory. Default 64 MiB. */
  maxLineBytes?: number;
  /** Read size. Default 1 MiB. */
  chunkBytes?: number;
}

export interface TranscriptIncrement {
  entries: TranscriptEntry[];
  /** Offset just after the last complete line read: pass it as `fromOffset` next time. */
  nextOffset: number;
  /** Lines that were not JSON objects, or were too long. */
  malformedLines: number;
  /** Bytes consumed (complete lines only). */
  bytesRead: number;
  /** Records of types the tracker does not use, skipped. */
  ignoredRecords: number;
  /** The file was shorter than `fromOffset` (rewritten): reading restarted at 0. */
  restarted: boolean;
}

const NEWLINE = 0x0a;
const DEFAULT_MAX_LINE = 64 * 1024 * 1024;
const DEFAULT_CHUNK = 1024 * 1024;
/** An open response is flushed after this many further records: its blocks are written back to back. */
const MERGE_WINDOW = 512;

/**
 * A transcript read as a stream of normalised entries, in bounded memory (one chunk plus one line).
 * Records of one API response are merged when they are close together; the tracker merges the rest.
 * After iteration, `nextOffset`, `malformedLines`, `bytesRead` and `ignoredRecords` describe the read.
 */
export class TranscriptStream implements AsyncIterable<TranscriptEntry> {
  nextOffset: number;
  malformedLines = 0;
  bytesRead = 0;
  ignoredRecords = 0;
  restarted = false;
  readonly #path: string;
  readonly #options: ReadTranscriptOptions;

  constructor(path: string, options: ReadTranscriptOptions = {}) {
    this.#path = path;
    this.#options = options;
    this.nextOffset = Math.max(0, Math.floor(options.fromOffset ?? 0));
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TranscriptEntry> {
    const maxLine = this.#options.maxLineBytes ?? DEFAULT_MAX_LINE;
    const chunkSize = this.#options.chunkBytes ?? DEFAULT_CHUNK;
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(this.#path, 'r');
    } catch (error) {
      throw unreadable(this.#path, error);
    }
    // Open responses waiting for more of their blocks, in first-seen order.
    const pending = new Map<string, { entry: LlmResponseEntry; seenAt: number }>();
    let recordNo = 0;
    try {
      const size = (await handle.stat()).size;
      let position = this.nextOffset;
      if (position > size) {
        this.restarted = true;
        position = 0;
      }
      const lineStart = position;
      let consumedTo = lineStart;
      let carry: Buffer[] = [];
      let carryBytes = 0;
      let skipping = false;
      const buffer = Buffer.allocUnsafe(chunkSize);
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, chunkSize, position);
        if (bytesRead === 0) break;
        const chunk = buffer.subarray(0, bytesRead);
        position += bytesRead;
        let start = 0;
        for (;;) {
          const nl = chunk.indexOf(NEWLINE, start);
          if (nl === -1) break;
          const piece = chunk.subarray(start, nl);
          const lineBytes = carryBytes + piece.length;
          consumedTo += lineBytes + 1;
          if (skipping || lineBytes > maxLine) {
            this.malformedLines += 1;
          } else {
            const line = carry.length > 0 ? Buffer.concat([...carry, piece]) : piece;
            for (const entry of this.#parse(line)) {
              recordNo += 1;
              yield* this.#route(entry, pending, recordNo);
            }
          }
          carry = [];
          carryBytes = 0;
          skipping = false;
          start = nl + 1;
        }
        if (start < chunk.length) {
          const rest = chunk.subarray(start);
          carryBytes += rest.length;
          if (carryBytes > maxLine) {
            // Too long to keep: drop what we hold and skip to the next newline.
            skipping = true;
            carry = [];
          } else if (!skipping) {
            carry.push(Buffer.from(rest));
          }
        }
      }
      this.bytesRead = consumedTo - lineStart;
      this.nextOffset = consumedTo;
    } finally {
      await handle.close().catch(() => undefined);
    }
    for (const { entry } of pending.values()) yield entry;
  }

  *#parse(line: Buffer): Iterable<TranscriptEntry> {
    let text = line.toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (text.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      this.malformedLines += 1;
      return;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      this.malformedLines += 1;
      return;
    }
    const entries = normalizeTranscriptRecord(record, this.#options);
    if (entries.length === 0) this.ignoredRecords += 1;
    yield* entries;
  }

  *#route(
    entry: TranscriptEntry,
    pending: Map<string, { entry: LlmResponseEntry; seenAt: number }>,
    recordNo: number,
  ): Iterable<TranscriptEntry> {
    if (entry.kind === 'llm') {
      const key = llmKeyOf(entry);
      const open = pending.get(key);
      if (open) open.entry = mergeLlmResponses(open.entry, entry);
      else pending.set(key, { entry, seenAt: recordNo });
      // Bounded memory: very old open responses are let go (the tracker still merges later copies).
      for (const [k, p] of pending) {
        if (recordNo - p.seenAt <= MERGE_WINDOW && pending.size <= MERGE_WINDOW) break;
        pending.delete(k);
        yield p.entry;
      }
      return;
    }
    // Anything else closes the open responses first, so entries keep file order (a prompt never
    // overtakes the response before it).
    for (const p of pending.values()) yield p.entry;
    pending.clear();
    yield entry;
  }
}

function unreadable(path: string, error: unknown): GlassboxError {
  const code = (error as { code?: string } | undefined)?.code;
  return new GlassboxError('TRANSCRIPT_UNREADABLE', `cannot read transcript ${path}: ${String(error)}`, {
    cause: error,
    // A transcript that does not exist yet may appear: Claude Code writes it asynchronously.
    retryable: code === 'ENOENT' || code === 'EAGAIN' || code === 'EMFILE',
    data: { path, code },
  });
}

/** Streams a transcript from `fromOffset` in bounded memory. Read `nextOffset` etc. after iterating. */
export function readTranscript(path: string, options: ReadTranscriptOptions = {}): TranscriptStream {
  return new TranscriptStream(path, options);
}

/**
 * Reads what was appended since `fromOffset`: complete lines only (a partial last line is left for next
 * time), records of one API response merged. Rejects with `TRANSCRIPT_UNREADABLE` when the file cannot be read.
 */
export async function readTranscriptIncrement(
  path: string,
  fromOffset = 0,
  options: Omit<ReadTranscriptOptions, 'fromOffset'> = {},
): Promise<TranscriptIncrement> {
  const stream = new TranscriptStream(path, { ...options, fromOffset });
  const entries: TranscriptEntry[] = [];
  const llmIndex = new Map<string, number>();
  for await (const entry of stream) {
    if (entry.kind === 'llm') {
      const key = llmKeyOf(entry);
      const at = llmIndex.get(key);
      if (at !== undefined) {
        entries[at] = mergeLlmResponses(entries[at] as LlmResponseEntry, entry);
        continue;
      }
      llmIndex.set(key, entries.length);
    }
    entries.push(entry);
  }
  return {
    entries,
    nextOffset: stream.nextOffset,
    malformedLines: stream.malformedLines,
    bytesRead: stream.bytesRead,
    ignoredRecords: stream.ignoredRecords,
    restarted: stream.restarted,
  };
}

/**
 * Subagent transcripts of a session (modern layout): `<dir>/<session>/subagents/agent-*.jsonl` next to
 * `<dir>/<session>.jsonl`. Sorted; empty when there are none.
 */
export async function findSubagentTranscripts(mainPath: string): Promise<string[]> {
  const session = basename(mainPath).replace(/\.jsonl$/, '');
  const dir = join(dirname(mainPath), session, 'subagents');
  try {
    const names = await readdir(dir);
    return names
      .filter((n) => n.startsWith('agent-') && n.endsWith('.jsonl'))
      .sort()
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}

/** The agent id of a subagent transcript path (`…/agent-<id>.jsonl`), or undefined. */
export function agentIdFromPath(path: string): string | undefined {
  const m = /^agent-(.+)\.jsonl$/.exec(basename(path));
  return m?.[1];
}

/** Size of a file, or undefined when it does not exist: lets a caller skip reads when nothing was appended. */
export async function transcriptSize(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch {
    return undefined;
  }
}
