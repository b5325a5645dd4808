import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, keyedSamples as keyed, type PrometheusSample } from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { USERS, userBatch } from './deploy-stack-data.js';
import { createPrometheusExporter, type PrometheusExporter } from './prometheus-exporter.js';

// A real Prometheus scrapes a real exporter fed with known batches; every dashboard query and every rule
// expression in deploy/ is then evaluated through Prometheus's HTTP API and checked against exact values.
// Exactness: every series starts at 0 in the first scrape and queries run at the last scrape's timestamp,
// so increase() and rate() do not extrapolate: increase = last value, rate = last value / window.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RULES = join(ROOT, 'deploy/prometheus/rules/glassbox-alerts.yml');
const DASHBOARD = join(ROOT, 'deploy/grafana/glassbox.json');

type Sample = PrometheusSample;

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
    .replaceAll('$project', '.*')
    .replaceAll('$repository', '.*')
    .replaceAll('$branch', '.*');
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
      // Code and sessions: alice's signals, and bob's 10 lines and 1 commit.
      'Lines of code changed': [{ '{type="added"}': 160, '{type="removed"}': 40 }],
      'Lines added by language': [{ '{language="TypeScript"}': 130, '{language="Python"}': 30 }],
      'Commits and pull requests': [{ '{}': 5 }, { '{}': 1 }],
      'Active time': [{ '{type="cli"}': 1800, '{type="user"}': 600 }],
      'Skill activations': [{ '{skill="greet"}': 5 }],
      // alice's and carol's $90 on glassbox.git over alice's 4 commits; bob's $30 on web.git over his 1.
      'Cost per commit': [
        {
          '{repository="https://github.com/acme/glassbox.git"}': 90 / 4,
          '{repository="https://github.com/acme/web.git"}': 30,
        },
      ],
      'API errors and retries': [{ '{status_code="529"}': 3, '{status_code="500"}': 1 }, { '{}': 3 }],
      Refusals: [{ '{model="claude-opus-5-5"}': 2 }],
      'Hook runs': [
        { '{hook_event="Stop",outcome="success"}': 10, '{hook_event="PreToolUse",outcome="error"}': 1 },
      ],
      'MCP server connections': [{ '{mcp_server="github",status="connected"}': 2 }],
      // Budgets: alice's day ($65 of $50), bob's month ($30 of $35).
      'Budget used': [{ '{period="day",user="alice"}': 65 / 50, '{period="month",user="bob"}': 30 / 35 }],
      'Budget spent, warning and limit': [
        { '{period="day"}': 65, '{period="month"}': 30 },
        { '{period="day"}': 40, '{period="month"}': 28 },
        { '{period="day"}': 50, '{period="month"}': 35 },
      ],
    };
    const panels = dashboard.panels.filter((p) => p.type !== 'row');
    expect(panels.length).toBeGreaterThanOrEqual(27);
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
      // alice's 3 retried 529s and 1 500.
      ClaudeApiErrors: { '{user="alice"}': 4 },
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
      'ClaudeApiErrors',
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
