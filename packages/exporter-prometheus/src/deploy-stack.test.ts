import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MetricData, TelemetryBatch } from '@glassbox/spec';
import { freePort } from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createPrometheusExporter, type PrometheusExporter } from './prometheus-exporter.js';

// A real Prometheus scrapes a real exporter fed with known batches; every dashboard query and every rule
// expression in deploy/ is then evaluated through Prometheus's HTTP API and checked against exact values.
// Exactness: every series starts at 0 in the first scrape and queries run at the last scrape's timestamp,
// so increase() and rate() do not extrapolate: increase = last value, rate = last value / window.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RULES = join(ROOT, 'deploy/prometheus/rules/glassbox-alerts.yml');
const DASHBOARD = join(ROOT, 'deploy/grafana/glassbox.json');

interface Sample {
  readonly metric: Record<string, string>;
  readonly value: [number, string];
}

const T0 = Date.now() - 60_000;

interface UserData {
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
  /** The budget the user's agent reports (its limit, warning and what was spent in the period so far). */
  readonly budget?: {
    readonly period: string;
    readonly limit: number;
    readonly warn: number;
    readonly spent: number;
  };
}

const USERS: readonly UserData[] = [
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
function userBatch(u: UserData, f: number, step: number): TelemetryBatch {
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

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

let exporter: PrometheusExporter;
let prometheus: ChildProcess | undefined;
let prometheusUrl = '';
let tmp = '';
let stderr = '';
/** Unix seconds of the last scrape of the final state: every query runs at this instant. */
let evalTime = '';

async function api<T>(path: string, params: Record<string, string> = {}): Promise<T> {
  const url = new URL(`/api/v1/${path}`, prometheusUrl);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const res = await fetch(url);
  const body = (await res.json()) as { status: string; data: T; error?: string };
  if (body.status !== 'success') throw new Error(`${path} ${JSON.stringify(params)}: ${body.error}`);
  return body.data;
}

async function query(expr: string, time?: string): Promise<Sample[]> {
  const data = await api<{ resultType: string; result: Sample[] }>('query', {
    query: expr,
    ...(time ? { time } : {}),
  });
  if (data.resultType !== 'vector') throw new Error(`expected a vector from ${expr}, got ${data.resultType}`);
  return data.result;
}

async function sumOf(expr: string): Promise<number | undefined> {
  const result = await query(expr);
  return result.length === 1 ? Number(result[0]!.value[1]) : undefined;
}

/** Exports one state of every user's agent, then waits until Prometheus has scraped it. */
async function feed(f: number, step: number, expectedCost: number): Promise<void> {
  for (const u of USERS) expect(await exporter.export(userBatch(u, f, step))).toEqual({ code: 'success' });
  await until(`a scrape with total cost ${expectedCost}`, async () => {
    const [count, total] = [
      await sumOf('count(claude_cost_usd_total)'),
      await sumOf('sum(claude_cost_usd_total)'),
    ];
    return count === 4 && total === expectedCost ? true : undefined;
  });
}

beforeAll(async () => {
  exporter = createPrometheusExporter({ port: 0 });
  // State 0 before Prometheus starts: its very first scrape sees every series at 0.
  for (const u of USERS) expect(await exporter.export(userBatch(u, 0, 0))).toEqual({ code: 'success' });

  tmp = mkdtempSync(join(tmpdir(), 'glassbox-prometheus-'));
  const promPort = await freePort();
  prometheusUrl = `http://127.0.0.1:${promPort}`;
  writeFileSync(
    join(tmp, 'prometheus.yml'),
    [
      'global: { scrape_interval: 1s, scrape_timeout: 1s, evaluation_interval: 1s }',
      `rule_files: [${JSON.stringify(RULES)}]`,
      'scrape_configs:',
      '  - job_name: glassbox',
      `    static_configs: [{ targets: ['127.0.0.1:${exporter.port}'] }]`,
      '',
    ].join('\n'),
  );
  prometheus = spawn(
    'prometheus',
    [
      `--config.file=${join(tmp, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(tmp, 'data')}`,
      `--web.listen-address=127.0.0.1:${promPort}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  prometheus.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  await until(
    'Prometheus to be ready',
    async () => {
      if (prometheus?.exitCode !== null) throw new Error(`prometheus exited: ${stderr}`);
      return (await fetch(`${prometheusUrl}/-/ready`)).ok ? true : undefined;
    },
    20_000,
  );
  await feed(0, 0, 0);
  await feed(0.5, 1, 60);
  await feed(1, 2, 120);
  const last = await sumOf('max(timestamp(claude_cost_usd_total))');
  evalTime = String(last);
}, 60_000);

afterAll(async () => {
  if (prometheus && prometheus.exitCode === null) {
    const exited = new Promise((r) => prometheus!.once('exit', r));
    prometheus.kill('SIGTERM');
    const timer = setTimeout(() => prometheus?.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  await exporter?.shutdown();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

type Expected = Record<string, number>;

/** `{a="x"}` keys for a result, labels sorted; `{}` for no labels. */
function keyed(result: Sample[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of result) {
    const labels = Object.entries(s.metric)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${k}="${v}"`)
      .join(',');
    out[`{${labels}}`] = Number(s.value[1]);
  }
  return out;
}

function expectValues(got: Record<string, number>, expected: Expected, what: string): void {
  expect(Object.keys(got).sort(), what).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) {
    expect(got[key], `${what} ${key}`).toBeCloseTo(value, 6);
  }
}

const rules = parseYaml(readFileSync(RULES, 'utf8')) as {
  groups: { name: string; rules: { record?: string; alert?: string; expr: string }[] }[];
};
const recordings = rules.groups.flatMap((g) => g.rules).filter((r) => r.record !== undefined);

/** Inlines recording rules, so an expression is evaluated from raw data at `evalTime`. */
function inlineRecordings(expr: string): string {
  let out = expr;
  for (const r of recordings) out = out.split(r.record!).join(`(${r.expr.trim()})`);
  return out;
}

/** Grafana variables as the dashboard's defaults resolve them ("All" → `.*`, range → 24h). */
function resolveGrafana(expr: string): string {
  return expr
    .replaceAll('$__range', '24h')
    .replaceAll('$user', '.*')
    .replaceAll('$team', '.*')
    .replaceAll('$project', '.*');
}

describe('deploy/ against a real Prometheus scraping @glassbox/exporter-prometheus', () => {
  it('should evaluate every Grafana dashboard query to the values fed', async () => {
    const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as {
      panels: { type: string; title: string; targets?: { expr: string; refId: string }[] }[];
    };
    // One list of expectations per panel, one entry per target (refId order).
    const expected: Record<string, Expected[]> = {
      'Daily cost by model': [{ '{model="claude-haiku-4-5"}': 30, '{model="claude-opus-5-5"}': 90 }],
      'Projected daily cost': [{ '{}': (120 / 3600) * 86400 }],
      // The users' daily budgets added up: alice's $50.
      'Daily budget used': [{ '{}': 120 / 50 }],
      'Spend by user': [{ '{user="alice"}': 65, '{user="bob"}': 30, '{user="carol"}': 25 }],
      'Spend by team': [{ '{team="platform"}': 95, '{team="data"}': 25 }],
      'Spend by project': [{ '{project="glassbox"}': 90, '{project="web"}': 30 }],
      'Spend by repository': [
        {
          '{repository="https://github.com/acme/glassbox.git"}': 90,
          '{repository="https://github.com/acme/web.git"}': 30,
        },
      ],
      'Spend by branch': [{ '{branch="main"}': 90, '{branch="feature/login"}': 30 }],
      // All Bash calls take 5-10 s, all Read calls < 100 ms, all Edit calls 100 ms-1 s.
      'P99 tool latency': [{ '{tool="Bash"}': 9950, '{tool="Read"}': 99, '{tool="Edit"}': 991 }],
      'Error rate by tool': [{ '{tool="Bash"}': 0.2, '{tool="Read"}': 0.05, '{tool="Edit"}': 0 }],
      'Tool calls per minute': [{ '{tool="Bash"}': 20, '{tool="Read"}': 40, '{tool="Edit"}': 10 }],
      'Token usage trend': [{ '{}': 60_000 }, { '{}': 8_000 }],
      'Export failures (1 h)': [{ '{exporter="otlp"}': 6, '{exporter="file"}': 0 }],
      'Events dropped (1 h)': [{ '{reason="spool_full"}': 3 }],
      'Hook failures (1 h)': [{ '{hook="PostToolUse"}': 2 }],
    };
    const panels = dashboard.panels.filter((p) => p.type !== 'row');
    expect(panels.length).toBeGreaterThanOrEqual(14);
    for (const panel of panels) {
      const targets = panel.targets ?? [];
      expect(targets.length, panel.title).toBeGreaterThan(0);
      if (panel.title === 'Since last batch') {
        const [age] = await query(resolveGrafana(targets[0]!.expr), evalTime);
        expect(Number(age!.value[1])).toBeGreaterThanOrEqual(0);
        expect(Number(age!.value[1])).toBeLessThan(30);
        continue;
      }
      const want = expected[panel.title];
      expect(want, `no expectation for panel "${panel.title}"`).toBeDefined();
      expect(targets.length, panel.title).toBe(want!.length);
      for (const [i, target] of targets.entries()) {
        const result = await query(inlineRecordings(resolveGrafana(target.expr)), evalTime);
        expectValues(keyed(result), want![i]!, `${panel.title} ${target.refId}`);
      }
    }
  });

  it('should evaluate every alert and recording rule expression to the series expected', async () => {
    const expected: Record<string, Expected> = {
      'glassbox:budget_usd:daily': { '{}': 50 },
      'glassbox:claude_cost_usd:increase24h': { '{}': 120 },
      HighToolErrorRate: { '{tool="Bash"}': 0.2 },
      UnexpectedCostSpike: { '{}': 2880 },
      HighP99Latency: { '{tool="Bash"}': 9950 },
      DailyBudgetExceeded: { '{}': 120 },
      DailyBudgetNearlyExhausted: {},
      GlassboxBudgetReached: {
        [`{__name__="glassbox_budget_spent_usd",instance="127.0.0.1:${exporter.port}",job="glassbox",period="day",project="glassbox",team="platform",user="alice"}`]: 65,
      },
      GlassboxBudgetNearlyReached: {
        [`{__name__="glassbox_budget_spent_usd",instance="127.0.0.1:${exporter.port}",job="glassbox",period="month",project="web",team="platform",user="bob"}`]: 30,
      },
      GlassboxTelemetrySilent: {},
      GlassboxScrapeDown: {},
      GlassboxExportFailing: { '{exporter="otlp"}': 6 / 300 },
      GlassboxEventsDropped: { '{reason="spool_full"}': 3 },
      GlassboxHookFailures: { '{hook="PostToolUse"}': 2 },
    };
    const all = rules.groups.flatMap((g) => g.rules);
    expect(all.map((r) => r.alert ?? r.record).sort()).toEqual(Object.keys(expected).sort());
    for (const rule of all) {
      const name = (rule.alert ?? rule.record)!;
      const result = await query(inlineRecordings(rule.expr), evalTime);
      expectValues(keyed(result), expected[name]!, name);
    }
  });

  it('should load the rules into Prometheus and raise exactly the alerts the data calls for', async () => {
    const groups = await api<{ groups: { name: string; rules: { health: string; name: string }[] }[] }>(
      'rules',
    );
    expect(groups.groups.map((g) => g.name).sort()).toEqual([
      'claude_alerts',
      'glassbox_budget',
      'glassbox_health',
    ]);
    const expectedAlerts = [
      'DailyBudgetExceeded',
      'GlassboxBudgetNearlyReached',
      'GlassboxBudgetReached',
      'GlassboxEventsDropped',
      'GlassboxExportFailing',
      'GlassboxHookFailures',
      'HighP99Latency',
      'HighToolErrorRate',
      'UnexpectedCostSpike',
    ];
    // Prometheus evaluates the rules every second at "now": wait for the set to settle on the final state.
    const active = await until('the expected active alerts', async () => {
      const { alerts } = await api<{ alerts: { labels: Record<string, string>; state: string }[] }>('alerts');
      const names = [...new Set(alerts.map((a) => a.labels.alertname!))].sort();
      return JSON.stringify(names) === JSON.stringify(expectedAlerts) ? alerts : undefined;
    });
    expect(active.find((a) => a.labels.alertname === 'HighToolErrorRate')?.labels.tool).toBe('Bash');
    expect(active.find((a) => a.labels.alertname === 'HighP99Latency')?.labels.tool).toBe('Bash');
    const health = (await api<{ groups: { rules: { health: string; name: string }[] }[] }>('rules')).groups
      .flatMap((g) => g.rules)
      .filter((r) => r.health !== 'ok');
    expect(health).toEqual([]);
  });
});
