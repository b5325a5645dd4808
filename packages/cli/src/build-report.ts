// `buildReport`: collected usage aggregated into the report (totals, by model, day, session, project, tool).
import { GlassboxError } from '@glassbox/spec';
import { buildToolReport } from './build-tool-report.js';
import type { CollectedUsage } from './collect-usage.js';
import { dateKeyer, isoFormatter } from './date-keyer.js';
import { accumulate, UsageAccumulators } from './usage-accumulators.js';
import {
  G_F64,
  G_FIRST,
  G_MAX,
  G_MIN,
  G_MODEL,
  G_PROJECT,
  G_QUARTER,
  G_SESSION,
  G_U32,
  G_UNKNOWN,
} from './usage-groups.js';
import type { SessionEntry, UsageReport } from './usage-report.js';

export { checkTimezone, dateKeyer, isoFormatter, parseDateOption } from './date-keyer.js';
export type { ReportGroup, SessionEntry, ToolEntry, UsageEntry, UsageReport } from './usage-report.js';
export { emptyEntry } from './usage-report.js';

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

  const total = new UsageAccumulators();
  total.id(0);
  const models = new UsageAccumulators();
  const days = new UsageAccumulators();
  const sessions = new UsageAccumulators();
  const projects = new UsageAccumulators();
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
