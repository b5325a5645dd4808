import type { Attributes, AttributeValue, LogRecordData } from '@glassbox/spec';

/**
 * The metrics of the derived signals (`traceToSignals`' log records), named as Claude Code's own OpenTelemetry
 * names them where it has one (`claude_code.lines_of_code.count` → `claude.lines_of_code.count`, the seed's
 * `claude.` prefix), else in the seed's `claude.<thing>.<what>_total` style.
 */
export const SIGNAL_METRIC_DEFINITIONS = {
  'claude.lines_of_code.count': {
    kind: 'sum',
    description: 'Lines of code added and removed by edits (type: added, removed; tool, language)',
    unit: '{line}',
  },
  'claude.commit.count': { kind: 'sum', description: 'Git commits created by Bash calls', unit: '{commit}' },
  'claude.pull_request.count': {
    kind: 'sum',
    description: 'Pull requests created by Bash calls (gh pr create)',
    unit: '{pull_request}',
  },
  'claude.active_time.total': {
    kind: 'sum',
    description: 'Active time (type: cli = turns running, user = before a prompt, each pause at most 5 min)',
    unit: 's',
  },
  'claude.api.errors_total': {
    kind: 'sum',
    description: 'Failed API requests (every attempt; retrying: whether Claude Code retried it)',
    unit: '{error}',
  },
  'claude.api.retries_total': { kind: 'sum', description: 'API requests retried', unit: '{retry}' },
  'claude.api.refusals_total': {
    kind: 'sum',
    description: 'Responses the model refused (stop reason refusal)',
    unit: '{response}',
  },
  'claude.hook.executions_total': {
    kind: 'sum',
    description: 'Hook runs by hook event and outcome',
    unit: '{run}',
  },
  'claude.mcp.connections_total': {
    kind: 'sum',
    description: 'MCP server connections by server and status',
    unit: '{connection}',
  },
  'claude.skill.activations_total': {
    kind: 'sum',
    description: 'Skills activated (the Skill tool)',
    unit: '{activation}',
  },
} as const;

export type SignalMetricName = keyof typeof SIGNAL_METRIC_DEFINITIONS;

/** One increment of a signal metric. */
export interface SignalIncrement {
  readonly name: SignalMetricName;
  readonly attributes: Attributes;
  readonly value: number;
}

const str = (v: AttributeValue | undefined): string | undefined =>
  typeof v === 'string' && v.length > 0 ? v : undefined;
const num = (v: AttributeValue | undefined): number =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;

/** The metric increments one derived-signal log record stands for; none for any other record. */
export function signalIncrements(log: LogRecordData): SignalIncrement[] {
  const a = log.attributes;
  const out: SignalIncrement[] = [];
  const put = (name: SignalMetricName, attributes: Record<string, string | undefined>, value: number) => {
    if (value <= 0) return;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(attributes)) if (v !== undefined) attrs[k] = v;
    out.push({ name, attributes: attrs, value });
  };
  switch (log.event) {
    case 'code_edit': {
      const labels = { tool: str(a.toolName) ?? 'unknown', language: str(a.language) ?? 'other' };
      put('claude.lines_of_code.count', { ...labels, type: 'added' }, num(a.linesAdded));
      put('claude.lines_of_code.count', { ...labels, type: 'removed' }, num(a.linesRemoved));
      break;
    }
    case 'commit':
      put('claude.commit.count', {}, num(a.commits));
      break;
    case 'pull_request':
      put('claude.pull_request.count', {}, num(a.pullRequests));
      break;
    case 'active_time':
      put('claude.active_time.total', { type: 'cli' }, num(a.cliSeconds));
      put('claude.active_time.total', { type: 'user' }, num(a.userSeconds));
      break;
    case 'api_error': {
      const labels = { model: str(a.model) ?? 'unknown', status_code: str(a.statusCode) ?? 'unknown' };
      put('claude.api.errors_total', { ...labels, retrying: String(a.retrying === true) }, 1);
      if (a.retrying === true) put('claude.api.retries_total', labels, 1);
      break;
    }
    case 'api_refusal':
      put('claude.api.refusals_total', { model: str(a.model) ?? 'unknown' }, 1);
      break;
    case 'hook_execution':
      put(
        'claude.hook.executions_total',
        { hook_event: str(a.hookEvent) ?? 'unknown', outcome: str(a.outcome) ?? 'unknown' },
        1,
      );
      break;
    case 'mcp_server_connection':
      put(
        'claude.mcp.connections_total',
        { 'mcp_server.name': str(a.mcpServer) ?? 'unknown', status: str(a.status) ?? 'unknown' },
        1,
      );
      break;
    case 'skill_activated':
      put('claude.skill.activations_total', { 'skill.name': str(a.skill), 'plugin.name': str(a.plugin) }, 1);
      break;
    default:
      break;
  }
  return out;
}
