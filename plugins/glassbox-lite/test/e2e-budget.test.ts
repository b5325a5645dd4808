import { join } from 'node:path';
import {
  type ClaudeHome,
  type ClaudeResult,
  createClaudeHome,
  type FakeAnthropicApi,
  isAgentLoopRequest,
  runClaude,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agentStatus,
  copyPlugin,
  freePort,
  PATIENT_HOOKS_ENV,
  stopAgent,
  until,
  useAgentHome,
} from './e2e-helpers.js';

/** What `--output-format stream-json --verbose` printed: the result and the hooks' messages to the user. */
interface Run {
  readonly result: ClaudeResult;
  readonly messages: string[];
  /** Requests of the agent loop the fake model answered during this run. */
  readonly modelCalls: number;
}

describe('budgets in real Claude Code sessions (glassbox-lite)', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let port: number;
  let plugin: string;
  let spent: Run;
  let stopped: Run;
  let warned: Run;

  const run = async (prompt: string, options: Record<string, unknown>): Promise<Run> => {
    const before = api.messageRequests().filter((r) => isAgentLoopRequest(r.body)).length;
    const out = await runClaude({
      apiUrl: api.url,
      home,
      pluginDirs: [plugin],
      prompt,
      args: ['--output-format', 'stream-json', '--verbose'],
      env: { ...PATIENT_HOOKS_ENV },
      settings: {
        pluginConfigs: {
          'glassbox-lite@inline': { options: { agentPort: port, exporters: 'file', ...options } },
        },
      },
    });
    const lines = out.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const result = lines.find((l) => l.type === 'result') as ClaudeResult | undefined;
    expect(result, out.stderr).toBeDefined();
    return {
      result: result!,
      messages: lines
        .filter((l) => l.type === 'system' && l.subtype === 'informational')
        .map((l) => String(l.content)),
      modelCalls: api.messageRequests().filter((r) => isAgentLoopRequest(r.body)).length - before,
    };
  };

  beforeAll(async () => {
    port = await freePort();
    home = await createClaudeHome('glassbox-budget-e2e-');
    useAgentHome(join(home.configDir, 'glassbox'));
    plugin = await copyPlugin(join(home.root, 'plugin'), port);
    // Every answer costs about $0.11 (20,000 input and 500 output tokens of the default model).
    api = await startFakeAnthropicApi({
      fallback: {
        content: [{ type: 'text', text: 'Done.' }],
        usage: { input_tokens: 20_000, output_tokens: 500 },
      },
    });
    const enforced = { budgetDailyUsd: 0.05, budgetEnforce: true };
    // 1: nothing spent today, the prompt runs and spends more than the daily budget.
    spent = await run('first task', enforced);
    // The agent has the session's cost before the next prompt (the Stop hook reconciled it).
    await until(async () => {
      const status = await agentStatus(port);
      return (status as { budgets?: Array<{ spentUsd: number }> } | undefined)?.budgets?.[0]?.spentUsd;
    }, 'the day spend in the agent');
    // 2: the next prompt is stopped before any model call.
    stopped = await run('second task', enforced);
    // 3: enforcement off (a new configuration: the agent restarts and reads its ledger back): a warning only.
    warned = await run('third task', { budgetDailyUsd: 0.05, budgetEnforce: false });
  }, 300_000);

  afterAll(async () => {
    if (port) await stopAgent(port);
    await api?.close();
    await home?.cleanup();
  });

  it('should run a prompt while the daily budget has room, and spend past it', () => {
    expect(spent.result.subtype).toBe('success');
    expect(spent.modelCalls).toBeGreaterThan(0);
    expect(spent.result.total_cost_usd).toBeGreaterThan(0.05);
    // At the limit with enforcement on, the turn summary says the next prompt will be stopped.
    expect(spent.messages.find((m) => m.includes('budget'))).toMatch(
      /^Stop says: glassbox · .* · ⚠ daily budget reached: \$0\.\d{3} of \$0\.050 today \(UTC\), the next prompt will be stopped$/,
    );
  });

  it('should stop the next prompt with the message, and Claude Code says why in its result', () => {
    expect(stopped.modelCalls).toBe(0);
    expect(stopped.result.num_turns).toBe(0);
    expect(stopped.result.total_cost_usd).toBe(0);
    const cost = spent.result.total_cost_usd.toFixed(3);
    expect(stopped.result.result).toBe(
      'UserPromptSubmit operation blocked by hook:\n' +
        `Glassbox stopped this prompt: the daily budget is used up ($${cost} of $0.050 today (UTC)). ` +
        "To go on, raise budgetDailyUsd or set budgetEnforce to false in the glassbox-lite plugin's options " +
        '(/config, or pluginConfigs in ~/.claude/settings.json), or wait for the next UTC day.\n\n' +
        'Original prompt: second task',
    );
  });

  it('should only warn in the turn summary with enforcement off, counting the earlier session across the restart', () => {
    expect(warned.result.subtype).toBe('success');
    expect(warned.modelCalls).toBeGreaterThan(0);
    const day = (spent.result.total_cost_usd + warned.result.total_cost_usd).toFixed(3);
    expect(warned.messages.find((m) => m.includes('budget'))).toMatch(
      new RegExp(
        `^Stop says: glassbox · .* · ⚠ daily budget reached: \\$${day.replace('.', '\\.')} of \\$0\\.050 today \\(UTC\\)$`,
      ),
    );
  });
});
