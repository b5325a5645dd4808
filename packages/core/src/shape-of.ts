import { createHmac } from 'node:crypto';

/**
 * What a value looks like without what it says: its type, its top-level keys, its size and a keyed hash.
 * The hash is an HMAC, so equal values can be correlated by whoever holds the key, and nobody else can
 * confirm a guess about the content.
 */
export interface ValueShape {
  readonly type: 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null' | 'undefined';
  /** Top-level keys of an object (first 64, sorted). */
  readonly keys?: readonly string[];
  /** Array length or string length in characters. */
  readonly length?: number;
  /** UTF-8 bytes of the JSON form (strings: of the string itself). */
  readonly bytes: number;
  /** HMAC-SHA256 of the canonical JSON form, first 32 hex characters. */
  readonly hash: string;
}

const MAX_KEYS = 64;

/** JSON with object keys sorted at every level, so equal values hash the same whatever the key order. */
export function canonicalJson(value: unknown): string {
  const seen = new WeakSet<object>();
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) return '[Circular]';
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map(walk);
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) out[k] = walk((v as Record<string, unknown>)[k]);
      return out;
    } finally {
      seen.delete(v);
    }
  };
  try {
    return JSON.stringify(walk(value)) ?? 'undefined';
  } catch {
    return String(value);
  }
}

/** The shape of `value` with a hash keyed by `hashKey`. Never throws. */
export function shapeOf(value: unknown, hashKey: string | Uint8Array): ValueShape {
  const text = typeof value === 'string' ? value : canonicalJson(value);
  const hash = createHmac('sha256', hashKey).update(text).digest('hex').slice(0, 32);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (value === null) return { type: 'null', bytes, hash };
  if (value === undefined) return { type: 'undefined', bytes: 0, hash };
  if (typeof value === 'string') return { type: 'string', length: value.length, bytes, hash };
  if (typeof value === 'number' || typeof value === 'bigint') return { type: 'number', bytes, hash };
  if (typeof value === 'boolean') return { type: 'boolean', bytes, hash };
  if (Array.isArray(value)) return { type: 'array', length: value.length, bytes, hash };
  if (typeof value === 'object') {
    const keys = Object.keys(value).sort().slice(0, MAX_KEYS);
    return { type: 'object', keys, bytes, hash };
  }
  return { type: 'string', length: text.length, bytes, hash };
}

/** UTF-8 size of a value as it would be sent: strings as-is, everything else as JSON. */
export function byteSize(value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8');
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
  } catch {
    return 0;
  }
}
