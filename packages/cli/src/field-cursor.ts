/** Structural walking over JSON bytes: fields, array items and the few value kinds the fast path decodes. */

export const NL = 0x0a;
export const CR = 0x0d;
const SP = 0x20;
const TAB = 0x09;
export const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
export const LBRACE = 0x7b;
const RBRACE = 0x7d;
export const LBRACK = 0x5b;
const RBRACK = 0x5d;

function ws(b: Buffer, p: number, e: number): number {
  while (p < e) {
    const c = b[p]!;
    if (c === SP || c === TAB || c === NL || c === CR) p += 1;
    else break;
  }
  return p;
}

/** `p` at an opening quote: the index after the closing quote, or -1. */
function endOfString(b: Buffer, p: number, e: number): number {
  let q = p + 1;
  // Short strings (keys, ids) end within a few bytes: a JS loop beats a native call there.
  const fastLimit = Math.min(e, q + 48);
  for (; q < fastLimit; q += 1) {
    const c = b[q]!;
    if (c === QUOTE) return q + 1;
    if (c === BACKSLASH) {
      q += 1;
    }
  }
  if (q >= e) return -1;
  for (;;) {
    q = b.indexOf(QUOTE, q);
    if (q === -1 || q >= e) return -1;
    let k = q - 1;
    let slashes = 0;
    while (b[k] === BACKSLASH) {
      slashes += 1;
      k -= 1;
    }
    if ((slashes & 1) === 0) return q + 1;
    q += 1;
  }
}

/** `p` at the start of a value: the index after it, or -1. */
export function skipValue(b: Buffer, p: number, e: number): number {
  const c = b[p];
  if (c === QUOTE) return endOfString(b, p, e);
  if (c === LBRACE || c === LBRACK) {
    let depth = 0;
    while (p < e) {
      const d = b[p]!;
      if (d === QUOTE) {
        p = endOfString(b, p, e);
        if (p < 0) return -1;
        continue;
      }
      if (d === LBRACE || d === LBRACK) depth += 1;
      else if (d === RBRACE || d === RBRACK) {
        depth -= 1;
        if (depth === 0) return p + 1;
      }
      p += 1;
    }
    return -1;
  }
  // Number, true, false, null.
  const s = p;
  while (p < e) {
    const d = b[p]!;
    if (d === COMMA || d === RBRACE || d === RBRACK || d === SP || d === TAB || d === NL || d === CR) break;
    p += 1;
  }
  return p > s ? p : -1;
}

/** Whether bytes [s, e) equal `key` (quotes included). */
export function bytesAre(b: Buffer, s: number, e: number, key: Buffer): boolean {
  const n = key.length;
  if (e - s !== n) return false;
  for (let i = 1; i < n - 1; i += 1) if (b[s + i] !== key[i]) return false;
  return true;
}

/**
 * Iterates an object's fields. `open` positions on the first key; after each key, the caller consumes or
 * skips the value and calls `next` with the value's end.
 */
export class FieldCursor {
  p = 0;
  e = 0;
  /** Key bounds (quotes included) and value start of the current field. */
  ks = 0;
  ke = 0;
  vs = 0;

  /** 1: at a field; 0: empty object; -1: not an object. */
  open(b: Buffer, p: number, e: number): number {
    this.e = e;
    p = ws(b, p, e);
    if (b[p] !== LBRACE) return -1;
    p = ws(b, p + 1, e);
    if (b[p] === RBRACE) {
      this.p = p + 1;
      return 0;
    }
    this.p = p;
    return this.#key(b);
  }

  #key(b: Buffer): number {
    const e = this.e;
    let p = this.p;
    if (b[p] !== QUOTE) return -1;
    this.ks = p;
    this.ke = endOfString(b, p, e);
    if (this.ke < 0) return -1;
    p = ws(b, this.ke, e);
    if (b[p] !== COLON) return -1;
    this.vs = ws(b, p + 1, e);
    return 1;
  }

  /** After a value ending at `ve`: 1 at the next field, 0 at the end (`p` after the brace), -1 malformed. */
  next(b: Buffer, ve: number): number {
    if (ve < 0) return -1;
    const e = this.e;
    const p = ws(b, ve, e);
    const c = b[p];
    if (c === COMMA) {
      this.p = ws(b, p + 1, e);
      return this.#key(b);
    }
    if (c === RBRACE) {
      this.p = p + 1;
      return 0;
    }
    return -1;
  }

  keyIs(b: Buffer, key: Buffer): boolean {
    return bytesAre(b, this.ks, this.ke, key);
  }
}

