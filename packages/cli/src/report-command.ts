import { agentDataDirs } from './agent-data.js';
import {
  buildReport,
  checkTimezone,
  parseDateOption,
  type ReportGroup,
  type SessionEntry,
  type ToolEntry,
  type UsageEntry,
  type UsageReport,
} from './build-report.js';
import { claudeConfigDirs } from './claude-config-dirs.js';
import { writeJson } from './cli-io.js';
import { cliPricing } from './cli-pricing.js';
import { type CollectStats, collectUsage } from './collect-usage.js';
import { defineCommand, EXIT_OK, wrap } from './define-command.js';
import { fitTable, type Table, type TableColumn, type TableRow } from './format-table.js';
import { formatBytes, formatCompact, formatDuration, formatInteger, formatUsd } from './format-units.js';
import { writeReportPage } from './html/write-html-page.js';
import { createProgress } from './progress-display.js';
import {
  ATTRIBUTION_GROUPS,
  type AttributionGroup,
  groupByAttribution,
  groupToolsByMcpServer,
} from './report-attribution.js';
import { defaultCacheDir } from './report-cache.js';
import { buildSessionTrace, locateSession } from './trace-command.js';
import { type TraceJson, traceToJson } from './trace-view.js';

const GROUPS: readonly (ReportGroup | AttributionGroup | 'mcp')[] = [
  'day',
  'session',
  'model',
  'project',
  'tool',
  ...ATTRIBUTION_GROUPS,
  'mcp',
];

/** The report's JSON: the report itself plus where it was read from. */
export interface ReportJson extends UsageReport {
  source: {
    configDirs: string[];
    files: number;
    bytes: number;
    bytesRead: number;
    cache: CollectStats['cache'];
    /** Sessions counted from the agent's saved traces because their transcript is gone. */
    agentSessions: number;
    pricing: string;
    /** Transcript lines read this run that are not JSON (a crash mid-write, a bad escape): skipped, counted. */
    skippedLines: number;
  };
}

