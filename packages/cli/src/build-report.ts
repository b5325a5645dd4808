import { GlassboxError } from '@glassbox/spec';
import type { CollectedUsage } from './collect-usage.js';
import { PairIndex } from './pair-index.js';
import {
  G_F64,
  G_FIRST,
  G_MAX,
  G_MIN,
  G_MODEL,
  G_PROJECT,
  G_QUARTER,
  G_RESPONSES,
  G_SESSION,
  G_U32,
  G_UNKNOWN,
} from './usage-groups.js';
import {
  type StringTable,
  T_ERROR,
  T_ID,
  T_U32,
  U_ID,
  U_NAME,
  U_U32,
  type UsageTables,
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
  /** Sessions with a response in range. */
  sessions: number;
  totals: UsageEntry;
  byModel: Record<string, UsageEntry>;
  byDate: Record<string, UsageEntry>;
  /** Empty when built with `bySession: false`. */
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
  /**
   * Default true. False leaves `bySession` empty (`sessions` still counts them): a table by day, model or
   * project does not show them, and building thousands of entries is most of a quick re-run's aggregation.
   */
  readonly bySession?: boolean;
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
  // No need to load the time zone data for the default.
  if (tz === 'UTC') return tz;
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

// Accumulator slots of one group (a model, a day, a session…), kept in one Float64Array for speed.
const A_RESPONSES = 0;
const A_INPUT = 1;
const A_OUTPUT = 2;
const A_WRITE = 3;
const A_WRITE_5M = 4;
const A_WRITE_1H = 5;
const A_READ = 6;
const A_WEB = 7;
const A_COST = 8;
const A_UNKNOWN = 9;
const A_WIDTH = 10;

/** Groups by a numeric key, each with a row of accumulators. */
class Groups {
  readonly keys: number[] = [];
  readonly #index = new Map<number, number>();
  acc = new Float64Array(16 * A_WIDTH);

  id(key: number): number {
    let g = this.#index.get(key);
    if (g === undefined) {
      g = this.keys.length;
      this.keys.push(key);
      this.#index.set(key, g);
      if ((g + 1) * A_WIDTH > this.acc.length) {
        const bigger = new Float64Array(this.acc.length * 2);
        bigger.set(this.acc);
        this.acc = bigger;
      }
    }
    return g;
  }

  /** A session's entry, built in one object literal (many sessions: no spreading). */
  sessionEntry(
    g: number,
    project: string,
    firstTime: string | null,
    lastTime: string | null,
    models: string[],
  ): SessionEntry {
    const a = this.acc;
    const o = g * A_WIDTH;
    const input = a[o + A_INPUT]!;
    const output = a[o + A_OUTPUT]!;
    const write = a[o + A_WRITE]!;
    const read = a[o + A_READ]!;
    return {
      responses: a[o + A_RESPONSES]!,
      inputTokens: input,
      outputTokens: output,
      cacheCreationTokens: write,
      cacheCreation5mTokens: a[o + A_WRITE_5M]!,
      cacheCreation1hTokens: a[o + A_WRITE_1H]!,
      cacheReadTokens: read,
      totalTokens: input + output + write + read,
      webSearchRequests: a[o + A_WEB]!,
      cost: a[o + A_COST]!,
      costUnknownResponses: a[o + A_UNKNOWN]!,
      project,
      firstTime,
      lastTime,
      models,
    };
  }

  entry(g: number): UsageEntry {
    const a = this.acc;
    const o = g * A_WIDTH;
    const input = a[o + A_INPUT]!;
    const output = a[o + A_OUTPUT]!;
    const write = a[o + A_WRITE]!;
    const read = a[o + A_READ]!;
    return {
      responses: a[o + A_RESPONSES]!,
      inputTokens: input,
      outputTokens: output,
      cacheCreationTokens: write,
      cacheCreation5mTokens: a[o + A_WRITE_5M]!,
      cacheCreation1hTokens: a[o + A_WRITE_1H]!,
      cacheReadTokens: read,
      totalTokens: input + output + write + read,
      webSearchRequests: a[o + A_WEB]!,
      cost: a[o + A_COST]!,
      costUnknownResponses: a[o + A_UNKNOWN]!,
    };
  }
}

/** Adds a group's sums (from `UsageGroups`, in the same order as the A_ slots) to accumulator row `g`. */
function accumulate(a: Float64Array, g: number, from: Float64Array, p: number): void {
  const b = g * A_WIDTH;
  const f = p + G_RESPONSES;
  for (let k = 0; k < A_WIDTH; k += 1) a[b + k]! += from[f + k]!;
}

/** Epoch ms → ISO 8601 (UTC), the date part computed once per day: thousands of sessions have two each. */
export function isoFormatter(): (ms: number) => string | null {
  const days = new Map<number, string>();
  const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
  return (ms) => {
    if (!Number.isFinite(ms)) return null;
    const day = Math.floor(ms / 86_400_000);
    let prefix = days.get(day);
    if (prefix === undefined) {
      // Years before 0 or after 9999 need toISOString's extended format.
      if (ms < -62_167_219_200_000 || ms > 253_402_300_799_999) return new Date(ms).toISOString();
      prefix = new Date(day * 86_400_000).toISOString().slice(0, 11);
      days.set(day, prefix);
    }
    let rest = ms - day * 86_400_000;
    const h = Math.floor(rest / 3_600_000);
    rest -= h * 3_600_000;
    const m = Math.floor(rest / 60_000);
    rest -= m * 60_000;
    const sec = Math.floor(rest / 1000);
    const milli = Math.floor(rest - sec * 1000);
    return `${prefix}${two(h)}:${two(m)}:${two(sec)}.${milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : milli}Z`;
  };
}

function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

const byKey = <T>(entries: [string, T][]): Record<string, T> => {
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(entries);
};

/** Aggregates collected usage into the report (every group; `byProject` / `byTool` when asked). */
export function buildReport(usage: CollectedUsage, options: BuildReportOptions): UsageReport {
  const { strings, groups } = usage;
  const { u32, f64, count } = groups;
  const dateOf = dateKeyer(options.timezone);
  const since = options.since;
  const until = options.until;
  const inRange = (date: string): boolean =>
    (since === undefined || (date !== 'unknown' && date >= since)) &&
    (until === undefined || (date !== 'unknown' && date <= until));

  // Day of a quarter hour (exact for every UTC offset); -1 = outside --since/--until.
  const dayNames: string[] = [];
  const dayByName = new Map<string, number>();
  const dayByQuarter = new Map<number, number>();
  // In UTC a day is 96 whole quarter hours: memoise by day rather than by quarter.
  const utc = options.timezone === 'UTC' || options.timezone === 'Etc/UTC';
  const dayOf = (quarter: number): number => {
    const q = utc && !Number.isNaN(quarter) ? Math.floor(quarter / 96) * 96 : quarter;
    let d = dayByQuarter.get(q);
    if (d === undefined) {
      const name = dateOf(q * 900_000);
      if (!inRange(name)) d = -1;
      else {
        d = dayByName.get(name);
        if (d === undefined) {
          d = dayNames.length;
          dayNames.push(name);
          dayByName.set(name, d);
        }
      }
      dayByQuarter.set(q, d);
    }
    return d;
  };

  const total = new Groups();
  total.id(0);
  const models = new Groups();
  const days = new Groups();
  const sessions = new Groups();
  const projects = new Groups();
  const withProjects = options.byProject === true;
  let sessionFirst = new Float64Array(64).fill(Number.POSITIVE_INFINITY);
  let sessionLast = new Float64Array(64).fill(Number.NEGATIVE_INFINITY);
  // A session's project: that of its first file (in the order rows are counted) with a response in range.
  const sessionProject: number[] = [];
  const sessionFile: number[] = [];
  // Models per session: a bit per model group (few models), a set only past 31 of them.
  let sessionModelBits = new Uint32Array(64);
  const sessionModelsMore = new Set<string>();
  const unpriced = new Set<number>();

  for (let g = 0; g < count; g += 1) {
    const o = g * G_U32;
    const p = g * G_F64;
    const day = dayOf(f64[p + G_QUARTER]!);
    if (day < 0) continue;
    const model = u32[o + G_MODEL]!;
    if (f64[p + G_UNKNOWN]! > 0) unpriced.add(model);
    const sg = sessions.id(u32[o + G_SESSION]!);
    if (sg >= sessionFirst.length) {
      const first = new Float64Array(sessionFirst.length * 2).fill(Number.POSITIVE_INFINITY);
      first.set(sessionFirst);
      sessionFirst = first;
      const last = new Float64Array(sessionLast.length * 2).fill(Number.NEGATIVE_INFINITY);
      last.set(sessionLast);
      sessionLast = last;
    }
    const project = u32[o + G_PROJECT]!;
    const file = u32[o + G_FIRST]!;
    if (sessionProject.length === sg) {
      sessionProject.push(project);
      sessionFile.push(file);
    } else if (file !== sessionFile[sg] && usage.fileKeys[file]! < usage.fileKeys[sessionFile[sg]!]!) {
      sessionProject[sg] = project;
      sessionFile[sg] = file;
    }
    if (f64[p + G_MIN]! < sessionFirst[sg]!) sessionFirst[sg] = f64[p + G_MIN]!;
    if (f64[p + G_MAX]! > sessionLast[sg]!) sessionLast[sg] = f64[p + G_MAX]!;
    const mg = models.id(model);
    if (sg >= sessionModelBits.length) {
      const bigger = new Uint32Array(sessionModelBits.length * 2);
      bigger.set(sessionModelBits);
      sessionModelBits = bigger;
    }
    if (mg < 31) sessionModelBits[sg]! |= 1 << mg;
    else sessionModelsMore.add(`${sg}:${mg}`);
    // Take every group's id before reading its `acc`: `id()` may grow (replace) the array, and an argument list
    // evaluated left to right would add into the old one (rows lost whenever a 16th, 32nd… day appeared).
    const dg = days.id(day);
    const pg = withProjects ? projects.id(project) : -1;
    accumulate(total.acc, 0, f64, p);
    accumulate(models.acc, mg, f64, p);
    accumulate(days.acc, dg, f64, p);
    accumulate(sessions.acc, sg, f64, p);
    if (withProjects) accumulate(projects.acc, pg, f64, p);
  }

  const withSessions = options.bySession !== false;
  const modelsOfSession: string[][] = withSessions ? sessions.keys.map(() => []) : [];
  for (let sg = 0; withSessions && sg < sessions.keys.length; sg += 1) {
    const bits = sessionModelBits[sg]!;
    for (let mg = 0; mg < 31 && bits >>> mg !== 0; mg += 1)
      if (bits & (1 << mg)) modelsOfSession[sg]!.push(strings.get(models.keys[mg]!));
  }
  for (const key of withSessions ? sessionModelsMore : []) {
    const [sg, mg] = key.split(':').map(Number) as [number, number];
    modelsOfSession[sg]!.push(strings.get(models.keys[mg]!));
  }
  const iso = isoFormatter();
  const report: UsageReport = {
    timezone: options.timezone,
    since: since ?? null,
    until: until ?? null,
    sessions: sessions.keys.length,
    totals: total.entry(0),
    byModel: byKey(models.keys.map((k, g) => [strings.get(k), models.entry(g)])),
    byDate: byKey(days.keys.map((k, g) => [dayNames[k]!, days.entry(g)])),
    bySession: byKey(
      (withSessions ? sessions.keys : []).map((k, g): [string, SessionEntry] => [
        strings.get(k),
        sessions.sessionEntry(
          g,
          strings.get(sessionProject[g]!),
          iso(sessionFirst[g]!),
          iso(sessionLast[g]!),
          modelsOfSession[g]!.sort(),
        ),
      ]),
    ),
    unpricedModels: [...unpriced].map((i) => strings.get(i)).sort(),
  };
  if (withProjects)
    report.byProject = byKey(projects.keys.map((k, g) => [strings.get(k), projects.entry(g)]));
  if (options.byTool) {
    if (!usage.tables)
      throw new GlassboxError('INTERNAL', 'a tool report needs the rows: collect usage with tools: true');
    report.byTool = buildToolReport(usage.tables, strings, dateOf, inRange);
  }
  return report;
}

function buildToolReport(
  tables: UsageTables,
  strings: StringTable,
  dateOf: (ms: number) => string,
  inRange: (date: string) => boolean,
): Record<string, ToolEntry> {
  const { toolUses: uses, toolResults: results } = tables;
  // First result per tool call id.
  const resultIndex = new PairIndex(results.count);
  const resultTime: number[] = [];
  const resultError: boolean[] = [];
  for (let i = 0; i < results.count; i += 1) {
    const o = i * T_U32;
    const k1 = results.u32[o + T_ID]!;
    const k2 = results.u32[o + T_ID + 1]!;
    if (resultIndex.get(k1, k2) !== -1) continue;
    resultIndex.set(k1, k2, resultTime.length);
    resultTime.push(results.f64[i]!);
    resultError.push(results.u32[o + T_ERROR] === 1);
  }
  const seen = new PairIndex(uses.count);
  const byName = new Map<number, { calls: number; completed: number; errors: number; latencies: number[] }>();
  for (let i = 0; i < uses.count; i += 1) {
    const o = i * U_U32;
    const k1 = uses.u32[o + U_ID]!;
    const k2 = uses.u32[o + U_ID + 1]!;
    if (seen.get(k1, k2) !== -1) continue;
    seen.set(k1, k2, 1);
    const time = uses.f64[i]!;
    if (!inRange(dateOf(time))) continue;
    const name = uses.u32[o + U_NAME]!;
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
