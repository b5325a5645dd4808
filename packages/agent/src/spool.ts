import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { GlassboxError } from '@glassbox/spec';

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

export interface SpoolOptions {
  /** Start a new segment past this size. Default 4 MiB. */
  readonly segmentBytes?: number;
  /** Past this total, the oldest segments are deleted (counted as dropped). Default 256 MiB. */
  readonly maxTotalBytes?: number;
}

interface Segment {
  readonly name: string;
  bytes: number;
  readonly sessions: Set<string>;
}

interface PendingWrite {
  readonly line: string;
  readonly sessions: readonly string[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Durable, append-only journal of everything the agent accepted. A request is acknowledged only after its line
 * is written and fsync'd; concurrent requests share one write and one fsync (group commit). On start the agent
 * replays it, so a crash between acknowledge and export loses nothing. Segments whose sessions are all done are
 * deleted.
 */
export class Spool {
  private readonly dir: string;
  private readonly segmentBytes: number;
  private readonly maxTotalBytes: number;
  private segments: Segment[] = [];
  private handle: FileHandle | undefined;
  private nextN = 1;
  private queue: PendingWrite[] = [];
  private writing = false;
  private closed = false;
  /** Segments (and their bytes) deleted unread because the spool outgrew its limit. */
  droppedSegments = 0;
  droppedBytes = 0;

  constructor(dir: string, options: SpoolOptions = {}) {
    this.dir = dir;
    this.segmentBytes = options.segmentBytes ?? 4 * 1024 * 1024;
    this.maxTotalBytes = options.maxTotalBytes ?? 256 * 1024 * 1024;
  }

  /** Total bytes on disk. */
  get bytes(): number {
    return this.segments.reduce((sum, s) => sum + s.bytes, 0);
  }

  get segmentCount(): number {
    return this.segments.length;
  }

  /**
   * Opens the spool and reads every record already in it (oldest first) into `onRecord`. Lines cut short by a
   * crash are skipped and counted. Appends then go to a fresh segment.
   */
  async open(onRecord: (record: SpoolRecord) => void): Promise<{ records: number; corrupt: number }> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const names = (await readdir(this.dir)).filter((n) => /^\d{8}\.jsonl$/.test(n)).sort();
    let records = 0;
    let corrupt = 0;
    for (const name of names) {
      const path = join(this.dir, name);
      const segment: Segment = { name, bytes: (await stat(path)).size, sessions: new Set() };
      const lines = createInterface({
        input: createReadStream(path, { encoding: 'utf8' }),
        crlfDelay: Infinity,
      });
      for await (const line of lines) {
        if (!line) continue;
        const record = parseRecord(line);
        if (!record) {
          corrupt++;
          continue;
        }
        records++;
        this.nextN = Math.max(this.nextN, record.n + 1);
        for (const s of record.s) segment.sessions.add(s);
        onRecord(record);
      }
      this.segments.push(segment);
    }
    await this.startSegment(names.length > 0 ? Number(names[names.length - 1]!.slice(0, 8)) + 1 : 1);
    return { records, corrupt };
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
    const name = `${String(index).padStart(8, '0')}.jsonl`;
    this.handle = await open(join(this.dir, name), 'a', 0o600);
    this.segments.push({ name, bytes: 0, sessions: new Set() });
  }

  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        try {
          let current = this.segments[this.segments.length - 1]!;
          if (current.bytes >= this.segmentBytes) {
            await this.startSegment(Number(current.name.slice(0, 8)) + 1);
            current = this.segments[this.segments.length - 1]!;
          }
          const text = batch.map((w) => w.line).join('');
          await this.handle!.write(text);
          await this.handle!.sync();
          current.bytes += Buffer.byteLength(text);
          for (const w of batch) for (const s of w.sessions) current.sessions.add(s);
          for (const w of batch) w.resolve();
        } catch (error) {
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

  private async enforceLimit(): Promise<void> {
    while (this.bytes > this.maxTotalBytes && this.segments.length > 1) {
      const oldest = this.segments.shift()!;
      this.droppedBytes += oldest.bytes;
      this.droppedSegments++;
      await rm(join(this.dir, oldest.name), { force: true }).catch(() => undefined);
    }
  }
}

function parseRecord(line: string): SpoolRecord | undefined {
  try {
    const r = JSON.parse(line) as Partial<SpoolRecord>;
    if (typeof r.n !== 'number' || typeof r.t !== 'number' || (r.ch !== 'mod' && r.ch !== 'hook'))
      return undefined;
    if (!Array.isArray(r.s)) return undefined;
    return r as SpoolRecord;
  } catch {
    return undefined;
  }
}
