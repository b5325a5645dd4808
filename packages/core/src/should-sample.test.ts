import { GlassboxError } from '@glassbox/spec';
import { describe, expect, it } from 'vitest';
import { parseSamplingRate, sessionSampleValue, shouldSample } from './should-sample.js';

describe('parseSamplingRate', () => {
  it('should default to 1 and accept numbers and numeric strings in [0, 1]', () => {
    expect(parseSamplingRate(undefined)).toBe(1);
    expect(parseSamplingRate('')).toBe(1);
    expect(parseSamplingRate(0)).toBe(0);
    expect(parseSamplingRate(0.25)).toBe(0.25);
    expect(parseSamplingRate(' 0.5 ')).toBe(0.5);
    expect(parseSamplingRate(1)).toBe(1);
  });

  it('should reject anything else with INVALID_CONFIG and a message naming the setting', () => {
    for (const bad of [-0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 'half', '50%', true, {}]) {
      let caught: unknown;
      try {
        parseSamplingRate(bad, 'GLASSBOX_SAMPLING_RATE');
      } catch (error) {
        caught = error;
      }
      expect(GlassboxError.is(caught, 'INVALID_CONFIG'), String(bad)).toBe(true);
      expect((caught as Error).message).toContain('GLASSBOX_SAMPLING_RATE must be a number from 0 to 1');
    }
  });
});

describe('shouldSample', () => {
  it('should decide by session, deterministically', () => {
    const ids = Array.from({ length: 4000 }, (_, i) => `session-${i}`);
    const kept = ids.filter((id) => shouldSample(id, 0.25));
    // Same answer every time for the same session.
    expect(ids.filter((id) => shouldSample(id, 0.25))).toEqual(kept);
    // Roughly the requested share (binomial, n = 4000: ±5 sd ≈ ±0.034).
    expect(kept.length / ids.length).toBeGreaterThan(0.2);
    expect(kept.length / ids.length).toBeLessThan(0.3);
    // A session kept at a lower rate is kept at every higher rate.
    for (const id of ids.filter((x) => shouldSample(x, 0.1))) expect(shouldSample(id, 0.5)).toBe(true);
  });

  it('should keep all at 1 and none at 0', () => {
    expect(shouldSample('x', 1)).toBe(true);
    expect(shouldSample('x', 0)).toBe(false);
    const v = sessionSampleValue('x');
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThan(1);
  });
});
