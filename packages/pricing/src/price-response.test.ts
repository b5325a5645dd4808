import { describe, expect, it } from 'vitest';
import { priceResponse } from './price-response.js';
import { priceUsage } from './price-usage.js';

const usage = { input_tokens: 100, output_tokens: 10 };

describe('priceResponse', () => {
  it('should take the table over a recorded costUSD for a model the table prices', () => {
    const table = priceUsage('claude-sonnet-4-20250514', usage);
    const price = priceResponse(priceUsage, 'claude-sonnet-4-20250514', usage, 0.12);
    expect(price.source).toBe('table');
    expect(price.costUsd).toBe(table.costUsd);
    expect(price.costUsd).not.toBe(0.12);
  });

  it('should fall back to the recorded costUSD for a model without a price', () => {
    const price = priceResponse(priceUsage, 'some-unknown-model', usage, 0.12);
    expect(price).toMatchObject({ costUsd: 0.12, source: 'recorded', rule: 'recorded-costUSD' });
  });

  it('should say unknown when neither knows, and survive a throwing or non-finite pricer', () => {
    expect(priceResponse(priceUsage, 'some-unknown-model', usage, undefined)).toMatchObject({
      costUsd: undefined,
      source: 'unknown',
    });
    const throwing = () => {
      throw new Error('boom');
    };
    expect(priceResponse(throwing, 'claude-sonnet-4-20250514', usage, 0.5).costUsd).toBe(0.5);
    const nan = () => ({ ...priceUsage('claude-sonnet-4-20250514', usage), costUsd: Number.NaN });
    expect(priceResponse(nan, 'claude-sonnet-4-20250514', usage, undefined).source).toBe('unknown');
    expect(priceResponse(priceUsage, 'some-unknown-model', usage, Number.NaN).source).toBe('unknown');
  });
});
