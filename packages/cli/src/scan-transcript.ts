import type { AnthropicUsage } from '@glassbox/pricing';
import { extractRecord } from './extract-record.js';
import type { RawResponse, RawScanSink, RawUsage, ScanSink } from './scanned-records.js';

/**
 * Reads usage and tool calls out of transcript bytes without `JSON.parse` of whole lines.
 *
 * Only lines that contain `"usage"` or `"tool_result"` are looked at (found with the native byte search,
 * so the many other lines cost nothing in JavaScript); the others are skipped unread. Those lines are walked
 * structurally: strings are skipped with the native search too, and only the small values needed (ids, model,
 * timestamp, the usage object) are decoded. A line whose shape the fast path does not expect goes to the
 * reference path (`JSON.parse`, then `extractRecord`: `@glassbox/core`'s `normalizeTranscriptRecord`). A line the
 * fast path does accept is not re-read, so its agreement with the reference is what the tests establish
 * (scan-transcript.test.ts: the real fixtures and generated corpora with every rare case on), not the fallback.
 */

export interface ScanCounters {
  /** Lines the fast path read. */
  fastLines: number;
  /** Lines sent to the full parse. */
  slowLines: number;
  /** Lines that were not JSON at all. */
  malformedLines: number;
}

export interface ScanOptions {
  /** Default true. False reads every candidate line with the reference path (tests, `--debug` checks). */
  readonly fastPath?: boolean;
  /**
   * Default true. False skips the lines that only carry tool results (most of a transcript's bytes) when
   * only tokens and cost are wanted; tool uses are still read from the responses that carry them.
   */
  readonly tools?: boolean;
}

export function newScanCounters(): ScanCounters {
  return { fastLines: 0, slowLines: 0, malformedLines: 0 };
}

const NL = 0x0a;
const CR = 0x0d;
const SP = 0x20;
const TAB = 0x09;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACK = 0x5b;
const RBRACK = 0x5d;

const NEEDLE_USAGE = Buffer.from('"usage"');
const NEEDLE_RESULT = Buffer.from('"tool_result"');

/**
 * Scans the complete lines of `buf[start, end)` and returns the offset just after the last complete line
 * (a partial last line is left for the next read).
 */
export function scanTranscriptBytes(
  buf: Buffer,
  start: number,
  end: number,
  sink: ScanSink,
  counters: ScanCounters,
  options: ScanOptions = {},
): number {
  const lastNl = end > start ? buf.lastIndexOf(NL, end - 1) : -1;
  const complete = lastNl >= start ? lastNl + 1 : start;
  if (complete === start) return start;
  const fast = options.fastPath !== false;
  let pos = start;
  let nextUsage = buf.indexOf(NEEDLE_USAGE, pos);
  let nextResult = options.tools === false ? -1 : buf.indexOf(NEEDLE_RESULT, pos);
  while (pos < complete) {
    if (nextUsage !== -1 && nextUsage < pos) nextUsage = buf.indexOf(NEEDLE_USAGE, pos);
    if (nextResult !== -1 && nextResult < pos) nextResult = buf.indexOf(NEEDLE_RESULT, pos);
    const hit =
      nextUsage === -1 ? nextResult : nextResult === -1 ? nextUsage : Math.min(nextUsage, nextResult);
    if (hit === -1 || hit >= complete) break;
    const lineStart = Math.max(pos, buf.lastIndexOf(NL, hit) + 1);
    let lineEnd = buf.indexOf(NL, hit);
    if (lineEnd === -1 || lineEnd >= complete) lineEnd = complete - 1;
    let contentEnd = lineEnd;
    if (contentEnd > lineStart && buf[contentEnd - 1] === CR) contentEnd -= 1;
    let done = false;
    if (fast) {
      try {
        done = fastRecord(buf, lineStart, contentEnd, undefined, sink, TOP);
      } catch (error) {
        // An invalid escape: the line is not JSON, and the reference path counts it malformed and skips it.
        if (error !== MALFORMED) throw error;
      }
    }
    if (!done) slowLine(buf, lineStart, contentEnd, sink, counters);
    else counters.fastLines += 1;
    pos = lineEnd + 1;
  }
  return complete;
}

function slowLine(buf: Buffer, start: number, end: number, sink: ScanSink, counters: ScanCounters): void {
  let record: unknown;
  try {
    record = JSON.parse(buf.toString('utf8', start, end));
  } catch {
    counters.malformedLines += 1;
    return;
  }
  counters.slowLines += 1;
  extractRecord(record, sink);
}

