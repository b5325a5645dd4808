/** Open-addressing map from a 64-bit key (two uint32) to a row index. */
export class PairIndex {
  readonly #k1: Uint32Array;
  readonly #k2: Uint32Array;
  readonly #v: Int32Array;
  readonly #mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.#k1 = new Uint32Array(size);
    this.#k2 = new Uint32Array(size);
    this.#v = new Int32Array(size).fill(-1);
    this.#mask = size - 1;
  }

  #slot(k1: number, k2: number): number {
    let i = (k1 ^ Math.imul(k2, 0x9e3779b1)) & this.#mask;
    while (this.#v[i] !== -1 && (this.#k1[i] !== k1 || this.#k2[i] !== k2)) i = (i + 1) & this.#mask;
    return i;
  }

  get(k1: number, k2: number): number {
    return this.#v[this.#slot(k1, k2)]!;
  }

  set(k1: number, k2: number, value: number): void {
    const i = this.#slot(k1, k2);
    this.#k1[i] = k1;
    this.#k2[i] = k2;
    this.#v[i] = value;
  }
}
