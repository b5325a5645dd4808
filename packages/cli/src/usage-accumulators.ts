// The report's accumulators: per group (a model, a day, a session…) one row of sums in a Float64Array.
import { G_RESPONSES } from './usage-groups.js';
import type { SessionEntry, UsageEntry } from './usage-report.js';

// Accumulator slots of one group (a model, a day, a session…), kept in one Float64Array for speed.
const A_RESPONSES = 0;
const A_INPUT = 1;
const A_OUTPUT = 2;
const A_WRITE = 3;
const A_WRITE_5M = 4;
const A_WRITE_1H = 5;
const A_READ = 6;
const A_WEB = 7;
const A_COST = 8;
const A_UNKNOWN = 9;
const A_WIDTH = 10;

/** Groups by a numeric key, each with a row of accumulators. */
export class UsageAccumulators {
  readonly keys: number[] = [];
  readonly #index = new Map<number, number>();
  acc = new Float64Array(16 * A_WIDTH);

  id(key: number): number {
    let g = this.#index.get(key);
    if (g === undefined) {
      g = this.keys.length;
      this.keys.push(key);
      this.#index.set(key, g);
      if ((g + 1) * A_WIDTH > this.acc.length) {
        const bigger = new Float64Array(this.acc.length * 2);
        bigger.set(this.acc);
        this.acc = bigger;
      }
    }
    return g;
  }

  /** A session's entry, built in one object literal (many sessions: no spreading). */
  sessionEntry(
    g: number,
    project: string,
    firstTime: string | null,
    lastTime: string | null,
    models: string[],
  ): SessionEntry {
    const a = this.acc;
    const o = g * A_WIDTH;
    const input = a[o + A_INPUT]!;
    const output = a[o + A_OUTPUT]!;
    const write = a[o + A_WRITE]!;
    const read = a[o + A_READ]!;
    return {
      responses: a[o + A_RESPONSES]!,
      inputTokens: input,
      outputTokens: output,
      cacheCreationTokens: write,
      cacheCreation5mTokens: a[o + A_WRITE_5M]!,
      cacheCreation1hTokens: a[o + A_WRITE_1H]!,
      cacheReadTokens: read,
      totalTokens: input + output + write + read,
      webSearchRequests: a[o + A_WEB]!,
      cost: a[o + A_COST]!,
      costUnknownResponses: a[o + A_UNKNOWN]!,
      project,
      firstTime,
      lastTime,
      models,
    };
  }

  entry(g: number): UsageEntry {
    const a = this.acc;
    const o = g * A_WIDTH;
    const input = a[o + A_INPUT]!;
    const output = a[o + A_OUTPUT]!;
    const write = a[o + A_WRITE]!;
    const read = a[o + A_READ]!;
    return {
      responses: a[o + A_RESPONSES]!,
      inputTokens: input,
      outputTokens: output,
      cacheCreationTokens: write,
      cacheCreation5mTokens: a[o + A_WRITE_5M]!,
      cacheCreation1hTokens: a[o + A_WRITE_1H]!,
      cacheReadTokens: read,
      totalTokens: input + output + write + read,
      webSearchRequests: a[o + A_WEB]!,
      cost: a[o + A_COST]!,
      costUnknownResponses: a[o + A_UNKNOWN]!,
    };
  }
}

/** Adds a group's sums (from `UsageGroups`, in the same order as the A_ slots) to accumulator row `g`. */
export function accumulate(a: Float64Array, g: number, from: Float64Array, p: number): void {
  const b = g * A_WIDTH;
  const f = p + G_RESPONSES;
  for (let k = 0; k < A_WIDTH; k += 1) a[b + k]! += from[f + k]!;
}
