import { execFileSync } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type OtlpReceiver, type ReceivedLog, startOtlpReceiver } from '@glassbox/otlp-receiver';
import {
  type ClaudeHome,
  type ClaudeResult,
  createClaudeHome,
  type FakeAnthropicApi,
  keyedSamples as keyed,
  runClaude,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agentStatus,
  type FileLine,
  freePort,
  readFileExport,
  relativeDifference,
  stopAgent,
  useAgentHome,
} from '../../glassbox-lite/test/e2e-helpers.js';
import { dashboardPanels } from './dashboard-panels.js';
import { copyFullPlugin, eventually, type Prometheus, startPrometheus } from './e2e-helpers.js';

/*
 * Derived signals end to end: a real Claude Code session in a git repository writes a new file (3 lines), edits
 * it (1 line removed, 2 added), commits with Bash, fails once with a 529 (Claude Code retries it), activates a
 * skill and ends; a failing `git commit` (nothing to commit) counts nothing; a `gh pr create` (a stand-in `gh`)
 * opens a pull request. The file log, the OTLP receiver and a real Prometheus show the same figures, and every
 * panel of the dashboard's "Code and sessions" and "Budgets" rows finds them (a daily and a monthly budget set).
 */

const ADDED = 3 + 2;
const REMOVED = 1;
const REPOSITORY = 'https://git.example/acme/signals.git';
const DAILY_USD = 100;
const MONTHLY_USD = 1000;

const signal = (events: readonly string[]) =>
  ['code_edit', 'commit', 'api_error', 'skill_activated', 'active_time'].filter((e) => events.includes(e));

