import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ClaudeHome,
  createClaudeHome,
  type FakeAnthropicApi,
  isAgentLoopRequest,
  startFakeAnthropicApi,
  startTmuxClaude,
  type TmuxClaude,
} from '@glassbox/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import {
  agentStatus,
  copyPlugin,
  freePort,
  PATIENT_HOOKS_ENV,
  stopAgent,
  until,
  useAgentHome,
} from './e2e-helpers.js';

/*
 * Budgets as a person at the interactive terminal sees them (tmux, the real binary): the turn summary's warning
 * once a turn crosses a session budget's warning threshold, and, with an enforced daily budget already used up,
 * the block message in place of an answer, with no model request made.
 */

/** The turn summary's cost of this session, as the screen shows it: `(session $0.090)`. */
const SESSION_COST = /glassbox · .*\(session \$(\d+\.\d+)\)/;
const WARNING = /⚠ session budget (\d+)% used: \$(\d+\.\d+) of \$0\.120 this session/;

describe('budgets in the interactive terminal UI (glassbox-lite, tmux)', () => {
  let api: FakeAnthropicApi | undefined;
  let claude: TmuxClaude | undefined;
  let port: number | undefined;
  let home: ClaudeHome | undefined;

  afterEach(async () => {
    await claude?.close();
    if (port) await stopAgent(port);
    await api?.close();
    await home?.cleanup();
    claude = api = home = port = undefined;
  });

  /** The real `claude` in tmux with glassbox-lite and `options`, its agent up before anything is typed. */
  const start = async (options: Record<string, unknown>, before?: (h: ClaudeHome) => Promise<void>) => {
    port = await freePort();
    // Every answer costs $0.09 (20,000 input and 500 output tokens of the default model, Opus 5.5).
    api = await startFakeAnthropicApi({
      fallback: {
        content: [{ type: 'text', text: 'Here is the answer.' }],
        usage: { input_tokens: 20_000, output_tokens: 500 },
        delayMs: 100,
      },
    });
    home = await createClaudeHome('glassbox-budget-tmux-');
    useAgentHome(join(home.configDir, 'glassbox'));
    await before?.(home);
    const plugin = await copyPlugin(join(home.root, 'plugin'), port);
    claude = await startTmuxClaude({
      apiUrl: api.url,
      home,
      pluginDirs: [plugin],
      env: { ...PATIENT_HOOKS_ENV },
      startTimeoutMs: 90_000,
      settings: {
        pluginConfigs: {
          'glassbox-lite@inline': { options: { agentPort: port, exporters: 'file', ...options } },
        },
      },
    });
    const agentPort = port;
    await until(async () => agentStatus(agentPort), 'the agent', 2_400);
    return claude;
  };
  const modelCalls = () => api!.messageRequests().filter((r) => isAgentLoopRequest(r.body)).length;

  it("should warn in the turn summary once a turn crosses the session budget's warning threshold", async () => {
    const tui = await start({ budgetSessionUsd: 0.12, budgetWarnPercent: 50 });
    await tui.submit('what is two plus two?');
    const screen = await tui.waitFor((s) => SESSION_COST.test(s) && /^❯\s*$/m.test(s), {
      timeoutMs: 120_000,
    });
    expect(screen).toContain('Here is the answer.');
    // The summary under the answer: the turn's cost, then the warning naming the budget, its share and its limit.
    const warning = WARNING.exec(screen);
    expect(warning, screen).not.toBeNull();
    const session = Number(SESSION_COST.exec(screen)![1]);
    expect(Number(warning![2])).toBe(session);
    expect(Number(warning![1])).toBe(Math.floor((session / 0.12) * 100));
    expect(Number(warning![1])).toBeGreaterThanOrEqual(50);
    expect(screen).not.toMatch(/budget reached|stopped this prompt/);
    expect(modelCalls()).toBe(1);
  }, 240_000);

  it('should show the block message naming the budget and how to raise it, and make no model request', async () => {
    const tui = await start({ budgetDailyUsd: 0.5, budgetEnforce: true }, async (h) => {
      // Earlier sessions today spent $0.75: what the agent's ledger in its home says (budget.json).
      await mkdir(join(h.configDir, 'glassbox'), { recursive: true });
      await writeFile(
        join(h.configDir, 'glassbox', 'budget.json'),
        JSON.stringify({
          version: 1,
          updatedMs: Date.now(),
          sessions: { 'earlier-session': { [new Date().toISOString().slice(0, 10)]: 0.75 } },
        }),
      );
    });
    await tui.submit('refactor the parser');
    // The UI shows the hook's message where the answer would be (and no input line until a key is pressed).
    const screen = await tui.waitFor((s) => s.includes('or wait for the next UTC day.'), {
      timeoutMs: 120_000,
    });
    expect(screen).toContain(
      'Glassbox stopped this prompt: the daily budget is used up ($0.750 of $0.500 today (UTC)). ' +
        "To go on, raise budgetDailyUsd or set budgetEnforce to false in the glassbox-lite plugin's options",
    );
    expect(screen).toContain('UserPromptSubmit operation blocked by hook:');
    expect(screen).toContain('Original prompt: refactor the parser');
    expect(screen).not.toContain('Here is the answer.');
    expect(modelCalls()).toBe(0);
  }, 240_000);
});
