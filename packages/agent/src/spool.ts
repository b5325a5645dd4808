import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, readdir, readFile, rm, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { GlassboxError } from '@glassbox/spec';
import { fsyncDir } from './fsync-dir.js';
import { quarantineFile } from './quarantine-file.js';

/** One accepted request, as written to the spool. */
export interface SpoolRecord {
  /** Sequence number, increasing across segments and restarts. */
  readonly n: number;
  /** Epoch ms at which the agent received it. */
  readonly t: number;
  /** Channel: a mod batch or a settings-hook payload. */
  readonly ch: 'mod' | 'hook';
  /** Sessions the record concerns (for deleting segments whose sessions are done). */
  readonly s: readonly string[];
  /** The validated payload. */
  readonly body: unknown;
}

/**
 * The file operations appends go through: the real ones by default; tests inject short writes and ENOSPC/EIO
 * here (the fault suite) instead of filling a disk.
 */
export interface SpoolIo {
  /** One write call at the end of the file: may write fewer bytes than asked (resolves to how many) or throw. */
  write(handle: FileHandle, data: Buffer, offset: number, length: number): Promise<number>;
  sync(handle: FileHandle): Promise<void>;
}

const realIo: SpoolIo = {
  write: async (handle, data, offset, length) => (await handle.write(data, offset, length)).bytesWritten,
  sync: (handle) => handle.sync(),
};

/** Default spool limits (the agent's configuration overrides them, see `AgentConfig`). */
export const DEFAULT_SPOOL_SEGMENT_BYTES = 4 * 1024 * 1024;
export const DEFAULT_SPOOL_MAX_BYTES = 256 * 1024 * 1024;

export interface SpoolOptions {
  /** Start a new segment past this size. Default 4 MiB. */
  readonly segmentBytes?: number;
  /**
   * Past this total, the oldest segments are deleted (their records counted as dropped). Default 256 MiB;
   * the agent sets it from `$GLASSBOX_SPOOL_MAX_MB`.
   */
  readonly maxTotalBytes?: number;
  /** File operations for appends (fault injection). Default: node:fs. */
  readonly io?: SpoolIo;
  readonly now?: () => number;
}

interface Segment {
  readonly name: string;
  bytes: number;
  records: number;
  readonly sessions: Set<string>;
}

