import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BudgetSettings } from '@glassbox/core';
import { requestAgent } from '@glassbox/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAgentConfig } from './agent-config.js';
import { readAgentKey } from './agent-key.js';
import { GlassboxAgent } from './glassbox-agent.js';
import { makeTranscriptHome } from './make-transcript-home.js';
import { createRecordingExporter, type RecordingExporter } from './recording-exporter.js';

const FIXTURE = join(import.meta.dirname, '__fixtures__', 'two-tools.jsonl');
const SESSION = 'a47a450d-d36d-4623-8aed-a6a3f6fad8b7';
const PROMPT = '70e5fad7-255d-4edc-ba6e-5936261429d1';
const NEXT_PROMPT = '70e5fad7-255d-4edc-ba6e-5936261429d2';
/** The fixture's turn ran on 2026-11-27 (UTC): the agent's clock is that day. */
const NOW = Date.parse('2026-11-27T12:00:00Z');

describe('budgets in the agent', () => {
  let tmp: string;
  let transcript: string;
  let agent: GlassboxAgent | undefined;

  beforeEach(async () => {
    ({ tmp, transcript } = await makeTranscriptHome('glassbox-budget-', FIXTURE, SESSION));
  });

  afterEach(async () => {
    await agent?.stop('test over');
    agent = undefined;
    await rm(tmp, { recursive: true, force: true });
  });

  let recorder: RecordingExporter;

  const start = async (budget: BudgetSettings): Promise<GlassboxAgent> => {
    recorder = createRecordingExporter('rec');
    const { config } = loadAgentConfig({
      CLAUDE_PLUGIN_DATA: join(tmp, 'data'),
      CLAUDE_CONFIG_DIR: join(tmp, 'claude'),
      CLAUDE_PLUGIN_OPTION_USERID: 'alice',
    });
    agent = await GlassboxAgent.start({
      config: { ...config, port: 0, sweepIntervalMs: 50, budget },
      exporters: [{ name: 'rec', exporter: recorder }],
      log: () => undefined,
      now: () => NOW,
    });
    return agent;
  };

  const hook = async (
    a: GlassboxAgent,
    event: string,
    promptId = PROMPT,
  ): Promise<Record<string, unknown>> => {
    const reply = await requestAgent({
      port: a.port,
      key: (await readAgentKey(join(tmp, 'claude', 'glassbox')))!,
      method: 'POST',
      path: '/v1/hooks',
      body: JSON.stringify({
        session_id: SESSION,
        transcript_path: transcript,
        cwd: tmp,
        prompt_id: promptId,
        hook_event_name: event,
      }),
      timeoutMs: 5000,
    });
    expect(reply?.verified).toBe(true);
    return reply!.json as Record<string, unknown>;
  };

  /** The session's cost as the agent built it (the trace the Stop answer came from). */
  const sessionCost = (a: GlassboxAgent): number => a.status().sessions[0]!.costUsd!;

  it('should warn in the turn summary past the threshold and let the next prompt through when not enforced', async () => {
    const a = await start({ dailyUsd: 1, warnPercent: 0.0001, enforce: false });
    expect(await hook(a, 'UserPromptSubmit')).toEqual({});
    const stop = await hook(a, 'Stop');
    expect(stop.systemMessage).toMatch(
      /^glassbox · 2 model calls · .* · ⚠ daily budget 0% used: \$[\d.]+ of \$1\.00 today \(UTC\)$/,
    );
    expect(await hook(a, 'UserPromptSubmit', NEXT_PROMPT)).toEqual({});
  });

  it('should stop a new prompt at an enforced limit, naming the budget, the spend and the setting to raise', async () => {
    const a = await start({ sessionUsd: 0.0001, dailyUsd: 0.0001, warnPercent: 80, enforce: true });
    expect(await hook(a, 'UserPromptSubmit')).toEqual({});
    const stop = await hook(a, 'Stop');
    expect(stop.systemMessage).toMatch(
      /⚠ session budget reached: \$[\d.]+ of \$0\.0001 this session, the next prompt will be stopped · daily budget reached: .* today \(UTC\), the next prompt will be stopped$/,
    );
    // /status: the session limit against what this session (the last and today's largest) spent.
    const spent = {
      sessionId: SESSION,
      spentUsd: sessionCost(a),
      percent: (sessionCost(a) / 0.0001) * 100,
      state: 'reached',
    };
    expect(a.status().sessionBudget).toEqual({ limitUsd: 0.0001, last: spent, largestToday: spent });
    const cost = sessionCost(a);
    // The next prompt (a new prompt id).
    const blocked = await hook(a, 'UserPromptSubmit', NEXT_PROMPT);
    expect(blocked.decision).toBe('block');
    expect(blocked.reason).toBe(
      `Glassbox stopped this prompt: the session budget is used up ($${cost.toFixed(4)} of $0.0001 this session). ` +
        "To go on, raise budgetSessionUsd or set budgetEnforce to false in the glassbox-agent plugin's options " +
        '(/config, or pluginConfigs in ~/.claude/settings.json), or start a new session.',
    );
  });

  it('should keep the day total across restarts and replays without counting a session twice', async () => {
    const budget = { dailyUsd: 1, warnPercent: 80, enforce: true };
    let a = await start(budget);
    await hook(a, 'UserPromptSubmit');
    await hook(a, 'Stop');
    const cost = sessionCost(a);
    expect(a.status().budgets).toEqual([
      { period: 'day', window: '2026-11-27', limitUsd: 1, spentUsd: cost, percent: cost * 100, state: 'ok' },
    ]);
    // The gauges alert rules compare: limit, warning and spend of the day, with the user.
    const gauges = async () => {
      for (let i = 0; i < 200; i++) {
        const found = recorder.batches
          .flatMap((b) => b.metrics)
          .filter((m) => m.name.startsWith('glassbox.budget.'));
        if (found.length > 0) return found;
        await new Promise((r) => setTimeout(r, 10));
      }
      return [];
    };
    expect(
      (await gauges()).map((m) => [
        m.name,
        m.kind,
        m.points.map((p) => [p.attributes, 'value' in p ? p.value : undefined]),
      ]),
    ).toEqual(
      [
        ['glassbox.budget.limit_usd', 1],
        ['glassbox.budget.warn_usd', 0.8],
        ['glassbox.budget.spent_usd', cost],
      ].map(([name, value]) => [name, 'gauge', [[{ 'user.id': 'alice', period: 'day' }, value]]]),
    );
    await a.stop('restart');
    // The next agent replays the spool and reconciles the session again: the same spend, once.
    for (let i = 0; i < 2; i++) {
      a = await start(budget);
      await hook(a, 'Stop');
      expect(a.status().budgets?.[0]?.spentUsd).toBe(cost);
      await a.stop('restart');
    }
    const saved = JSON.parse(await readFile(join(tmp, 'claude', 'glassbox', 'budget.json'), 'utf8'));
    expect(saved).toMatchObject({
      version: 1,
      settings: budget,
      sessions: { [SESSION]: { '2026-11-27': cost } },
    });
    agent = undefined;
  });
});
