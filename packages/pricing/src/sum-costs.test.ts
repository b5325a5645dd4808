import { describe, expect, it } from 'vitest';
import { sumCosts } from './sum-costs.js';

describe('sumCosts', () => {
  it('adds from 0 in the given order, as a running float sum', () => {
    const costs = [0.1, 0.2, 0.3];
    expect(sumCosts(costs)).toBe(0.1 + 0.2 + 0.3);
    // Order matters in floats: a running sum is not the same as summing the other way round.
    expect(sumCosts(costs)).not.toBe(0.3 + 0.2 + 0.1);
    expect(sumCosts([...costs].reverse())).toBe(0.3 + 0.2 + 0.1);
  });

  it('skips non-finite entries and is 0 for nothing', () => {
    expect(sumCosts([])).toBe(0);
    expect(sumCosts([1, Number.NaN, 2, Number.POSITIVE_INFINITY])).toBe(3);
  });
});
