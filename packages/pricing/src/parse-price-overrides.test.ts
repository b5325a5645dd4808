import { describe, expect, it } from 'vitest';
import { parsePriceOverrides } from './parse-price-overrides.js';
import { priceUsage } from './price-usage.js';

describe('parsePriceOverrides', () => {
  it('accepts multipliers, explicit prices and per-category multipliers', () => {
    const { overrides, errors } = parsePriceOverrides({
      '*': { multiplier: 0.9 },
      'claude-opus-4-6': { input: 4, output: 20, multipliers: { cacheRead: 0.5 } },
    });
    expect(errors).toEqual([]);
    expect(overrides).toEqual({
      '*': { multiplier: 0.9 },
      'claude-opus-4-6': { input: 4, output: 20, multipliers: { cacheRead: 0.5 } },
    });
  });

  it('spreads cacheWrite over both write durations, letting explicit ones win', () => {
    const { overrides, errors } = parsePriceOverrides({ m: { cacheWrite1h: 9, cacheWrite: 5 } });
    expect(errors).toEqual([]);
    expect(overrides.m).toEqual({ cacheWrite5m: 5, cacheWrite1h: 9 });
  });

  it("accepts Claude Code's managed-settings modelPricing shape", () => {
    const { overrides, errors } = parsePriceOverrides({
      multiplier: 0.85,
      overrides: { 'claude-sonnet-4-6': { input: 2, output: 10, cacheRead: 0.2, cacheWrite: 2.5 } },
    });
    expect(errors).toEqual([]);
    expect(overrides['*']).toEqual({ multiplier: 0.85 });
    expect(overrides['claude-sonnet-4-6']).toEqual({
      input: 2,
      output: 10,
      cacheRead: 0.2,
      cacheWrite5m: 2.5,
      cacheWrite1h: 2.5,
    });
    const r = priceUsage('claude-sonnet-4-6', { input_tokens: 1_000_000 }, { overrides });
    expect(r.costUsd).toBeCloseTo(2 * 0.85, 12);
  });

  it('explains every bad entry and keeps the good ones', () => {
    const { overrides, errors } = parsePriceOverrides({
      good: { multiplier: 2 },
      negative: { input: -1 },
      text: { output: '3' },
      zero: { multiplier: 0 },
      typo: { inptu: 3 },
      badCategory: { multipliers: { tokens: 2 } },
      notObject: 5,
      '': { input: 1 },
    });
    expect(Object.keys(overrides)).toEqual(['good']);
    expect(errors).toHaveLength(7);
    expect(errors.join('\n')).toContain('overrides["negative"].input: expected a price >= 0 in USD, got -1');
    expect(errors.join('\n')).toContain('overrides["text"].output: expected a price >= 0 in USD, got "3"');
    expect(errors.join('\n')).toContain(
      'overrides["zero"].multiplier: expected a number greater than 0, got 0',
    );
    expect(errors.join('\n')).toContain('overrides["typo"].inptu: unknown field');
    expect(errors.join('\n')).toContain('overrides["badCategory"].multipliers.tokens: unknown category');
    expect(errors.join('\n')).toContain('overrides["notObject"]: expected an object of prices, got 5');
    expect(errors.join('\n')).toContain('a model id is required');
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 3, 'x', [], [1], { a: null }, { a: [] }, { overrides: 'x' }]) {
      const result = parsePriceOverrides(input);
      expect(Array.isArray(result.errors)).toBe(true);
      expect(typeof result.overrides).toBe('object');
    }
    expect(parsePriceOverrides('x').errors[0]).toContain('expected an object keyed by model id');
    expect(parsePriceOverrides(undefined)).toEqual({ overrides: {}, errors: [] });
  });
});
