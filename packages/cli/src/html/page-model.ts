import type { UsageEntry } from '../build-report.js';
import type { ReportJson } from '../report-json.js';
import type { SpanJson, TraceJson } from '../trace-view.js';

/** One bar of a chart's x axis (a day, a model, a turn) with its cost and tokens by kind. */
export interface UsagePoint {
  label: string;
  cost: number;
  input: number;
  output: number;
  cacheWrite: number;
  cacheRead: number;
}

/** A table of the page, already as text cells. */
export interface PageTable {
  title: string;
  columns: string[];
  /** Columns aligned right (numbers). */
  numeric: number[];
  rows: string[][];
  /** Said under the table when rows were left out. */
  note?: string;
}

/** One bar of the trace waterfall: offsets in ms from the session's start. */
export interface WaterfallBar {
  label: string;
  depth: number;
  kind: SpanJson['kind'];
  startMs: number;
  endMs: number;
  cost: number | null;
  tokens: number;
  status: SpanJson['status'];
}

export interface Waterfall {
  title: string;
  bars: WaterfallBar[];
  /** Spans not drawn (past the bar limit). */
  omitted: number;
}

/** Everything the page shows; rendered by `renderHtmlPage`. */
export interface PageModel {
  title: string;
  subtitle: string;
  generatedAt: string;
  headline: { label: string; value: string }[];
  /** Charted over time (days) or over turns. */
  series: { title: string; points: UsagePoint[] };
  /** Charted by model. */
  models: UsagePoint[];
  tables: PageTable[];
  waterfall: Waterfall | null;
}

/** Bars drawn at most: a page for a 2,000-call session must still open quickly. */
export const MAX_WATERFALL_BARS = 600;
/** Rows of the session table at most (the most expensive first). */
export const MAX_SESSION_ROWS = 100;

