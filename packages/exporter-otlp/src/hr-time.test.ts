import { describe, expect, it } from 'vitest';
import { hrDuration, msToHrTime } from './hr-time.js';

describe('msToHrTime', () => {
  it('should split epoch milliseconds into seconds and nanoseconds, fractions included', () => {
    expect(msToHrTime(1_777_371_825_123)).toEqual([1_777_371_825, 123_000_000]);
    expect(msToHrTime(1_777_371_825_420.5)).toEqual([1_777_371_825, 420_500_000]);
    expect(msToHrTime(0)).toEqual([0, 0]);
  });

  it('should carry a rounded-up second', () => {
    expect(msToHrTime(1999.9999999999)).toEqual([2, 0]);
  });
});

describe('hrDuration', () => {
  it('should borrow across the second and never go negative', () => {
    expect(hrDuration([10, 900_000_000], [11, 100_000_000])).toEqual([0, 200_000_000]);
    expect(hrDuration([11, 0], [10, 0])).toEqual([0, 0]);
  });
});
