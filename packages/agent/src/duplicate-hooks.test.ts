import { describe, expect, it } from 'vitest';
import { DuplicateHooks } from './duplicate-hooks.js';

describe('DuplicateHooks', () => {
  const stop = '{"session_id":"s1","hook_event_name":"Stop","prompt_id":"p1"}';

  it('should serve the first body and refuse the same body within the window', () => {
    const hooks = new DuplicateHooks(5_000);
    expect(hooks.isRepeat(stop, 1_000)).toBe(false);
    expect(hooks.isRepeat(stop, 1_010)).toBe(true);
    expect(hooks.isRepeat(stop.replace('p1', 'p2'), 1_020)).toBe(false);
    expect(hooks.isRepeat(stop, 6_000)).toBe(false);
  });

  it('should serve a retry of a body whose request failed', () => {
    const hooks = new DuplicateHooks(5_000);
    expect(hooks.isRepeat(stop, 1_000)).toBe(false);
    hooks.forget(stop);
    expect(hooks.isRepeat(stop, 1_010)).toBe(false);
  });

  it('should stay bounded', () => {
    const hooks = new DuplicateHooks(60_000, 100);
    for (let i = 0; i < 1_000; i++) hooks.isRepeat(`{"n":${i}}`, i);
    expect((hooks as unknown as { seen: Map<string, number> }).seen.size).toBeLessThanOrEqual(100);
    expect(hooks.isRepeat('{"n":999}', 1_000)).toBe(true);
  });
});
