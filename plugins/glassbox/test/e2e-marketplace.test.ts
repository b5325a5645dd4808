import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type OtlpReceiver, startOtlpReceiver } from '@glassbox/otlp-receiver';
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
  agentStatus,
  commandTextSent,
  copyMarketplace,
  freePort,
  relativeDifference,
  retargetHooks,
  startCommandEchoApi,
  stopAgent,
  useAgentHome,
} from '../../glassbox-lite/test/e2e-helpers.js';
import { eventually } from './e2e-helpers.js';

describe('installing glassbox from the glassbox marketplace (real binary, offline) and exporting over OTLP', () => {
  let api: FakeAnthropicApi;
  let echo: FakeAnthropicApi;
  let home: ClaudeHome;
  let port: number;
  let receiver: OtlpReceiver;
  let marketplace: string;

  beforeAll(async () => {
    port = await freePort();
    receiver = await startOtlpReceiver();
    home = await createClaudeHome('glassbox-full-e2e-mkt-');
    useAgentHome(join(home.configDir, 'glassbox'));
    // A copy outside the repository: nothing of the workspace (node_modules) can help the installed plugin.
    marketplace = join(home.root, 'marketplace');
    await copyMarketplace(marketplace);
    await retargetHooks(join(marketplace, 'plugins', 'glassbox', 'hooks', 'hooks.json'), port);
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
    await receiver?.close();
    await home?.cleanup();
  });

  // Several real `claude` runs (add, install, a session, three slash commands): past the default 60 s under load.
  it('should add the marketplace, install the plugin, send a session from the installed copy to OTLP, and report it with the plugin’s commands', async () => {
    const add = await runClaudeCli(['plugin', 'marketplace', 'add', marketplace], { home });
    expect(add.exitCode, add.stdout + add.stderr).toBe(0);
    const install = await runClaudeCli(['plugin', 'install', 'glassbox@glassbox'], { home });
    expect(install.exitCode, install.stdout + install.stderr).toBe(0);
    const list = await runClaudeCli(['plugin', 'list'], { home });
    expect(list.stdout).toContain('glassbox@glassbox');
    expect(list.stdout).not.toMatch(/Error:/);

    const settings = {
      pluginConfigs: {
        'glassbox@glassbox': {
          options: {
            agentPort: port,
            exporters: 'otlp',
            otlpEndpoint: receiver.url,
            idleTimeoutMinutes: 0,
          },
        },
      },
    };
    const run = await runClaude({
      apiUrl: api.url,
      home,
      prompt: 'say something',
      allowedTools: ['Bash'],
      settings,
    });
    expect(run.result?.subtype, run.stderr).toBe('success');
    const sessionId = run.result!.session_id;

    const dataDir = join(home.configDir, 'plugins', 'data', 'glassbox-glassbox');
    await eventually('the installed agent to export the session over OTLP', async () => {
      const status = await agentStatus(port);
      const session = status?.sessions.find((s) => s.sessionId === sessionId);
      return (
        session?.ended &&
        status!.exporters.every((e) => e.pendingSpans + e.pendingLogs === 0) &&
        receiver.spans.some((s) => s.attributes['gen_ai.tool.call.id'] === 'toolu_installed')
      );
    });
    const log = await readFile(join(dataDir, 'agent.log'), 'utf8');
    expect(log).toContain(`data ${dataDir}`);
    expect(log).toContain('exporters otlp');
    const tools = receiver.spans.filter((s) => s.attributes['gen_ai.tool.call.id'] === 'toolu_installed');
    expect(tools).toHaveLength(1);
    const cost = receiver.spans
      .filter((s) => s.name.startsWith('chat '))
      .reduce((sum, s) => sum + Number(s.attributes['glassbox.cost.usd']), 0);
    expect(relativeDifference(cost, run.result!.total_cost_usd)).toBeLessThanOrEqual(1e-9);
    expect((await agentStatus(port))?.sessions.find((s) => s.sessionId === sessionId)?.modAlive).toBe(true);

    // The installed plugin's slash commands run its bundled CLI (no --allowedTools: their allowed-tools do).
    echo = await startCommandEchoApi();
    const slash = async (prompt: string): Promise<string> => {
      const command = await runClaude({ apiUrl: echo.url, home, prompt, settings });
      expect(command.result?.subtype, command.stdout + command.stderr).toBe('success');
      return command.result!.result ?? '';
    };
    const json = await slash(`/glassbox:report --by session --json`);
    const report = JSON.parse(json.slice(json.indexOf('{'))) as {
      bySession: Record<string, { cost: number }>;
    };
    expect(relativeDifference(report.bySession[sessionId]!.cost, run.result!.total_cost_usd)).toBeLessThan(
      1e-9,
    );
    const tree = await slash(`/glassbox:trace ${sessionId}`);
    expect(commandTextSent(echo, 'glassbox:trace')).toContain(tree);
    expect(tree).toContain(`Session ${sessionId}`);
    expect(tree).toContain(`cost: $${run.result!.total_cost_usd.toFixed(4)}`);
    // This plugin's data directory (glassbox-glassbox), put first by the plugin's CLI wrapper.
    const doctor = await slash('/glassbox:doctor');
    expect(doctor).toContain(`agent data directory ${dataDir}`);
    expect(doctor).toMatch(new RegExp(`✓ agent: agent .* running on 127\\.0\\.0\\.1:${port} `));
    expect(doctor).toMatch(/✓ exporter otlp: /);
  }, 240_000);
});
