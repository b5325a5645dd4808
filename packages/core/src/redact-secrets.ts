import { SECRET_KEY, SECRET_RULES, tag } from './secret-rules.js';

/** What replaced a secret: `[REDACTED:<kind>]`. */
export const REDACTED = '[REDACTED]';

export interface RedactOptions {
  /** Strings longer than this are cut (and marked) before scanning, so time stays bounded. Default 262,144. */
  maxStringLength?: number;
  /** Deeper values are replaced by `[TRUNCATED]`. Default 32. */
  maxDepth?: number;
  /** At most this many values are visited in one call; later ones become `[TRUNCATED]`. Default 100,000. */
  maxNodes?: number;
}

const DEFAULTS = { maxStringLength: 262_144, maxDepth: 32, maxNodes: 100_000 };

/** Replaces every secret the rules know in one string. Never throws. */
export function redactString(input: string, options: RedactOptions = {}): string {
  try {
    const max = options.maxStringLength ?? DEFAULTS.maxStringLength;
    let s = input;
    if (s.length > max) s = `${s.slice(0, max)}…[TRUNCATED ${s.length - max} chars]`;
    for (const rule of SECRET_RULES) {
      rule.pattern.lastIndex = 0;
      s = s.replace(rule.pattern, rule.replace as (substring: string, ...args: string[]) => string);
    }
    return s;
  } catch {
    // A redactor that fails must not leak: drop the value rather than pass it through.
    return tag('unredactable');
  }
}

/**
 * Deep redaction of anything that is about to leave the machine: every string (object keys stay,
 * values under secret-looking keys are replaced whole). Returns a new value; never throws, never mutates.
 */
export function redactSecrets<T>(value: T, options: RedactOptions = {}): T {
  const maxDepth = options.maxDepth ?? DEFAULTS.maxDepth;
  const budget = { nodes: options.maxNodes ?? DEFAULTS.maxNodes };
  const seen = new WeakSet<object>();
  const walk = (v: unknown, depth: number, key?: string): unknown => {
    if (budget.nodes-- <= 0) return '[TRUNCATED]';
    if (typeof v === 'string') {
      if (key !== undefined && SECRET_KEY.test(key) && v.length > 0) return tag('secret');
      return redactString(v, options);
    }
    if (v === null || typeof v !== 'object') return typeof v === 'function' ? undefined : v;
    if (depth >= maxDepth) return '[TRUNCATED]';
    if (seen.has(v)) return '[Circular]';
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1));
      if (v instanceof Date) return v.toISOString();
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) out[k] = walk(item, depth + 1, k);
      return out;
    } finally {
      seen.delete(v);
    }
  };
  try {
    return walk(value, 0) as T;
  } catch {
    return tag('unredactable') as T;
  }
}