// ------------------------------------------------------------------ structural walking

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
function skipValue(b: Buffer, p: number, e: number): number {
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

/** Keys are compared as raw bytes, quotes included. */
const K = (s: string): Buffer => Buffer.from(JSON.stringify(s));
const KEY_TYPE = K('type');
const KEY_MESSAGE = K('message');
const KEY_DATA = K('data');
const KEY_REQUEST_ID = K('requestId');
const KEY_REQUESTED_MODEL = K('requestedModel');
const KEY_TIMESTAMP = K('timestamp');
const KEY_SESSION_ID = K('sessionId');
const KEY_IS_SIDECHAIN = K('isSidechain');
const KEY_COST_USD = K('costUSD');
const KEY_ID = K('id');
const KEY_MODEL = K('model');
const KEY_USAGE = K('usage');
const KEY_CONTENT = K('content');
const KEY_ROLE = K('role');
const KEY_NAME = K('name');
const KEY_TOOL_USE_ID = K('tool_use_id');
const KEY_IS_ERROR = K('is_error');
const KEY_INPUT_TOKENS = K('input_tokens');
const KEY_OUTPUT_TOKENS = K('output_tokens');
const KEY_CACHE_CREATION_INPUT = K('cache_creation_input_tokens');
const KEY_CACHE_READ_INPUT = K('cache_read_input_tokens');
const KEY_CACHE_CREATION = K('cache_creation');
const KEY_5M = K('ephemeral_5m_input_tokens');
const KEY_1H = K('ephemeral_1h_input_tokens');
const KEY_SERVER_TOOL_USE = K('server_tool_use');
const KEY_WEB_SEARCH = K('web_search_requests');
const KEY_WEB_FETCH = K('web_fetch_requests');
const KEY_SPEED = K('speed');
const KEY_GEO = K('inference_geo');
const KEY_TIER = K('service_tier');
const KEY_ITERATIONS = K('iterations');
const VAL_ASSISTANT = K('assistant');
const VAL_USER = K('user');
const VAL_PROGRESS = K('progress');
const VAL_AGENT_PROGRESS = K('agent_progress');
const VAL_TOOL_USE = K('tool_use');
const VAL_TOOL_RESULT = K('tool_result');
const VAL_SYNTHETIC = K('<synthetic>');

/** Whether bytes [s, e) equal `key` (quotes included). */
function bytesAre(b: Buffer, s: number, e: number, key: Buffer): boolean {
  const n = key.length;
  if (e - s !== n) return false;
  for (let i = 1; i < n - 1; i += 1) if (b[s + i] !== key[i]) return false;
  return true;
}

/**
 * Iterates an object's fields. `open` positions on the first key; after each key, the caller consumes or
 * skips the value and calls `next` with the value's end.
 */
class FieldCursor {
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
class ItemCursor {
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
const MALFORMED = new Error('malformed line');

/**
 * A string value's text, or undefined for a non-string or an empty string (as the normaliser reads them).
 * Throws `MALFORMED` at an invalid escape.
 */
function stringAt(b: Buffer, vs: number, ve: number): string | undefined {
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
function hasEscape(b: Buffer, vs: number, ve: number): boolean {
  for (let i = vs + 1; i < ve - 1; i += 1) if (b[i] === BACKSLASH) return true;
  return false;
}

const EMPTY = Buffer.alloc(0);

function isTrue(b: Buffer, vs: number, ve: number): boolean {
  return ve - vs === 4 && b[vs] === 0x74 && b[vs + 1] === 0x72 && b[vs + 2] === 0x75 && b[vs + 3] === 0x65;
}

/** A JSON number value, or undefined for anything else. Plain integers are read without a string. */
function numberAt(b: Buffer, vs: number, ve: number): number | undefined {
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
function timeAt(b: Buffer, vs: number, ve: number): number {
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

/** What one record's `message` holds, gathered in one pass before the record's type is known. */
class MessageScratch {
  present = false;
  idS = -1;
  idE = -1;
  modelS = -1;
  modelE = -1;
  role: 'assistant' | 'user' | undefined;
  hasUsage = false;
  readonly usage = new UsageScratch();
  /** tool_use blocks: [idStart, idEnd, nameStart, nameEnd, …] (-1 when absent). */
  uses: number[] = [];
  /** tool_result blocks: [idStart, idEnd, isError, …]. */
  results: number[] = [];
  readonly fields = new FieldCursor();
  readonly items = new ItemCursor();
  readonly block = new FieldCursor();

  reset(): void {
    this.present = false;
    this.idS = -1;
    this.modelS = -1;
    this.role = undefined;
    this.hasUsage = false;
    this.uses.length = 0;
    this.results.length = 0;
  }
}

class UsageScratch implements RawUsage {
  input: number | undefined;
  output: number | undefined;
  cacheWrite: number | undefined;
  cacheRead: number | undefined;
  cacheObject = false;
  fiveMinute: number | undefined;
  oneHour: number | undefined;
  serverObject = false;
  webSearch: number | undefined;
  webFetch: number | undefined;
  speedS = -1;
  speedE = -1;
  geoS = -1;
  geoE = -1;
  tierS = -1;
  tierE = -1;
  /** Whether a label has an escape (then only the decoded string is right). */
  escaped = false;
  iterations: unknown[] | undefined;
  b: Buffer = EMPTY;
  readonly fields = new FieldCursor();
  readonly inner = new FieldCursor();

  reset(): void {
    this.input = undefined;
    this.output = undefined;
    this.cacheWrite = undefined;
    this.cacheRead = undefined;
    this.cacheObject = false;
    this.fiveMinute = undefined;
    this.oneHour = undefined;
    this.serverObject = false;
    this.webSearch = undefined;
    this.webFetch = undefined;
    this.speedS = -1;
    this.geoS = -1;
    this.tierS = -1;
    this.escaped = false;
    this.iterations = undefined;
  }

  toUsage(): AnthropicUsage {
    const out: { -readonly [K in keyof AnthropicUsage]: AnthropicUsage[K] } = {};
    if (this.input !== undefined) out.input_tokens = this.input;
    if (this.output !== undefined) out.output_tokens = this.output;
    if (this.cacheWrite !== undefined) out.cache_creation_input_tokens = this.cacheWrite;
    if (this.cacheRead !== undefined) out.cache_read_input_tokens = this.cacheRead;
    if (this.cacheObject)
      out.cache_creation = {
        ephemeral_5m_input_tokens: this.fiveMinute,
        ephemeral_1h_input_tokens: this.oneHour,
      };
    if (this.serverObject)
      out.server_tool_use = { web_search_requests: this.webSearch, web_fetch_requests: this.webFetch };
    const b = this.b;
    if (this.speedS >= 0) out.speed = stringAt(b, this.speedS, this.speedE);
    if (this.geoS >= 0) out.inference_geo = stringAt(b, this.geoS, this.geoE) ?? '';
    if (this.tierS >= 0) out.service_tier = stringAt(b, this.tierS, this.tierE);
    if (this.iterations !== undefined) (out as { iterations?: unknown }).iterations = this.iterations;
    return out;
  }
}

/** Reads a usage object at `p` into `u`; returns its end, or -1. */
function readUsageAt(b: Buffer, p: number, e: number, u: UsageScratch): number {
  u.reset();
  u.b = b;
  const f = u.fields;
  let state = f.open(b, p, e);
  while (state === 1) {
    const vs = f.vs;
    const ve = skipValue(b, vs, e);
    if (ve < 0) return -1;
    switch (f.ke - f.ks) {
      case 7:
        // speed and service_tier count only as non-empty strings; inference_geo as any string.
        if (f.keyIs(b, KEY_SPEED) && b[vs] === QUOTE && ve - vs > 2) {
          u.speedS = vs;
          u.speedE = ve;
          u.escaped ||= hasEscape(b, vs, ve);
        }
        break;
      case 12:
        // Rare and small: parsed as it is, objects only (as the normaliser keeps them).
        if (f.keyIs(b, KEY_ITERATIONS) && b[vs] === LBRACK && ve - vs > 2) {
          let list: unknown[];
          try {
            list = JSON.parse(b.toString('utf8', vs, ve)) as unknown[];
          } catch {
            return -1;
          }
          list = list.filter((x) => typeof x === 'object' && x !== null && !Array.isArray(x));
          if (list.length > 0) u.iterations = list;
        }
        break;
      case 14:
        if (f.keyIs(b, KEY_INPUT_TOKENS)) u.input = numberAt(b, vs, ve);
        else if (f.keyIs(b, KEY_TIER) && b[vs] === QUOTE && ve - vs > 2) {
          u.tierS = vs;
          u.tierE = ve;
          u.escaped ||= hasEscape(b, vs, ve);
        }
        break;
      case 17:
        if (f.keyIs(b, KEY_SERVER_TOOL_USE)) {
          if (b[vs] === LBRACE) {
            u.serverObject = true;
            const g = u.inner;
            let s = g.open(b, vs, ve);
            while (s === 1) {
              const ive = skipValue(b, g.vs, ve);
              if (g.keyIs(b, KEY_WEB_SEARCH)) u.webSearch = numberAt(b, g.vs, ive);
              else if (g.keyIs(b, KEY_WEB_FETCH)) u.webFetch = numberAt(b, g.vs, ive);
              s = g.next(b, ive);
            }
            if (s < 0) return -1;
          }
        }
        break;
      case 15:
        if (f.keyIs(b, KEY_OUTPUT_TOKENS)) u.output = numberAt(b, vs, ve);
        else if (f.keyIs(b, KEY_GEO) && b[vs] === QUOTE) {
          u.geoS = vs;
          u.geoE = ve;
          u.escaped ||= hasEscape(b, vs, ve);
        }
        break;
      case 16:
        if (f.keyIs(b, KEY_CACHE_CREATION)) {
          if (b[vs] === LBRACE) {
            u.cacheObject = true;
            const g = u.inner;
            let s = g.open(b, vs, ve);
            while (s === 1) {
              const ive = skipValue(b, g.vs, ve);
              if (g.keyIs(b, KEY_5M)) u.fiveMinute = numberAt(b, g.vs, ive);
              else if (g.keyIs(b, KEY_1H)) u.oneHour = numberAt(b, g.vs, ive);
              s = g.next(b, ive);
            }
            if (s < 0) return -1;
          }
        }
        break;
      case 25:
        if (f.keyIs(b, KEY_CACHE_READ_INPUT)) u.cacheRead = numberAt(b, vs, ve);
        break;
      case 29:
        if (f.keyIs(b, KEY_CACHE_CREATION_INPUT)) u.cacheWrite = numberAt(b, vs, ve);
        break;
      default:
        break;
    }
    state = f.next(b, ve);
  }
  return state === 0 ? f.p : -1;
}

/** Reads a `message` object at `p` into `m` (ids, model, role, usage, tool blocks); returns its end, or -1. */
function readMessageAt(b: Buffer, p: number, e: number, m: MessageScratch): number {
  m.reset();
  m.present = true;
  const f = m.fields;
  let state = f.open(b, p, e);
  while (state === 1) {
    const vs = f.vs;
    let ve: number;
    switch (f.ke - f.ks) {
      case 4:
        ve = skipValue(b, vs, e);
        if (f.keyIs(b, KEY_ID)) {
          m.idS = vs;
          m.idE = ve;
        }
        break;
      case 6:
        ve = skipValue(b, vs, e);
        if (f.keyIs(b, KEY_ROLE)) {
          m.role = bytesAre(b, vs, ve, VAL_ASSISTANT)
            ? 'assistant'
            : bytesAre(b, vs, ve, VAL_USER)
              ? 'user'
              : undefined;
        }
        break;
      case 7:
        if (f.keyIs(b, KEY_USAGE) && b[vs] === LBRACE) {
          ve = readUsageAt(b, vs, e, m.usage);
          m.hasUsage = ve >= 0;
        } else {
          ve = skipValue(b, vs, e);
          if (f.keyIs(b, KEY_MODEL)) {
            m.modelS = vs;
            m.modelE = ve;
          }
        }
        break;
      case 9:
        ve = f.keyIs(b, KEY_CONTENT) && b[vs] === LBRACK ? readContentAt(b, vs, e, m) : skipValue(b, vs, e);
        break;
      default:
        ve = skipValue(b, vs, e);
        break;
    }
    state = f.next(b, ve);
  }
  return state === 0 ? f.p : -1;
}

/** Reads content blocks, keeping tool_use and tool_result ids; returns the array's end, or -1. */
function readContentAt(b: Buffer, p: number, e: number, m: MessageScratch): number {
  const items = m.items;
  let state = items.open(b, p, e);
  while (state === 1) {
    const vs = items.vs;
    let ve: number;
    if (b[vs] !== LBRACE) ve = skipValue(b, vs, e);
    else {
      const f = m.block;
      let isUse = false;
      let isResult = false;
      let idS = -1;
      let idE = -1;
      let nameS = -1;
      let nameE = -1;
      let useIdS = -1;
      let useIdE = -1;
      let isError = false;
      let s = f.open(b, vs, e);
      while (s === 1) {
        const bvs = f.vs;
        const bve = skipValue(b, bvs, e);
        switch (f.ke - f.ks) {
          case 4:
            if (f.keyIs(b, KEY_ID)) {
              idS = bvs;
              idE = bve;
            }
            break;
          case 6:
            if (f.keyIs(b, KEY_TYPE)) {
              isUse = bytesAre(b, bvs, bve, VAL_TOOL_USE);
              isResult = bytesAre(b, bvs, bve, VAL_TOOL_RESULT);
            } else if (f.keyIs(b, KEY_NAME)) {
              nameS = bvs;
              nameE = bve;
            }
            break;
          case 10:
            if (f.keyIs(b, KEY_IS_ERROR)) isError = isTrue(b, bvs, bve);
            break;
          case 13:
            if (f.keyIs(b, KEY_TOOL_USE_ID)) {
              useIdS = bvs;
              useIdE = bve;
            }
            break;
          default:
            break;
        }
        s = f.next(b, bve);
      }
      if (s < 0) return -1;
      ve = f.p;
      if (isUse && idS >= 0) m.uses.push(idS, idE, nameS, nameE);
      if (isResult && useIdS >= 0) m.results.push(useIdS, useIdE, isError ? 1 : 0);
    }
    state = items.next(b, ve);
  }
  return state === 0 ? items.p : -1;
}

interface Inherited {
  readonly timeMs: number;
  /** Range of the session id string (in the same line), -1 when none. */
  readonly sessionS: number;
  readonly sessionE: number;
  readonly isSidechain: boolean;
}

/** Per-depth scratch: a line, and the record nested in its `agent_progress`. */
class RecordScratch {
  readonly fields = new FieldCursor();
  readonly message = new MessageScratch();
  readonly data = new FieldCursor();
  inner: RecordScratch | undefined;
}

const TOP = new RecordScratch();
TOP.inner = new RecordScratch();

/** Reads one record (a line, or the record nested in an `agent_progress`). False: let the full parse do it. */
function fastRecord(
  b: Buffer,
  s: number,
  e: number,
  inherited: Inherited | undefined,
  sink: ScanSink,
  scratch: RecordScratch,
): boolean {
  const f = scratch.fields;
  const m = scratch.message;
  m.reset();
  let typeS = -1;
  let typeE = -1;
  let requestIdS = -1;
  let requestIdE = -1;
  let requestedS = -1;
  let requestedE = -1;
  let timeS = -1;
  let timeE = -1;
  let sessionS = -1;
  let sessionE = -1;
  let costS = -1;
  let costE = -1;
  let sidechain = false;
  let progressS = -1;
  let progressE = -1;
  let state = f.open(b, s, e);
  while (state === 1) {
    const vs = f.vs;
    let ve: number;
    switch (f.ke - f.ks) {
      case 6:
        ve = skipValue(b, vs, e);
        if (f.keyIs(b, KEY_TYPE)) {
          typeS = vs;
          typeE = ve;
        } else if (f.keyIs(b, KEY_DATA)) {
          progressS = vs;
          progressE = ve;
        }
        break;
      case 9:
        if (f.keyIs(b, KEY_MESSAGE) && b[vs] === LBRACE) ve = readMessageAt(b, vs, e, m);
        else {
          ve = skipValue(b, vs, e);
          if (f.keyIs(b, KEY_COST_USD)) {
            costS = vs;
            costE = ve;
          }
        }
        break;
      case 11:
        ve = skipValue(b, vs, e);
        if (f.keyIs(b, KEY_REQUEST_ID)) {
          requestIdS = vs;
          requestIdE = ve;
        } else if (f.keyIs(b, KEY_TIMESTAMP)) {
          timeS = vs;
          timeE = ve;
        } else if (f.keyIs(b, KEY_SESSION_ID)) {
          sessionS = vs;
          sessionE = ve;
        }
        break;
      case 13:
        ve = skipValue(b, vs, e);
        if (f.keyIs(b, KEY_IS_SIDECHAIN)) sidechain = isTrue(b, vs, ve);
        break;
      case 16:
        ve = skipValue(b, vs, e);
        if (f.keyIs(b, KEY_REQUESTED_MODEL)) {
          requestedS = vs;
          requestedE = ve;
        }
        break;
      default:
        ve = skipValue(b, vs, e);
        break;
    }
    state = f.next(b, ve);
  }
  if (state < 0) return false;

  // The record's kind: its `type`, else (oldest versions) its message's role.
  let kind: 'assistant' | 'user' | 'progress' | undefined;
  if (typeS >= 0) {
    if (b[typeS] !== QUOTE) return false;
    kind = bytesAre(b, typeS, typeE, VAL_ASSISTANT)
      ? 'assistant'
      : bytesAre(b, typeS, typeE, VAL_USER)
        ? 'user'
        : bytesAre(b, typeS, typeE, VAL_PROGRESS)
          ? 'progress'
          : undefined;
  } else kind = m.present ? m.role : undefined;
  if (kind === undefined) return true;
  if (kind === 'progress' && inherited) return false;

  const own = timeS >= 0 ? timeAt(b, timeS, timeE) : Number.NaN;
  if (timeS >= 0 && b[timeS] !== QUOTE) return false;
  // A session id counts only as a non-empty string; otherwise the enclosing record's.
  const ownSession = sessionS >= 0 && b[sessionS] === QUOTE && sessionE - sessionS > 2;
  const env: Inherited = {
    timeMs: Number.isNaN(own) ? (inherited?.timeMs ?? Number.NaN) : own,
    sessionS: ownSession ? sessionS : (inherited?.sessionS ?? -1),
    sessionE: ownSession ? sessionE : (inherited?.sessionE ?? -1),
    isSidechain: sidechain || inherited?.isSidechain === true,
  };

  if (kind === 'progress')
    return progressS >= 0 ? fastProgress(b, progressS, progressE, env, sink, scratch) : true;
  if (!m.present) return true;
  if (kind === 'user') {
    const r = m.results;
    // Decoded before any is emitted: a bad escape in a later id skips the whole line, as the reference does.
    for (let i = 0; i < r.length; i += 3) if (hasEscape(b, r[i]!, r[i + 1]!)) stringAt(b, r[i]!, r[i + 1]!);
    for (let i = 0; i < r.length; i += 3) {
      const id = stringAt(b, r[i]!, r[i + 1]!);
      if (id) sink.toolResult({ id, timeMs: env.timeMs, isError: r[i + 2] === 1 });
    }
    return true;
  }
  // An assistant message: one API response (or one content block of it).
  if (m.idS < 0 || m.modelS < 0) return true;
  if (b[m.idS] !== QUOTE || m.idE - m.idS < 3 || b[m.modelS] !== QUOTE || m.modelE - m.modelS < 3)
    return true;
  if (bytesAre(b, m.modelS, m.modelE, VAL_SYNTHETIC)) return true;
  const requested = requestedS >= 0 && b[requestedS] === QUOTE && requestedE - requestedS > 2;
  const hasRequest = requestIdS >= 0 && b[requestIdS] === QUOTE && requestIdE - requestIdS > 2;
  const recordedCostUsd = costS >= 0 ? numberAt(b, costS, costE) : undefined;
  const usage = m.usage;
  if (!m.hasUsage) usage.reset();
  const raw = isRawSink(sink) ? RAW : undefined;
  // Tool-use ids and names with escapes are checked before the response is emitted (a bad one skips the line).
  for (let i = 0; i < m.uses.length; i += 4) {
    const [idS, idE, nameS, nameE] = [m.uses[i]!, m.uses[i + 1]!, m.uses[i + 2]!, m.uses[i + 3]!];
    if (b[idS] === QUOTE && hasEscape(b, idS, idE)) stringAt(b, idS, idE);
    if (nameS >= 0 && b[nameS] === QUOTE && hasEscape(b, nameS, nameE)) stringAt(b, nameS, nameE);
  }
  if (env.sessionS >= 0 && b[env.sessionS] === QUOTE && hasEscape(b, env.sessionS, env.sessionE))
    stringAt(b, env.sessionS, env.sessionE);
  if (
    raw &&
    !usage.escaped &&
    !hasEscape(b, m.idS, m.idE) &&
    !(hasRequest && hasEscape(b, requestIdS, requestIdE)) &&
    !hasEscape(b, requested ? requestedS : m.modelS, requested ? requestedE : m.modelE) &&
    !(env.sessionS >= 0 && hasEscape(b, env.sessionS, env.sessionE))
  ) {
    raw.b = b;
    raw.idS = m.idS;
    raw.idE = m.idE;
    raw.requestS = hasRequest ? requestIdS : -1;
    raw.requestE = hasRequest ? requestIdE : -1;
    raw.modelS = requested ? requestedS : m.modelS;
    raw.modelE = requested ? requestedE : m.modelE;
    raw.sessionS = env.sessionS;
    raw.sessionE = env.sessionE;
    raw.timeMs = env.timeMs;
    raw.isSidechain = env.isSidechain;
    raw.recordedCostUsd = recordedCostUsd;
    raw.usage = usage;
    (sink as RawScanSink).rawResponse(raw);
  } else {
    const sessionId = env.sessionS >= 0 ? stringAt(b, env.sessionS, env.sessionE) : undefined;
    sink.response({
      messageId: stringAt(b, m.idS, m.idE)!,
      requestId: (hasRequest ? stringAt(b, requestIdS, requestIdE) : undefined) ?? '',
      model:
        (requested ? stringAt(b, requestedS, requestedE) : undefined) ?? stringAt(b, m.modelS, m.modelE)!,
      timeMs: env.timeMs,
      sessionId,
      isSidechain: env.isSidechain,
      usage: m.hasUsage ? usage.toUsage() : {},
      recordedCostUsd,
    });
  }
  const u = m.uses;
  for (let i = 0; i < u.length; i += 4) {
    const idS = u[i]!;
    const idE = u[i + 1]!;
    if (b[idS] !== QUOTE || idE - idS < 3) continue;
    const nameS = u[i + 2]!;
    const nameE = u[i + 3]!;
    const named = nameS >= 0 && b[nameS] === QUOTE && nameE - nameS > 2;
    if (
      raw &&
      !hasEscape(b, idS, idE) &&
      !(named && hasEscape(b, nameS, nameE)) &&
      !(env.sessionS >= 0 && hasEscape(b, env.sessionS, env.sessionE))
    )
      (sink as RawScanSink).rawToolUse(
        b,
        idS,
        idE,
        named ? nameS : -1,
        named ? nameE : -1,
        env.timeMs,
        env.sessionS,
        env.sessionE,
      );
    else
      sink.toolUse({
        id: stringAt(b, idS, idE)!,
        name: (named ? stringAt(b, nameS, nameE) : undefined) ?? 'unknown',
        timeMs: env.timeMs,
        sessionId: env.sessionS >= 0 ? stringAt(b, env.sessionS, env.sessionE) : undefined,
      });
  }
  return true;
}

const isRawSink = (sink: ScanSink): sink is RawScanSink =>
  typeof (sink as Partial<RawScanSink>).rawResponse === 'function';

/** The one raw response object the fast path fills and hands over (the sink copies what it keeps). */
const RAW: { -readonly [K in keyof RawResponse]: RawResponse[K] } = {
  b: EMPTY,
  idS: -1,
  idE: -1,
  requestS: -1,
  requestE: -1,
  modelS: -1,
  modelE: -1,
  sessionS: -1,
  sessionE: -1,
  timeMs: Number.NaN,
  isSidechain: false,
  recordedCostUsd: undefined,
  usage: new UsageScratch(),
};

function fastProgress(
  b: Buffer,
  s: number,
  e: number,
  env: Inherited,
  sink: ScanSink,
  scratch: RecordScratch,
): boolean {
  const f = scratch.data;
  let agentProgress = false;
  let msgS = -1;
  let msgE = -1;
  let state = f.open(b, s, e);
  if (state < 0) return true;
  while (state === 1) {
    const vs = f.vs;
    const ve = skipValue(b, vs, e);
    if (f.keyIs(b, KEY_TYPE)) agentProgress = bytesAre(b, vs, ve, VAL_AGENT_PROGRESS);
    else if (f.keyIs(b, KEY_MESSAGE)) {
      msgS = vs;
      msgE = ve;
    }
    state = f.next(b, ve);
  }
  if (state < 0) return false;
  if (!agentProgress || msgS < 0 || b[msgS] !== LBRACE) return true;
  // Older versions mirror a subagent's messages here: read them as the subagent's (sidechain) records.
  return fastRecord(
    b,
    msgS,
    msgE,
    { timeMs: env.timeMs, sessionS: env.sessionS, sessionE: env.sessionE, isSidechain: true },
    sink,
    scratch.inner ?? (scratch.inner = new RecordScratch()),
  );
}