describe('derived signals of a real Claude Code session: lines, commits, API errors and retries, skills', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let agentPort: number;
  let receiver: OtlpReceiver;
  let prometheus: Prometheus | undefined;
  let result: ClaudeResult;
  let fileLines: FileLine[];
  let otlpLogs: ReceivedLog[];

  beforeAll(async () => {
    agentPort = await freePort();
    const metricsPort = await freePort();
    receiver = await startOtlpReceiver({ port: await freePort() });
    prometheus = await startPrometheus(await freePort(), [`127.0.0.1:${metricsPort}`]);
    home = await createClaudeHome('glassbox-signals-e2e-');
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: home.cwd,
        encoding: 'utf8',
        env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
      }).trim();
    git('init', '-q', '-b', 'feature/signals');
    git('remote', 'add', 'origin', REPOSITORY);
    git(
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.com',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'first',
    );
    await mkdir(join(home.cwd, '.claude', 'skills', 'greet'), { recursive: true });
    await writeFile(
      join(home.cwd, '.claude', 'skills', 'greet', 'SKILL.md'),
      '---\nname: greet\ndescription: Greets the user\n---\nSay hello.\n',
    );
    useAgentHome(join(home.configDir, 'glassbox'));
    const plugin = await copyFullPlugin(join(home.root, 'plugin'), agentPort);
    const file = join(home.cwd, 'src', 'a.ts');
    // A stand-in `gh` outside the repository: `gh pr create` that succeeds, as the real one prints the PR's URL.
    const gh = join(home.root, 'bin', 'gh');
    await mkdir(join(home.root, 'bin'), { recursive: true });
    await writeFile(gh, '#!/bin/sh\necho https://git.example/acme/signals/pull/7\n');
    await chmod(gh, 0o755);
    const commit = 'git add -A && git -c user.name=t -c user.email=t@example.com commit -q -m "add a"';
    const step = (id: string, name: string, input: Record<string, unknown>) => ({
      content: [{ type: 'tool_use' as const, id, name, input }],
    });
    api = await startFakeAnthropicApi({
      script: [
        step('toolu_write', 'Write', {
          file_path: file,
          content: 'const a = 1;\nconst b = 2;\nexport { a, b };\n',
        }),
        step('toolu_edit', 'Edit', {
          file_path: file,
          old_string: 'const b = 2;',
          new_string: 'const b = 3;\nconst c = 4;',
        }),
        step('toolu_commit', 'Bash', { command: commit, description: 'commit' }),
        step('toolu_commit_none', 'Bash', {
          command: 'git -c user.name=t -c user.email=t@example.com commit -m nothing',
          description: 'nothing to commit',
        }),
        step('toolu_pr', 'Bash', { command: `${gh} pr create --fill`, description: 'open a PR' }),
        { error: { status: 529, retryAfterSeconds: 0 } },
        step('toolu_skill', 'Skill', { skill: 'greet' }),
        { content: [{ type: 'text', text: 'Done.' }] },
      ],
      fallback: {
        content: [{ type: 'text', text: 'Noted.' }],
        usage: { input_tokens: 20, output_tokens: 2 },
      },
    });
    const run = await runClaude({
      prompt: 'write, commit and greet',
      apiUrl: api.url,
      home,
      pluginDirs: [plugin],
      allowedTools: ['Bash', 'Write', 'Edit', 'Skill'],
      settings: {
        pluginConfigs: {
          'glassbox@inline': {
            options: {
              agentPort,
              exporters: 'otlp,file',
              otlpEndpoint: receiver.url,
              metricsPort,
              idleTimeoutMinutes: 0,
              userId: 'ada',
              team: 'platform',
              budgetDailyUsd: DAILY_USD,
              budgetMonthlyUsd: MONTHLY_USD,
            },
          },
        },
      },
      timeoutMs: 240_000,
    });
    expect(run.exitCode, run.stderr).toBe(0);
    result = run.result!;
    const dataDir = join(home.configDir, 'plugins', 'data', 'glassbox-inline');
    await eventually(
      'the session exported to the file and OTLP',
      async () => {
        const status = await agentStatus(agentPort);
        const session = status?.sessions.find((s) => s.sessionId === result.session_id);
        const pending = status?.exporters.reduce((n, e) => n + e.pendingSpans + e.pendingLogs, 0);
        return session?.ended && pending === 0 && receiver.logs.length > 0;
      },
      90_000,
    );
    fileLines = await readFileExport(join(dataDir, 'telemetry'));
    otlpLogs = [...receiver.logs];
  }, 300_000);

  afterAll(async () => {
    if (agentPort) await stopAgent(agentPort);
    await api?.close();
    await receiver?.close();
    await prometheus?.stop();
    await home?.cleanup();
  });

  it('should write one log record per derived event to the file log, with the attribution', () => {
    const of = (event: string) => fileLines.filter((l) => l.event === event);
    // The file exporter lifts the seed's fields (`toolName`, `toolUseId`…) out of `attributes`.
    const edits = of('code_edit').map((l) => ({
      ...(l.attributes as Record<string, unknown>),
      toolName: (l as { toolName?: string }).toolName,
    }));
    expect(edits.map((a) => [a.toolName, a.language, a.linesAdded, a.linesRemoved])).toEqual([
      ['Write', 'TypeScript', 3, 0],
      ['Edit', 'TypeScript', 2, 1],
    ]);
    const commits = of('commit');
    expect(commits).toHaveLength(1);
    expect(commits[0]!.toolUseId).toBe('toolu_commit');
    const errors = of('api_error').map((l) => l.attributes as Record<string, unknown>);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ statusCode: '529', retrying: true, attempt: 1 });
    const skills = of('skill_activated').map((l) => l.attributes as Record<string, unknown>);
    expect(skills.map((a) => a.skill)).toEqual(['greet']);
    expect(of('active_time').length).toBeGreaterThanOrEqual(1);
    for (const l of fileLines.filter((x) => signal([x.event]).length > 0))
      expect(l.attributes, l.event).toMatchObject({
        'user.id': 'ada',
        'glassbox.team': 'platform',
        'vcs.ref.head.name': 'feature/signals',
      });
  });

  it('should send the same records over OTLP', () => {
    const count = (event: string) => otlpLogs.filter((l) => l.eventName === event).length;
    expect(count('code_edit')).toBe(2);
    expect(count('commit')).toBe(1);
    expect(count('api_error')).toBe(1);
    expect(count('skill_activated')).toBe(1);
    const ids = otlpLogs.map((l) => `${l.eventName}:${String(l.attributes['log.record.uid'] ?? '')}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should count the same figures in the OTLP metrics and in Prometheus', async () => {
    const latest = (name: string) => receiver.metrics.filter((m) => m.name === name).at(-1);
    const total = (name: string, match: Record<string, string> = {}) =>
      (latest(name)?.points ?? [])
        .filter((p) => Object.entries(match).every(([k, v]) => p.attributes[k] === v))
        .reduce((sum, p) => sum + (p.value ?? 0), 0);
    await eventually(
      'the signal metrics over OTLP',
      async () => latest('claude.skill.activations_total'),
      30_000,
    );
    expect(total('claude.lines_of_code.count', { type: 'added' })).toBe(ADDED);
    expect(total('claude.lines_of_code.count', { type: 'removed' })).toBe(REMOVED);
    expect(total('claude.commit.count')).toBe(1);
    expect(total('claude.api.errors_total')).toBe(1);
    expect(total('claude.api.retries_total')).toBe(1);
    expect(total('claude.skill.activations_total', { 'skill.name': 'greet' })).toBe(1);
    expect(total('claude.active_time.total', { type: 'cli' })).toBeGreaterThan(0);

    const one = async (expr: string) => {
      const r = await prometheus!.query(expr);
      return r.length === 1 ? Number(r[0]!.value[1]) : undefined;
    };
    await eventually(
      'a scrape with the signals',
      async () => (await one('sum(claude_skill_activations_total)')) === 1,
      30_000,
    );
    expect(await one('sum(claude_lines_of_code_count_total{type="added"})')).toBe(ADDED);
    expect(await one('sum(claude_lines_of_code_count_total{type="removed"})')).toBe(REMOVED);
    expect(await one('sum(claude_commit_count_total)')).toBe(1);
    expect(await one('sum(claude_api_errors_total{status_code="529"})')).toBe(1);
    expect(await one('sum(claude_api_retries_total)')).toBe(1);
    expect(await one('sum(claude_skill_activations_total{skill="greet",user="ada",team="platform"})')).toBe(
      1,
    );
    expect(await one('sum(claude_active_time_total{type="cli"})')).toBeGreaterThan(0);
  });

  it('should show the figures in every panel of the dashboard rows "Code and sessions" and "Budgets"', async () => {
    // The dashboard as a person filtering on this session's user, team, repository and branch would see it.
    const panels = await dashboardPanels(
      ['Code and sessions', 'Budgets'],
      { user: 'ada', team: 'platform', project: '.*', repository: REPOSITORY, branch: 'feature/signals' },
      '1h',
    );
    // The agent creates each counter when the session's trace is built, so its first scrape already holds the
    // session's figure and increase() over the test's few minutes is 0 (Prometheus 2 has no created timestamp).
    // The panels are read with the counter's value in place of its increase: the same selectors, grouping and
    // arithmetic, and the figures the session produced (deploy-stack.test.ts checks increase() on known series).
    const asTotal = (expr: string) =>
      expr.replace(/increase\((\w+\{[^}]*\})\[[^\]]+\]\)/g, 'last_over_time($1[1h])');
    const show = async (panel: string) => {
      const exprs = panels.find((p) => p.title === panel)?.exprs;
      expect(exprs, `panel "${panel}"`).toBeDefined();
      return Promise.all(exprs!.map(async (e) => keyed(await prometheus!.query(asTotal(e)))));
    };
    const cost = result.total_cost_usd;
    const close = (got: number | undefined, want: number) =>
      expect(relativeDifference(got ?? Number.NaN, want)).toBeLessThanOrEqual(1e-9);
    // The budget gauges follow the ledger, and the Stop hook's run and the turn's active time come with the trace
    // rebuilt after the Stop answer: wait until a scrape holds them all.
    await eventually(
      'the budget gauges with the session cost, the Stop hook run and the active time',
      async () => {
        const [spent] = await show('Budget spent, warning and limit');
        const [hooks] = await show('Hook runs');
        const [active] = await show('Active time');
        const day = spent?.['{period="day"}'];
        return (
          day !== undefined &&
          relativeDifference(day, cost) <= 1e-9 &&
          hooks?.['{hook_event="Stop",outcome="success"}'] !== undefined &&
          active?.['{type="cli"}'] !== undefined
        );
      },
      60_000,
    );
    const seen: string[] = [];
    const panel = async (title: string) => {
      seen.push(title);
      return show(title);
    };
    expect(await panel('Lines of code changed')).toEqual([
      { '{type="added"}': ADDED, '{type="removed"}': REMOVED },
    ]);
    expect(await panel('Lines added by language')).toEqual([{ '{language="TypeScript"}': ADDED }]);
    expect(await panel('Commits and pull requests')).toEqual([{ '{}': 1 }, { '{}': 1 }]);
    const [active] = await panel('Active time');
    expect(active!['{type="cli"}']).toBeGreaterThan(0);
    expect(await panel('Skill activations')).toEqual([{ '{skill="greet"}': 1 }]);
    const [perCommit] = await panel('Cost per commit');
    expect(Object.keys(perCommit!)).toEqual([`{repository="${REPOSITORY}"}`]);
    close(perCommit![`{repository="${REPOSITORY}"}`], cost);
    expect(await panel('API errors and retries')).toEqual([{ '{status_code="529"}': 1 }, { '{}': 1 }]);
    // No refusal and no MCP server in this session: those panels stay empty (deploy-stack.test.ts fills them).
    expect(await panel('Refusals')).toEqual([{}]);
    expect(await panel('MCP server connections')).toEqual([{}]);
    const [hooks] = await panel('Hook runs');
    expect(hooks!['{hook_event="Stop",outcome="success"}']).toBeGreaterThanOrEqual(1);
    const [used] = await panel('Budget used');
    expect(Object.keys(used!).sort()).toEqual(['{period="day",user="ada"}', '{period="month",user="ada"}']);
    close(used!['{period="day",user="ada"}'], cost / DAILY_USD);
    close(used!['{period="month",user="ada"}'], cost / MONTHLY_USD);
    const [spent, warn, limit] = await panel('Budget spent, warning and limit');
    close(spent!['{period="month"}'], cost);
    expect([warn, limit]).toEqual([
      { '{period="day"}': DAILY_USD * 0.8, '{period="month"}': MONTHLY_USD * 0.8 },
      { '{period="day"}': DAILY_USD, '{period="month"}': MONTHLY_USD },
    ]);
    // Every panel of the two rows was checked.
    expect(seen.sort()).toEqual(panels.map((p) => p.title).sort());
  });
});
