import { describe, expect, it } from 'vitest';
import { RecentIds } from './recent-ids.js';

describe('RecentIds', () => {
  it('should remember ids up to its capacity and forget the oldest first', () => {
    const ids = new RecentIds(2);
    ids.add('a');
    ids.add('b');
    ids.add('a'); // refreshed: now newer than b
    ids.add('c');
    expect(ids.has('a')).toBe(true);
    expect(ids.has('b')).toBe(false);
    expect(ids.has('c')).toBe(true);
    expect(ids.size).toBe(2);
  });

  it('should remember nothing with capacity 0', () => {
    const ids = new RecentIds(0);
    ids.add('a');
    expect(ids.has('a')).toBe(false);
  });
});
