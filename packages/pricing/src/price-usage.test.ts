import { describe, expect, it } from 'vitest';
import type { AnthropicUsage } from './anthropic-usage.js';
import { PRICE_TABLE } from './price-table.js';
import { priceUsage } from './price-usage.js';

const M = 1_000_000;

/** USD for `tokens` at `perMillion`. */
const usd = (tokens: number, perMillion: number): number => (tokens / M) * perMillion;

describe('the probed table', () => {
  // priceUsage implements these rules; if a regenerated table reports different ones, the code must change.
  it('has the rules the implementation assumes', () => {
    const r = PRICE_TABLE.rules;
    expect(r.unsplitCacheWriteAs).toBe('5m');
    expect(r.splitRemainderAs).toBe('5m');
    expect(r.oneHourClampedToTotal).toBe(true);
    expect(r.fiveMinuteFieldIgnored).toBe(true);
    expect(r.speedStandard).toBe('standard');
    expect(r.speedEmpty).toBe('standard');
    expect(r.speedUnknown).toBe('fast');
    expect(r.speedUppercase).toBe('fast');
    expect(r.fastTimesGeo).toBe(true);
    expect(r.geoUppercaseUs).toBe(1);
    expect(r.geoEu).toBe(1);
    expect(r.notes).toEqual([]);
    for (const m of Object.values(PRICE_TABLE.models)) {
      if (m.longContext) expect(m.fast).toBeUndefined();
      expect(m.notes?.filter((n) => !n.startsWith('input above')) ?? []).toEqual([]);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(PRICE_TABLE)).toBe(true);
    expect(Object.isFrozen(PRICE_TABLE.models['claude-opus-4-6']?.standard)).toBe(true);
  });
});

describe('priceUsage: token categories', () => {
  const opus46 = PRICE_TABLE.models['claude-opus-4-6']!.standard;

  it('prices input, output, cache reads and split cache writes', () => {
    const r = priceUsage('claude-opus-4-6', {
      input_tokens: 1000,
      output_tokens: 2000,
      cache_read_input_tokens: 4000,
      cache_creation_input_tokens: 3000,
      cache_creation: { ephemeral_5m_input_tokens: 1000, ephemeral_1h_input_tokens: 2000 },
    });
    expect(opus46).toEqual({ input: 5, output: 25, cacheWrite5m: 6.25, cacheWrite1h: 10, cacheRead: 0.5 });
    expect(r.known).toBe(true);
    expect(r.canonicalModel).toBe('claude-opus-4-6');
    expect(r.breakdown.input).toBeCloseTo(0.005, 15);
    expect(r.breakdown.output).toBeCloseTo(0.05, 15);
    expect(r.breakdown.cacheRead).toBeCloseTo(0.002, 15);
    expect(r.breakdown.cacheWrite1h).toBeCloseTo(0.02, 15);
    expect(r.breakdown.cacheWrite5m).toBeCloseTo(0.00625, 15);
    expect(r.breakdown.webSearch).toBe(0);
    expect(r.costUsd).toBeCloseTo(0.08325, 15);
    expect(r.rule).toContain('claude-opus-4-6 list prices');
  });

  it('prices a write without the 5m/1h split as 5-minute', () => {
    const r = priceUsage('claude-opus-4-6', {
      input_tokens: 0,
      output_tokens: 0,
      cache_creation_input_tokens: M,
    });
    expect(r.costUsd).toBe(6.25);
    expect(r.breakdown.cacheWrite5m).toBe(6.25);
    expect(r.breakdown.cacheWrite1h).toBe(0);
  });

  it('prices the part of a write outside the 1h bucket as 5-minute, and clamps 1h to the total', () => {
    const remainder = priceUsage('claude-opus-4-6', {
      cache_creation_input_tokens: 100_000,
      cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 40_000 },
    });
    expect(remainder.costUsd).toBeCloseTo(usd(40_000, 10) + usd(60_000, 6.25), 15);
    const over = priceUsage('claude-opus-4-6', {
      cache_creation_input_tokens: 10_000,
      cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 30_000 },
    });
    expect(over.costUsd).toBeCloseTo(usd(10_000, 10), 15);
  });

  it('treats missing, negative and non-numeric counts as zero instead of failing', () => {
    const r = priceUsage('claude-opus-4-6', {
      input_tokens: -5,
      output_tokens: Number.NaN,
      cache_read_input_tokens: '7' as unknown as number,
    });
    expect(r.known).toBe(true);
    expect(r.costUsd).toBe(0);
  });
});

