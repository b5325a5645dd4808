import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sessionSpanId } from '@glassbox/core';
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
  agentHealth,
  agentStatus,
  copyPlugin,
  type FileLine,
  freePort,
  PATIENT_HOOKS_ENV,
  readFileExport,
  relativeDifference,
  spansNamed,
  stopAgent,
  toolSpans,
  until,
  useAgentHome,
} from './e2e-helpers.js';
import { mainLoop, TURN_1 } from './e2e-scenario.js';

describe('glassbox-lite in real Claude Code sessions (mod + hooks + agent)', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let port: number;
  let dataDir: string;
  let sessionId: string;
  let turn1Messages: string[];
  let firstAgentPid: number;
  let killedDuringTurn = false;
  let last: ClaudeResult;
  let exported: FileLine[];

  beforeAll(async () => {
    port = await freePort();
    home = await createClaudeHome('glassbox-e2e-');
    useAgentHome(join(home.configDir, 'glassbox'));
    const plugin = await copyPlugin(join(home.root, 'plugin'), port);
    dataDir = join(home.configDir, 'plugins', 'data', 'glassbox-lite-inline');
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
      env: { ...PATIENT_HOOKS_ENV },
      settings: {
        pluginConfigs: { 'glassbox-lite@inline': { options: { agentPort: port, exporters: 'file' } } },
      },
    };

    // Run 1: the SessionStart hook starts the agent. stream-json shows the Stop hook's systemMessage.
    const run1 = await runClaude({
      ...common,
      prompt: 'run the commands',
      args: ['--output-format', 'stream-json', '--verbose'],
    });
    const lines = run1.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const result1 = lines.find((l) => l.type === 'result') as ClaudeResult | undefined;
    expect(result1?.subtype, run1.stderr).toBe('success');
    sessionId = result1!.session_id;
    turn1Messages = lines
      .filter((l) => l.type === 'system' && l.subtype === 'informational')
      .map((l) => String(l.content));
    firstAgentPid = (await until(() => agentHealth(port), 'the agent started by SessionStart')).pid;

    // Run 2 (--resume): the agent is killed (-9) while the turn runs, as the model request goes out.
    api.setScript([
      {
        when: (r) => {
          if (mainLoop(r) && !killedDuringTurn) {
            killedDuringTurn = true;
            process.kill(firstAgentPid, 'SIGKILL');
          }
          return mainLoop(r);
        },
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
          usage: { input_tokens: 1600, output_tokens: 12, cache_read_input_tokens: 3000 },
        },
      },
    ]);
    const run2 = await runClaude({ ...common, prompt: 'and one more command', resume: sessionId });
    expect(run2.exitCode, run2.stderr).toBe(0);

    // Run 3 (--resume): SessionStart finds the agent gone and starts it; it recovers from its spool, the
    // transcript, and the batches the mod kept in $.store.
    api.setScript([
      {
        when: mainLoop,
        reply: { content: [{ type: 'text', text: 'Bye.' }], usage: { input_tokens: 1700, output_tokens: 3 } },
      },
    ]);
    const run3 = await runClaude({ ...common, prompt: 'that is all', resume: sessionId });
    expect(run3.exitCode, run3.stderr).toBe(0);
    last = run3.result!;

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
    }, 'the agent to reconcile and export the whole session').catch(async (error) => {
      if (process.env.GLASSBOX_E2E_DEBUG)
        process.stderr.write(
          `STATUS ${JSON.stringify(await agentStatus(port))} TOTAL ${last.total_cost_usd}\n`,
        );
      throw error;
    });
    exported = await readFileExport(join(dataDir, 'telemetry'));
  }, 180_000);

  afterAll(async () => {
    if (port) await stopAgent(port);
    await api?.close();
    await home?.cleanup();
  });

  it('should show the turn summary the Stop hook returned', () => {
    // The turn's Stop summary (Claude Code may run a later Stop for a one-call side request of its own).
    expect(turn1Messages.find((m) => m.includes('model calls')) ?? turn1Messages).toMatch(
      /^Stop says: glassbox · \d+ model calls · [\d,]+ in \/ [\d,]+ out tokens \([\d,]+ cached\) · \$[\d.]+ \(session \$[\d.]+\) · [45] tool calls, 2 failed$/,
    );
  });

  it('should have been restarted by the next SessionStart after the kill, and recovered from its spool', async () => {
    expect(killedDuringTurn).toBe(true);
    const health = await agentHealth(port);
    expect(health?.pid).not.toBe(firstAgentPid);
    expect((await agentStatus(port))?.spool.replayed).toBeGreaterThan(0);
  });

  it('should export every tool call exactly once, with its status', () => {
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
    const status = (id: string) => tools.get(id)![0]!.attributes?.['glassbox.tool.status'];
    expect(
      ['toolu_ok', 'toolu_fail', 'toolu_denied', 'toolu_agent', 'toolu_sub', 'toolu_two'].map(status),
    ).toEqual(['ok', 'error', 'denied', 'ok', 'ok', 'ok']);
    expect(tools.get('toolu_fail')![0]!.status).toBe('error');
  });

  it('should put each tool call under the model call that requested it, in its turn or its subagent', () => {
    const tools = toolSpans(exported);
    const span = (id: string) => tools.get(id)![0]!;
    const byId = new Map(exported.filter((l) => l.event === 'span').map((l) => [l.spanId, l]));
    // One tree: tool → the chat span that requested it → its turn (or the subagent the Agent call started).
    const requester = (id: string) => byId.get(span(id).parentSpanId!)!;
    const turnOf = (id: string) => requester(id).parentSpanId!;
    for (const id of ['toolu_ok', 'toolu_fail', 'toolu_denied', 'toolu_agent', 'toolu_sub', 'toolu_two']) {
      expect(requester(id).name, id).toMatch(/^chat /);
      expect(requester(id).spanId, id).toBe(span(id).attributes?.['glassbox.tool.requested_by']);
    }
    const turn1 = turnOf('toolu_ok');
    for (const id of ['toolu_fail', 'toolu_denied', 'toolu_agent']) expect(turnOf(id), id).toBe(turn1);
    const turn2 = turnOf('toolu_two');
    expect(turn2).not.toBe(turn1);
    for (const turn of [turn1, turn2]) {
      expect(byId.get(turn)?.name).toBe('invoke_agent claude-code');
      expect(byId.get(turn)?.parentSpanId).toBe(sessionSpanId(sessionId));
    }
    const subagent = byId.get(turnOf('toolu_sub'))!;
    expect(subagent.name).toBe('invoke_agent general-purpose');
    expect(subagent.parentSpanId).toBe(span('toolu_agent').spanId);
    expect(spansNamed(exported, 'invoke_agent claude-code').filter((s) => !s.parentSpanId)).toHaveLength(1);
  });

  it('should export each model request once, with the 1-hour cache writes, costing what Claude Code charged', async () => {
    const chats = spansNamed(exported, 'chat ');
    expect(new Set(chats.map((c) => c.spanId)).size).toBe(chats.length);
    expect(chats.some((c) => c.attributes?.['glassbox.usage.cache_creation.1h.input_tokens'] === 2000)).toBe(
      true,
    );
    const exportedCost = chats.reduce((sum, c) => sum + Number(c.attributes?.['glassbox.cost.usd']), 0);
    expect(relativeDifference(exportedCost, last.total_cost_usd)).toBeLessThanOrEqual(1e-9);
    // The session trace the agent keeps for `glassbox trace`.
    const trace = JSON.parse(await readFile(join(dataDir, 'sessions', `${sessionId}.json`), 'utf8')) as {
      totals: { costUsd: number; toolCalls: number; cacheCreation1hInputTokens: number };
      turns: unknown[];
    };
    expect(relativeDifference(trace.totals.costUsd, last.total_cost_usd)).toBeLessThanOrEqual(1e-9);
    expect(trace.totals.toolCalls).toBe(6);
    expect(trace.totals.cacheCreation1hInputTokens).toBe(2000);
  });

  it('should show the mod alive for the session and nothing dropped', async () => {
    const status = await agentStatus(port);
    expect(status?.sessions.find((s) => s.sessionId === sessionId)?.modAlive).toBe(true);
    expect(status?.ignored.invalid_event ?? 0).toBe(0);
    expect(status?.ignored.malformed_json ?? 0).toBe(0);
  });
});
