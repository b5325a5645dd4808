import type { UsagePricer } from '@glassbox/core';
import { GlassboxError } from '@glassbox/spec';
import type { CollectedFile } from './collect-usage.js';
import { rowCost } from './collect-usage.js';
import {
  FLAG_DEAD,
  FLAG_SIDECHAIN,
  mergeRows,
  P_5M,
  R_CACHE_1H,
  R_CACHE_5M,
  R_CACHE_READ,
  R_CACHE_WRITE,
  R_COST,
  R_F64,
  R_FLAGS,
  R_INPUT,
  R_KEY,
  R_MODEL,
  R_MSG,
  R_OUTPUT,
  R_PRESENT,
  R_SESSION,
  R_TIME,
  R_U32,
  R_WEB_SEARCH,
  type StringTable,
  T_ERROR,
  T_ID,
  T_U32,
  U_ID,
  U_NAME,
  U_U32,
} from './usage-tables.js';

/** Tokens and cost of a group of API responses. */
export interface UsageEntry {
  /** Deduplicated API responses. */
  responses: number;
  inputTokens: number;
  outputTokens: number;
  /** All cache writes; split below into 5-minute and 1-hour writes (a write without the split is 5-minute). */
  cacheCreationTokens: number;
  cacheCreation5mTokens: number;
  cacheCreation1hTokens: number;
  cacheReadTokens: number;
  totalTokens: number;
  webSearchRequests: number;
  /** USD of the responses whose price is known. */
  cost: number;
  /** Responses of models without a price: `cost` leaves them out (it is a lower bound), never a silent $0. */
  costUnknownResponses: number;
}

export interface SessionEntry extends UsageEntry {
  project: string;
  firstTime: string | null;
  lastTime: string | null;
  models: string[];
}

export interface ToolEntry {
  calls: number;
  /** Calls with a result. */
  completed: number;
  errors: number;
  /** errors / completed. */
  errorRate: number;
  /** Time from the request for the tool to its result. */
  p50Ms: number | null;
  p95Ms: number | null;
  maxMs: number | null;
  meanMs: number | null;
  totalMs: number;
}

export type ReportGroup = 'day' | 'session' | 'model' | 'project' | 'tool';

export interface UsageReport {
  timezone: string;
  since: string | null;
  until: string | null;
  totals: UsageEntry;
  byModel: Record<string, UsageEntry>;
  byDate: Record<string, UsageEntry>;
  bySession: Record<string, SessionEntry>;
  byProject?: Record<string, UsageEntry>;
  byTool?: Record<string, ToolEntry>;
  /** Models seen without a price. */
  unpricedModels: string[];
}

export interface BuildReportOptions {
  readonly timezone: string;
  readonly since?: string;
  readonly until?: string;
  readonly byProject?: boolean;
  readonly byTool?: boolean;
  readonly pricer: UsagePricer;
}

export function emptyEntry(): UsageEntry {
  return {
    responses: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheCreationTokens: 0,
    cacheCreation5mTokens: 0,
    cacheCreation1hTokens: 0,
    cacheReadTokens: 0,
    totalTokens: 0,
    webSearchRequests: 0,
    cost: 0,
    costUnknownResponses: 0,
  };
}

/** Checks a `--since` / `--until` value; accepts YYYY-MM-DD and YYYYMMDD, returns YYYY-MM-DD. */
export function parseDateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value.trim());
  const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
  if (
    !m ||
    Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) ||
    new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso
  )
    throw new GlassboxError('INVALID_INPUT', `--${name} must be a date like 2026-11-27 (got '${value}')`);
  return iso;
}

/** Checks a time zone name (`UTC`, `Europe/Paris`…). */
export function checkTimezone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz;
  } catch {
    throw new GlassboxError(
      'INVALID_INPUT',
      `unknown time zone '${tz}' (use an IANA name such as Europe/Paris)`,
    );
  }
}

