import { execFileSync, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type OtlpReceiver, type ReceivedSpan, startOtlpReceiver } from '@glassbox/otlp-receiver';
import {
  type ClaudeHome,
  type ClaudeResult,
  createClaudeHome,
  type FakeAnthropicApi,
  runClaude,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agentHealth,
  agentStatus,
  type FileLine,
  freePort,
  readFileExport,
  relativeDifference,
  stopAgent,
  useAgentHome,
} from '../../glassbox-lite/test/e2e-helpers.js';
import { TURN_1 } from '../../glassbox-lite/test/e2e-scenario.js';
import { copyFullPlugin, eventually, type Prometheus, REPO_DIR, startPrometheus } from './e2e-helpers.js';

interface ExporterView {
  name: string;
  pendingSpans: number;
  pendingLogs: number;
  failedBatches: number;
  exportedSpans: number;
}

const exporterOf = async (port: number, name: string): Promise<ExporterView | undefined> =>
  ((await agentStatus(port))?.exporters as unknown as ExporterView[] | undefined)?.find(
    (e) => e.name === name,
  );

describe('the full glassbox plugin in a real Claude Code session: OTLP receiver and a real Prometheus', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let agentPort: number;
  let otlpPort: number;
  let receiver: OtlpReceiver | undefined;
  let prometheus: Prometheus | undefined;
  let result: ClaudeResult;
  let whileDown: ExporterView;
  let afterRestart: ExporterView;
  let fileLines: FileLine[];
  let spans: ReceivedSpan[];
  let revision: string;

  beforeAll(async () => {
    [agentPort, otlpPort] = [await freePort(), await freePort()];
    const metricsPort = await freePort();
    prometheus = await startPrometheus(await freePort(), [`127.0.0.1:${metricsPort}`]);
    home = await createClaudeHome('glassbox-full-e2e-');
    // The session runs in a git repository on a named branch, with a remote URL that carries a credential.
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: home.cwd,
        encoding: 'utf8',
        env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
      }).trim();
    git('init', '-q', '-b', 'feature/attribution');
    git('remote', 'add', 'origin', 'https://bot:ghp_canary@git.example/acme/widgets.git');
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
    revision = git('rev-parse', 'HEAD');
    useAgentHome(join(home.configDir, 'glassbox'));
    const plugin = await copyFullPlugin(join(home.root, 'plugin'), agentPort);
    api = await startFakeAnthropicApi({
      script: TURN_1,
      fallback: {
        content: [{ type: 'text', text: 'Noted.' }],
        usage: { input_tokens: 20, output_tokens: 2 },
      },
    });
    // The OTLP endpoint is down for the whole session: nothing listens on otlpPort yet.
    const run = await runClaude({
      prompt: 'run the commands',
      apiUrl: api.url,
      home,
      pluginDirs: [plugin],
      allowedTools: ['Bash', 'Agent'],
      settings: {
        pluginConfigs: {
          'glassbox@inline': {
            options: {
              agentPort,
              exporters: 'otlp,file',
              otlpEndpoint: `http://127.0.0.1:${otlpPort}`,
              metricsPort,
              idleTimeoutMinutes: 0,
              userId: 'ada',
              team: 'platform',
            },
          },
        },
      },
    });
    expect(run.exitCode, run.stderr).toBe(0);
    result = run.result!;
    const dataDir = join(home.configDir, 'plugins', 'data', 'glassbox-inline');

    // The file exporter has everything; OTLP keeps it, failing and backing off.
    whileDown = await eventually('the session exported to the file while OTLP fails', async () => {
      const status = await agentStatus(agentPort);
      const session = status?.sessions.find((s) => s.sessionId === result.session_id);
      const file = await exporterOf(agentPort, 'file');
      const otlp = await exporterOf(agentPort, 'otlp');
      return session?.ended && file?.pendingSpans === 0 && otlp && otlp.failedBatches > 0 ? otlp : undefined;
    });
    fileLines = await readFileExport(join(dataDir, 'telemetry'));

    // Still down: the agent stops (SIGTERM; its bounded flush fails) and a new one starts from the same data
    // directory, as the next SessionStart would start it. It knows the session only from its spool.
    const firstPid = (await agentHealth(agentPort))!.pid;
    await stopAgent(agentPort);
    const restarted = spawn(process.execPath, [join(plugin, 'dist', 'agent.mjs')], {
      env: {
        ...process.env,
        CLAUDE_PLUGIN_ROOT: plugin,
        CLAUDE_PLUGIN_DATA: dataDir,
        CLAUDE_CONFIG_DIR: home.configDir,
        CLAUDE_PLUGIN_OPTION_AGENTPORT: String(agentPort),
        CLAUDE_PLUGIN_OPTION_EXPORTERS: 'otlp,file',
        CLAUDE_PLUGIN_OPTION_OTLPENDPOINT: `http://127.0.0.1:${otlpPort}`,
        CLAUDE_PLUGIN_OPTION_METRICSPORT: String(metricsPort),
        CLAUDE_PLUGIN_OPTION_IDLETIMEOUTMINUTES: '0',
        CLAUDE_PLUGIN_OPTION_USERID: 'ada',
        CLAUDE_PLUGIN_OPTION_TEAM: 'platform',
      },
      detached: true,
      stdio: 'ignore',
    });
    restarted.unref();
    afterRestart = await eventually('the restarted agent to replay its spool', async () => {
      const status = await agentStatus(agentPort);
      const otlp = await exporterOf(agentPort, 'otlp');
      return status &&
        status.pid !== firstPid &&
        status.spool.replayed > 0 &&
        otlp &&
        otlp.pendingSpans > 0 &&
        otlp.failedBatches > 0
        ? otlp
        : undefined;
    });

    receiver = await startOtlpReceiver({ port: otlpPort });
    // Backoff doubles from 1 s: the next retry comes within a few tens of seconds.
    await eventually(
      'OTLP delivery once the receiver is up',
      async () => {
        const otlp = await exporterOf(agentPort, 'otlp');
        return otlp && otlp.pendingSpans + otlp.pendingLogs === 0 && receiver!.spans.length > 0;
      },
      90_000,
    );
    spans = [...receiver.spans];
  }, 180_000);

  afterAll(async () => {
    if (agentPort) await stopAgent(agentPort);
    await api?.close();
    await receiver?.close();
    await prometheus?.stop();
    await home?.cleanup();
  });

  it('should keep the spans while the endpoint is down, across an agent restart, then deliver each span id exactly once', () => {
    expect(whileDown.pendingSpans).toBeGreaterThan(0);
    expect(whileDown.exportedSpans).toBe(0);
    expect(afterRestart.pendingSpans).toBe(whileDown.pendingSpans);
    const ids = spans.map((s) => s.spanId);
    expect(new Set(ids).size).toBe(ids.length);
    const fileIds = fileLines.filter((l) => l.event === 'span').map((l) => l.spanId!);
    expect([...ids].sort()).toEqual([...new Set(fileIds)].sort());
    // Every span came in a protobuf request the receiver decoded.
    const traceRequests = receiver!.requests.filter((r) => r.signal === 'traces' && r.status === 200);
    expect(traceRequests.length).toBeGreaterThan(0);
    expect(traceRequests.every((r) => r.encoding === 'protobuf')).toBe(true);
  });

  it('should send the GenAI trace tree: session → turn → chat → execute_tool, the subagent under its Agent call', () => {
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const roots = spans.filter((s) => !s.parentSpanId);
    expect(roots.map((s) => s.name)).toEqual(['invoke_agent claude-code']);
    const session = roots[0]!;
    expect(new Set(spans.map((s) => s.traceId))).toEqual(new Set([session.traceId]));
    const turns = spans.filter(
      (s) => s.parentSpanId === session.spanId && s.name === 'invoke_agent claude-code',
    );
    // The prompt's turn, and the turn Claude Code 2.1.332 runs when the background subagent's task notification
    // comes back (answered here by the fake model's fallback).
    expect(turns.map((t) => t.attributes['glassbox.turn.origin'] ?? 'prompt').sort()).toEqual([
      'prompt',
      'task-notification',
    ]);
    for (const t of turns) expect(t.attributes['glassbox.span.type']).toBe('turn');
    const turn = turns.find((t) => t.attributes['glassbox.turn.origin'] === undefined)!;
    expect(session.attributes['glassbox.span.type']).toBe('session');
    expect(turn.attributes['gen_ai.operation.name']).toBe('invoke_agent');
    expect(turn.attributes['gen_ai.conversation.id']).toBe(result.session_id);

    const tools = new Map(
      spans
        .filter((s) => s.name.startsWith('execute_tool '))
        .map((s) => [s.attributes['gen_ai.tool.call.id'], s]),
    );
    expect([...tools.keys()].sort()).toEqual([
      'toolu_agent',
      'toolu_denied',
      'toolu_fail',
      'toolu_ok',
      'toolu_sub',
    ]);
    // One tree: a tool under the chat span of the model call that requested it, that chat under the turn.
    for (const id of ['toolu_ok', 'toolu_fail', 'toolu_denied', 'toolu_agent']) {
      const requester = byId.get(tools.get(id)!.parentSpanId!)!;
      expect(requester.name, id).toMatch(/^chat /);
      expect(requester.spanId, id).toBe(tools.get(id)!.attributes['glassbox.tool.requested_by']);
      expect(requester.parentSpanId, id).toBe(turn.spanId);
    }
    expect(tools.get('toolu_ok')!.attributes['gen_ai.tool.name']).toBe('Bash');
    expect(tools.get('toolu_ok')!.attributes['gen_ai.operation.name']).toBe('execute_tool');
    expect(tools.get('toolu_fail')!.status.code).toBe(2);
    const subagent = byId.get(byId.get(tools.get('toolu_sub')!.parentSpanId!)!.parentSpanId!)!;
    expect(subagent.name).toBe('invoke_agent general-purpose');
    expect(subagent.parentSpanId).toBe(tools.get('toolu_agent')!.spanId);

    const chats = spans.filter((s) => s.name.startsWith('chat '));
    expect(chats).toHaveLength(6);
    for (const chat of chats) {
      expect([...turns.map((t) => t.spanId), subagent.spanId]).toContain(chat.parentSpanId);
      expect(chat.attributes['gen_ai.operation.name']).toBe('chat');
      expect(chat.attributes['gen_ai.provider.name']).toBe('anthropic');
      expect(typeof chat.attributes['gen_ai.request.model']).toBe('string');
      expect(Number(chat.attributes['gen_ai.usage.input_tokens'])).toBeGreaterThan(0);
      expect(Number(chat.attributes['gen_ai.usage.output_tokens'])).toBeGreaterThan(0);
    }
    const cost = chats.reduce((sum, c) => sum + Number(c.attributes['glassbox.cost.usd']), 0);
    expect(relativeDifference(cost, result.total_cost_usd)).toBeLessThanOrEqual(1e-9);
  });

  it('should send the parent links `glassbox trace --json` shows for the same session', async () => {
    const out = await new Promise<string>((resolve, reject) => {
      const cli = spawn(
        process.execPath,
        [
          join(REPO_DIR, 'packages/cli/dist/cli.js'),
          'trace',
          result.session_id,
          '--json',
          '--config-dir',
          home.configDir,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let text = '';
      cli.stdout.on('data', (d: Buffer) => {
        text += d;
      });
      cli.on('error', reject);
      cli.on('close', (code) =>
        code === 0 ? resolve(text) : reject(new Error(`glassbox trace exited ${code}`)),
      );
    });
    interface Node {
      spanId: string;
      parentSpanId?: string;
      children: Node[];
    }
    const links = new Map<string, string | undefined>();
    const walk = (n: Node): void => {
      links.set(n.spanId, n.parentSpanId);
      n.children.forEach(walk);
    };
    walk((JSON.parse(out) as { spans: Node[] }).spans[0]!);
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) {
      expect(links.has(s.spanId), s.name).toBe(true);
      expect(links.get(s.spanId), s.name).toBe(s.parentSpanId || undefined);
    }
  });

  it('should send the metrics over OTLP too, with the cost Claude Code reported', () => {
    const cost = receiver!.metrics.filter((m) => m.name === 'claude.cost.usd').at(-1);
    const total = (cost?.points ?? []).reduce((sum, p) => sum + (p.value ?? 0), 0);
    expect(relativeDifference(total, result.total_cost_usd)).toBeLessThanOrEqual(1e-9);
  });

  it("should be scraped by a real Prometheus from the agent's /metrics, and answer the dashboard's queries", async () => {
    const one = async (expr: string) => {
      const r = await prometheus!.query(expr);
      return r.length === 1 ? Number(r[0]!.value[1]) : undefined;
    };
    await eventually(
      'a scrape with the session cost',
      async () => {
        const cost = await one('sum(claude_cost_usd_total)');
        return cost !== undefined && relativeDifference(cost, result.total_cost_usd) <= 1e-9;
      },
      30_000,
    );
    expect(await one('sum(claude_tool_calls_total)')).toBe(5);
    expect(await one('sum(claude_tool_calls_total{tool="Bash"})')).toBe(3);
    expect(await one('sum(claude_tool_errors_total)')).toBe(2);
    expect(await one('sum(claude_tool_latency_ms_count)')).toBe(5);
    expect(await one('sum(claude_tool_latency_ms_bucket{le="+Inf"})')).toBe(5);

    // The agent's own health: the failed OTLP exports while the endpoint was down, and a recent batch.
    const failures = await eventually(
      'the OTLP failures in a scrape',
      async () => await one('sum(glassbox_export_failures_total{exporter="otlp"})'),
      15_000,
    );
    // Counted by the restarted agent: its own failed attempts before the receiver came up.
    expect(failures).toBeGreaterThan(0);
    expect(await one('sum(glassbox_export_failures_total{exporter="prometheus"})')).toBeUndefined();
    expect(await one('time() - max(glassbox_last_batch_timestamp_seconds)')).toBeLessThan(300);

    // Every dashboard query over claude_* series parses and evaluates (variables as Grafana's defaults resolve).
    const dashboard = JSON.parse(await readFile(join(REPO_DIR, 'deploy/grafana/glassbox.json'), 'utf8')) as {
      panels: Array<{ targets?: Array<{ expr?: string }> }>;
    };
    const exprs = dashboard.panels
      .flatMap((p) => p.targets ?? [])
      .map((t) => t.expr)
      .filter((e): e is string => typeof e === 'string' && e.includes('claude_') && !e.includes('glassbox:'))
      .map((e) =>
        e
          .replaceAll('$__range', '1h')
          .replaceAll('$user', '.*')
          .replaceAll('$team', '.*')
          .replaceAll('$project', '.*')
          .replaceAll('$repository', '.*')
          .replaceAll('$branch', '.*'),
      );
    expect(exprs.length).toBeGreaterThan(5);
    for (const expr of exprs) await prometheus!.query(expr);
    // The seed's cost-by-model query sees this session's model.
    const byModel = await prometheus!.query('sum by (model) (claude_cost_usd_total)');
    expect(byModel.map((s) => s.metric.model).sort()).toEqual(Object.keys(result.modelUsage).sort());
  });

  it('should carry the same user, team, repository, branch and commit in the file log, OTLP and Prometheus', async () => {
    const want = {
      'user.id': 'ada',
      'glassbox.team': 'platform',
      'vcs.repository.url.full': 'https://git.example/acme/widgets.git',
      'vcs.ref.head.name': 'feature/attribution',
      'vcs.ref.head.revision': revision,
    };
    const fileSpans = fileLines.filter((l) => l.event === 'span');
    expect(fileSpans.length).toBeGreaterThan(10);
    for (const l of fileSpans) expect(l.attributes, l.name).toMatchObject(want);
    for (const s of spans) expect(s.attributes, s.name).toMatchObject(want);
    const labels = await prometheus!.query(
      'sum by (user, team, repository, branch, commit) (claude_session_count_total)',
    );
    expect(labels.map((r) => r.metric)).toEqual([
      {
        user: 'ada',
        team: 'platform',
        repository: 'https://git.example/acme/widgets.git',
        branch: 'feature/attribution',
        commit: revision,
      },
    ]);
    const byTeam = await prometheus!.query('sum by (team, branch) (claude_cost_usd_total)');
    expect(byTeam.map((r) => r.metric)).toEqual([{ team: 'platform', branch: 'feature/attribution' }]);
    const cli = (by: string) =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [
            join(REPO_DIR, 'packages/cli/dist/cli.js'),
            'report',
            '--by',
            by,
            '--json',
            '--no-cache',
            '--config-dir',
            home.configDir,
          ],
          // As the plugin's /glassbox:report command runs it: with the plugin's options in the environment.
          { encoding: 'utf8', env: { ...process.env, CLAUDE_PLUGIN_OPTION_TEAM: 'platform' } },
        ),
      ) as { byGroup: Record<string, { cost: number }> };
    expect(Object.keys(cli('team').byGroup)).toEqual(['platform']);
    expect(Object.keys(cli('branch').byGroup)).toEqual(['feature/attribution']);
  });
});
