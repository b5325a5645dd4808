import { appendFile, mkdir, open, readFile, stat, truncate } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { type AuditDecisionData, type AuditRecordData, GlassboxError } from '@glassbox/spec';
import { chainRecord, ZERO_HASH } from './chain-record.js';
import { type SignedCheckpoint, signCheckpoint } from './checkpoint-note.js';
import {
  CHECKPOINTS_FILE,
  type CheckpointLine,
  listSegments,
  RECOVERY_FILE,
  SEGMENT_PATTERN,
  segmentName,
} from './log-files.js';
import { MerkleAccumulator } from './merkle-tree.js';
import { loadOrCreateSigningKey, type SigningKey } from './signing-key.js';

export interface AuditLogOptions {
  /** Directory of the log (created 0700). Env: `GLASSBOX_AUDIT_DIR` (read by the exporter). */
  readonly dir: string;
  /** Checkpoint origin line and signing key name. Default `glassbox.audit/<hostname>`. */
  readonly origin?: string;
  /** Sign a checkpoint after this many records. Default 1000. */
  readonly checkpointEvery?: number;
  /** …or this many ms after the first record not yet covered. Default 60 000. */
  readonly checkpointIntervalMs?: number;
  /** Start a new segment file once the current one reaches this size. Default 64 MiB. */
  readonly maxFileBytes?: number;
  /** Also append every checkpoint here (a file outside the log: another disk, a synced folder). */
  readonly witnessFile?: string;
  /** fsync each append before it resolves. Default true (off only for tests and benchmarks of the rest). */
  readonly fsync?: boolean;
  /** Ids remembered for deduplication (the most recent). Default 100 000. */
  readonly dedupeWindow?: number;
  /** Called with each signed checkpoint (after it is durable). */
  readonly onCheckpoint?: (checkpoint: SignedCheckpoint) => void;
  readonly now?: () => number;
}

/** What opening the log found and repaired. */
export interface AuditLogRecovery {
  /** A last line without its newline (a write cut by a crash) was cut off: its file and byte count. */
  readonly tornLine?: { readonly file: string; readonly bytes: number };
}

/**
 * The audit log's single writer: one hash chain over every segment, each append fsync'd before it resolves,
 * signed Merkle checkpoints every N records or T ms. Appends are serialised; a decision whose `id` is already in
 * the log (an at-least-once retry) is not written again.
 */
export class AuditLog {
  readonly dir: string;
  readonly recovery: AuditLogRecovery;
  private readonly options: AuditLogOptions;
  private readonly key: SigningKey;
  private readonly tree: MerkleAccumulator;
  private readonly ids: Set<string>;
  private readonly origin: string;
  private readonly now: () => number;
  private segment: number;
  private segmentBytes: number;
  private lastHash: string;
  private uncovered = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private lastCheckpoint: SignedCheckpoint | undefined;

  private constructor(init: {
    options: AuditLogOptions;
    key: SigningKey;
    tree: MerkleAccumulator;
    ids: Set<string>;
    segment: number;
    segmentBytes: number;
    lastHash: string;
    uncovered: number;
    recovery: AuditLogRecovery;
  }) {
    this.options = init.options;
    this.dir = init.options.dir;
    this.key = init.key;
    this.tree = init.tree;
    this.ids = init.ids;
    this.segment = init.segment;
    this.segmentBytes = init.segmentBytes;
    this.lastHash = init.lastHash;
    this.uncovered = init.uncovered;
    this.recovery = init.recovery;
    this.origin = init.key.name;
    this.now = init.options.now ?? Date.now;
  }

  /** Opens (or creates) the log: reads the chain's end, cuts a torn last line, loads or creates the key. */
  static async open(options: AuditLogOptions): Promise<AuditLog> {
    const dir = options.dir;
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const origin = options.origin ?? `glassbox.audit/${hostname() || 'localhost'}`;
    const key = await loadOrCreateSigningKey(dir, origin);
    const segments = await listSegments(dir);
    const tree = new MerkleAccumulator();
    const ids = new Set<string>();
    const window = options.dedupeWindow ?? 100_000;
    let lastHash = ZERO_HASH;
    let recovery: AuditLogRecovery = {};
    let segmentBytes = 0;
    for (const [i, name] of segments.entries()) {
      const path = join(dir, name);
      let text = await readFile(path, 'utf8');
      if (i === segments.length - 1 && text.length > 0 && !text.endsWith('\n')) {
        const keep = text.lastIndexOf('\n') + 1;
        const bytes = Buffer.byteLength(text.slice(keep));
        await truncate(path, Buffer.byteLength(text.slice(0, keep)));
        text = text.slice(0, keep);
        recovery = { tornLine: { file: name, bytes } };
        await appendFile(
          join(dir, RECOVERY_FILE),
          `${JSON.stringify({ timeMs: (options.now ?? Date.now)(), file: name, tornBytes: bytes })}\n`,
        );
      }
      for (const line of text.split('\n')) {
        if (line === '') continue;
        const record = JSON.parse(line) as AuditRecordData;
        tree.push(Buffer.from(record.hash, 'hex'));
        lastHash = record.hash;
        ids.add(record.id);
        if (ids.size > window) ids.delete(ids.values().next().value as string);
      }
      if (i === segments.length - 1) segmentBytes = Buffer.byteLength(text);
    }
    const last = segments[segments.length - 1];
    const segment = last ? Number(SEGMENT_PATTERN.exec(last)![1]) : 1;
    // A checkpoint line cut by a crash would glue onto the next one.
    await cutTornTail(join(dir, CHECKPOINTS_FILE));
    const covered = await lastCheckpointSize(dir);
    const log = new AuditLog({
      options,
      key,
      tree,
      ids,
      segment,
      segmentBytes,
      lastHash,
      uncovered: Math.max(0, tree.size - covered),
      recovery,
    });
    if (log.uncovered > 0) log.armTimer();
    return log;
  }

