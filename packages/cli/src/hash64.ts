// A 64-bit hash of UTF-8 bytes fed piece by piece (the fast path's bytes and the full parse's strings agree).
/**
 * 64-bit hash (two 32-bit lanes, cyrb53's mixing) of UTF-8 bytes, fed piece by piece: the same value
 * whether an id comes as bytes from the fast path or as a string from the full parse.
 */
export class Hash64 {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;

  reset(): this {
    this.h1 = 0xdeadbeef;
    this.h2 = 0x41c6ce57;
    return this;
  }

  byte(c: number): this {
    this.h1 = Math.imul(this.h1 ^ c, 2654435761);
    this.h2 = Math.imul(this.h2 ^ c, 1597334677);
    return this;
  }

  bytes(b: Uint8Array, s: number, e: number): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = s; i < e; i += 1) {
      const c = b[i]!;
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  string(text: string): this {
    for (let i = 0; i < text.length; i += 1)
      if (text.charCodeAt(i) > 0x7f) {
        const utf8 = Buffer.from(text, 'utf8');
        return this.bytes(utf8, 0, utf8.length);
      }
    for (let i = 0; i < text.length; i += 1) this.byte(text.charCodeAt(i));
    return this;
  }

  /** Writes the two 32-bit halves to `out[at]`, `out[at + 1]`. */
  finish(out: Uint32Array, at: number): void {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    out[at] = h1 >>> 0;
    out[at + 1] = h2 >>> 0;
  }
}

const scratchHash = new Hash64();

/** 64-bit hash of a string's UTF-8 bytes into `out[at]`, `out[at + 1]`. */
export function hash64(text: string, out: Uint32Array, at: number): void {
  scratchHash.reset().string(text).finish(out, at);
}
