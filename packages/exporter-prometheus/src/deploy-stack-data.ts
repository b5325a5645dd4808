// The data deploy-stack.test.ts feeds a real Prometheus: three users' agents (cost, tokens, tools, the derived
// signals, budgets, the agent's health) as cumulative batches `f` of the way to their final totals.
import type { MetricData, TelemetryBatch } from '@glassbox/spec';

const T0 = Date.now() - 60_000;

export interface UserData {
  readonly user: string;
  readonly team: string;
  readonly project: string;
  /** Point attributes under their OpenTelemetry names, as the agent sets them per session. */
  readonly repository: string;
  readonly branch: string;
  readonly cost: Readonly<Record<string, number>>;
  readonly tokensIn: Readonly<Record<string, number>>;
  readonly tokensOut: Readonly<Record<string, number>>;
  /** Tools, latency and the agent's own health metrics ride with the first user only. */
  readonly agentMetrics: boolean;
  /** The derived signals the user's sessions produced (counters, by their metric name's labels). */
  readonly signals?: Readonly<Record<string, readonly [Record<string, string>, number][]>>;
  /** The budget the user's agent reports (its limit, warning and what was spent in the period so far). */
  readonly budget?: {
    readonly period: string;
    readonly limit: number;
    readonly warn: number;
    readonly spent: number;
  };
}

export const USERS: readonly UserData[] = [
  {
    user: 'alice',
    team: 'platform',
    project: 'glassbox',
    repository: 'https://github.com/acme/glassbox.git',
    branch: 'main',
    cost: { 'claude-opus-5-5': 60, 'claude-haiku-4-5': 5 },
    tokensIn: { 'claude-opus-5-5': 30_000 },
    tokensOut: { 'claude-opus-5-5': 4_000 },
    agentMetrics: true,
    signals: {
      'claude.lines_of_code.count': [
        [{ type: 'added', tool: 'Edit', language: 'TypeScript' }, 120],
        [{ type: 'removed', tool: 'Edit', language: 'TypeScript' }, 40],
        [{ type: 'added', tool: 'Write', language: 'Python' }, 30],
      ],
      'claude.commit.count': [[{}, 4]],
      'claude.pull_request.count': [[{}, 1]],
      'claude.active_time.total': [
        [{ type: 'cli' }, 1800],
        [{ type: 'user' }, 600],
      ],
      'claude.api.errors_total': [
        [{ model: 'claude-opus-5-5', status_code: '529', retrying: 'true' }, 3],
        [{ model: 'claude-opus-5-5', status_code: '500', retrying: 'false' }, 1],
      ],
      'claude.api.retries_total': [[{ model: 'claude-opus-5-5', status_code: '529' }, 3]],
      'claude.api.refusals_total': [[{ model: 'claude-opus-5-5' }, 2]],
      'claude.hook.executions_total': [
        [{ hook_event: 'Stop', outcome: 'success' }, 10],
        [{ hook_event: 'PreToolUse', outcome: 'error' }, 1],
      ],
      'claude.mcp.connections_total': [[{ 'mcp_server.name': 'github', status: 'connected' }, 2]],
      'claude.skill.activations_total': [[{ 'skill.name': 'greet', 'plugin.name': 'tools' }, 5]],
    },
    budget: { period: 'day', limit: 50, warn: 40, spent: 65 },
  },
  {
    user: 'bob',
    team: 'platform',
    project: 'web',
    repository: 'https://github.com/acme/web.git',
    branch: 'feature/login',
    cost: { 'claude-opus-5-5': 30 },
    tokensIn: { 'claude-opus-5-5': 20_000 },
    tokensOut: { 'claude-opus-5-5': 2_000 },
    agentMetrics: false,
    signals: {
      'claude.lines_of_code.count': [[{ type: 'added', tool: 'Edit', language: 'TypeScript' }, 10]],
      'claude.commit.count': [[{}, 1]],
    },
    budget: { period: 'month', limit: 35, warn: 28, spent: 30 },
  },
  {
    user: 'carol',
    team: 'data',
    project: 'glassbox',
    repository: 'https://github.com/acme/glassbox.git',
    branch: 'main',
    cost: { 'claude-haiku-4-5': 25 },
    tokensIn: { 'claude-haiku-4-5': 10_000 },
    tokensOut: { 'claude-haiku-4-5': 2_000 },
    agentMetrics: false,
  },
];