describe('priceUsage: long-context threshold', () => {
  const haiku = PRICE_TABLE.models['claude-haiku-5-5']!;
  const long = haiku.longContext!;

  it('was probed with its threshold and what counts towards it', () => {
    expect(long.aboveInputTokens).toBe(100_000);
    expect([...long.countedTokens].sort()).toEqual(['cacheRead', 'cacheWrite', 'input']);
    expect(long.input).toBeGreaterThan(haiku.standard.input);
  });

  it('keeps the base rate at the threshold and switches every token above it', () => {
    const at = priceUsage('claude-haiku-5-5', { input_tokens: 100_000, output_tokens: 1000 });
    expect(at.costUsd).toBeCloseTo(usd(100_000, 0.1) + usd(1000, 0.5), 15);
    expect(at.rule).toContain('under the long-context threshold');
    const above = priceUsage('claude-haiku-5-5', { input_tokens: 100_001, output_tokens: 1000 });
    expect(above.costUsd).toBeCloseTo(usd(100_001, 0.5) + usd(1000, 2.5), 15);
    expect(above.rule).toContain('long context');
  });

  it('counts cache reads and writes towards the threshold, not output', () => {
    const reads = priceUsage('claude-haiku-5-5', { input_tokens: 60_000, cache_read_input_tokens: 40_001 });
    expect(reads.costUsd).toBeCloseTo(usd(60_000, 0.5) + usd(40_001, 0.05), 15);
    const writes = priceUsage('claude-haiku-5-5', { input_tokens: 100_000, cache_creation_input_tokens: 1 });
    expect(writes.costUsd).toBeCloseTo(usd(100_000, 0.5) + usd(1, 0.625), 15);
    const output = priceUsage('claude-haiku-5-5', { input_tokens: 100_000, output_tokens: M });
    expect(output.costUsd).toBeCloseTo(usd(100_000, 0.1) + usd(M, 0.5), 15);
  });

  it('prices iterations that add up one by one, each at its own tier', () => {
    const usage: AnthropicUsage = {
      input_tokens: 150_000,
      output_tokens: 2000,
      iterations: [
        {
          type: 'message',
          input_tokens: 70_000,
          output_tokens: 1000,
          cache_read_input_tokens: 0,
          cache_creation_input_tokens: 0,
        },
        { type: 'compaction', input_tokens: 5 },
        {
          type: 'message',
          input_tokens: 80_000,
          output_tokens: 1000,
          cache_read_input_tokens: 0,
          cache_creation_input_tokens: 0,
        },
      ],
    };
    const r = priceUsage('claude-haiku-5-5', usage);
    expect(r.costUsd).toBeCloseTo(usd(150_000, 0.1) + usd(2000, 0.5), 15);
    // Iterations that do not add up are ignored: the response is one request above the threshold.
    const mismatch = priceUsage('claude-haiku-5-5', { ...usage, input_tokens: 150_001 });
    expect(mismatch.costUsd).toBeCloseTo(usd(150_001, 0.5) + usd(2000, 2.5), 15);
  });
});