  /** Records in the log. */
  get size(): number {
    return this.tree.size;
  }

  get latestCheckpoint(): SignedCheckpoint | undefined {
    return this.lastCheckpoint;
  }

  /** Appends decisions (skipping ids already in the log); resolves with the new records once they are on disk. */
  append(decisions: readonly AuditDecisionData[]): Promise<AuditRecordData[]> {
    const run = this.queue.then(() => this.write(decisions));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Signs a checkpoint over everything written so far (also when nothing is new). */
  checkpoint(): Promise<SignedCheckpoint> {
    const run = this.queue.then(() => this.writeCheckpoint());
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Checkpoints what is not covered yet, then stops. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.queue;
    if (this.uncovered > 0) await this.writeCheckpoint();
  }

  private async write(decisions: readonly AuditDecisionData[]): Promise<AuditRecordData[]> {
    if (this.closed) throw new GlassboxError('EXPORTER_SHUTDOWN', 'the audit log is closed');
    const records: AuditRecordData[] = [];
    let text = '';
    let prev = this.lastHash;
    const fresh = new Set<string>();
    for (const decision of decisions) {
      if (this.ids.has(decision.id) || fresh.has(decision.id)) continue;
      fresh.add(decision.id);
      const record = chainRecord(decision, this.tree.size + records.length, prev);
      records.push(record);
      prev = record.hash;
      text += `${JSON.stringify(record)}\n`;
    }
    if (records.length === 0) return records;
    const max = this.options.maxFileBytes ?? 64 * 1024 * 1024;
    if (this.segmentBytes > 0 && this.segmentBytes + Buffer.byteLength(text) > max) {
      this.segment++;
      this.segmentBytes = 0;
    }
    const path = join(this.dir, segmentName(this.segment));
    const handle = await open(path, 'a', 0o600);
    try {
      await handle.writeFile(text);
      if (this.options.fsync !== false) await handle.sync();
    } catch (error) {
      // The file may now end in a partial line: the next open cuts it, so the chain stays whole.
      throw GlassboxError.from(error, 'SPOOL_IO');
    } finally {
      await handle.close();
    }
    this.segmentBytes += Buffer.byteLength(text);
    for (const record of records) {
      this.tree.push(Buffer.from(record.hash, 'hex'));
      this.ids.add(record.id);
    }
    const window = this.options.dedupeWindow ?? 100_000;
    while (this.ids.size > window) this.ids.delete(this.ids.values().next().value as string);
    this.lastHash = prev;
    this.uncovered += records.length;
    if (this.uncovered >= (this.options.checkpointEvery ?? 1000)) await this.writeCheckpoint();
    else this.armTimer();
    return records;
  }

  private armTimer(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.uncovered > 0) void this.checkpoint().catch(() => undefined);
    }, this.options.checkpointIntervalMs ?? 60_000);
    this.timer.unref();
  }

  private async writeCheckpoint(): Promise<SignedCheckpoint> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const signed = signCheckpoint(
      {
        origin: this.origin,
        size: this.tree.size,
        rootHash: this.tree.root().toString('base64'),
        timestampMs: this.now(),
      },
      this.key,
    );
    const line: CheckpointLine = {
      size: signed.size,
      rootHash: signed.rootHash,
      timestampMs: signed.timestampMs,
      note: signed.note,
    };
    const text = `${JSON.stringify(line)}\n`;
    await appendDurably(join(this.dir, CHECKPOINTS_FILE), text, this.options.fsync !== false);
    if (this.options.witnessFile)
      await appendDurably(this.options.witnessFile, text, this.options.fsync !== false);
    this.uncovered = 0;
    this.lastCheckpoint = signed;
    this.options.onCheckpoint?.(signed);
    return signed;
  }
}

async function appendDurably(path: string, text: string, fsync: boolean): Promise<void> {
  const handle = await open(path, 'a', 0o600);
  try {
    await handle.writeFile(text);
    if (fsync) await handle.sync();
  } finally {
    await handle.close();
  }
}

async function cutTornTail(path: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return;
  }
  if (text.length > 0 && !text.endsWith('\n'))
    await truncate(path, Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1)));
}

async function lastCheckpointSize(dir: string): Promise<number> {
  try {
    const path = join(dir, CHECKPOINTS_FILE);
    if ((await stat(path)).size === 0) return 0;
    const lines = (await readFile(path, 'utf8')).trim().split('\n');
    const last = JSON.parse(lines[lines.length - 1] ?? '{}') as Partial<CheckpointLine>;
    return typeof last.size === 'number' ? last.size : 0;
  } catch {
    return 0;
  }
}
