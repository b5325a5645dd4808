import { readFile } from 'node:fs/promises';
import {
  type FakeAnthropicApi,
  type FakeUsage,
  type RunClaudeResult,
  runClaude,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnthropicUsage } from './anthropic-usage.js';
import { canonicalModelId } from './canonical-model-id.js';
import { PRICE_TABLE } from './price-table.js';
import { priceUsage } from './price-usage.js';
import { sumCosts } from './sum-costs.js';

/**
 * Parity with the real Claude Code: each case is one `claude -p` session whose responses carry scripted
 * usage. We price the usage the transcript recorded and compare with Claude Code's own `total_cost_usd`,
 * `modelUsage[m].costUSD` and the transcript's `cost-state`.
 */

interface TranscriptResponse {
  model: string;
  usage: AnthropicUsage;
}

/** Assistant responses in transcript order, one per (message id, request id): each block repeats the usage. */
async function transcriptResponses(path: string): Promise<TranscriptResponse[]> {
  const seen = new Set<string>();
  const out: TranscriptResponse[] = [];
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as {
      type?: string;
      requestId?: string;
      message?: { id?: string; model?: string; usage?: AnthropicUsage };
    };
    if (rec.type !== 'assistant' || !rec.message?.usage || !rec.message.model) continue;
    const key = `${rec.message.id}:${rec.requestId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ model: rec.message.model, usage: rec.message.usage });
  }
  return out;
}

async function lastCostState(path: string): Promise<{ totalCostUSD: number } | undefined> {
  const states = (await readFile(path, 'utf8'))
    .split('\n')
    .filter((l) => l.includes('"cost-state"'))
    .map((l) => JSON.parse(l) as { type: string; totalCostUSD: number })
    .filter((r) => r.type === 'cost-state');
  return states.at(-1);
}

const relDiff = (a: number, b: number): number =>
  a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));

interface Case {
  name: string;
  model: string;
  /** One usage per response; every response but the last calls a tool so the session goes on. */
  responses: FakeUsage[];
}

const split = (fiveMinute: number, oneHour: number) => ({
  cache_creation_input_tokens: fiveMinute + oneHour,
  cache_creation: { ephemeral_5m_input_tokens: fiveMinute, ephemeral_1h_input_tokens: oneHour },
});

const CASES: Case[] = [
  {
    name: 'three responses: 1h writes, geo us, web search, fast, an unsplit write',
    model: 'claude-opus-4-6',
    responses: [
      {
        input_tokens: 12_345,
        output_tokens: 678,
        ...split(1_111, 22_222),
        inference_geo: 'us',
        server_tool_use: { web_search_requests: 3 },
      },
      { input_tokens: 3_210, output_tokens: 4_321, cache_read_input_tokens: 23_333, speed: 'fast' },
      {
        input_tokens: 987,
        output_tokens: 65,
        cache_creation_input_tokens: 4_444,
        cache_read_input_tokens: 33_333,
      },
    ],
  },
  {
    name: 'a long-context threshold crossed by cache tokens',
    model: 'claude-haiku-5-5',
    responses: [
      { input_tokens: 60_000, output_tokens: 1_234, cache_read_input_tokens: 40_000 },
      { input_tokens: 60_000, output_tokens: 1_234, cache_read_input_tokens: 39_999, ...split(1, 1) },
    ],
  },
  {
    name: 'fast and geo us stacked, with 1h writes',
    model: 'claude-opus-5-5',
    responses: [
      {
        input_tokens: 45_678,
        output_tokens: 9_876,
        ...split(5_555, 6_666),
        speed: 'fast',
        inference_geo: 'us',
      },
    ],
  },
  {
    name: 'a dated id, geo global, web search',
    model: 'claude-sonnet-4-5-20250929',
    responses: [
      {
        input_tokens: 1_234_567,
        output_tokens: 7_654,
        cache_creation_input_tokens: 12_121,
        inference_geo: 'global',
        server_tool_use: { web_search_requests: 11 },
      },
    ],
  },
  {
    name: 'a Vertex id',
    model: 'claude-haiku-4-5@20251001',
    responses: [
      { input_tokens: 77_777, output_tokens: 3_333, cache_read_input_tokens: 88_888, ...split(0, 9_999) },
    ],
  },
  {
    name: 'a retired model through its Bedrock id',
    model: 'us.anthropic.claude-opus-4-1-20250805-v1:0',
    responses: [
      { input_tokens: 31_415, output_tokens: 2_718, cache_read_input_tokens: 14_142, ...split(1_732, 0) },
    ],
  },
  {
    name: 'an unknown speed value, priced as fast',
    model: 'claude-fable-5-2',
    responses: [
      { input_tokens: 5_000, output_tokens: 500, ...split(250, 750), speed: 'turbo' },
      { input_tokens: 6_000, output_tokens: 600, cache_read_input_tokens: 6_000 },
    ],
  },
];

describe('priceUsage equals Claude Code accounting (real binary)', () => {
  let api: FakeAnthropicApi;
  const runs = new Map<string, RunClaudeResult>();

  beforeAll(async () => {
    api = await startFakeAnthropicApi();
    for (const c of [
      ...CASES,
      { name: 'unknown', model: 'claude-3-opus-20240229', responses: [{ input_tokens: 1000 }] },
    ]) {
      api.setScript(
        c.responses.map((usage, i) =>
          i < c.responses.length - 1
            ? {
                content: [{ type: 'tool_use' as const, name: 'Glob', input: { pattern: `*.none${i}` } }],
                usage,
              }
            : { content: [{ type: 'text' as const, text: 'done' }], usage },
        ),
      );
      runs.set(
        c.name,
        await runClaude({ prompt: 'price me', apiUrl: api.url, model: c.model, allowedTools: ['Glob'] }),
      );
    }
  });

  afterAll(async () => {
    await Promise.all([...runs.values()].map((r) => r.home.cleanup()));
    await api?.close();
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const run = runs.get(c.name)!;
    expect(run.result, run.stderr.slice(0, 500)).toBeDefined();
    const result = run.result!;
    expect(run.transcriptPath).toBeDefined();
    const responses = await transcriptResponses(run.transcriptPath!);
    expect(responses).toHaveLength(c.responses.length);

    const priced = responses.map((r) => ({
      canonical: canonicalModelId(r.model),
      ...priceUsage(r.model, r.usage),
    }));
    expect(priced.every((p) => p.known)).toBe(true);
    const total = sumCosts(priced.map((p) => p.costUsd!));
    expect(relDiff(total, result.total_cost_usd)).toBeLessThanOrEqual(1e-9);
    expect(relDiff(total, (await lastCostState(run.transcriptPath!))!.totalCostUSD)).toBeLessThanOrEqual(
      1e-9,
    );

    for (const [key, usage] of Object.entries(result.modelUsage)) {
      expect(usage.costBasis).toBe('list');
      expect(canonicalModelId(key)).toBe(usage.canonicalModel);
      const mine = sumCosts(
        priced.filter((p) => p.canonical === usage.canonicalModel).map((p) => p.costUsd!),
      );
      expect(relDiff(mine, usage.costUSD)).toBeLessThanOrEqual(1e-9);
    }
  });

  it('agrees that a model without a price has no known cost', () => {
    const result = runs.get('unknown')!.result!;
    const [key, usage] = Object.entries(result.modelUsage)[0]!;
    expect(usage.costBasis).toBe('unknown');
    const mine = priceUsage(key, { input_tokens: 1000 });
    expect(mine.known).toBe(false);
    expect(mine.costUsd).toBeUndefined();
    expect(mine.canonicalModel).toBe(usage.canonicalModel);
    // The binary still adds a guess at the default model's price to its total; we do not.
    expect(result.total_cost_usd).toBeGreaterThan(0);
  });

  it('was probed from the pinned binary', async () => {
    const pkg = JSON.parse(
      await readFile(new URL('../../testkit/package.json', import.meta.url), 'utf8'),
    ) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['@anthropic-ai/claude-code-linux-x64']).toBe(PRICE_TABLE.claudeCodeVersion);
  });
});