/** Epoch ms → calendar date in `tz`, memoised per quarter hour (every UTC offset is a multiple of 15 min). */
export function dateKeyer(tz: string): (ms: number) => string {
  const memo = new Map<number, string>();
  if (tz === 'UTC' || tz === 'Etc/UTC') {
    return (ms) => {
      if (!Number.isFinite(ms)) return 'unknown';
      const day = Math.floor(ms / 86_400_000);
      let s = memo.get(day);
      if (s === undefined) {
        s = new Date(day * 86_400_000).toISOString().slice(0, 10);
        memo.set(day, s);
      }
      return s;
    };
  }
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (ms) => {
    if (!Number.isFinite(ms)) return 'unknown';
    const q = Math.floor(ms / 900_000);
    let s = memo.get(q);
    if (s === undefined) {
      const parts = format.formatToParts(ms);
      const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
      s = `${get('year')}-${get('month')}-${get('day')}`;
      memo.set(q, s);
    }
    return s;
  };
}

/** Open-addressing map from a 64-bit key (two uint32) to a row index. */
class PairIndex {
  readonly #k1: Uint32Array;
  readonly #k2: Uint32Array;
  readonly #v: Int32Array;
  readonly #mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.#k1 = new Uint32Array(size);
    this.#k2 = new Uint32Array(size);
    this.#v = new Int32Array(size).fill(-1);
    this.#mask = size - 1;
  }

  #slot(k1: number, k2: number): number {
    let i = (k1 ^ Math.imul(k2, 0x9e3779b1)) & this.#mask;
    while (this.#v[i] !== -1 && (this.#k1[i] !== k1 || this.#k2[i] !== k2)) i = (i + 1) & this.#mask;
    return i;
  }

  get(k1: number, k2: number): number {
    return this.#v[this.#slot(k1, k2)]!;
  }

  set(k1: number, k2: number, value: number): void {
    const i = this.#slot(k1, k2);
    this.#k1[i] = k1;
    this.#k2[i] = k2;
    this.#v[i] = value;
  }
}

/** All files' responses in one table, each API response once (message id + request id, sidechain replays). */
export function dedupeResponses(
  files: readonly CollectedFile[],
  strings: StringTable,
  pricer: UsagePricer,
): { u32: Uint32Array; f64: Float64Array; fileOf: Uint32Array; count: number } {
  let count = 0;
  for (const f of files) count += f.tables.responses.count;
  const u32 = new Uint32Array(count * R_U32);
  const f64 = new Float64Array(count * R_F64);
  const fileOf = new Uint32Array(count);
  let at = 0;
  files.forEach((f, i) => {
    const c = f.tables.responses;
    u32.set(c.u32.subarray(0, c.count * R_U32), at * R_U32);
    f64.set(c.f64.subarray(0, c.count * R_F64), at * R_F64);
    fileOf.fill(i, at, at + c.count);
    at += c.count;
  });
  const byKey = new PairIndex(count);
  const byMessage = new PairIndex(count);
  const dirty: number[] = [];
  for (let r = 0; r < count; r += 1) {
    const o = r * R_U32;
    const k1 = u32[o + R_KEY]!;
    const k2 = u32[o + R_KEY + 1]!;
    let keep = byKey.get(k1, k2);
    if (keep === -1) {
      // A sidechain copy of a known message under another request id is a replay (ccusage#913).
      const m = byMessage.get(u32[o + R_MSG]!, u32[o + R_MSG + 1]!);
      if (m !== -1 && ((u32[m * R_U32 + R_FLAGS]! | u32[o + R_FLAGS]!) & FLAG_SIDECHAIN) !== 0) {
        keep = m;
        byKey.set(k1, k2, m);
      }
    }
    if (keep === -1) {
      byKey.set(k1, k2, r);
      byMessage.set(u32[o + R_MSG]!, u32[o + R_MSG + 1]!, r);
      continue;
    }
    if (mergeRows(u32, f64, keep, u32, f64, r)) dirty.push(keep);
    u32[o + R_FLAGS] = u32[o + R_FLAGS]! | FLAG_DEAD;
  }
  for (const r of dirty) f64[r * R_F64 + R_COST] = rowCost(u32, f64, r, strings, pricer);
  return { u32, f64, fileOf, count };
}

