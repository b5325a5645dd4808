import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeAnthropicApi, startFakeAnthropicApi } from './fake-anthropic-api.js';
import { type ClaudeHome, createClaudeHome, type RunClaudeResult, runClaude } from './run-claude.js';

const RECORDER = join(import.meta.dirname, '__fixtures__', 'recorder-plugin');

interface HookPayload {
  hook_event_name: string;
  session_id: string;
  prompt_id?: string;
  tool_use_id?: string;
  tool_name?: string;
  duration_ms?: number;
  [key: string]: unknown;
}

async function readHookPayloads(dir: string): Promise<HookPayload[]> {
  const files = (await readdir(dir)).sort();
  return Promise.all(files.map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as HookPayload));
}

/** Sums transcript usage per model the way Claude Code bills it: one entry per (message id, request id). */
async function transcriptUsageByModel(path: string): Promise<Record<string, Record<string, number>>> {
  const perResponse = new Map<string, { model: string; usage: Record<string, number> }>();
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as {
      type?: string;
      requestId?: string;
      message?: { id?: string; model?: string; usage?: Record<string, number> };
    };
    if (rec.type !== 'assistant' || !rec.message?.usage || !rec.message.id) continue;
    perResponse.set(`${rec.message.id}:${rec.requestId ?? ''}`, {
      model: rec.message.model ?? 'unknown',
      usage: rec.message.usage,
    });
  }
  const totals: Record<string, Record<string, number>> = {};
  for (const { model, usage } of perResponse.values()) {
    const t = (totals[model] ??= {
      inputTokens: 0,
      outputTokens: 0,
      cacheReadInputTokens: 0,
      cacheCreationInputTokens: 0,
    });
    t.inputTokens! += usage.input_tokens ?? 0;
    t.outputTokens! += usage.output_tokens ?? 0;
    t.cacheReadInputTokens! += usage.cache_read_input_tokens ?? 0;
    t.cacheCreationInputTokens! += usage.cache_creation_input_tokens ?? 0;
  }
  return totals;
}

describe('runClaude against the fake Messages API (real Claude Code binary)', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let hookDir: string;
  let first: RunClaudeResult;
  let second: RunClaudeResult;

  beforeAll(async () => {
    api = await startFakeAnthropicApi({
      script: [
        {
          content: [
            { type: 'text', text: 'Running two commands.' },
            {
              type: 'tool_use',
              id: 'toolu_e2e_ok',
              name: 'Bash',
              input: { command: 'echo glassbox', description: 'echo' },
            },
            {
              type: 'tool_use',
              id: 'toolu_e2e_fail',
              name: 'Bash',
              input: { command: 'ls /definitely/not/here', description: 'fail' },
            },
          ],
          usage: {
            input_tokens: 1200,
            output_tokens: 80,
            cache_creation_input_tokens: 3000,
            cache_creation: { ephemeral_5m_input_tokens: 1000, ephemeral_1h_input_tokens: 2000 },
          },
        },
        {
          content: [{ type: 'text', text: 'One worked, one failed.' }],
          usage: { input_tokens: 1400, output_tokens: 30, cache_read_input_tokens: 3000 },
        },
        {
          content: [{ type: 'text', text: 'Second turn answer.' }],
          usage: { input_tokens: 1500, output_tokens: 12, cache_read_input_tokens: 3000 },
        },
      ],
    });
    home = await createClaudeHome();
    hookDir = await mkdtemp(join(tmpdir(), 'glassbox-hooks-'));
    const common = {
      apiUrl: api.url,
      home,
      pluginDirs: [RECORDER],
      allowedTools: ['Bash'],
      env: { HOOK_RECORDER_DIR: hookDir },
    };
    first = await runClaude({ ...common, prompt: 'run the two commands' });
    second = await runClaude({ ...common, prompt: 'and now summarise', resume: first.result?.session_id });
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await home?.cleanup();
    if (process.env.GLASSBOX_KEEP_TMP !== '1') await rm(hookDir, { recursive: true, force: true });
  });

  it('should complete both runs and answer from the script', () => {
    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.result?.result).toBe('One worked, one failed.');
    expect(second.exitCode, second.stderr).toBe(0);
    expect(second.result?.result).toBe('Second turn answer.');
    expect(api.remainingSteps()).toBe(0);
    expect(api.messageRequests().every((r) => r.body?.stream === true)).toBe(true);
  });

  it('should fire hooks with session and prompt ids and pair Pre/Post by tool_use_id', async () => {
    const payloads = await readHookPayloads(hookDir);
    const sessionId = first.result!.session_id;
    const byEvent = (name: string) => payloads.filter((p) => p.hook_event_name === name);

    expect(byEvent('SessionStart').length).toBeGreaterThanOrEqual(2);
    expect(new Set(payloads.map((p) => p.session_id))).toEqual(
      new Set([sessionId, second.result!.session_id]),
    );

    const prompts = byEvent('UserPromptSubmit');
    expect(prompts.map((p) => p.prompt)).toEqual(['run the two commands', 'and now summarise']);
    const promptIds = prompts.map((p) => p.prompt_id);
    expect(promptIds.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(promptIds).size).toBe(2);

    const pre = byEvent('PreToolUse');
    expect(pre.map((p) => p.tool_use_id).sort()).toEqual(['toolu_e2e_fail', 'toolu_e2e_ok']);
    const ok = byEvent('PostToolUse').find((p) => p.tool_use_id === 'toolu_e2e_ok');
    const failed = byEvent('PostToolUseFailure').find((p) => p.tool_use_id === 'toolu_e2e_fail');
    expect(ok?.tool_name).toBe('Bash');
    expect(typeof ok?.duration_ms).toBe('number');
    expect(failed?.tool_name).toBe('Bash');
    expect(typeof failed?.duration_ms).toBe('number');
    expect(byEvent('Stop')).toHaveLength(2);
  });

  it('should write one transcript whose deduplicated usage adds up to Claude Code modelUsage', async () => {
    // --resume continues the same session and appends to the same transcript.
    expect(second.result!.session_id).toBe(first.result!.session_id);
    expect(second.transcriptPath).toBe(first.transcriptPath);
    const totals = await transcriptUsageByModel(first.transcriptPath!);
    const models = Object.keys(first.result!.modelUsage);
    expect(models).toHaveLength(1);
    const model = models[0]!;
    const [run1, run2] = [first.result!.modelUsage[model]!, second.result!.modelUsage[model]!];
    expect(run1).toMatchObject({
      inputTokens: 2600,
      outputTokens: 110,
      cacheReadInputTokens: 3000,
      cacheCreationInputTokens: 3000,
    });
    // A resumed run restores the session's cost state: its modelUsage covers the whole transcript.
    expect(totals[model]).toEqual({
      inputTokens: run2.inputTokens,
      outputTokens: run2.outputTokens,
      cacheReadInputTokens: run2.cacheReadInputTokens,
      cacheCreationInputTokens: run2.cacheCreationInputTokens,
    });
    expect(run2.inputTokens).toBe(run1.inputTokens + 1500);
    expect(run1.costUSD).toBeGreaterThan(0);
    expect(first.result!.total_cost_usd).toBeCloseTo(run1.costUSD, 12);
  });
});
