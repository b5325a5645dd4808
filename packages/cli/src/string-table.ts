// Strings of the report's tables (models, session ids, tool names…) interned by index.
/** Strings (models, session ids, tool names…) by index; index 0 is "none". */
export class StringTable {
  readonly values: string[] = [''];
  readonly #index = new Map<string, number>([['', 0]]);
  /** FNV-1a of a string's UTF-8 bytes → indexes with that hash, for interning straight from bytes. */
  readonly #byBytes = new Map<number, number[]>();
  readonly #bytes: (Buffer | undefined)[] = [undefined];

  static from(values: readonly string[]): StringTable {
    const table = new StringTable();
    for (let i = 1; i < values.length; i += 1) table.intern(values[i]!);
    return table;
  }

  intern(value: string | undefined): number {
    if (value === undefined || value === '') return 0;
    let i = this.#index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.#index.set(value, i);
    }
    return i;
  }

  /**
   * Interns the UTF-8 bytes `b[s, e)` (a JSON string's content without escapes) without decoding them when
   * they were seen before: session ids and model names repeat on every record.
   */
  internBytes(b: Uint8Array, s: number, e: number): number {
    if (e <= s) return 0;
    let h = 0x811c9dc5;
    for (let i = s; i < e; i += 1) h = Math.imul(h ^ b[i]!, 0x01000193);
    const candidates = this.#byBytes.get(h);
    if (candidates)
      for (const idx of candidates) {
        const known = this.#bytes[idx]!;
        if (known.length !== e - s) continue;
        let same = true;
        for (let i = 0; i < known.length; i += 1)
          if (known[i] !== b[s + i]) {
            same = false;
            break;
          }
        if (same) return idx;
      }
    const idx = this.intern(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8'));
    if (this.#bytes[idx] === undefined) {
      this.#bytes[idx] = Buffer.from(b.subarray(s, e));
      if (candidates) candidates.push(idx);
      else this.#byBytes.set(h, [idx]);
    }
    return idx;
  }

  get(i: number): string {
    return this.values[i] ?? '';
  }
}
