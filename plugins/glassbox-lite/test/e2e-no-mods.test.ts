import { join } from 'node:path';
import {
  type ClaudeHome,
  type ClaudeResult,
  createClaudeHome,
  type FakeAnthropicApi,
  type RunClaudeOptions,
  runClaude,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agentStatus,
  copyPlugin,
  type FileLine,
  freePort,
  readFileExport,
  relativeDifference,
  spansNamed,
  stopAgent,
  toolSpans,
  until,
  useAgentHome,
} from './e2e-helpers.js';
import { mainLoop, TURN_1 } from './e2e-scenario.js';

describe('glassbox-lite where mods cannot load (settings hooks and transcripts only, real binary)', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let port: number;
  let sessionId: string;
  let last: ClaudeResult;
  let exported: FileLine[];

  beforeAll(async () => {
    port = await freePort();
    home = await createClaudeHome('glassbox-e2e-nomod-');
    useAgentHome(join(home.configDir, 'glassbox'));
    const plugin = await copyPlugin(join(home.root, 'plugin'), port, { withoutModules: true });
    api = await startFakeAnthropicApi({
      script: TURN_1,
      fallback: {
        content: [{ type: 'text', text: 'Noted.' }],
        usage: { input_tokens: 20, output_tokens: 2 },
      },
    });
    const common: Omit<RunClaudeOptions, 'prompt'> = {
      apiUrl: api.url,
      home,
      pluginDirs: [plugin],
      allowedTools: ['Bash', 'Agent'],
      settings: { pluginConfigs: { 'glassbox-lite@inline': { options: { agentPort: port } } } },
    };
    const run1 = await runClaude({ ...common, prompt: 'run the commands' });
    expect(run1.result?.subtype, run1.stderr).toBe('success');
    sessionId = run1.result!.session_id;
    api.setScript([
      {
        when: mainLoop,
        reply: {
          content: [
            {
              type: 'tool_use',
              id: 'toolu_two',
              name: 'Bash',
              input: { command: 'echo two', description: 'two' },
            },
          ],
          usage: { input_tokens: 1500, output_tokens: 25, cache_read_input_tokens: 3000 },
        },
      },
      {
        when: mainLoop,
        reply: {
          content: [{ type: 'text', text: 'Second done.' }],
          usage: { input_tokens: 1600, output_tokens: 12 },
        },
      },
    ]);
    const run2 = await runClaude({ ...common, prompt: 'one more', resume: sessionId });
    expect(run2.exitCode, run2.stderr).toBe(0);
    last = run2.result!;
    const dataDir = join(home.configDir, 'plugins', 'data', 'glassbox-lite-inline');
    await until(async () => {
      const status = await agentStatus(port);
      const session = status?.sessions.find((s) => s.sessionId === sessionId);
      const idle = status?.exporters.every((e) => e.pendingSpans + e.pendingLogs === 0);
      return (
        session?.ended &&
        idle &&
        session.costUsd !== undefined &&
        relativeDifference(session.costUsd, last.total_cost_usd) < 1e-9
      );
    }, 'the agent to reconcile and export the session');
    exported = await readFileExport(join(dataDir, 'telemetry'));
  }, 180_000);

  afterAll(async () => {
    if (port) await stopAgent(port);
    await api?.close();
    await home?.cleanup();
  });

  it('should know the mod never reported in', async () => {
    const status = await agentStatus(port);
    expect(status?.sessions.find((s) => s.sessionId === sessionId)?.modAlive).toBe(false);
  });

  it('should still export every tool call exactly once, with status and parent, from the transcript', () => {
    const tools = toolSpans(exported);
    expect([...tools.keys()].sort()).toEqual([
      'toolu_agent',
      'toolu_denied',
      'toolu_fail',
      'toolu_ok',
      'toolu_sub',
      'toolu_two',
    ]);
    for (const [id, spans] of tools) expect(spans, id).toHaveLength(1);
    const span = (id: string) => tools.get(id)![0]!;
    expect(
      ['toolu_ok', 'toolu_fail', 'toolu_denied', 'toolu_agent', 'toolu_sub', 'toolu_two'].map(
        (id) => span(id).attributes?.['glassbox.tool.status'],
      ),
    ).toEqual(['ok', 'error', 'denied', 'ok', 'ok', 'ok']);
    const byId = new Map(exported.filter((l) => l.event === 'span').map((l) => [l.spanId, l]));
    // One tree: tool → the chat span that requested it → its turn (or subagent).
    const requester = (id: string) => byId.get(span(id).parentSpanId!)!;
    const turnOf = (id: string) => requester(id).parentSpanId;
    for (const id of ['toolu_ok', 'toolu_fail', 'toolu_denied', 'toolu_agent', 'toolu_sub', 'toolu_two'])
      expect(requester(id).name, id).toMatch(/^chat /);
    for (const id of ['toolu_fail', 'toolu_denied', 'toolu_agent'])
      expect(turnOf(id)).toBe(turnOf('toolu_ok'));
    const subagent = byId.get(turnOf('toolu_sub')!)!;
    expect(subagent.name).toBe('invoke_agent general-purpose');
    expect(subagent.parentSpanId).toBe(span('toolu_agent').spanId);
    expect(turnOf('toolu_two')).not.toBe(turnOf('toolu_ok'));
  });

  it('should cost what Claude Code charged', () => {
    const cost = spansNamed(exported, 'chat ').reduce(
      (sum, c) => sum + Number(c.attributes?.['glassbox.cost.usd']),
      0,
    );
    expect(relativeDifference(cost, last.total_cost_usd)).toBeLessThanOrEqual(1e-9);
  });
});
