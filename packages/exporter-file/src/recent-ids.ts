/**
 * The ids most recently written, oldest evicted first. A retried export skips what is already on disk;
 * the agent's checkpoint remains the main guarantee, this only covers the window it cannot see
 * (a crash between our write and its acknowledgement).
 */
export class RecentIds {
  readonly #capacity: number;
  readonly #ids = new Set<string>();

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  add(id: string): void {
    if (this.#capacity <= 0) return;
    this.#ids.delete(id);
    this.#ids.add(id);
    // A Set iterates in insertion order, so the first value is the oldest.
    while (this.#ids.size > this.#capacity) this.#ids.delete(this.#ids.values().next().value as string);
  }

  get size(): number {
    return this.#ids.size;
  }
}
