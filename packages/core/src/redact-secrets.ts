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

interface Rule {
  kind: string;
  pattern: RegExp;
  /** Replacement; `$<keep>` groups are preserved where a rule keeps a prefix. */
  replace: (match: string, ...groups: string[]) => string;
}

const tag = (kind: string): string => `[REDACTED:${kind}]`;

// Every pattern is linear: bounded quantifiers or simple character classes, no nested repetition,
// so a scan costs O(length) even on adversarial input.
const RULES: Rule[] = [
  {
    kind: 'private_key',
    pattern:
      /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----[\s\S]{0,20000}?(?:-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----|$)/g,
    replace: () => tag('private_key'),
  },
  {
    kind: 'url_credentials',
    pattern: /\b([a-z][a-z0-9+.-]{0,20}:\/\/)([^\s:/@'"`]{1,256}):([^\s@/'"`]{1,256})@/gi,
    replace: (_m, scheme: string, user: string) => `${scheme}${user}:${tag('password')}@`,
  },
  { kind: 'anthropic_key', pattern: /\bsk-ant-[A-Za-z0-9_-]{8,}/g, replace: () => tag('anthropic_key') },
  {
    kind: 'openai_key',
    pattern: /\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}/g,
    replace: () => tag('openai_key'),
  },
  {
    kind: 'stripe_key',
    pattern: /\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{10,}|\bwhsec_[0-9A-Za-z]{20,}/g,
    replace: () => tag('stripe_key'),
  },
  {
    kind: 'aws_access_key',
    pattern: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/g,
    replace: () => tag('aws_access_key'),
  },
  {
    kind: 'aws_secret',
    pattern: /\b(aws_?secret_?access_?key|aws_?secret)(["']?\s*[=:]\s*["']?)[A-Za-z0-9/+=]{40}/gi,
    replace: (_m, name: string, sep: string) => `${name}${sep}${tag('aws_secret')}`,
  },
  {
    kind: 'github_token',
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,})/g,
    replace: () => tag('github_token'),
  },
  { kind: 'slack_token', pattern: /\bxox[abposre]-[A-Za-z0-9-]{10,}/g, replace: () => tag('slack_token') },
  {
    kind: 'slack_webhook',
    pattern: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/_-]{20,}/g,
    replace: () => tag('slack_webhook'),
  },
  { kind: 'google_api_key', pattern: /\bAIza[0-9A-Za-z_-]{35}/g, replace: () => tag('google_api_key') },
  {
    kind: 'jwt',
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
    replace: () => tag('jwt'),
  },
  {
    // Real tokens carry a digit; the lookahead spares prose such as "Bearer authentication".
    kind: 'bearer',
    pattern: /\b(Bearer|Basic)(\s+)(?=[A-Za-z._~+/=-]{0,4096}[0-9])[A-Za-z0-9._~+/=-]{8,}/g,
    replace: (_m, scheme: string, space: string) => `${scheme}${space}${tag('credential')}`,
  },
  {
    kind: 'authorization',
    pattern:
      /\b((?:proxy-)?authorization["']?[ \t]*[:=][ \t]*["']?(?:(?!Bearer\b|Basic\b)[A-Za-z]{1,20}[ \t]+)?)(?!\[REDACTED)([^\s"'`,;]{8,})/gi,
    replace: (_m, head: string) => `${head}${tag('credential')}`,
  },
  {
    // NAME=value / NAME: value / "name": "value" where the name ends in a secret-ish word.
    // The lookbehind keeps start positions to word starts; the name length is bounded.
    kind: 'assignment',
    pattern:
      /(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]{0,64}?(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API[_-]?KEY|ACCESS[_-]?KEY|PRIVATE[_-]?KEY|AUTH[_-]?KEY|CREDENTIALS?)(?![A-Za-z0-9]))(["']?[ \t]*[=:][ \t]*)(["']?)([^\s"'`,;)}\]]{1,4096})/gi,
    replace: (m: string, name: string, sep: string, quote: string, value: string) =>
      value.startsWith('[REDACTED') ? m : `${name}${sep}${quote}${tag('secret')}`,
  },
];

const DEFAULTS = { maxStringLength: 262_144, maxDepth: 32, maxNodes: 100_000 };

/** Replaces every secret the rules know in one string. Never throws. */
export function redactString(input: string, options: RedactOptions = {}): string {
  try {
    const max = options.maxStringLength ?? DEFAULTS.maxStringLength;
    let s = input;
    if (s.length > max) s = `${s.slice(0, max)}…[TRUNCATED ${s.length - max} chars]`;
    for (const rule of RULES) {
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

/** Object keys whose string values are secrets whatever they look like. */
const SECRET_KEY =
  /^(?:[A-Za-z0-9_.-]*[_.-])?(?:password|passwd|passphrase|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|authorization|auth|credentials?|cookie)$/i;
