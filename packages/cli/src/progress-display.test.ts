import { describe, expect, it } from 'vitest';
import { memoryIo } from './cli-io.js';
import { createProgress } from './progress-display.js';

describe('createProgress', () => {
  it('should draw nothing when stderr is not a terminal', () => {
    const io = memoryIo({ stderrIsTTY: false });
    const p = createProgress(io, { label: 'Reading', delayMs: 0, intervalMs: 0 });
    p.update(5, 10);
    p.finish();
    expect(io.err()).toBe('');
  });

  it('should wait before the first draw, throttle, and clear the line at the end', () => {
    let now = 1000;
    const io = memoryIo({ stderrIsTTY: true, now: () => now, columns: 60 });
    const p = createProgress(io, { label: 'Reading', delayMs: 300, intervalMs: 100 });
    p.update(1, 10);
    expect(io.err()).toBe('');
    now += 300;
    p.update(5, 10, '3/7 files');
    now += 50;
    p.update(6, 10);
    now += 100;
    p.update(7, 10);
    const draws = io.err().split('\r').filter(Boolean);
    expect(draws).toHaveLength(2);
    expect(draws[0]).toContain(' 50%  5/10  3/7 files');
    expect(draws[1]).toContain(' 70%  7/10');
    for (const d of draws) expect([...d.replace('\x1b[K', '')].length).toBeLessThanOrEqual(59);
    p.finish();
    expect(io.err().endsWith('\r\x1b[K')).toBe(true);
  });
});
