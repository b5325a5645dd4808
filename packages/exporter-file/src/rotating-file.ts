import {
  closeSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';

type Destination = ReturnType<typeof pino.destination>;

export interface RotatingFileOptions {
  readonly dir: string;
  readonly fileName: string;
  /** Roll the file over before a line would take it past this size. `Infinity`: never. */
  readonly maxBytes: number;
  /** Roll the file over when the UTC day changes. */
  readonly rotateDaily: boolean;
  /** Rolled-over files kept; older ones are deleted. */
  readonly maxFiles: number;
  /** Rolled-over files last written longer ago than this are deleted. */
  readonly maxAgeDays: number;
  readonly now: () => number;
}

const DAY_MS = 86_400_000;

/**
 * An append-only JSON-lines file written synchronously through pino's SonicBoom destination, with
 * size and daily roll-over (`glassbox.jsonl` → `glassbox.2026-04-28.1.jsonl`) and retention by count and
 * age. It is pino's `stream`: `write` is called once per line. A failed write is kept in `takeError()`
 * instead of thrown, because pino's caller must not see a throw; the exporter checks it after each line.
 *
 * Created directories are 0700 and created files 0600: logs hold session ids, tool inputs and costs.
 */
export class RotatingFile {
  readonly path: string;
  readonly #options: RotatingFileOptions;
  readonly #stem: string;
  readonly #extension: string;
  #fd = -1;
  #destination: Destination | undefined;
  #size = 0;
  #day = '';
  #error: Error | undefined;
  #unsynced = false;

  constructor(options: RotatingFileOptions) {
    this.#options = options;
    this.path = join(options.dir, options.fileName);
    const dot = options.fileName.lastIndexOf('.');
    this.#stem = dot > 0 ? options.fileName.slice(0, dot) : options.fileName;
    this.#extension = dot > 0 ? options.fileName.slice(dot) : '';
  }

  /** Opens (creating the directory and file when missing) and applies retention. Throws on failure. */
  open(): void {
    mkdirSync(this.#options.dir, { recursive: true, mode: 0o700 });
    // 'a+': appends always go to the end, and the torn-line check below can read the last byte.
    const fd = openSync(this.path, 'a+', 0o600);
    try {
      const stat = fstatSync(fd);
      this.#size = stat.size;
      this.#day = utcDay(stat.size > 0 ? stat.mtimeMs : this.#options.now());
      // A crash mid-line leaves a torn last line; start ours on a fresh line so only that one is lost.
      if (stat.size > 0 && lastByte(fd, stat.size) !== 0x0a) {
        writeSync(fd, '\n');
        this.#size += 1;
      }
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    this.#fd = fd;
    // Synchronous and unbuffered: each line reaches the kernel before `write` returns, which is what lets
    // `export` resolve success only once its records are written. Never call flushSync() on it: in
    // sonic-boom 4.2 it spins forever on a non-EAGAIN write error.
    const destination = pino.destination({ fd, sync: true, minLength: 0 });
    destination.on('error', (error: Error) => {
      this.#error ??= error;
    });
    this.#destination = destination;
    this.#prune();
  }

  get isOpen(): boolean {
    return this.#fd >= 0;
  }

  /** pino's stream interface. */
  write(line: string): void {
    if (this.#error || !this.#destination) {
      this.#error ??= new Error(`${this.path} is not open`);
      return;
    }
    try {
      const bytes = Buffer.byteLength(line);
      if (this.#size > 0 && this.#shouldRoll(bytes)) this.#roll();
      this.#destination.write(line);
      this.#size += bytes;
      this.#unsynced = true;
    } catch (error) {
      this.#error ??= error instanceof Error ? error : new Error(String(error));
    }
  }

  /** The first error since the last call, if any; the file is unusable after one: close and reopen. */
  takeError(): Error | undefined {
    const error = this.#error;
    this.#error = undefined;
    return error;
  }

  /** fsync: everything written so far is on disk when this returns. Throws on failure. */
  sync(): void {
    if (this.#fd < 0 || !this.#unsynced) return;
    fsyncSync(this.#fd);
    this.#unsynced = false;
  }

  /** Syncs and closes; never throws. Safe to call twice. */
  close(): void {
    if (this.#fd < 0) return;
    try {
      this.sync();
    } catch {
      // Closing must release the descriptor even when the disk is failing.
    }
    this.#closeDescriptor();
  }

  /** The last `maxBytes` of the file, starting at a line boundary; '' when missing. */
  readTail(maxBytes: number): string {
    if (this.#fd < 0 || this.#size === 0) return '';
    const length = Math.min(maxBytes, this.#size);
    const buffer = Buffer.alloc(length);
    const fd = openSync(this.path, 'r');
    try {
      readSync(fd, buffer, 0, length, this.#size - length);
    } finally {
      closeSync(fd);
    }
    const text = buffer.toString('utf8');
    return length < this.#size ? text.slice(text.indexOf('\n') + 1) : text;
  }

  #shouldRoll(bytes: number): boolean {
    if (this.#size + bytes > this.#options.maxBytes) return true;
    return this.#options.rotateDaily && utcDay(this.#options.now()) !== this.#day;
  }

  #roll(): void {
    const day = this.#day;
    fsyncSync(this.#fd);
    this.#closeDescriptor();
    renameSync(this.path, join(this.#options.dir, this.#rolledName(day)));
    this.open();
  }

  #closeDescriptor(): void {
    // We own the descriptor. A sync SonicBoom holds no pending work, so closing it here is safe and, unlike
    // destroy(), synchronous: a roll-over can reopen the path at once.
    const fd = this.#fd;
    this.#fd = -1;
    this.#destination = undefined;
    this.#unsynced = false;
    try {
      closeSync(fd);
    } catch {
      // Already closed or invalid: nothing left to release.
    }
  }

  #rolledName(day: string): string {
    let highest = 0;
    for (const file of this.#rolledFiles()) if (file.day === day) highest = Math.max(highest, file.index);
    return `${this.#stem}.${day}.${highest + 1}${this.#extension}`;
  }

  #rolledFiles(): { name: string; day: string; index: number }[] {
    const pattern = new RegExp(
      `^${escapeRegExp(this.#stem)}\\.(\\d{4}-\\d{2}-\\d{2})\\.(\\d+)${escapeRegExp(this.#extension)}$`,
    );
    const files: { name: string; day: string; index: number }[] = [];
    for (const name of readdirSync(this.#options.dir)) {
      const match = pattern.exec(name);
      if (match) files.push({ name, day: match[1]!, index: Number(match[2]) });
    }
    return files;
  }

  /** Best effort: a file we cannot delete now is retried at the next roll-over. */
  #prune(): void {
    const { maxFiles, maxAgeDays, now } = this.#options;
    if (maxFiles === Number.POSITIVE_INFINITY && maxAgeDays === Number.POSITIVE_INFINITY) return;
    try {
      const oldest = now() - maxAgeDays * DAY_MS;
      const files = this.#rolledFiles().sort((a, b) =>
        a.day === b.day ? b.index - a.index : a.day < b.day ? 1 : -1,
      );
      files.forEach((file, position) => {
        const path = join(this.#options.dir, file.name);
        try {
          if (position >= maxFiles || statSync(path).mtimeMs < oldest) unlinkSync(path);
        } catch {
          // Gone already, or not ours to delete.
        }
      });
    } catch {
      // The directory is unreadable: nothing to prune.
    }
  }
}

export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function lastByte(fd: number, size: number): number {
  const buffer = Buffer.alloc(1);
  readSync(fd, buffer, 0, 1, size - 1);
  return buffer[0]!;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
