import { randomBytes } from 'node:crypto';
import { CHANNEL_MAX_SKEW_MS } from '@glassbox/spec';
import { describe, expect, it } from 'vitest';
import { NonceCache } from './nonce-cache.js';

/** A seeded generator, so a failure can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nonce = (): string => randomBytes(16).toString('hex');

describe('NonceCache', () => {
  it('should refuse a replay by nonce, and a timestamp at or below the floor once the cache overflowed', () => {
    const cache = new NonceCache({ max: 2 });
    const [a, b, c] = [nonce(), nonce(), nonce()];
    expect(cache.floor).toBe(Number.NEGATIVE_INFINITY);
    expect(cache.spend(a, 100, 1000)).toEqual({ ok: true });
    expect(cache.spend(a, 100, 1000)).toEqual({ ok: false, reason: 'auth_replay' });
    expect(cache.spend(b, 90, 1000)).toEqual({ ok: true });
    expect(cache.spend(c, 110, 1000)).toEqual({ ok: true });
    // b (ts 90, the earliest signed) was evicted: the floor is its timestamp, so its replay and anything signed at
    // or before it is refused.
    expect(cache.size).toBe(2);
    expect(cache.floor).toBe(90);
    expect(cache.spend(b, 90, 1000)).toEqual({ ok: false, reason: 'auth_before_floor' });
    expect(cache.spend(nonce(), 85, 1000)).toEqual({ ok: false, reason: 'auth_before_floor' });
    // a (ts 100, remembered) is still refused by its nonce; a newer request is accepted and evicts a.
    expect(cache.spend(a, 100, 1000)).toEqual({ ok: false, reason: 'auth_replay' });
    expect(cache.spend(nonce(), 101, 1000)).toEqual({ ok: true });
    expect(cache.floor).toBe(100);
    expect(cache.spend(a, 100, 1000)).toEqual({ ok: false, reason: 'auth_before_floor' });
    // A late request signed before everything remembered is accepted once, and only once: it is evicted at once.
    const late = nonce();
    expect(cache.spend(late, 100.5, 1000)).toEqual({ ok: true });
    expect(cache.floor).toBe(100.5);
    expect(cache.spend(late, 100.5, 1000)).toEqual({ ok: false, reason: 'auth_before_floor' });
  });

  it('should refuse every replay at any fill level, stay bounded, and accept a fresh request after a flood (seeded)', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = mulberry32(seed);
      const max = 50;
      const cache = new NonceCache({ max });
      const accepted: { nonce: string; ts: number }[] = [];
      let now = 10_000_000;
      for (let i = 0; i < 20_000; i++) {
        // Bursts (many requests per millisecond) and pauses (nonces expire), clients signing up to the skew apart.
        now += random() < 0.01 ? Math.floor(random() * 130_000) : Math.floor(random() * 3);
        const inWindow = (ts: number) => Math.abs(now - ts) <= CHANNEL_MAX_SKEW_MS;
        if (accepted.length > 0 && random() < 0.3) {
          const old = accepted[Math.floor(random() * accepted.length)]!;
          // The channel's timestamp check runs first: only a replay still inside the window reaches the cache.
          if (inWindow(old.ts)) expect(cache.spend(old.nonce, old.ts, now).ok).toBe(false);
          continue;
        }
        const ts = now + Math.floor((random() * 2 - 1) * (random() < 0.1 ? CHANNEL_MAX_SKEW_MS : 50));
        const fresh = { nonce: nonce(), ts };
        if (cache.spend(fresh.nonce, fresh.ts, now).ok) accepted.push(fresh);
        else expect(fresh.ts).toBeLessThanOrEqual(cache.floor);
        expect(cache.size).toBeLessThanOrEqual(max);
        if (accepted.length > 2000) accepted.splice(0, 1000);
      }
      // After the flood, requests signed by the clock (later than every evicted one) are accepted, twice the cap.
      for (let i = 0; i < 2 * max; i++) {
        now += 1;
        expect(cache.spend(nonce(), now, now)).toEqual({ ok: true });
      }
    }
  });

  it('should forget nonces once their timestamp is outside the window, so memory follows the request rate', () => {
    const cache = new NonceCache({ max: 1000 });
    for (let i = 0; i < 10; i++) cache.spend(nonce(), 1000, 1000);
    expect(cache.size).toBe(10);
    expect(cache.spend(nonce(), 61_000, 61_000)).toEqual({ ok: true });
    expect(cache.size).toBe(11);
    expect(cache.spend(nonce(), 61_001, 61_001)).toEqual({ ok: true });
    expect(cache.size).toBe(2);
    expect(cache.floor).toBe(Number.NEGATIVE_INFINITY);
  });
});
