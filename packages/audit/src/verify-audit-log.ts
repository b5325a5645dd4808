import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditRecordData } from '@glassbox/spec';
import { recordHash, ZERO_HASH } from './chain-record.js';
import { checkCheckpointSignature, parseCheckpoint, type SignedCheckpoint } from './checkpoint-note.js';
import { CHECKPOINTS_FILE, listSegments, RECOVERY_FILE } from './log-files.js';
import { MerkleAccumulator } from './merkle-tree.js';
import { PUBLIC_KEY_FILE, parseVerifierKey, type VerifierKey } from './signing-key.js';

export type AuditProblemKind =
  | 'modified'
  | 'deleted'
  | 'inserted'
  | 'reordered'
  | 'truncated'
  | 'checkpoint_mismatch'
  | 'bad_signature'
  | 'key_changed'
  | 'malformed'
  | 'torn_last_line';

/** One thing wrong with the log. A `notice` (a torn last line a crash left) does not make the log fail. */
export interface AuditProblem {
  readonly kind: AuditProblemKind;
  readonly severity: 'error' | 'notice';
  readonly message: string;
  readonly seq?: number;
  readonly file?: string;
  readonly line?: number;
}

export interface AuditVerification {
  /** No problem of severity `error`. */
  readonly ok: boolean;
  readonly records: number;
  readonly segments: number;
  readonly checkpoints: number;
  /** The largest checkpoint checked (size and time). */
  readonly latestCheckpoint?: { readonly size: number; readonly timestampMs: number };
  readonly problems: readonly AuditProblem[];
}

/** The log as text, for `verifyAuditText` (what `verifyAuditLog` reads from a directory). */
export interface AuditLogText {
  readonly segments: ReadonlyArray<{ readonly file: string; readonly text: string }>;
  /** Checkpoint notes kept with the log and given from outside (a witness copy), in any order. */
  readonly checkpoints: readonly string[];
  /** The key checkpoints must be signed with; without it signatures are not checked. */
  readonly key?: VerifierKey;
  /** Torn lines the writer cut at open (`recovery.jsonl`): reported as notices. */
  readonly recoveries?: ReadonlyArray<{ readonly file: string; readonly tornBytes: number }>;
}

export interface VerifyAuditLogOptions {
  /** A checkpoint kept outside the log (a note, or a checkpoints/witness JSONL file's text: its last line). */
  readonly checkpoint?: string;
  /** The verifier key (`name+keyid+base64`); default the log's `audit-signing.pub`. */
  readonly publicKey?: string;
}

/** Reads a log directory and checks it: see `verifyAuditText`. */
export async function verifyAuditLog(
  dir: string,
  options: VerifyAuditLogOptions = {},
): Promise<AuditVerification> {
  const segments = await Promise.all(
    (await listSegments(dir)).map(async (file) => ({ file, text: await readFile(join(dir, file), 'utf8') })),
  );
  const problems: AuditProblem[] = [];
  const checkpoints = notesOf(await readOptional(join(dir, CHECKPOINTS_FILE)), problems, CHECKPOINTS_FILE);
  if (options.checkpoint !== undefined)
    checkpoints.push(...notesOf(options.checkpoint, problems, 'checkpoint'));
  let key: VerifierKey | undefined;
  const keyText = options.publicKey ?? (await readOptional(join(dir, PUBLIC_KEY_FILE)));
  if (keyText) {
    try {
      key = parseVerifierKey(keyText);
    } catch {
      problems.push({ kind: 'key_changed', severity: 'error', message: 'the verifier key cannot be read' });
    }
  }
  const recoveries: Array<{ file: string; tornBytes: number }> = [];
  for (const line of ((await readOptional(join(dir, RECOVERY_FILE))) ?? '').split('\n')) {
    try {
      if (line) recoveries.push(JSON.parse(line) as { file: string; tornBytes: number });
    } catch {
      // A torn recovery note says nothing about the chain.
    }
  }
  const result = verifyAuditText({ segments, checkpoints, ...(key ? { key } : {}), recoveries });
  const all = [...problems, ...result.problems];
  return { ...result, problems: all, ok: all.every((p) => p.severity !== 'error') };
}

/**
 * Checks the chain (each record's hash over its canonical form, each `prevHash`, each `seq` in order) and every
 * checkpoint (signature and key, Merkle root over the first `size` records, size against the records there are).
 * Reports every problem with its kind; never throws on bad input.
 */
