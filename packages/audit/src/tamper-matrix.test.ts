import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditRecordData } from '@glassbox/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainRecord, ZERO_HASH } from './chain-record.js';
import { signCheckpoint } from './checkpoint-note.js';
import { merkleRoot } from './merkle-tree.js';
import { sampleDecision } from './sample-decision.js';
import { loadOrCreateSigningKey, type SigningKey } from './signing-key.js';
import { verifyAuditText } from './verify-audit-log.js';

/** Trials per tamper kind, and untampered logs. Small logs in memory: the whole matrix runs in seconds. */
const TRIALS = 10_000;
const KINDS = ['modify', 'delete', 'insert', 'reorder', 'truncate'] as const;
type Kind = (typeof KINDS)[number];

/** mulberry32: a seeded generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pristine {
  readonly records: AuditRecordData[];
  /** The log's own checkpoint (mid-way) and the witness's copy of the last one. */
  readonly inLog: string;
  readonly witness: string;
}

const root = mkdtempSync(join(tmpdir(), 'glassbox-tamper-'));
let key: SigningKey;
beforeAll(async () => {
  key = await loadOrCreateSigningKey(root, 'glassbox.audit/tamper');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function rechain(records: readonly AuditRecordData[], from = 0): AuditRecordData[] {
  const out = records.slice(0, from);
  let prev = from === 0 ? ZERO_HASH : out[from - 1]!.hash;
  for (let i = from; i < records.length; i++) {
    const next = chainRecord(records[i]!, i, prev);
    out.push(next);
    prev = next.hash;
  }
  return out;
}

function note(records: readonly AuditRecordData[], size: number, time: number): string {
  const rootHash = merkleRoot(records.slice(0, size).map((r) => Buffer.from(r.hash, 'hex'))).toString(
    'base64',
  );
  return signCheckpoint({ origin: key.name, size, rootHash, timestampMs: time }, key).note;
}

function pristine(random: () => number, id: number, midCheckpoint = true): Pristine {
  const n = 3 + Math.floor(random() * 6);
  const session = `sess_${id}`;
  const records = rechain(
    Array.from({ length: n }, (_, i) => ({ ...sampleDecision(i, session), seq: 0, prevHash: '', hash: '' })),
  );
  const witness = note(records, n, id + 1);
  return { records, inLog: midCheckpoint ? note(records, Math.floor(n / 2), id) : witness, witness };
}

function verify(records: readonly AuditRecordData[], p: Pristine, extraLines: string[] = []) {
  const text = [...records.map((r) => JSON.stringify(r)), ...extraLines].map((l) => `${l}\n`).join('');
  return verifyAuditText({
    segments: [{ file: 'audit-000001.jsonl', text }],
    checkpoints: [p.inLog, p.witness],
    key: key.publicKey,
  });
}

const pick = (random: () => number, n: number) => Math.floor(random() * n);

/** One tampering of `kind`; "smart" variants re-chain (and renumber) everything after it, as a forger would. */
function tamper(kind: Kind, p: Pristine, random: () => number): AuditRecordData[] {
  const records = p.records.map((r) => ({ ...r }));
  const n = records.length;
  const smart = random() < 0.5;
  switch (kind) {
    case 'modify': {
      const i = pick(random, n);
      const r = records[i]! as Record<string, unknown>;
      const field = [
        'sessionId',
        'toolName',
        'decisionType',
        'inputHash',
        'metadata',
        'timestamp',
        'seq',
        'prevHash',
        'hash',
        'userId',
      ][pick(random, 10)]!;
      if (field === 'metadata')
        r.metadata = { ...(r.metadata as object), turnIndex: 1000 + pick(random, 1000) };
      else if (field === 'seq') r.seq = n + pick(random, 5);
      else if (field === 'decisionType')
        r.decisionType = r.decisionType === 'safety_block' ? 'tool_call' : 'safety_block';
      else if (field === 'hash' || field === 'prevHash' || field === 'inputHash')
        r[field] = `${String(r[field]).slice(0, 63)}${String(r[field]).endsWith('0') ? '1' : '0'}`;
      else r[field] = `${String(r[field] ?? '')}x`;
      return smart && field !== 'seq' && field !== 'hash' && field !== 'prevHash'
        ? rechain(records as AuditRecordData[], i)
        : (records as AuditRecordData[]);
    }
    case 'delete': {
      const i = pick(random, n);
      const count = 1 + pick(random, Math.min(3, n - i));
      records.splice(i, count);
      return smart ? rechain(records, i) : records;
    }
    case 'insert': {
      // Between records: one appended after the latest checkpoint is only covered by the next checkpoint.
      const i = pick(random, n);
      const forged = {
        ...sampleDecision(100 + pick(random, 100), records[0]!.sessionId),
        seq: i,
        prevHash: i === 0 ? ZERO_HASH : records[i - 1]!.hash,
        hash: '',
      };
      records.splice(i, 0, chainRecord(forged, i, forged.prevHash));
      return smart ? rechain(records, i) : records;
    }
    case 'reorder': {
      const i = pick(random, n - 1);
      const j = i + 1 + pick(random, n - 1 - i);
      [records[i], records[j]] = [records[j]!, records[i]!];
      return smart ? rechain(records, i) : records;
    }
    case 'truncate': {
      const keep = pick(random, n);
      return records.slice(0, keep);
    }
  }
}

describe('tamper matrix', () => {
  it(`should detect ${TRIALS.toLocaleString('en')} tamperings of each kind, 100 %`, {
    timeout: 180_000,
  }, () => {
    const random = rng(0x61756469);
    const missed: Record<Kind, number> = { modify: 0, delete: 0, insert: 0, reorder: 0, truncate: 0 };
    const classified: Record<Kind, number> = { modify: 0, delete: 0, insert: 0, reorder: 0, truncate: 0 };
    const expectedKind: Record<Kind, string[]> = {
      modify: ['modified', 'checkpoint_mismatch'],
      delete: ['deleted', 'checkpoint_mismatch', 'truncated'],
      insert: ['inserted', 'checkpoint_mismatch', 'modified'],
      reorder: ['reordered', 'checkpoint_mismatch', 'modified'],
      truncate: ['truncated'],
    };
    const started = performance.now();
    let logs: Pristine[] = [];
    for (let t = 0; t < TRIALS; t++) {
      // A fresh pristine log every 20 trials: signing is the expensive part.
      if (t % 20 === 0) logs = [pristine(random, t)];
      const p = logs[0]!;
      for (const kind of KINDS) {
        const report = verify(tamper(kind, p, random), p);
        if (report.ok) missed[kind]++;
        if (report.problems.some((problem) => expectedKind[kind].includes(problem.kind))) classified[kind]++;
      }
    }
    const ms = performance.now() - started;
    console.log(
      `tamper matrix: ${TRIALS} per kind (${KINDS.join(', ')}), missed ${JSON.stringify(missed)}, classified ${JSON.stringify(classified)} in ${ms.toFixed(0)} ms`,
    );
    expect(missed).toEqual({ modify: 0, delete: 0, insert: 0, reorder: 0, truncate: 0 });
    for (const kind of KINDS) expect(classified[kind]).toBe(TRIALS);
  });

  it(`should raise no alarm on ${TRIALS.toLocaleString('en')} untampered logs`, { timeout: 180_000 }, () => {
    const random = rng(0x636c6e);
    let alarms = 0;
    for (let t = 0; t < TRIALS; t++) {
      // One checkpoint per log here: signatures are most of the cost and the chain is what is exercised.
      const p = pristine(random, t, false);
      const report = verify(p.records, p);
      if (!report.ok || report.problems.length > 0) alarms++;
    }
    expect(alarms).toBe(0);
  });

  it('should name the kind: a precise report for one of each', () => {
    const p = pristine(rng(1), 1);
    const r = p.records;
    const kinds = (records: AuditRecordData[]) =>
      [...new Set(verify(records, p).problems.map((x) => x.kind))].sort();
    expect(kinds([r[0]!, { ...r[1]!, toolName: 'Evil' }, ...r.slice(2)])).toEqual(['modified']);
    expect(kinds([r[0]!, ...r.slice(2)])).toEqual(['checkpoint_mismatch', 'deleted']);
    expect(kinds([r[0]!, r[2]!, r[1]!, ...r.slice(3)])).toEqual(['checkpoint_mismatch', 'reordered']);
    expect(kinds([r[0]!, r[0]!, ...r.slice(1)])).toEqual(['checkpoint_mismatch', 'inserted']);
    expect(kinds(r.slice(0, r.length - 1))).toEqual(['truncated']);
  });
});