interface PendingWrite {
  readonly line: string;
  readonly sessions: readonly string[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** What `open` found. */
export interface SpoolOpenResult {
  readonly records: number;
  /** Lines that are not a record (skipped). */
  readonly corrupt: number;
  /** Segments whose last line a crash cut short: the partial line was cut off the file. */
  readonly tornTails: number;
  /** Segments that could not be read or held no record at all: moved aside (`<name>.corrupt-<ms>`). */
  readonly quarantined: number;
}

/**
 * Durable, append-only journal of everything the agent accepted. A request is acknowledged only after its whole
 * line is written and fsync'd; concurrent requests share one write and one fsync (group commit). A write that
 * fails (ENOSPC, EFBIG, EIO) rejects every request of the batch and its partial bytes are cut off again, so a
 * torn line never precedes the next record. On start the agent replays it, so a crash between acknowledge and
 * export loses nothing. Segments whose sessions are all done are deleted.
 */
export class Spool {
  private readonly dir: string;
  private readonly segmentBytes: number;
  private readonly maxTotalBytes: number;
  private readonly io: SpoolIo;
  private readonly now: () => number;
  private segments: Segment[] = [];
  private handle: FileHandle | undefined;
  /** The current segment's tail may hold a partial line that could not be cut off: append to a new one. */
  private broken = false;
  private nextN = 1;
  private queue: PendingWrite[] = [];
  private writing = false;
  private closed = false;
  /** Segments (their bytes and records) deleted unread because the spool outgrew its limit. */
  droppedSegments = 0;
  droppedBytes = 0;
  droppedRecords = 0;
  /** Appends that failed (each rejected its requests, which were answered with a failure). */
  failedWrites = 0;
  /** Short writes completed by writing the rest. */
  shortWrites = 0;

  constructor(dir: string, options: SpoolOptions = {}) {
    this.dir = dir;
    this.segmentBytes = options.segmentBytes ?? DEFAULT_SPOOL_SEGMENT_BYTES;
    this.maxTotalBytes = options.maxTotalBytes ?? DEFAULT_SPOOL_MAX_BYTES;
    this.io = options.io ?? realIo;
    this.now = options.now ?? Date.now;
  }

  /** Total bytes on disk. */
  get bytes(): number {
    return this.segments.reduce((sum, s) => sum + s.bytes, 0);
  }

  get segmentCount(): number {
    return this.segments.length;
  }

  get limitBytes(): number {
    return this.maxTotalBytes;
  }

  /**
   * Opens the spool and reads every record already in it (oldest first) into `onRecord`. A line cut short by a
   * crash at a segment's end is cut off the file; other bad lines are skipped; all are counted. A segment with
   * nothing readable is moved aside. Appends then go to a fresh segment.
   */
  async open(onRecord: (record: SpoolRecord) => void): Promise<SpoolOpenResult> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const names = (await readdir(this.dir)).filter((n) => /^\d{8}\.jsonl$/.test(n)).sort();
    let records = 0;
    let corrupt = 0;
    let tornTails = 0;
    let quarantined = 0;
    for (const name of names) {
      const path = join(this.dir, name);
      const data = await readFile(path).catch(() => undefined);
      if (!data) {
        if (await quarantineFile(path, this.now())) quarantined++;
        continue;
      }
      const segment: Segment = { name, bytes: data.length, records: 0, sessions: new Set() };
      const end = data.lastIndexOf(0x0a) + 1;
      if (end < data.length) {
        // A crash mid-append: the partial line was never acknowledged. Cut it off so the file ends cleanly.
        tornTails++;
        corrupt++;
        await truncate(path, end).catch(() => undefined);
        segment.bytes = end;
      }
      let bad = 0;
      for (const line of data.subarray(0, end).toString('utf8').split('\n')) {
        if (!line) continue;
        const record = parseRecord(line);
        if (!record) {
          bad++;
          continue;
        }
        segment.records++;
        this.nextN = Math.max(this.nextN, record.n + 1);
        for (const s of record.s) segment.sessions.add(s);
        onRecord(record);
      }
      records += segment.records;
      corrupt += bad;
      if (segment.records === 0 && bad > 0) {
        if (await quarantineFile(path, this.now())) quarantined++;
        continue;
      }
      this.segments.push(segment);
    }
    await this.startSegment(names.length > 0 ? Number(names[names.length - 1]!.slice(0, 8)) + 1 : 1);
    return { records, corrupt, tornTails, quarantined };
  }

  /** Writes a record and resolves once it is on disk (fsync'd). Rejects with `SPOOL_IO` when it cannot be. */
  append(
    ch: SpoolRecord['ch'],
    sessions: readonly string[],
    body: unknown,
    receivedAtMs: number,
  ): Promise<SpoolRecord> {
    if (this.closed) return Promise.reject(new GlassboxError('SPOOL_IO', 'spool is closed'));
    const record: SpoolRecord = { n: this.nextN++, t: receivedAtMs, ch, s: sessions, body };
    const line = `${JSON.stringify(record)}\n`;
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ line, sessions, resolve, reject });
      void this.drain();
    }).then(() => record);
  }

  /** Deletes closed segments none of whose sessions is still in use. */
  async prune(isSessionDone: (sessionId: string) => boolean): Promise<number> {
    let removed = 0;
    const current = this.segments[this.segments.length - 1];
    for (const segment of [...this.segments]) {
      if (segment === current) continue;
      if ([...segment.sessions].every(isSessionDone)) {
        await rm(join(this.dir, segment.name), { force: true });
        this.segments = this.segments.filter((s) => s !== segment);
        removed++;
      }
    }
    return removed;
  }

  async close(): Promise<void> {
    this.closed = true;
    while (this.writing || this.queue.length > 0) await new Promise((r) => setTimeout(r, 5));
    await this.handle?.close().catch(() => undefined);
    this.handle = undefined;
  }

  private async startSegment(index: number): Promise<void> {
    await this.handle?.close().catch(() => undefined);
    this.handle = undefined;
    const name = `${String(index).padStart(8, '0')}.jsonl`;
    this.handle = await open(join(this.dir, name), 'a', 0o600);
    // The new entry must survive a crash as surely as the records fsync'd into it.
    await fsyncDir(this.dir);
    this.segments.push({ name, bytes: 0, records: 0, sessions: new Set() });
    this.broken = false;
  }

  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        try {
          await this.writeBatch(batch);
          for (const w of batch) w.resolve();
        } catch (error) {
          this.failedWrites++;
          const failure = new GlassboxError('SPOOL_IO', 'could not write the spool', {
            cause: error,
            retryable: true,
          });
          for (const w of batch) w.reject(failure);
        }
        await this.enforceLimit();
      }
    } finally {
      this.writing = false;
    }
  }

  private async writeBatch(batch: readonly PendingWrite[]): Promise<void> {
    let current = this.segments[this.segments.length - 1]!;
    if (this.broken || !this.handle || current.bytes >= this.segmentBytes) {
      await this.startSegment(Number(current.name.slice(0, 8)) + 1);
      current = this.segments[this.segments.length - 1]!;
    }
    const handle = this.handle!;
    const data = Buffer.from(batch.map((w) => w.line).join(''));
    let done = 0;
    try {
      while (done < data.length) {
        const n = await this.io.write(handle, data, done, data.length - done);
        if (!(n > 0)) throw new GlassboxError('SPOOL_IO', 'write made no progress');
        if (done + n < data.length) this.shortWrites++;
        done += n;
      }
      await this.io.sync(handle);
    } catch (error) {
      // Nothing of this batch was acknowledged: cut its bytes off so the next record starts a clean line.
      // A failed write may have left bytes it did not report.
      try {
        await handle.truncate(current.bytes);
      } catch {
        this.broken = true;
      }
      throw error;
    }
    current.bytes += data.length;
    current.records += batch.length;
    for (const w of batch) for (const s of w.sessions) current.sessions.add(s);
  }

  private async enforceLimit(): Promise<void> {
    while (this.bytes > this.maxTotalBytes && this.segments.length > 1) {
      const oldest = this.segments.shift()!;
      this.droppedBytes += oldest.bytes;
      this.droppedRecords += oldest.records;
      this.droppedSegments++;
      await rm(join(this.dir, oldest.name), { force: true }).catch(() => undefined);
    }
  }
}

function parseRecord(line: string): SpoolRecord | undefined {
  try {
    const r = JSON.parse(line) as Partial<SpoolRecord>;
    if (typeof r !== 'object' || r === null) return undefined;
    if (typeof r.n !== 'number' || typeof r.t !== 'number' || (r.ch !== 'mod' && r.ch !== 'hook'))
      return undefined;
    if (!Array.isArray(r.s) || !r.s.every((s) => typeof s === 'string')) return undefined;
    return r as SpoolRecord;
  } catch {
    return undefined;
  }
}
