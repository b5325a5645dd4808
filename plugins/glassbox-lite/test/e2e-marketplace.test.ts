import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
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
  freePort,
  MARKETPLACE_DIR,
  readFileExport,
  relativeDifference,
  retargetHooks,
  stopAgent,
  toolSpans,
  until,
} from './e2e-helpers.js';

describe('installing glassbox-lite from the glassbox marketplace (real binary, offline)', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let port: number;
  let marketplace: string;

  beforeAll(async () => {
    port = await freePort();
    home = await createClaudeHome('glassbox-e2e-mkt-');
    // A copy outside the repository: nothing of the workspace (node_modules) can help the installed plugin.
    marketplace = join(home.root, 'marketplace');
    await cp(MARKETPLACE_DIR, marketplace, { recursive: true });
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
      settings: { pluginConfigs: { 'glassbox-lite@glassbox': { options: { agentPort: port } } } },
    });
    expect(run.result?.subtype, run.stderr).toBe('success');
    const sessionId = run.result!.session_id;

    // The installed plugin's data directory, and its agent running from the installed copy.
    const dataDir = join(home.configDir, 'plugins', 'data', 'glassbox-lite-glassbox');
    expect((await agentHealth(port))?.pid).toBeGreaterThan(0);
    await until(async () => {
      const session = (await agentStatus(port))?.sessions.find((s) => s.sessionId === sessionId);
      return (
        session?.ended &&
        session.costUsd !== undefined &&
        relativeDifference(session.costUsd, run.result!.total_cost_usd) < 1e-9
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
  });
});
