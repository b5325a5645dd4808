import { createHash } from 'node:crypto';
import type { AuditDecisionData, AuditRecordData } from '@glassbox/spec';
import { canonicalJson } from './canonical-json.js';

/** `prevHash` of the first record of a log. */
export const ZERO_HASH = '0'.repeat(64);

/** Hex SHA-256 over the canonical JSON of the record without its `hash` field. */
export function recordHash(record: Omit<AuditRecordData, 'hash'> | AuditRecordData): string {
  const { hash: _hash, ...rest } = record as AuditRecordData;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

/** The next link: `decision` at position `seq`, chained to `prevHash`. Chain fields already on it are replaced. */
export function chainRecord(decision: AuditDecisionData, seq: number, prevHash: string): AuditRecordData {
  const {
    seq: _s,
    prevHash: _p,
    hash: _h,
    ...fields
  } = decision as AuditDecisionData & {
    seq?: unknown;
    prevHash?: unknown;
    hash?: unknown;
  };
  const unhashed = { ...(jsonSafe(fields) as Record<string, unknown>), seq, prevHash } as Omit<
    AuditRecordData,
    'hash'
  >;
  return { ...unhashed, hash: recordHash(unhashed) };
}

/**
 * A plain-JSON copy: what JSON.parse of the written line gives back, so the hash computed before writing is the
 * one a verifier recomputes. Cycles and over-deep nesting become markers, a bigint its decimal string.
 */
export function jsonSafe(value: unknown, depth = 0, seen: Set<object> = new Set()): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null;
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= 64) return '[Deep]';
  const toJson = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJson === 'function') return jsonSafe((toJson as () => unknown).call(value), depth + 1, seen);
  seen.add(value);
  try {
    if (Array.isArray(value))
      return value.map((item) => (item === undefined ? null : jsonSafe(item, depth + 1, seen)));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      // Defined as data, so a "__proto__" key stays a key.
      Object.defineProperty(out, k, {
        value: jsonSafe(v, depth + 1, seen),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  } finally {
    seen.delete(value);
  }
}