export const reportCommand = defineCommand({
  name: 'report',
  summary:
    'tokens and cost over your Claude Code transcripts, by day, session, model, project, tool, user, team, repo, branch or MCP server',
  description: [
    'Reads every transcript under the Claude config directory (main sessions and subagents), counts each API ' +
      'response once (by message id and request id, as Claude Code bills it) and prices it as Claude Code does. ' +
      'A model without a price is reported as such, never as $0.',
    'Re-runs read only what is new: per-file results are cached under $XDG_CACHE_HOME/glassbox (or ' +
      '~/.cache/glassbox); appended transcripts are read from where the last run stopped.',
  ],
  options: {
    by: {
      type: 'string',
      value: 'GROUP',
      description: 'what the table groups by (default day); --json always has byModel, byDate, bySession',
      choices: GROUPS,
    },
    since: { type: 'string', value: 'DATE', description: 'first day to count, YYYY-MM-DD (inclusive)' },
    until: { type: 'string', value: 'DATE', description: 'last day to count, YYYY-MM-DD (inclusive)' },
    timezone: {
      type: 'string',
      value: 'TZ',
      description: 'time zone that days are counted in (default UTC)',
    },
    'config-dir': {
      type: 'string',
      value: 'DIR',
      multiple: true,
      description:
        'Claude config directory (default $CLAUDE_CONFIG_DIR, else ~/.claude and ~/.config/claude)',
    },
    'no-cache': { type: 'boolean', description: 'read everything again and leave the cache alone' },
    'cache-dir': { type: 'string', value: 'DIR', description: 'where the cache lives' },
    html: {
      type: 'string',
      value: 'FILE',
      description:
        'also write one self-contained page (charts by day and model, every breakdown, the most expensive ' +
        "session's waterfall) that opens offline",
    },
  },
  examples: [
    'glassbox report',
    'glassbox report --html report.html --since 2026-11-01',
    'glassbox report --by model --since 2026-11-01',
    'glassbox report --by tool --json | jq .byTool',
  ],
  exitCodes: ['1 the transcripts could not be read'],
  async run(ctx) {
    const chosen = (ctx.string('by') ?? 'day') as ReportGroup | AttributionGroup | 'mcp';
    const mcp = chosen === 'mcp';
    const attribution = (ATTRIBUTION_GROUPS as readonly string[]).includes(chosen)
      ? (chosen as AttributionGroup)
      : undefined;
    const by: ReportGroup = attribution ? 'session' : mcp ? 'tool' : (chosen as ReportGroup);
    const html = ctx.string('html');
    const since = parseDateOption('since', ctx.string('since'));
    const until = parseDateOption('until', ctx.string('until'));
    const timezone = checkTimezone(ctx.string('timezone') ?? 'UTC');
    const roots = claudeConfigDirs(ctx.strings('config-dir'), ctx.io.env, ctx.io.cwd);
    const pricing = cliPricing();
    const progress = createProgress(ctx.io, { label: 'Reading transcripts', format: formatBytes });
    const collected = await collectUsage({
      roots,
      pricer: pricing.pricer,
      pricingKey: pricing.key,
      cacheDir: ctx.flag('no-cache') ? false : (ctx.string('cache-dir') ?? defaultCacheDir(ctx.io.env)),
      tools: by === 'tool' || html !== undefined,
      progress,
      workerUrl: ctx.io.scanWorkerUrl,
      threads: threadsOption(ctx.io.env.GLASSBOX_REPORT_THREADS),
      agentDataDirs: agentDataDirs(roots, ctx.io.env),
    });
    if (collected.stats.cache === 'discarded')
      ctx.io.stderr.write(
        `glassbox report: the cache in ${ctx.string('cache-dir') ?? defaultCacheDir(ctx.io.env)} was damaged; ` +
          'it was ignored and rebuilt from the transcripts.\n',
      );
    if (collected.stats.cacheError && ctx.debug)
      ctx.io.stderr.write(`glassbox report: could not write the cache: ${collected.stats.cacheError}\n`);
    const built = performance.now();
    const report = buildReport(collected, {
      timezone,
      since,
      until,
      byProject: by === 'project' || html !== undefined,
      byTool: by === 'tool' || html !== undefined,
      bySession: ctx.json || by === 'session' || html !== undefined,
    });
    const aggregated = performance.now();
    if (ctx.debug) {
      const t = { ...collected.stats.timings, aggregate: Math.round((aggregated - built) * 10) / 10 };
      const c = collected.stats.counters;
      ctx.io.stderr.write(
        `glassbox report: cache ${collected.stats.cache} (${collected.stats.cacheUse}); ${Object.entries(t)
          .map(([k, v]) => `${k} ${v} ms`)
          .join(
            ', ',
          )}; lines: ${c.fastLines} fast, ${c.slowLines} full parse, ${c.malformedLines} malformed\n`,
      );
    }
    const skipped = collected.stats.counters.malformedLines;
    // Like `trace`: a bad line is skipped, never fatal, and said.
    if (skipped > 0)
      ctx.io.stderr.write(
        `glassbox report: skipped ${skipped} transcript line(s) that are not valid JSON (re-runs read only new lines)\n`,
      );
    const json: ReportJson = {
      ...report,
      source: {
        configDirs: roots,
        files: collected.stats.files,
        bytes: collected.stats.bytes,
        bytesRead: collected.stats.bytesRead,
        cache: collected.stats.cache,
        agentSessions: collected.stats.agentSessions,
        pricing: pricing.key,
        skippedLines: skipped,
      },
    };
    if (html !== undefined)
      writeReportPage(html, json, await costliestTrace(json, roots, ctx.io.cwd), ctx.io);
    if (mcp) {
      const servers = groupToolsByMcpServer(json.byTool ?? {});
      if (ctx.json) {
        writeJson(ctx.io, { ...json, by: 'mcp', byGroup: servers });
        return EXIT_OK;
      }
      ctx.io.stdout.write(
        `Tool calls by MCP server: ${formatInteger(Object.values(servers).reduce((n, s) => n + s.calls, 0))} calls\n\n` +
          `${fitTable(toolTables(servers, 'MCP server'), ctx.io.columns).trimEnd()}\n`,
      );
      return EXIT_OK;
    }
    if (attribution) {
      const groups = await groupByAttribution(json.bySession, attribution, roots, ctx.io.env, ctx.io.cwd);
      if (ctx.json) {
        writeJson(ctx.io, { ...json, by: attribution, byGroup: groups });
        return EXIT_OK;
      }
      ctx.io.stdout.write(renderGroups(report, attribution, groups, ctx.io.columns));
      return EXIT_OK;
    }
    if (ctx.json) {
      writeJson(ctx.io, json);
      return EXIT_OK;
    }
    ctx.io.stdout.write(renderReport(report, by, collected.stats, roots, ctx.io.columns));
    return EXIT_OK;
  },
});