describe('priceUsage: speed, geo, web search', () => {
  it('prices speed "fast" at the fast prices where the model has them', () => {
    const fast = PRICE_TABLE.models['claude-opus-4-6']!.fast!;
    const r = priceUsage('claude-opus-4-6', { input_tokens: M, output_tokens: 1000, speed: 'fast' });
    expect(r.costUsd).toBeCloseTo(fast.input + usd(1000, fast.output), 12);
    expect(r.rule).toContain('fast-mode prices');
  });

  it('prices fast like standard on a model without fast prices', () => {
    const fast = priceUsage('claude-sonnet-4-6', { input_tokens: M, speed: 'fast' });
    expect(fast.costUsd).toBe(PRICE_TABLE.models['claude-sonnet-4-6']!.standard.input);
    expect(fast.rule).toContain('costs the standard prices');
  });

  it('prices any other non-empty speed as fast, "standard" and "" as standard', () => {
    const u = { input_tokens: M };
    const fast = priceUsage('claude-opus-5-5', { ...u, speed: 'fast' }).costUsd;
    expect(priceUsage('claude-opus-5-5', { ...u, speed: 'turbo' }).costUsd).toBe(fast);
    expect(priceUsage('claude-opus-5-5', { ...u, speed: 'FAST' }).costUsd).toBe(fast);
    expect(priceUsage('claude-opus-5-5', { ...u, speed: 'standard' }).costUsd).toBe(4);
    expect(priceUsage('claude-opus-5-5', { ...u, speed: '' }).costUsd).toBe(4);
    expect(priceUsage('claude-opus-5-5', { ...u, speed: null }).costUsd).toBe(4);
  });

  it('applies the long-context tier, not fast prices, to fast requests on a model with a tier', () => {
    const r = priceUsage('claude-haiku-5-5', { input_tokens: M, speed: 'fast' });
    expect(r.costUsd).toBe(PRICE_TABLE.models['claude-haiku-5-5']!.longContext!.input);
  });

  it('multiplies the token cost by the inference_geo "us" multiplier, but not web search', () => {
    const geo = PRICE_TABLE.models['claude-sonnet-4-5']!.geoMultipliers.us!;
    expect(geo).toBeCloseTo(1.1, 12);
    const r = priceUsage('claude-sonnet-4-5', {
      input_tokens: M,
      inference_geo: 'us',
      server_tool_use: { web_search_requests: 10 },
    });
    expect(r.costUsd).toBeCloseTo(3 * 1.1 + 10 * 0.01, 12);
    expect(r.breakdown.input).toBeCloseTo(3.3, 12);
    expect(r.breakdown.webSearch).toBeCloseTo(0.1, 15);
    expect(r.rule).toContain('inference_geo "us"');
  });

  it('leaves "global", "" and other geos at ×1', () => {
    for (const geo of ['global', '', 'eu', 'US']) {
      expect(priceUsage('claude-sonnet-4-5', { input_tokens: M, inference_geo: geo }).costUsd).toBe(3);
    }
  });

  it('stacks fast and geo', () => {
    const r = priceUsage('claude-opus-5-5', { input_tokens: M, speed: 'fast', inference_geo: 'us' });
    expect(r.costUsd).toBeCloseTo(8 * 1.1, 12);
  });

  it('charges each web search request', () => {
    const r = priceUsage('claude-haiku-4-5', {
      input_tokens: 0,
      server_tool_use: { web_search_requests: 7 },
    });
    expect(r.costUsd).toBeCloseTo(0.07, 15);
    expect(r.breakdown.webSearch).toBeCloseTo(0.07, 15);
    expect(r.rule).toContain('7 web searches');
  });
});

describe('priceUsage: model ids', () => {
  it('prices dated, provider and alias spellings as their canonical model', () => {
    const base = priceUsage('claude-haiku-4-5', { input_tokens: M }).costUsd;
    for (const id of [
      'claude-haiku-4-5-20251001',
      'claude-haiku-4-5@20251001',
      'us.anthropic.claude-haiku-4-5-20251001-v1:0',
      'claude-haiku-4.5',
    ]) {
      const r = priceUsage(id, { input_tokens: M });
      expect(r.canonicalModel).toBe('claude-haiku-4-5');
      expect(r.costUsd).toBe(base);
    }
    expect(priceUsage('opus', { input_tokens: M }).canonicalModel).toBe(PRICE_TABLE.selectionRemaps.opus);
  });

  it('reports an unknown model as unknown, never as $0 or a guess', () => {
    for (const id of ['gpt-4o', 'claude-3-opus-20240229', 'claude-mythos-preview']) {
      const r = priceUsage(id, { input_tokens: M, output_tokens: M });
      expect(r.known).toBe(false);
      expect(r.costUsd).toBeUndefined();
      expect(Object.values(r.breakdown).every((v) => v === undefined)).toBe(true);
      expect(r.reason).toMatch(/no price/);
    }
    expect(priceUsage('claude-3-opus-20240229', {}).canonicalModel).toBe('claude-3-opus');
  });

  it('never throws on bad input', () => {
    expect(priceUsage('claude-opus-4-6', null as unknown as AnthropicUsage).known).toBe(false);
    expect(priceUsage(42 as unknown as string, {}).known).toBe(false);
    const hostile = {
      get input_tokens(): number {
        throw new Error('boom');
      },
    } as AnthropicUsage;
    const r = priceUsage('claude-opus-4-6', hostile);
    expect(r.known).toBe(false);
    expect(r.reason).toContain('boom');
  });
});

