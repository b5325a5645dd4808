import { describe, expect, it } from 'vitest';
import { canonicalModelId, canonicalModelIdByRules } from './canonical-model-id.js';
import { PRICE_TABLE } from './price-table.js';

describe('canonicalModelIdByRules', () => {
  // The probe recorded what the binary reported for every spelling; the rules alone must agree, so spellings
  // the probe never tried (another date, another region) resolve the same way.
  it('reproduces every priced spelling the binary mapped', () => {
    const wrong = Object.entries(PRICE_TABLE.modelIds).filter(([id, c]) => canonicalModelIdByRules(id) !== c);
    expect(wrong).toEqual([]);
    expect(Object.keys(PRICE_TABLE.modelIds).length).toBeGreaterThan(100);
  });

  it('reproduces the canonical names the binary reported for models it cannot price', () => {
    const wrong = Object.entries(PRICE_TABLE.unpricedModelIds).filter(
      ([id, c]) => canonicalModelIdByRules(id) !== c,
    );
    expect(wrong).toEqual([]);
  });
});

describe('canonicalModelId', () => {
  it.each([
    ['claude-haiku-4-5-20251001', 'claude-haiku-4-5'],
    ['claude-haiku-4-5@20251001', 'claude-haiku-4-5'],
    ['us.anthropic.claude-opus-4-6-v1', 'claude-opus-4-6'],
    ['eu.anthropic.claude-sonnet-4-5-20250929-v1:0', 'claude-sonnet-4-5'],
    ['apac.anthropic.claude-haiku-4-5-20251001-v1:0', 'claude-haiku-4-5'],
    ['anthropic.claude-opus-4-7', 'claude-opus-4-7'],
    ['claude-opus-4.6', 'claude-opus-4-6'],
    ['CLAUDE-OPUS-4-6[1m]', 'claude-opus-4-6'],
    ['claude-sonnet-4-20250514', 'claude-sonnet-4-0'],
    ['claude-opus-4', 'claude-opus-4-0'],
    ['claude-3-5-sonnet-v2@20241022', 'claude-3-5-sonnet'],
    ['claude-3-7-sonnet-latest', 'claude-3-7-sonnet'],
    // A date the probe never saw.
    ['claude-sonnet-4-5-20991231', 'claude-sonnet-4-5'],
    ['my-gateway/claude-haiku-4-5', 'claude-haiku-4-5'],
  ])('maps %s to %s', (id, canonical) => {
    expect(canonicalModelId(id)).toBe(canonical);
  });

  it('resolves the picker aliases the CLI swaps before any request', () => {
    expect(canonicalModelId('opus')).toBe(PRICE_TABLE.selectionRemaps.opus);
    expect(canonicalModelId('sonnet')).toBe(PRICE_TABLE.selectionRemaps.sonnet);
    expect(canonicalModelId('haiku')).toBe(PRICE_TABLE.selectionRemaps.haiku);
    expect(canonicalModelId('opus')).toMatch(/^claude-opus-/);
  });

  it('keeps a retired id that has its own price instead of the model --model would swap it for', () => {
    // `--model claude-opus-4-1` is sent as another model, but usage recorded under 4-1 is priced at 4-1 rates.
    expect(PRICE_TABLE.selectionRemaps['claude-opus-4-1']).not.toBe('claude-opus-4-1');
    expect(canonicalModelId('claude-opus-4-1')).toBe('claude-opus-4-1');
    expect(canonicalModelId('claude-opus-4-1-20250805')).toBe('claude-opus-4-1');
  });

  it('names Claude models without a price, and nothing else', () => {
    expect(canonicalModelId('claude-3-opus-20240229')).toBe('claude-3-opus');
    expect(canonicalModelId('claude-mythos-preview')).toBe('claude-mythos-preview');
    expect(canonicalModelId('gpt-4o')).toBeUndefined();
    expect(canonicalModelId('')).toBeUndefined();
    expect(canonicalModelId(undefined as unknown as string)).toBeUndefined();
  });
});
