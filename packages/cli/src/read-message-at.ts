import type { AnthropicUsage } from '@glassbox/pricing';
import {
  bytesAre,
  EMPTY,
  FieldCursor,
  hasEscape,
  ItemCursor,
  isTrue,
  LBRACE,
  LBRACK,
  numberAt,
  QUOTE,
  skipValue,
  stringAt,
} from './field-cursor.js';
import type { RawUsage } from './scanned-records.js';
import {
  KEY_1H,
  KEY_5M,
  KEY_CACHE_CREATION,
  KEY_CACHE_CREATION_INPUT,
  KEY_CACHE_READ_INPUT,
  KEY_CONTENT,
  KEY_GEO,
  KEY_ID,
  KEY_INPUT_TOKENS,
  KEY_IS_ERROR,
  KEY_ITERATIONS,
  KEY_MODEL,
  KEY_NAME,
  KEY_OUTPUT_TOKENS,
  KEY_ROLE,
  KEY_SERVER_TOOL_USE,
  KEY_SPEED,
  KEY_TIER,
  KEY_TOOL_USE_ID,
  KEY_TYPE,
  KEY_USAGE,
  KEY_WEB_FETCH,
  KEY_WEB_SEARCH,
  VAL_ASSISTANT,
  VAL_TOOL_RESULT,
  VAL_TOOL_USE,
  VAL_USER,
} from './transcript-keys.js';

// A record's `message` (ids, model, role, usage, tool blocks) read from its bytes, for fast-record.ts.

/** What one record's `message` holds, gathered in one pass before the record's type is known. */
export class MessageScratch {
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

export class UsageScratch implements RawUsage {
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
export function readMessageAt(b: Buffer, p: number, e: number, m: MessageScratch): number {
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
