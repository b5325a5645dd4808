// A growable map from a 64-bit key (two uint32) to a row.
/** Growable open-addressing map from a 64-bit key (two uint32) to a row. */
export class PairMap {
  #k1 = new Uint32Array(64);
  #k2 = new Uint32Array(64);
  #v = new Int32Array(64).fill(-1);
  #size = 0;

  #slot(k1: number, k2: number): number {
    const mask = this.#v.length - 1;
    let i = (k1 ^ Math.imul(k2, 0x9e3779b1)) & mask;
    while (this.#v[i] !== -1 && (this.#k1[i] !== k1 || this.#k2[i] !== k2)) i = (i + 1) & mask;
    return i;
  }

  get(k1: number, k2: number): number {
    return this.#v[this.#slot(k1, k2)]!;
  }

  set(k1: number, k2: number, value: number): void {
    if ((this.#size + 1) * 2 > this.#v.length) this.#grow();
    const i = this.#slot(k1, k2);
    if (this.#v[i] === -1) this.#size += 1;
    this.#k1[i] = k1;
    this.#k2[i] = k2;
    this.#v[i] = value;
  }

  #grow(): void {
    const [k1, k2, v] = [this.#k1, this.#k2, this.#v];
    this.#k1 = new Uint32Array(v.length * 2);
    this.#k2 = new Uint32Array(v.length * 2);
    this.#v = new Int32Array(v.length * 2).fill(-1);
    this.#size = 0;
    for (let i = 0; i < v.length; i += 1) if (v[i] !== -1) this.set(k1[i]!, k2[i]!, v[i]!);
  }
}