export function verifyAuditText(input: AuditLogText): AuditVerification {
  const problems: AuditProblem[] = [];
  const hashes: Buffer[] = [];
  let expected = 0;
  let prevHash = ZERO_HASH;
  const seen = new Set<number>();
  const missing = new Map<number, AuditProblem>();
  for (const r of input.recoveries ?? [])
    problems.push({
      kind: 'torn_last_line',
      severity: 'notice',
      file: r.file,
      message: `a torn last line (${r.tornBytes} bytes, a write cut by a crash) was cut when the log was opened`,
    });
  for (const [s, segment] of input.segments.entries()) {
    const lines = segment.text.split('\n');
    const last = lines.pop() ?? '';
    if (last !== '') {
      const atEnd = s === input.segments.length - 1;
      problems.push({
        kind: atEnd ? 'torn_last_line' : 'malformed',
        severity: atEnd ? 'notice' : 'error',
        file: segment.file,
        line: lines.length + 1,
        message: atEnd
          ? 'the last line has no newline (a write cut by a crash); the writer cuts it at open'
          : 'a segment before the last ends without a newline',
      });
    }
    for (const [i, text] of lines.entries()) {
      const where = { file: segment.file, line: i + 1 };
      const record = parseRecord(text);
      if (!record) {
        problems.push({ kind: 'malformed', severity: 'error', ...where, message: 'not an audit record' });
        continue;
      }
      const seq = record.seq;
      if (recordHash(record) !== record.hash)
        problems.push({
          kind: 'modified',
          severity: 'error',
          seq,
          ...where,
          message: 'content does not match its hash',
        });
      if (seq < expected) {
        const gap = missing.get(seq);
        if (gap && !seen.has(seq)) {
          missing.delete(seq);
          problems.push({
            kind: 'reordered',
            severity: 'error',
            seq,
            ...where,
            message: `record ${seq} is out of order`,
          });
          seen.add(seq);
        } else {
          problems.push({
            kind: 'inserted',
            severity: 'error',
            seq,
            ...where,
            message: `a record numbered ${seq} where ${expected} belongs`,
          });
        }
        hashes.push(Buffer.from(record.hash, 'hex'));
        continue;
      }
      if (seq > expected) {
        for (let m = expected; m < seq && m < expected + 10_000; m++)
          missing.set(m, {
            kind: 'deleted',
            severity: 'error',
            seq: m,
            ...where,
            message: `record ${m} is missing`,
          });
      } else if (record.prevHash !== prevHash) {
        problems.push({
          kind: 'modified',
          severity: 'error',
          seq: seq - 1,
          ...where,
          message:
            seq === 0
              ? 'the first record does not start the chain'
              : `record ${seq - 1} is not the one record ${seq} chains to`,
        });
      }
      seen.add(seq);
      expected = seq + 1;
      prevHash = record.hash;
      hashes.push(Buffer.from(record.hash, 'hex'));
    }
  }
  problems.push(...missing.values());
  const checked = checkCheckpoints(input, hashes, expected, problems);
  return {
    ok: problems.every((p) => p.severity !== 'error'),
    records: hashes.length,
    segments: input.segments.length,
    checkpoints: checked.count,
    ...(checked.latest ? { latestCheckpoint: checked.latest } : {}),
    problems,
  };
}

function checkCheckpoints(
  input: AuditLogText,
  hashes: readonly Buffer[],
  /** One past the highest sequence number in order: what a checkpoint's size is measured against. */
  end: number,
  problems: AuditProblem[],
): { count: number; latest?: { size: number; timestampMs: number } } {
  const parsed: SignedCheckpoint[] = [];
  for (const note of input.checkpoints) {
    try {
      parsed.push(parseCheckpoint(note));
    } catch (error) {
      problems.push({ kind: 'bad_signature', severity: 'error', message: (error as Error).message });
    }
  }
  parsed.sort((a, b) => a.size - b.size);
  const acc = new MerkleAccumulator();
  let latest: SignedCheckpoint | undefined;
  for (const cp of parsed) {
    if (input.key) {
      const sig = checkCheckpointSignature(cp, input.key);
      if (sig !== 'ok')
        problems.push({
          kind: sig,
          severity: 'error',
          message:
            sig === 'key_changed'
              ? `checkpoint of size ${cp.size} is signed by key ${cp.signerName}+${cp.signerKeyId}, not the log's`
              : `checkpoint of size ${cp.size} has a bad signature`,
        });
    }
    if (!latest || cp.size >= latest.size) latest = cp;
    if (cp.size > hashes.length) continue;
    while (acc.size < cp.size) acc.push(hashes[acc.size]!);
    if (acc.root().toString('base64') !== cp.rootHash)
      problems.push({
        kind: 'checkpoint_mismatch',
        severity: 'error',
        message: `the first ${cp.size} records do not hash to the root signed at ${new Date(cp.timestampMs).toISOString()}`,
      });
  }
  if (latest && latest.size > end)
    problems.push({
      kind: 'truncated',
      severity: 'error',
      seq: end,
      message: `the latest checkpoint covers ${latest.size} records, the log ends at ${end}: ${latest.size - end} missing at the end`,
    });
  return {
    count: parsed.length,
    ...(latest ? { latest: { size: latest.size, timestampMs: latest.timestampMs } } : {}),
  };
}

function parseRecord(text: string): AuditRecordData | undefined {
  try {
    const r = JSON.parse(text) as Partial<AuditRecordData>;
    if (typeof r !== 'object' || r === null) return undefined;
    if (!Number.isSafeInteger(r.seq) || (r.seq as number) < 0) return undefined;
    if (typeof r.hash !== 'string' || !/^[0-9a-f]{64}$/.test(r.hash)) return undefined;
    if (typeof r.prevHash !== 'string') return undefined;
    return r as AuditRecordData;
  } catch {
    return undefined;
  }
}

/** Notes from a checkpoints/witness JSONL text, or the text itself when it is one note. */
function notesOf(text: string | undefined, problems: AuditProblem[], file: string): string[] {
  if (!text) return [];
  if (!text.trimStart().startsWith('{')) return [text];
  const notes: string[] = [];
  const lines = text.split('\n');
  const tail = lines.pop();
  for (const [i, line] of lines.entries()) {
    try {
      const note = (JSON.parse(line) as { note?: unknown }).note;
      if (typeof note === 'string') notes.push(note);
      else throw new Error('no note');
    } catch {
      problems.push({
        kind: 'malformed',
        severity: 'error',
        file,
        line: i + 1,
        message: 'not a checkpoint line',
      });
    }
  }
  if (tail)
    problems.push({
      kind: 'torn_last_line',
      severity: 'notice',
      file,
      line: lines.length + 1,
      message: 'the last checkpoint line has no newline (a write cut by a crash)',
    });
  return notes;
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
