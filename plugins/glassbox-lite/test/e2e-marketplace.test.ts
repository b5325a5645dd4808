import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  type ClaudeHome,
  createClaudeHome,
  type FakeAnthropicApi,
  isAgentLoopRequest,
  runClaude,
  runClaudeCli,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agentHealth,
  agentStatus,
  commandTextSent,
  copyMarketplace,
  freePort,
  PATIENT_HOOKS_ENV,
  readFileExport,
  relativeDifference,
  retargetHooks,
  startCommandEchoApi,
  stopAgent,
  toolSpans,
  until,
  useAgentHome,
} from './e2e-helpers.js';

const CLI = join(import.meta.dirname, '..', '..', '..', 'packages', 'cli', 'dist', 'cli.js');

interface SeedLine {
  readonly event: string;
  readonly sessionId?: string;
  readonly promptId?: string;
  readonly toolUseId?: string;
  readonly traceId?: string;
  readonly spanId?: string;
  readonly model?: string;
  readonly costUsd?: number;
}

interface TraceJsonNode {
  readonly kind: string;
  readonly toolUseId?: string;
  readonly costUsd?: number;
  readonly children?: readonly TraceJsonNode[];
}

describe('installing glassbox-lite from the glassbox marketplace (real binary, offline)', () => {
  let api: FakeAnthropicApi;
  let echo: FakeAnthropicApi;
  let home: ClaudeHome;
  // The session the first test ran, for the slash commands to report on.
  let session: { id: string; cost: number; dataDir: string } | undefined;
  let port: number;
  let marketplace: string;

  beforeAll(async () => {
    port = await freePort();
    home = await createClaudeHome('glassbox-e2e-mkt-');
    useAgentHome(join(home.configDir, 'glassbox'));
    // A copy outside the repository: nothing of the workspace (node_modules) can help the installed plugin.
    marketplace = join(home.root, 'marketplace');
    await copyMarketplace(marketplace);
    await retargetHooks(join(marketplace, 'plugins', 'glassbox-lite', 'hooks', 'hooks.json'), port);
    api = await startFakeAnthropicApi({
      script: [
        {
          when: isAgentLoopRequest,
          reply: {
            content: [
              {
                type: 'tool_use',
                id: 'toolu_installed',
                name: 'Bash',
                input: { command: 'echo installed', description: 'echo' },
              },
            ],
            usage: { input_tokens: 900, output_tokens: 30, cache_creation_input_tokens: 1000 },
          },
        },
        {
          when: isAgentLoopRequest,
          reply: {
            content: [{ type: 'text', text: 'Installed and working.' }],
            usage: { input_tokens: 950, output_tokens: 8 },
          },
        },
      ],
    });
  }, 60_000);

  afterAll(async () => {
    if (port) await stopAgent(port);
    await api?.close();
    await echo?.close();
    await home?.cleanup();
  });

  it('should add the marketplace, install the plugin, and capture a session with the installed copy', async () => {
    const add = await runClaudeCli(['plugin', 'marketplace', 'add', marketplace], { home });
    expect(add.exitCode, add.stdout + add.stderr).toBe(0);
    expect(add.stdout).toMatch(/added marketplace: glassbox/i);
    const install = await runClaudeCli(['plugin', 'install', 'glassbox-lite@glassbox'], { home });
    expect(install.exitCode, install.stdout + install.stderr).toBe(0);
    const list = await runClaudeCli(['plugin', 'list'], { home });
    expect(list.stdout).toContain('glassbox-lite@glassbox');
    expect(list.stdout).not.toMatch(/Error:/);

    const run = await runClaude({
      apiUrl: api.url,
      home,
      prompt: 'say something',
      allowedTools: ['Bash'],
      env: { ...PATIENT_HOOKS_ENV },
      settings: { pluginConfigs: { 'glassbox-lite@glassbox': { options: { agentPort: port } } } },
      // stream-json carries the Stop hook's systemMessage: the turn summary the user sees.
      args: ['--output-format', 'stream-json', '--verbose'],
    });
    const lines = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { type: string; subtype?: string; content?: string });
    const result = lines.find((l) => l.type === 'result') as unknown as typeof run.result;
    expect(result?.subtype, run.stderr).toBe('success');
    const summary = lines.find((l) => l.type === 'system' && l.subtype === 'informational');
    expect(summary?.content).toMatch(/^Stop says: glassbox · 2 model calls · .* · 1 tool call$/);
    const sessionId = result!.session_id;
    const totalCost = result!.total_cost_usd;

    // The installed plugin's data directory, and its agent running from the installed copy.
    const dataDir = join(home.configDir, 'plugins', 'data', 'glassbox-lite-glassbox');
    session = { id: sessionId, cost: totalCost, dataDir };
    expect((await agentHealth(port))?.pid).toBeGreaterThan(0);
    await until(async () => {
      const session = (await agentStatus(port))?.sessions.find((s) => s.sessionId === sessionId);
      return (
        session?.ended &&
        session.costUsd !== undefined &&
        relativeDifference(session.costUsd, totalCost) < 1e-9
      );
    }, 'the installed agent to reconcile the session');
    const log = await readFile(join(dataDir, 'agent.log'), 'utf8');
    expect(log).toContain(`data ${dataDir}`);
    await until(
      async () =>
        toolSpans(await readFileExport(join(dataDir, 'telemetry'))).get('toolu_installed')?.length === 1,
      'the export',
    );
    const status = await agentStatus(port);
    expect(status?.sessions.find((s) => s.sessionId === sessionId)?.modAlive).toBe(true);

    // The file log: one seed record per session start, prompt, LLM call and tool call, with the right ids.
    const seed = (await readFileExport(join(dataDir, 'telemetry'))) as unknown as SeedLine[];
    const count = (event: string) => seed.filter((l) => l.event === event).length;
    expect([count('session_start'), count('prompt'), count('llm_call'), count('tool_call')]).toEqual([
      1, 1, 2, 1,
    ]);
    const records = seed.filter((l) =>
      ['session_start', 'prompt', 'llm_call', 'tool_call'].includes(l.event),
    );
    expect(new Set(records.map((l) => l.sessionId))).toEqual(new Set([sessionId]));
    expect(new Set(records.map((l) => l.traceId)).size).toBe(1);
    const prompt = seed.find((l) => l.event === 'prompt')!;
    const tool = seed.find((l) => l.event === 'tool_call')!;
    expect(tool.toolUseId).toBe('toolu_installed');
    expect(tool.promptId).toBe(prompt.promptId);
    expect(tool.spanId).toBe(toolSpans(seed as never).get('toolu_installed')![0]!.spanId);
    const llmCost = seed.filter((l) => l.event === 'llm_call').reduce((sum, l) => sum + Number(l.costUsd), 0);
    expect(relativeDifference(llmCost, totalCost)).toBeLessThanOrEqual(1e-9);

    // `glassbox trace` shows the tree: session → turn → LLM call → tool, with Claude Code's cost.
    const env = { ...process.env, CLAUDE_CONFIG_DIR: home.configDir, GLASSBOX_AGENT_DATA_DIR: dataDir };
    const text = await promisify(execFile)('node', [CLI, 'trace', sessionId], { env });
    expect(text.stdout).toMatch(/Turn 1/);
    expect(text.stdout).toMatch(/Bash ✓/);
    const json = JSON.parse(
      (await promisify(execFile)('node', [CLI, 'trace', sessionId, '--json'], { env })).stdout,
    ) as {
      sessionId: string;
      costUsd: number;
      spans: readonly TraceJsonNode[];
    };
    expect(json.sessionId).toBe(sessionId);
    expect(relativeDifference(json.costUsd, totalCost)).toBeLessThanOrEqual(1e-9);
    const kinds: string[] = [];
    const walk = (node: TraceJsonNode, depth: number): void => {
      kinds.push(`${depth}:${node.kind}${node.toolUseId ? `:${node.toolUseId}` : ''}`);
      for (const child of node.children ?? []) walk(child, depth + 1);
    };
    for (const root of json.spans) walk(root, 0);
    expect(kinds).toEqual(['0:session', '1:turn', '2:llm', '3:tool:toolu_installed', '2:llm']);
  });

  it('should run the bundled CLI from the installed plugin’s slash commands, with the session’s real cost', async () => {
    expect(session, 'the first test ran a session').toBeDefined();
    const { id, cost, dataDir } = session!;
    echo = await startCommandEchoApi();
    const settings = { pluginConfigs: { 'glassbox-lite@glassbox': { options: { agentPort: port } } } };
    const slash = async (prompt: string, resume?: string): Promise<string> => {
      // No --allowedTools: the commands' own `allowed-tools` let their `!` line run.
      const run = await runClaude({ apiUrl: echo.url, home, prompt, settings, resume });
      expect(run.result?.subtype, run.stdout + run.stderr).toBe('success');
      return run.result!.result ?? '';
    };

    // /glassbox-lite:report --json: the session costs exactly what Claude Code charged.
    const json = await slash('/glassbox-lite:report --by session --json');
    const report = JSON.parse(json.slice(json.indexOf('{'))) as {
      bySession: Record<string, { cost: number }>;
      source: { configDirs: string[] };
    };
    expect(relativeDifference(report.bySession[id]!.cost, cost)).toBeLessThan(1e-9);
    expect(report.source.configDirs).toEqual([home.configDir]);

    // The table, as the model was given it and showed it: the session's cost to the 4 decimals it prints.
    expect(cost).toBeLessThan(1);
    const table = await slash('/glassbox-lite:report --by session');
    expect(commandTextSent(echo, 'glassbox-lite:report')).toContain(table);
    expect(table).toMatch(/^Usage by session/m);
    expect(table).toContain(`${id.slice(0, 8)}`);
    expect(table).toContain(`$${cost.toFixed(4)}`);

    // /glassbox-lite:trace with no id, in the resumed session: traces that session (CLAUDE_CODE_SESSION_ID).
    const tree = await slash('/glassbox-lite:trace', id);
    expect(tree).toContain(`Session ${id}`);
    expect(tree).toMatch(/Bash ✓/);
    expect(tree).toContain(`cost: $${cost.toFixed(4)}`);

    // /glassbox-lite:doctor: the installed plugin's data directory and its running agent.
    const doctor = await slash('/glassbox-lite:doctor');
    expect(doctor).toContain(`agent data directory ${dataDir}`);
    expect(doctor).toMatch(new RegExp(`✓ agent: agent .* running on 127\\.0\\.0\\.1:${port} `));
  }, 300_000); // four real sessions; one CI run at load ~21 took over 60 s
});
