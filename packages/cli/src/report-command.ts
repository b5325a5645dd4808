// `glassbox report`: options, collecting and building the report, and where its output goes (text in `render-report.ts`).
import { agentHomes } from './agent-client.js';
import { agentDataDirs } from './agent-data.js';
import { readBudgets, renderBudgets } from './budget-view.js';
import { buildReport, checkTimezone, parseDateOption, type ReportGroup } from './build-report.js';
import { claudeConfigDirs } from './claude-config-dirs.js';
import { writeJson } from './cli-io.js';
import { cliPricing } from './cli-pricing.js';
import { collectUsage } from './collect-usage.js';
import { defineCommand, EXIT_OK } from './define-command.js';
import { fitTable } from './format-table.js';
import { formatBytes, formatInteger } from './format-units.js';
import { writeReportPage } from './html/write-html-page.js';
import { createProgress } from './progress-display.js';
import { renderGroups, renderReport, toolTables } from './render-report.js';
import {
  ATTRIBUTION_GROUPS,
  type AttributionGroup,
  groupByAttribution,
  groupToolsByMcpServer,
} from './report-attribution.js';
import { defaultCacheDir } from './report-cache.js';
import type { ReportJson } from './report-json.js';
import { SCOPE_GROUPS, type ScopeGroup, scopeBreakdowns } from './report-scopes.js';
import { buildSessionTrace, locateSession } from './trace-command.js';
import { type TraceJson, traceToJson } from './trace-view.js';

export type { ReportJson } from './report-json.js';

const GROUPS: readonly (ReportGroup | AttributionGroup | ScopeGroup | 'mcp')[] = [
  'day',
  'session',
  'model',
  'project',
  'tool',
  ...ATTRIBUTION_GROUPS,
  ...SCOPE_GROUPS,
  'mcp',
];

export const reportCommand = defineCommand({
  name: 'report',
  summary:
    'tokens and cost over your Claude Code transcripts, by day, session, model, project, tool, user, team, repo, branch, skill, slash command or MCP server',
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
    const chosen = (ctx.string('by') ?? 'day') as ReportGroup | AttributionGroup | ScopeGroup | 'mcp';
    const scopeBy = (SCOPE_GROUPS as readonly string[]).includes(chosen) ? (chosen as ScopeGroup) : undefined;
    const mcp = chosen === 'mcp';
    const attribution = (ATTRIBUTION_GROUPS as readonly string[]).includes(chosen)
      ? (chosen as AttributionGroup)
      : undefined;
    const by: ReportGroup = attribution
      ? 'session'
      : scopeBy
        ? 'day'
        : mcp
          ? 'tool'
          : (chosen as ReportGroup);
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
      rows: scopeBy !== undefined,
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
    const budgets = readBudgets(agentHomes(roots, ctx.io.env), ctx.io.now());
    const json: ReportJson = {
      ...report,
      ...(budgets ? { budgets } : {}),
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
    const scoped = scopeBreakdowns(
      collected,
      roots,
      html !== undefined ? SCOPE_GROUPS : scopeBy ? [scopeBy] : [],
      {
        timezone,
        since,
        until,
      },
    );
    if (html !== undefined) Object.assign(json, { bySkill: scoped.skill, byCommand: scoped.command });
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
    if (scopeBy) {
      const groups = scoped[scopeBy] ?? {};
      if (ctx.json) writeJson(ctx.io, { ...json, by: scopeBy, byGroup: groups });
      else ctx.io.stdout.write(renderGroups(report, scopeBy, groups, ctx.io.columns));
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
    if (budgets) ctx.io.stdout.write(`\n${renderBudgets(budgets)}`);
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
