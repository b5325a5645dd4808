import { afterEach, describe, expect, it, vi } from 'vitest';
import { DebouncedTask } from './debounced-task.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('DebouncedTask', () => {
  it('should run once per delay however often it is scheduled, again after it ran, and not after cancel', () => {
    vi.useFakeTimers();
    let runs = 0;
    const task = new DebouncedTask(100, () => {
      runs += 1;
    });
    task.schedule();
    vi.advanceTimersByTime(60);
    task.schedule();
    task.schedule();
    vi.advanceTimersByTime(40);
    expect(runs).toBe(1);
    task.schedule();
    vi.advanceTimersByTime(100);
    expect(runs).toBe(2);
    task.schedule();
    task.cancel();
    vi.advanceTimersByTime(200);
    expect(runs).toBe(2);
    // Cancelled, it can be scheduled again.
    task.schedule();
    vi.advanceTimersByTime(100);
    expect(runs).toBe(3);
  });
});