describe('priceUsage: overrides', () => {
  const usage: AnthropicUsage = {
    input_tokens: M,
    output_tokens: M,
    cache_read_input_tokens: M,
    cache_creation_input_tokens: 2 * M,
    cache_creation: { ephemeral_5m_input_tokens: M, ephemeral_1h_input_tokens: M },
  };
  const list = priceUsage('claude-opus-4-6', usage).costUsd!;

  it('scales a model by a multiplier', () => {
    const r = priceUsage('claude-opus-4-6', usage, { overrides: { 'claude-opus-4-6': { multiplier: 0.8 } } });
    expect(r.costUsd).toBeCloseTo(list * 0.8, 12);
    expect(r.rule).toContain('×0.8 overall');
  });

  it('matches an override by any spelling of the model', () => {
    const r = priceUsage('claude-opus-4-6', usage, {
      overrides: { 'anthropic.claude-opus-4-6-v1': { multiplier: 0.5 } },
    });
    expect(r.costUsd).toBeCloseTo(list * 0.5, 12);
  });

  it('charges explicit category prices as written, even under geo and fast', () => {
    const overrides = { 'claude-opus-4-6': { input: 4, output: 20 } };
    const r = priceUsage(
      'claude-opus-4-6',
      { input_tokens: M, output_tokens: M, speed: 'fast', inference_geo: 'us' },
      { overrides },
    );
    expect(r.costUsd).toBe(24);
    const mixed = priceUsage('claude-opus-4-6', { ...usage, inference_geo: 'us' }, { overrides });
    expect(mixed.costUsd).toBeCloseTo(4 + 20 + (0.5 + 10 + 6.25) * 1.1, 12);
  });

  it('applies per-category multipliers to the list price', () => {
    const r = priceUsage('claude-opus-4-6', usage, {
      overrides: { 'claude-opus-4-6': { multipliers: { cacheRead: 2, output: 0.5 } } },
    });
    expect(r.costUsd).toBeCloseTo(5 + 12.5 + 1 + 10 + 6.25, 12);
  });

  it('applies "*" to every model, and its multiplier on top of a model entry', () => {
    const overrides = { '*': { multiplier: 0.9 }, 'claude-opus-4-6': { multiplier: 0.5 } };
    expect(priceUsage('claude-opus-4-6', usage, { overrides }).costUsd).toBeCloseTo(list * 0.45, 12);
    const sonnet = priceUsage('claude-sonnet-4-6', { input_tokens: M }, { overrides });
    expect(sonnet.costUsd).toBeCloseTo(2.7, 12);
  });

  it('prices an unknown model when its override gives every token price', () => {
    const overrides = { 'my-gateway-model': { input: 1, output: 2, cacheRead: 0.1, cacheWrite5m: 1.25 } };
    const r = priceUsage('my-gateway-model', usage, { overrides });
    expect(r.known).toBe(true);
    // No 1h price given: 1h writes cost the 5m price, as Claude Code's managed pricing does.
    expect(r.costUsd).toBeCloseTo(1 + 2 + 0.1 + 1.25 + 1.25, 12);
    const partial = priceUsage('my-gateway-model', usage, {
      overrides: { 'my-gateway-model': { input: 1 } },
    });
    expect(partial.known).toBe(false);
  });
});
