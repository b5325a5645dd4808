import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { appendFile, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditRecordData } from '@glassbox/spec';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditLog } from './audit-log.js';
import { ZERO_HASH } from './chain-record.js';
import { CHECKPOINTS_FILE, listSegments } from './log-files.js';
import { sampleDecision } from './sample-decision.js';
import { PUBLIC_KEY_FILE, SIGNING_KEY_FILE } from './signing-key.js';
import { verifyAuditLog } from './verify-audit-log.js';

const root = mkdtempSync(join(tmpdir(), 'glassbox-audit-log-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;
const freshDir = () => join(root, `log-${++counter}`);
const decisions = (from: number, count: number, session = 'sess_1') =>
  Array.from({ length: count }, (_, i) => sampleDecision(from + i, session));

async function readRecords(dir: string): Promise<AuditRecordData[]> {
  const out: AuditRecordData[] = [];
  for (const file of await listSegments(dir))
    for (const line of (await readFile(join(dir, file), 'utf8')).split('\n'))
      if (line) out.push(JSON.parse(line) as AuditRecordData);
  return out;
}

describe('AuditLog', () => {
  it('should chain records from 0, skip ids already written, and verify clean', async () => {
    const dir = freshDir();
    const log = await AuditLog.open({ dir, checkpointEvery: 4 });
    const first = await log.append(decisions(0, 3));
    expect(first.map((r) => r.seq)).toEqual([0, 1, 2]);
    expect(first[0]!.prevHash).toBe(ZERO_HASH);
    expect(first[1]!.prevHash).toBe(first[0]!.hash);
    // A retried batch (at-least-once delivery) adds only what is new.
    const again = await log.append(decisions(1, 4));
    expect(again.map((r) => r.id)).toEqual(['sess_1:3', 'sess_1:4']);
    await log.close();
    const records = await readRecords(dir);
    expect(records.map((r) => r.id)).toEqual(['sess_1:0', 'sess_1:1', 'sess_1:2', 'sess_1:3', 'sess_1:4']);
    const report = await verifyAuditLog(dir);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, records: 5 });
    // The second append passed checkpointEvery: one checkpoint, nothing left for close.
    expect(report.checkpoints).toBe(1);
    expect(report.latestCheckpoint?.size).toBe(5);
    expect(statSync(join(dir, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, readdirSync(dir).find((f) => f.startsWith('audit-0'))!)).mode & 0o777).toBe(
      0o600,
    );
  });

  it('should keep one chain across a reopen and across rotated files', async () => {
    const dir = freshDir();
    let log = await AuditLog.open({ dir, maxFileBytes: 1500 });
    await log.append(decisions(0, 4));
    await log.close();
    log = await AuditLog.open({ dir, maxFileBytes: 1500 });
    expect(log.size).toBe(4);
    for (let i = 4; i < 20; i += 2) await log.append(decisions(i, 2));
    await log.close();
    const files = await listSegments(dir);
    expect(files.length).toBeGreaterThan(2);
    const records = await readRecords(dir);
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    // The first record of each new file chains to the last of the one before.
    let index = 0;
    for (const file of files.slice(0, -1)) {
      index += (await readFile(join(dir, file), 'utf8')).trim().split('\n').length;
      expect(records[index]!.prevHash).toBe(records[index - 1]!.hash);
    }
    expect((await verifyAuditLog(dir)).ok).toBe(true);
    // Deleting a whole middle file is a deletion.
    await rm(join(dir, files[1]!));
    const broken = await verifyAuditLog(dir);
    expect(broken.ok).toBe(false);
    expect(broken.problems.map((p) => p.kind)).toContain('deleted');
  });

  it('should cut a torn last line at open, say so, and resume the chain from the last good record', async () => {
    const dir = freshDir();
    let log = await AuditLog.open({ dir });
    await log.append(decisions(0, 3));
    await log.close();
    const [file] = await listSegments(dir);
    const partial = '{"id":"sess_1:3","timestamp":"2026-';
    await appendFile(join(dir, file!), partial);
    const torn = await verifyAuditLog(dir);
    expect(torn.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(torn.problems).toEqual([expect.objectContaining({ kind: 'torn_last_line', severity: 'notice' })]);
    log = await AuditLog.open({ dir });
    expect(log.recovery.tornLine).toEqual({ file, bytes: partial.length });
    const [next] = await log.append(decisions(3, 1));
    const records = await readRecords(dir);
    expect(next!.seq).toBe(3);
    expect(next!.prevHash).toBe(records[2]!.hash);
    await log.close();
    const after = await verifyAuditLog(dir);
    expect(after.ok).toBe(true);
    expect(after.records).toBe(4);
    expect(after.problems.map((p) => [p.kind, p.severity])).toEqual([['torn_last_line', 'notice']]);
  });

  it('should checkpoint after T ms without new records and copy every checkpoint to the witness file', async () => {
    const dir = freshDir();
    const witness = join(root, `witness-${counter}.jsonl`);
    const seen: number[] = [];
    const log = await AuditLog.open({
      dir,
      witnessFile: witness,
      checkpointIntervalMs: 30,
      onCheckpoint: (c) => seen.push(c.size),
    });
    await log.append(decisions(0, 2));
    // The timer fires 30 ms after the last record; a loaded machine may run it much later, so wait for it.
    await expect.poll(() => seen, { timeout: 10_000 }).toEqual([2]);
    await log.append(decisions(2, 1));
    await log.close();
    expect(seen).toEqual([2, 3]);
    expect(readFileSync(witness, 'utf8')).toBe(readFileSync(join(dir, CHECKPOINTS_FILE), 'utf8'));
  });

  it('should detect truncation against an outside checkpoint even when the log’s own checkpoints are cut too', async () => {
    const dir = freshDir();
    const witness = join(root, `witness-${counter}.jsonl`);
    const log = await AuditLog.open({ dir, witnessFile: witness, checkpointEvery: 3 });
    await log.append(decisions(0, 6));
    await log.close();
    const [file] = await listSegments(dir);
    const lines = readFileSync(join(dir, file!), 'utf8').split('\n');
    writeFileSync(join(dir, file!), `${lines.slice(0, 4).join('\n')}\n`);
    writeFileSync(join(dir, CHECKPOINTS_FILE), '');
    expect((await verifyAuditLog(dir)).ok).toBe(true);
    const report = await verifyAuditLog(dir, { checkpoint: readFileSync(witness, 'utf8') });
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'truncated', seq: 4 })]);
  });

  it('should report a changed key: checkpoints signed before no longer match the log’s key', async () => {
    const dir = freshDir();
    let log = await AuditLog.open({ dir });
    await log.append(decisions(0, 2));
    await log.close();
    const oldKey = readFileSync(join(dir, PUBLIC_KEY_FILE), 'utf8');
    rmSync(join(dir, SIGNING_KEY_FILE));
    rmSync(join(dir, PUBLIC_KEY_FILE));
    log = await AuditLog.open({ dir });
    await log.append(decisions(2, 1));
    await log.close();
    const report = await verifyAuditLog(dir);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.kind)).toEqual(['key_changed']);
    // Pinning the old key (a witness's copy) flags the new checkpoint instead.
    const old = await verifyAuditLog(dir, { publicKey: oldKey });
    expect(old.problems).toEqual([
      expect.objectContaining({ kind: 'key_changed', message: expect.stringContaining('size 3') }),
    ]);
  });

  it('should report an edited checkpoint as a bad signature', async () => {
    const dir = freshDir();
    const log = await AuditLog.open({ dir });
    await log.append(decisions(0, 2));
    await log.close();
    const path = join(dir, CHECKPOINTS_FILE);
    writeFileSync(path, readFileSync(path, 'utf8').replace('timestamp ', 'timestamp 1'));
    const report = await verifyAuditLog(dir);
    expect(report.problems.map((p) => p.kind)).toEqual(['bad_signature']);
  });

  it('should refuse to append after close', async () => {
    const log = await AuditLog.open({ dir: freshDir() });
    await log.close();
    await expect(log.append(decisions(0, 1))).rejects.toMatchObject({ code: 'EXPORTER_SHUTDOWN' });
    chmodSync(log.dir, 0o700);
  });
});