// Per tool: calls, errors, and latency bucket counts for boundaries [100, 1000, 5000, 10000] (+Inf last).
const TOOLS = {
  Bash: { calls: 100, errors: 20, buckets: [0, 0, 0, 100, 0], sum: 750_000 },
  Read: { calls: 200, errors: 10, buckets: [200, 0, 0, 0, 0], sum: 10_000 },
  Edit: { calls: 50, errors: 0, buckets: [0, 50, 0, 0, 0], sum: 25_000 },
} as const;

function counter(name: string, points: [Record<string, string>, number][], nowMs: number): MetricData {
  return {
    kind: 'sum',
    name,
    temporality: 'cumulative',
    monotonic: true,
    points: points.map(([attributes, value]) => ({ attributes, startTimeMs: T0, timeMs: nowMs, value })),
  };
}

/** The cumulative state of one user's agent, `f` of the way to the final totals. */
export function userBatch(u: UserData, f: number, step: number): TelemetryBatch {
  const now = Date.now();
  const byModel = (values: Readonly<Record<string, number>>, extra: Record<string, string> = {}) =>
    Object.entries(values).map(
      ([model, v]) => [{ model, ...extra }, v * f] as [Record<string, string>, number],
    );
  const vcs = { 'vcs.repository.url.full': u.repository, 'vcs.ref.head.name': u.branch };
  const metrics: MetricData[] = [
    counter('claude.cost.usd', byModel(u.cost, vcs), now),
    counter('claude.tokens.input', byModel(u.tokensIn), now),
    counter('claude.tokens.output', byModel(u.tokensOut), now),
  ];
  for (const [name, points] of Object.entries(u.signals ?? {}))
    metrics.push(
      counter(
        name,
        points.map(([labels, v]) => [{ ...labels, ...vcs }, v * f]),
        now,
      ),
    );
  if (u.budget) {
    const { period, limit, warn, spent } = u.budget;
    for (const [name, value] of [
      ['glassbox.budget.limit_usd', limit],
      ['glassbox.budget.warn_usd', warn],
      ['glassbox.budget.spent_usd', spent * f],
    ] as const)
      metrics.push({
        kind: 'gauge',
        name,
        unit: 'USD',
        points: [{ attributes: { period }, timeMs: now, value }],
      });
  }
  if (u.agentMetrics) {
    const tools = Object.entries(TOOLS);
    metrics.push(
      counter(
        'claude.tool.calls_total',
        tools.map(([tool, t]) => [{ tool }, t.calls * f]),
        now,
      ),
      counter(
        'claude.tool.errors_total',
        tools.map(([tool, t]) => [{ tool }, t.errors * f]),
        now,
      ),
      {
        kind: 'histogram',
        name: 'claude.tool.latency_ms',
        unit: 'ms',
        temporality: 'cumulative',
        boundaries: [100, 1000, 5000, 10000],
        points: tools.map(([tool, t]) => ({
          attributes: { tool },
          startTimeMs: T0,
          timeMs: now,
          count: t.buckets.reduce((a: number, b: number) => a + b, 0) * f,
          sum: t.sum * f,
          bucketCounts: t.buckets.map((c) => c * f),
        })),
      },
      counter(
        'glassbox.export.failures',
        [
          [{ exporter: 'otlp', code: 'EXPORT_FAILED' }, 6 * f],
          [{ exporter: 'file', code: 'SPOOL_IO' }, 0],
        ],
        now,
      ),
      counter('glassbox.events.dropped', [[{ reason: 'spool_full' }, 3 * f]], now),
      counter('glassbox.hook.failures', [[{ hook: 'PostToolUse' }, 2 * f]], now),
    );
  }
  return {
    id: `${u.user}:${step}`,
    resource: {
      attributes: {
        'service.name': 'claude-code',
        'user.id': u.user,
        'glassbox.team': u.team,
        'project.name': u.project,
      },
    },
    spans: [],
    metrics,
    logs: [],
    audit: [],
  };
}
