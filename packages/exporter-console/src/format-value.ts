import { configure } from 'safe-stable-stringify';

// Keeps insertion order, prints cycles as "[Circular]" and bigints as numbers: never throws on `unknown`.
const stringify = configure({ deterministic: false, circularValue: '[Circular]', bigint: true });

/** JSON for anything a batch may hold (cycles, bigints, NaN as null), on one line. */
export function toJsonLine(value: unknown): string {
  return stringify(value) ?? 'null';
}

const BARE = /^[\p{L}\p{N}_.:/@+\-#]+$/u;

/**
 * One value for a `key=value` text line: bare when it is a plain word, JSON-quoted otherwise (so newlines,
 * control and ANSI characters never reach the terminal raw), cut to `maxLength` characters with `…`.
 */
export function formatValue(value: unknown, maxLength: number): string {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (typeof value === 'string') {
    const cut = truncate(value, maxLength);
    return BARE.test(cut) ? cut : quote(cut, maxLength);
  }
  if (value === undefined) return 'undefined';
  return escapeSeparators(truncate(toJsonLine(value), maxLength));
}

/** A key for a `key=value` text line; quoted unless it is a plain word. */
export function formatKey(key: string, maxLength: number): string {
  return BARE.test(key) ? key : quote(key, maxLength);
}

/** A JSON-quoted string cut to `maxLength` characters. */
export function quote(value: string, maxLength: number): string {
  return escapeSeparators(JSON.stringify(truncate(value, maxLength)));
}

// JSON leaves the Unicode line and paragraph separators raw; some line readers split on them.
function escapeSeparators(json: string): string {
  return json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  // Do not split a surrogate pair at the cut.
  let end = Math.max(0, maxLength);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
