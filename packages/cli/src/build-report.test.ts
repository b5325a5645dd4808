import { describe, expect, it } from 'vitest';
import { dateKeyer, isoFormatter, parseDateOption } from './build-report.js';

describe('report dates', () => {
  it('should format times exactly as toISOString does', () => {
    const iso = isoFormatter();
    let x = 12345;
    for (let i = 0; i < 2000; i++) {
      // A deterministic spread over 1970–2096, many on the same days.
      x = (x * 1103515245 + 12345) % 2147483648;
      const ms = (x / 2147483648) * 4e12 + (i % 7) * 0.5;
      expect(iso(ms)).toBe(new Date(ms).toISOString());
    }
    expect(iso(Number.NaN)).toBeNull();
  });

  it('should give calendar days in a time zone, and read --since / --until', () => {
    const utc = dateKeyer('UTC');
    const paris = dateKeyer('Europe/Paris');
    const t = Date.parse('2026-03-29T22:30:00Z');
    expect(utc(t)).toBe('2026-03-29');
    expect(paris(t)).toBe('2026-03-30');
    expect(dateKeyer('Asia/Kolkata')(Date.parse('2026-01-01T18:29:59Z'))).toBe('2026-01-01');
    expect(dateKeyer('Asia/Kolkata')(Date.parse('2026-01-01T18:30:00Z'))).toBe('2026-01-02');
    expect(utc(Number.NaN)).toBe('unknown');
    expect(parseDateOption('since', '20261127')).toBe('2026-11-27');
    expect(() => parseDateOption('until', '2026-02-30')).toThrow(
      "--until must be a date like 2026-11-27 (got '2026-02-30')",
    );
  });
});