function add(e: UsageEntry, u32: Uint32Array, o: number, cost: number): void {
  const input = u32[o + R_INPUT]!;
  const output = u32[o + R_OUTPUT]!;
  const write = u32[o + R_CACHE_WRITE]!;
  const read = u32[o + R_CACHE_READ]!;
  const oneHour = u32[o + R_CACHE_1H]!;
  // Without the 5m/1h split a write is a 5-minute write (Anthropic's default).
  const fiveMinute = u32[o + R_PRESENT]! & P_5M ? u32[o + R_CACHE_5M]! : Math.max(0, write - oneHour);
  e.responses += 1;
  e.inputTokens += input;
  e.outputTokens += output;
  e.cacheCreationTokens += write;
  e.cacheCreation5mTokens += fiveMinute;
  e.cacheCreation1hTokens += oneHour;
  e.cacheReadTokens += read;
  e.totalTokens += input + output + write + read;
  e.webSearchRequests += u32[o + R_WEB_SEARCH]!;
  if (Number.isNaN(cost)) e.costUnknownResponses += 1;
  else e.cost += cost;
}

function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Aggregates collected usage into the report (every group; `byProject` / `byTool` when asked). */
export function buildReport(
  files: readonly CollectedFile[],
  strings: StringTable,
  options: BuildReportOptions,
): UsageReport {
  const { u32, f64, fileOf, count } = dedupeResponses(files, strings, options.pricer);
  const dateOf = dateKeyer(options.timezone);
  const since = options.since;
  const until = options.until;
  const inRange = (date: string): boolean =>
    (since === undefined || (date !== 'unknown' && date >= since)) &&
    (until === undefined || (date !== 'unknown' && date <= until));

  const totals = emptyEntry();
  const byModel = new Map<number, UsageEntry>();
  const byDate = new Map<string, UsageEntry>();
  const bySession = new Map<number, SessionEntry & { modelSet: Set<number>; first: number; last: number }>();
  const byProject = new Map<string, UsageEntry>();
  const unpriced = new Set<number>();

  for (let r = 0; r < count; r += 1) {
    const o = r * R_U32;
    if (u32[o + R_FLAGS]! & FLAG_DEAD) continue;
    const time = f64[r * R_F64 + R_TIME]!;
    const date = dateOf(time);
    if (!inRange(date)) continue;
    const cost = f64[r * R_F64 + R_COST]!;
    const model = u32[o + R_MODEL]!;
    if (Number.isNaN(cost)) unpriced.add(model);
    add(totals, u32, o, cost);
    let m = byModel.get(model);
    if (!m) byModel.set(model, (m = emptyEntry()));
    add(m, u32, o, cost);
    let d = byDate.get(date);
    if (!d) byDate.set(date, (d = emptyEntry()));
    add(d, u32, o, cost);
    const session = u32[o + R_SESSION]!;
    const project = files[fileOf[r]!]!.file.project;
    let s = bySession.get(session);
    if (!s) {
      s = {
        ...emptyEntry(),
        project,
        firstTime: null,
        lastTime: null,
        models: [],
        modelSet: new Set(),
        first: Number.POSITIVE_INFINITY,
        last: Number.NEGATIVE_INFINITY,
      };
      bySession.set(session, s);
    }
    add(s, u32, o, cost);
    s.modelSet.add(model);
    if (Number.isFinite(time)) {
      if (time < s.first) s.first = time;
      if (time > s.last) s.last = time;
    }
    if (options.byProject) {
      let p = byProject.get(project);
      if (!p) byProject.set(project, (p = emptyEntry()));
      add(p, u32, o, cost);
    }
  }

  const sortedRecord = <T>(entries: [string, T][]): Record<string, T> => {
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return Object.fromEntries(entries);
  };
  const report: UsageReport = {
    timezone: options.timezone,
    since: since ?? null,
    until: until ?? null,
    totals,
    byModel: sortedRecord([...byModel].map(([k, v]) => [strings.get(k), v])),
    byDate: sortedRecord([...byDate]),
    bySession: sortedRecord(
      [...bySession].map(([k, v]) => {
        const { modelSet, first, last, ...entry } = v;
        entry.models = [...modelSet].map((i) => strings.get(i)).sort();
        entry.firstTime = Number.isFinite(first) ? new Date(first).toISOString() : null;
        entry.lastTime = Number.isFinite(last) ? new Date(last).toISOString() : null;
        return [strings.get(k), entry];
      }),
    ),
    unpricedModels: [...unpriced].map((i) => strings.get(i)).sort(),
  };
  if (options.byProject) report.byProject = sortedRecord([...byProject].map(([k, v]) => [k || '(none)', v]));
  if (options.byTool) report.byTool = buildToolReport(files, strings, dateOf, inRange);
  return report;
}