/** The waterfall of the page: the most expensive session in the report, from its transcript (none if gone). */
async function costliestTrace(
  report: ReportJson,
  roots: readonly string[],
  cwd: string,
): Promise<TraceJson | undefined> {
  const top = Object.entries(report.bySession).sort((a, b) => b[1].cost - a[1].cost)[0];
  if (!top) return undefined;
  try {
    const located = locateSession(top[0], roots, cwd);
    return traceToJson(await buildSessionTrace(located), {
      source: 'transcript',
      transcriptPath: located.transcriptPath,
      project: located.project,
    });
  } catch {
    // Known only from the agent's data, or unreadable now: the page goes without a waterfall.
    return undefined;
  }
}

/** `GLASSBOX_REPORT_THREADS`: how many threads read transcripts (default: by size and cores). */
function threadsOption(value: string | undefined): number | undefined {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n >= 1 && n <= 16 ? n : undefined;
}

const TOKEN_COLUMNS: readonly TableColumn[] = [
  { header: 'Input', align: 'right' },
  { header: 'Output', align: 'right' },
  { header: 'Cache write', align: 'right' },
  { header: 'Cache read', align: 'right' },
  { header: 'Cost', align: 'right' },
];

function costCell(e: UsageEntry): string {
  // A group with unpriced responses shows its known cost as a lower bound.
  return e.costUnknownResponses > 0 ? `${formatUsd(e.cost)}+?` : formatUsd(e.cost);
}

function tokenCells(e: UsageEntry, n: (x: number) => string): string[] {
  return [n(e.inputTokens), n(e.outputTokens), n(e.cacheCreationTokens), n(e.cacheReadTokens), costCell(e)];
}

function usageTables(
  label: TableColumn[],
  rows: { cells: string[]; entry: UsageEntry }[],
  total: UsageEntry,
  totalCells: string[],
): Table[] {
  const variant = (n: (x: number) => string): Table => {
    const body: TableRow[] = rows.map((r) => [...r.cells, ...tokenCells(r.entry, n)]);
    return {
      columns: [...label, ...TOKEN_COLUMNS],
      rows: [...body, 'rule', [...totalCells, ...tokenCells(total, n)]],
    };
  };
  return [variant(formatInteger), variant(formatCompact)];
}

function byCostDesc<T extends UsageEntry>(entries: [string, T][]): [string, T][] {
  return entries.sort((a, b) => b[1].cost - a[1].cost || (a[0] < b[0] ? -1 : 1));
}

const ATTRIBUTION_TITLES: Record<AttributionGroup, string> = {
  user: 'User',
  team: 'Team',
  repo: 'Repository',
  branch: 'Branch',
};

/** The report summed by user, team, repository or branch (`groupByAttribution`). */
function renderGroups(
  report: UsageReport,
  by: AttributionGroup,
  groups: Record<string, UsageEntry>,
  width: number,
): string {
  const title = `Usage by ${ATTRIBUTION_TITLES[by].toLowerCase()}: ${formatInteger(report.sessions)} sessions, ${formatUsd(report.totals.cost)}`;
  const tables = usageTables(
    [{ header: ATTRIBUTION_TITLES[by], shrink: true, minWidth: 10 }],
    byCostDesc(Object.entries(groups)).map(([key, entry]) => ({ cells: [key], entry })),
    report.totals,
    ['Total'],
  );
  const note =
    by === 'user' || by === 'team'
      ? `The ${by} is the ${by === 'user' ? 'userId' : 'team'} setting of the glassbox plugins (user: else the OS user).`
      : `From each session's working directory and the git branch Claude Code recorded in its transcript.`;
  return `${title}\n\n${fitTable(tables, width).trimEnd()}\n\n${wrap(note, width)}\n`;
}