/** Iterates an array's elements the same way. */
export class ItemCursor {
  p = 0;
  e = 0;
  vs = 0;

  open(b: Buffer, p: number, e: number): number {
    this.e = e;
    p = ws(b, p, e);
    if (b[p] !== LBRACK) return -1;
    p = ws(b, p + 1, e);
    if (b[p] === RBRACK) {
      this.p = p + 1;
      return 0;
    }
    this.vs = p;
    return 1;
  }

  next(b: Buffer, ve: number): number {
    if (ve < 0) return -1;
    const e = this.e;
    const p = ws(b, ve, e);
    const c = b[p];
    if (c === COMMA) {
      this.vs = ws(b, p + 1, e);
      return 1;
    }
    if (c === RBRACK) {
      this.p = p + 1;
      return 0;
    }
    return -1;
  }
}

/** Thrown by `stringAt` at an escape `JSON.parse` refuses: the line is malformed (emitted before anything is). */
export const MALFORMED = new Error('malformed line');

/**
 * A string value's text, or undefined for a non-string or an empty string (as the normaliser reads them).
 * Throws `MALFORMED` at an invalid escape.
 */
export function stringAt(b: Buffer, vs: number, ve: number): string | undefined {
  if (b[vs] !== QUOTE || ve - vs < 3) return undefined;
  for (let i = vs + 1; i < ve - 1; i += 1)
    if (b[i] === BACKSLASH) {
      let v: string;
      try {
        v = JSON.parse(b.toString('utf8', vs, ve)) as string;
      } catch {
        throw MALFORMED;
      }
      return v.length > 0 ? v : undefined;
    }
  return b.toString('utf8', vs + 1, ve - 1);
}

/** Whether a string value's bytes hold an escape. */
export function hasEscape(b: Buffer, vs: number, ve: number): boolean {
  for (let i = vs + 1; i < ve - 1; i += 1) if (b[i] === BACKSLASH) return true;
  return false;
}

export const EMPTY = Buffer.alloc(0);

export function isTrue(b: Buffer, vs: number, ve: number): boolean {
  return ve - vs === 4 && b[vs] === 0x74 && b[vs + 1] === 0x72 && b[vs + 2] === 0x75 && b[vs + 3] === 0x65;
}

/** A JSON number value, or undefined for anything else. Plain integers are read without a string. */
export function numberAt(b: Buffer, vs: number, ve: number): number | undefined {
  let n = 0;
  let i = vs;
  for (; i < ve; i += 1) {
    const c = b[i]!;
    if (c < 0x30 || c > 0x39) break;
    n = n * 10 + (c - 0x30);
  }
  if (i === ve && i > vs && n <= Number.MAX_SAFE_INTEGER) return n;
  const c = b[vs]!;
  if (!((c >= 0x30 && c <= 0x39) || c === 0x2d)) return undefined;
  const v = Number(b.toString('latin1', vs, ve));
  return Number.isFinite(v) ? v : undefined;
}

/** `2026-11-27T03:19:42.649Z` read from bytes; other shapes through `Date.parse`. NaN when unreadable. */
export function timeAt(b: Buffer, vs: number, ve: number): number {
  if (b[vs] !== QUOTE) return Number.NaN;
  const s = vs + 1;
  if (
    ve - vs === 26 &&
    b[s + 4] === 0x2d &&
    b[s + 7] === 0x2d &&
    b[s + 10] === 0x54 &&
    b[s + 13] === 0x3a &&
    b[s + 16] === 0x3a &&
    b[s + 19] === 0x2e &&
    b[s + 23] === 0x5a
  ) {
    const d = (i: number, n: number): number => {
      let v = 0;
      for (let k = 0; k < n; k += 1) {
        const c = b[s + i + k]! - 0x30;
        if (c < 0 || c > 9) return -1;
        v = v * 10 + c;
      }
      return v;
    };
    const year = d(0, 4);
    const month = d(5, 2);
    const day = d(8, 2);
    const hour = d(11, 2);
    const minute = d(14, 2);
    const second = d(17, 2);
    const ms = d(20, 3);
    if (
      year >= 0 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= 31 &&
      hour >= 0 &&
      hour <= 23 &&
      minute >= 0 &&
      minute <= 59 &&
      second >= 0 &&
      second <= 59 &&
      ms >= 0
    ) {
      // Like Date.parse, Date.UTC rolls an impossible day (02-31) over into the next month.
      return Date.UTC(year, month - 1, day, hour, minute, second, ms);
    }
  }
  const text = stringAt(b, vs, ve);
  return text === undefined ? Number.NaN : Date.parse(text);
}
