import { CHANNEL_MAX_SKEW_MS } from '@glassbox/spec';

export type NonceVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'auth_replay' | 'auth_before_floor' };

export interface NonceCacheOptions {
  /** Nonces remembered at most. Default 100,000. */
  readonly max?: number;
}

interface Entry {
  /** The request's own timestamp (`x-glassbox-ts`). */
  readonly ts: number;
  readonly nonce: string;
}

/**
 * The replay guard of the channel, bounded in memory and never full. Invariant: every accepted request whose
 * timestamp is still inside the skew window is either remembered here or has a timestamp at or below `floor`.
 * So a replay is refused at any fill level: by its nonce while remembered, by the floor once evicted, by the
 * timestamp window once forgotten. At the cap the remembered request signed earliest is evicted and the floor rises
 * to its timestamp: a fresh request (signed after it) is still accepted; only one signed at or before the evicted
 * one is refused (`auth_before_floor`, a possible replay). Evicting by timestamp, not by arrival, keeps a request
 * signed ahead of the clock from lifting the floor over everyone else's.
 */
export class NonceCache {
  private readonly max: number;
  private readonly nonces = new Set<string>();
  /** A binary min-heap on `ts`: the next to forget or evict is at the top. */
  private readonly heap: Entry[] = [];
  private floorTs = Number.NEGATIVE_INFINITY;

  constructor(options: NonceCacheOptions = {}) {
    this.max = Math.max(1, options.max ?? 100_000);
  }

  /** Checks a verified request's nonce and timestamp (already inside the window), and spends the nonce. */
  spend(nonce: string, ts: number, now: number): NonceVerdict {
    // A timestamp this old is refused by the window check, so its nonce need not be remembered.
    while (this.heap.length > 0 && now - (this.heap[0] as Entry).ts > CHANNEL_MAX_SKEW_MS) this.pop();
    if (this.nonces.has(nonce)) return { ok: false, reason: 'auth_replay' };
    if (ts <= this.floorTs) return { ok: false, reason: 'auth_before_floor' };
    this.push({ ts, nonce });
    // Over the cap: forget the earliest signed (maybe this one) and refuse anything signed at or before it.
    if (this.heap.length > this.max) this.floorTs = Math.max(this.floorTs, this.pop().ts);
    return { ok: true };
  }

  /** Nonces remembered now. */
  get size(): number {
    return this.heap.length;
  }

  /** Requests signed at or before this are refused (-Infinity until the cache first overflows). */
  get floor(): number {
    return this.floorTs;
  }

  private push(entry: Entry): void {
    const h = this.heap;
    this.nonces.add(entry.nonce);
    let i = h.push(entry) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((h[parent] as Entry).ts <= entry.ts) break;
      h[i] = h[parent] as Entry;
      i = parent;
    }
    h[i] = entry;
  }

  private pop(): Entry {
    const h = this.heap;
    const top = h[0] as Entry;
    const last = h.pop() as Entry;
    this.nonces.delete(top.nonce);
    if (h.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= h.length) break;
      const r = l + 1;
      const child = r < h.length && (h[r] as Entry).ts < (h[l] as Entry).ts ? r : l;
      if ((h[child] as Entry).ts >= last.ts) break;
      h[i] = h[child] as Entry;
      i = child;
    }
    h[i] = last;
    return top;
  }
}