function buildToolReport(
  files: readonly CollectedFile[],
  strings: StringTable,
  dateOf: (ms: number) => string,
  inRange: (date: string) => boolean,
): Record<string, ToolEntry> {
  let results = 0;
  let uses = 0;
  for (const f of files) {
    results += f.tables.toolResults.count;
    uses += f.tables.toolUses.count;
  }
  // First result per tool call id.
  const resultIndex = new PairIndex(results);
  const resultTime: number[] = [];
  const resultError: boolean[] = [];
  for (const f of files) {
    const c = f.tables.toolResults;
    for (let i = 0; i < c.count; i += 1) {
      const o = i * T_U32;
      if (resultIndex.get(c.u32[o + T_ID]!, c.u32[o + T_ID + 1]!) !== -1) continue;
      resultIndex.set(c.u32[o + T_ID]!, c.u32[o + T_ID + 1]!, resultTime.length);
      resultTime.push(c.f64[i]!);
      resultError.push(c.u32[o + T_ERROR] === 1);
    }
  }
  const seen = new PairIndex(uses);
  const byName = new Map<number, { calls: number; completed: number; errors: number; latencies: number[] }>();
  for (const f of files) {
    const c = f.tables.toolUses;
    for (let i = 0; i < c.count; i += 1) {
      const o = i * U_U32;
      const k1 = c.u32[o + U_ID]!;
      const k2 = c.u32[o + U_ID + 1]!;
      if (seen.get(k1, k2) !== -1) continue;
      seen.set(k1, k2, 1);
      const time = c.f64[i]!;
      if (!inRange(dateOf(time))) continue;
      const name = c.u32[o + U_NAME]!;
      let t = byName.get(name);
      if (!t) byName.set(name, (t = { calls: 0, completed: 0, errors: 0, latencies: [] }));
      t.calls += 1;
      const ri = resultIndex.get(k1, k2);
      if (ri === -1) continue;
      t.completed += 1;
      if (resultError[ri]) t.errors += 1;
      const latency = resultTime[ri]! - time;
      if (Number.isFinite(latency) && latency >= 0) t.latencies.push(latency);
    }
  }
  const out: [string, ToolEntry][] = [];
  for (const [name, t] of byName) {
    const sorted = t.latencies.sort((a, b) => a - b);
    const total = sorted.reduce((a, b) => a + b, 0);
    out.push([
      strings.get(name),
      {
        calls: t.calls,
        completed: t.completed,
        errors: t.errors,
        errorRate: t.completed > 0 ? t.errors / t.completed : 0,
        p50Ms: percentile(sorted, 50),
        p95Ms: percentile(sorted, 95),
        maxMs: sorted.length ? sorted[sorted.length - 1]! : null,
        meanMs: sorted.length ? total / sorted.length : null,
        totalMs: total,
      },
    ]);
  }
  out.sort((a, b) => b[1].calls - a[1].calls || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(out);
}
