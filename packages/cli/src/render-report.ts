// The text of `glassbox report`: the usage and tool tables, the attribution groups, and the notes under them.
import type { ReportGroup, SessionEntry, ToolEntry, UsageEntry, UsageReport } from './build-report.js';
import type { CollectStats } from './collect-usage.js';
import { wrap } from './define-command.js';
import { fitTable, type Table, type TableColumn, type TableRow } from './format-table.js';
import { formatBytes, formatCompact, formatDuration, formatInteger, formatUsd } from './format-units.js';
import type { AttributionGroup } from './report-attribution.js';
import type { ScopeGroup } from './report-scopes.js';

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

const ATTRIBUTION_TITLES: Record<AttributionGroup | ScopeGroup, string> = {
  user: 'User',
  team: 'Team',
  repo: 'Repository',
  branch: 'Branch',
  skill: 'Skill',
  command: 'Command',
};

const SCOPE_NOTE =
  "A slash command's turn counts for the command until the next prompt; a Skill call and everything after it in " +
  'its turn, or a skill run as a slash command, for the skill; subagents for the Agent call that started them. ' +
  '(none): the rest.';

/** The report summed by user, team, repository, branch (`groupByAttribution`), skill or command (`groupByScope`). */
export function renderGroups(
  report: UsageReport,
  by: AttributionGroup | ScopeGroup,
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
      : by === 'skill' || by === 'command'
        ? SCOPE_NOTE
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

export function toolTables(byTool: Record<string, ToolEntry>, header = 'Tool'): Table[] {
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