/** The report as text: a title, one table, and what to know about it. */
export function renderReport(
  report: UsageReport,
  by: ReportGroup,
  stats: CollectStats,
  roots: readonly string[],
  width: number,
): string {
  const sessions = report.sessions;
  const range =
    report.since || report.until ? ` from ${report.since ?? 'the start'} to ${report.until ?? 'today'}` : '';
  const out: string[] = [];
  const title = {
    day: `Usage by day (${report.timezone})`,
    session: 'Usage by session',
    model: 'Usage by model',
    project: 'Usage by project',
    tool: 'Tool calls',
  }[by];
  out.push(
    `${title}${range}: ${formatInteger(sessions)} session${sessions === 1 ? '' : 's'}, ` +
      `${formatInteger(report.totals.responses)} API responses, ${formatUsd(report.totals.cost)}${report.totals.costUnknownResponses ? '+?' : ''}`,
    '',
  );
  if (stats.files === 0) {
    out.push(`No transcripts found under ${roots.map((r) => `${r}/projects`).join(', ')}.`);
    out.push('Use --config-dir DIR (or CLAUDE_CONFIG_DIR) if Claude Code keeps them elsewhere.');
    return `${out.join('\n')}\n`;
  }
  let tables: Table[];
  switch (by) {
    case 'day':
      tables = usageTables(
        [{ header: 'Date' }],
        Object.entries(report.byDate).map(([date, entry]) => ({ cells: [date], entry })),
        report.totals,
        ['Total'],
      );
      break;
    case 'model':
      tables = usageTables(
        [{ header: 'Model', shrink: true, minWidth: 12 }],
        byCostDesc(Object.entries(report.byModel)).map(([model, entry]) => ({ cells: [model], entry })),
        report.totals,
        ['Total'],
      );
      break;
    case 'project':
      tables = usageTables(
        [{ header: 'Project', shrink: true, minWidth: 10 }],
        byCostDesc(Object.entries(report.byProject ?? {})).map(([project, entry]) => ({
          cells: [project],
          entry,
        })),
        report.totals,
        ['Total'],
      );
      break;
    case 'session': {
      const list = Object.entries(report.bySession).sort((a, b) =>
        (a[1].lastTime ?? '') < (b[1].lastTime ?? '')
          ? -1
          : (a[1].lastTime ?? '') > (b[1].lastTime ?? '')
            ? 1
            : 0,
      );
      tables = usageTables(
        [{ header: 'Session' }, { header: 'Last active' }, { header: 'Project', shrink: true, minWidth: 8 }],
        list.map(([id, entry]: [string, SessionEntry]) => ({
          cells: [id.slice(0, 8), entry.lastTime?.slice(0, 10) ?? '—', entry.project],
          entry,
        })),
        report.totals,
        ['Total', '', ''],
      );
      break;
    }
    case 'tool':
      tables = toolTables(report.byTool ?? {});
      break;
  }
  out.push(fitTable(tables, width).trimEnd());
  const notes: string[] = [];
  if (report.unpricedModels.length > 0)
    notes.push(
      `+? ${report.totals.costUnknownResponses} response${report.totals.costUnknownResponses === 1 ? '' : 's'} of ` +
        `${report.unpricedModels.join(', ')} have no known price: the costs shown leave them out.`,
    );
  if (by === 'session')
    notes.push('Session ids are cut to 8 characters; `glassbox trace <prefix>` accepts them.');
  if (by === 'tool')
    notes.push(
      'Latency is from the model asking for the tool to its result; Err% is of calls that returned.',
    );
  const read =
    stats.bytesRead === stats.bytes
      ? `read ${formatBytes(stats.bytes)}`
      : `read ${formatBytes(stats.bytesRead)} new of ${formatBytes(stats.bytes)}, the rest from the cache`;
  const transcripts = stats.files - stats.agentSessions;
  notes.push(`${formatInteger(transcripts)} transcript file${transcripts === 1 ? '' : 's'}, ${read}.`);
  if (stats.agentSessions > 0)
    notes.push(
      `${formatInteger(stats.agentSessions)} session${stats.agentSessions === 1 ? '' : 's'} counted from the agent's captured data (the transcript is gone).`,
    );
  out.push('', ...notes.map((n) => wrap(n, width)));
  return `${out.join('\n')}\n`;
}

function toolTables(byTool: Record<string, ToolEntry>, header = 'Tool'): Table[] {
  const ms = (v: number | null) => (v === null ? '—' : formatDuration(v));
  const columns: TableColumn[] = [
    { header, shrink: true, minWidth: 10 },
    { header: 'Calls', align: 'right' },
    { header: 'Errors', align: 'right' },
    { header: 'Err%', align: 'right' },
    { header: 'p50', align: 'right' },
    { header: 'p95', align: 'right' },
    { header: 'Max', align: 'right' },
    { header: 'Total time', align: 'right' },
  ];
  const rows: TableRow[] = Object.entries(byTool).map(([name, t]) => [
    name,
    formatInteger(t.calls),
    formatInteger(t.errors),
    t.completed ? `${(t.errorRate * 100).toFixed(1)}%` : '—',
    ms(t.p50Ms),
    ms(t.p95Ms),
    ms(t.maxMs),
    formatDuration(t.totalMs),
  ]);
  return [{ columns, rows }];
}