const usd = (n: number): string =>
  `$${n < 1 ? n.toFixed(4) : n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const int = (n: number): string => Math.round(n).toLocaleString('en-US');

function point(label: string, e: UsageEntry): UsagePoint {
  return {
    label,
    cost: e.cost,
    input: e.inputTokens,
    output: e.outputTokens,
    cacheWrite: e.cacheCreationTokens,
    cacheRead: e.cacheReadTokens,
  };
}

const usageRow = (key: string, e: UsageEntry): string[] => [
  key,
  int(e.responses),
  int(e.inputTokens),
  int(e.outputTokens),
  int(e.cacheCreationTokens),
  int(e.cacheReadTokens),
  e.costUnknownResponses > 0 ? `${usd(e.cost)}+?` : usd(e.cost),
];
const USAGE_COLUMNS = ['', 'Responses', 'Input', 'Output', 'Cache write', 'Cache read', 'Cost'];

/** A usage table, most expensive first (`limit` rows at most), or in the given order with `ordered`. */
function usageTable(
  title: string,
  first: string,
  rows: [string, UsageEntry][],
  options: { limit?: number; ordered?: boolean } = {},
): PageTable {
  const limit = options.limit ?? Infinity;
  const sorted = options.ordered ? rows : [...rows].sort((a, b) => b[1].cost - a[1].cost);
  const table: PageTable = {
    title,
    columns: [first, ...USAGE_COLUMNS.slice(1)],
    numeric: [1, 2, 3, 4, 5, 6],
    rows: sorted.slice(0, limit).map(([k, e]) => usageRow(k, e)),
  };
  if (sorted.length > limit) table.note = `The ${limit} most expensive of ${sorted.length}.`;
  return table;
}

/** Points a time chart and its table hold at most before days are grouped into weeks, then months. */
export const MAX_TIME_POINTS = 180;

function addEntry(a: UsageEntry, b: UsageEntry): UsageEntry {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof UsageEntry)[]) out[k] = a[k] + b[k];
  return out;
}

/** Monday of a `YYYY-MM-DD` day's week (the days are calendar days already; UTC arithmetic is exact here). */
function weekOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const monday = t - ((new Date(t).getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(monday).toISOString().slice(0, 10);
}

/** Days, or weeks (keyed by their Monday), or months: the finest with at most `MAX_TIME_POINTS` points. */
export function timeBuckets(byDate: Record<string, UsageEntry>): {
  unit: 'day' | 'week' | 'month';
  rows: [string, UsageEntry][];
} {
  const days = Object.entries(byDate).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const group = (key: (day: string) => string): [string, UsageEntry][] => {
    const m = new Map<string, UsageEntry>();
    for (const [d, e] of days) {
      const k = key(d);
      const prev = m.get(k);
      m.set(k, prev ? addEntry(prev, e) : e);
    }
    return [...m];
  };
  // `unknown` (records without a time) cannot be grouped: keep days then.
  if (days.length <= MAX_TIME_POINTS || days.some(([d]) => !/^\d{4}-\d{2}-\d{2}$/.test(d)))
    return { unit: 'day', rows: days };
  const weeks = group(weekOf);
  if (weeks.length <= MAX_TIME_POINTS) return { unit: 'week', rows: weeks };
  return { unit: 'month', rows: group((d) => d.slice(0, 7)) };
}

/** The page of `glassbox report --html`: charts over time and by model, every breakdown, one session's waterfall. */
export function reportPageModel(
  report: ReportJson,
  waterfallOf: TraceJson | undefined,
  now: Date,
): PageModel {
  const time = timeBuckets(report.byDate);
  const range =
    report.since || report.until ? `${report.since ?? 'start'} – ${report.until ?? 'today'}` : 'all time';
  const unitTitle = { day: 'Day', week: 'Week of', month: 'Month' }[time.unit];
  const tables: PageTable[] = [
    usageTable('By model', 'Model', Object.entries(report.byModel)),
    usageTable(`By ${time.unit}`, unitTitle, time.rows, { ordered: true }),
  ];
  if (report.byProject) tables.push(usageTable('By project', 'Project', Object.entries(report.byProject)));
  if (report.bySkill) tables.push(usageTable('By skill', 'Skill', Object.entries(report.bySkill)));
  if (report.byCommand) tables.push(usageTable('By command', 'Command', Object.entries(report.byCommand)));
  tables.push(
    usageTable('By session', 'Session', Object.entries(report.bySession), { limit: MAX_SESSION_ROWS }),
  );
  if (report.byTool) {
    const tools = Object.entries(report.byTool).sort((a, b) => b[1].calls - a[1].calls);
    tables.push({
      title: 'By tool',
      columns: ['Tool', 'Calls', 'Errors', 'p50 ms', 'p95 ms'],
      numeric: [1, 2, 3, 4],
      rows: tools.map(([name, t]) => [
        name,
        int(t.calls),
        int(t.errors),
        t.p50Ms === null ? '–' : int(t.p50Ms),
        t.p95Ms === null ? '–' : int(t.p95Ms),
      ]),
    });
  }
  return {
    title: 'Glassbox report',
    subtitle: `${range} · days in ${report.timezone} · ${report.source.files.toLocaleString('en-US')} transcript files`,
    generatedAt: now.toISOString(),
    headline: [
      { label: 'Cost', value: usd(report.totals.cost) },
      { label: 'Sessions', value: int(report.sessions) },
      { label: 'Model responses', value: int(report.totals.responses) },
      { label: 'Input tokens', value: int(report.totals.inputTokens) },
      { label: 'Output tokens', value: int(report.totals.outputTokens) },
      {
        label: 'Cache tokens (write / read)',
        value: `${int(report.totals.cacheCreationTokens)} / ${int(report.totals.cacheReadTokens)}`,
      },
    ],
    series: { title: `by ${time.unit}`, points: time.rows.map(([d, e]) => point(d, e)) },
    models: Object.entries(report.byModel)
      .sort((a, b) => b[1].cost - a[1].cost)
      .map(([m, e]) => point(m, e)),
    tables,
    waterfall: waterfallOf
      ? waterfall(waterfallOf, `Most expensive session: ${waterfallOf.sessionId}`)
      : null,
  };
}

const tokensOf = (s: SpanJson): number =>
  s.tokens.input + s.tokens.output + s.tokens.cacheCreation + s.tokens.cacheRead;

/** The trace as bars in tree order (session → turns → model calls → tools → subagents). */
export function waterfall(trace: TraceJson, title: string): Waterfall {
  const start = Date.parse(trace.startTime);
  const bars: WaterfallBar[] = [];
  let omitted = 0;
  const visit = (s: SpanJson, depth: number): void => {
    if (bars.length >= MAX_WATERFALL_BARS) omitted += 1;
    else {
      const from = Date.parse(s.startTime) - start;
      bars.push({
        label: s.name,
        depth,
        kind: s.kind,
        startMs: from,
        endMs: from + s.durationMs,
        cost: s.costUsd,
        tokens: tokensOf(s),
        status: s.status,
      });
    }
    for (const c of s.children) visit(c, depth + 1);
  };
  for (const s of trace.spans) visit(s, 0);
  return { title, bars, omitted };
}

/** The page of `glassbox trace --html`: the session's turns charted, its calls by model, and the waterfall. */
export function tracePageModel(trace: TraceJson, now: Date): PageModel {
  const root = trace.spans[0];
  const turns = (root?.children ?? []).filter((s) => s.kind === 'turn');
  const byModel = new Map<string, UsagePoint>();
  const visit = (s: SpanJson): void => {
    if (s.kind === 'llm') {
      const m = s.model ?? 'unknown';
      const p = byModel.get(m) ?? { label: m, cost: 0, input: 0, output: 0, cacheWrite: 0, cacheRead: 0 };
      p.cost += s.costUsd ?? 0;
      p.input += s.tokens.input;
      p.output += s.tokens.output;
      p.cacheWrite += s.tokens.cacheCreation;
      p.cacheRead += s.tokens.cacheRead;
      byModel.set(m, p);
    }
    s.children.forEach(visit);
  };
  trace.spans.forEach(visit);
  const turnPoint = (t: SpanJson): UsagePoint => ({
    label: t.name,
    cost: t.costUsd ?? 0,
    input: t.tokens.input,
    output: t.tokens.output,
    cacheWrite: t.tokens.cacheCreation,
    cacheRead: t.tokens.cacheRead,
  });
  return {
    title: `Glassbox trace ${trace.sessionId}`,
    subtitle: `${trace.project ?? ''} · started ${trace.startTime} · ${(trace.durationMs / 1000).toFixed(1)} s · from the ${trace.source}`,
    generatedAt: now.toISOString(),
    headline: [
      {
        label: 'Cost',
        value: trace.costUnknownResponses > 0 ? `${usd(trace.costUsd)}+?` : usd(trace.costUsd),
      },
      { label: 'Turns', value: int(trace.counts.turns) },
      { label: 'Model calls', value: int(trace.counts.llmCalls) },
      {
        label: 'Tool calls (failed)',
        value: `${int(trace.counts.toolCalls)} (${int(trace.counts.toolFailures)})`,
      },
      { label: 'Subagents', value: int(trace.counts.subagents) },
      { label: 'Tokens in / out', value: `${int(trace.tokens.input)} / ${int(trace.tokens.output)}` },
    ],
    series: { title: 'by turn', points: turns.map(turnPoint) },
    models: [...byModel.values()].sort((a, b) => b.cost - a.cost),
    tables: [],
    waterfall: waterfall(trace, `Session ${trace.sessionId}`),
  };
}
