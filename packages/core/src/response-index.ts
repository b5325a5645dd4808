import type { Cid, LlmState } from './tracker-records.js';
import type { LlmResponseEntry } from './transcript-entry.js';
import { llmKeyOf, mergeLlmResponses } from './transcript-entry.js';

/**
 * Response identity for the tracker: one record per API response, however many copies of it the main and
 * subagent transcripts hold. The key and the merge of copies are transcript-entry's (`llmKeyOf`,
 * `mergeLlmResponses`, shared with `glassbox report`); this adds the sidechain replay rule and the lookups the
 * tracker needs: by request ref (`api-request` records) and, for live steps, by usage.
 */
export class ResponseIndex {
  readonly #byKey = new Map<string, LlmState>();
  readonly #byMessage = new Map<string, LlmState>();
  readonly #byRequestRef = new Map<string, LlmState>();
  /** Responses no live step has claimed yet, by usage fingerprint. */
  readonly #byFp = new Map<string, Set<LlmState>>();

  /**
   * Adds one response, or merges it into the record of a copy already seen. `place` names the container of a
   * new record (it may open a turn, so it is called only then).
   */
  add(entry: LlmResponseEntry, place: (dedupKey: string) => Cid): { state: LlmState; isNew: boolean } {
    const dedupKey = llmKeyOf(entry);
    let state = this.#byKey.get(dedupKey);
    if (!state) {
      // A sidechain copy of a known message under another request id is a replay (ccusage#913).
      const byMessage = this.#byMessage.get(entry.messageId);
      if (byMessage && (byMessage.entry.isSidechain || entry.isSidechain)) state = byMessage;
    }
    let isNew = false;
    if (state) {
      this.#unindexFp(state);
      state.entry = mergeLlmResponses(state.entry, entry);
      this.#byKey.set(dedupKey, state);
    } else {
      state = { dedupKey, spanKey: entry.requestId ?? entry.messageId, entry, cid: place(dedupKey) };
      this.#byKey.set(dedupKey, state);
      this.#byMessage.set(entry.messageId, state);
      isNew = true;
    }
    if (state.entry.requestRef) this.#byRequestRef.set(state.entry.requestRef, state);
    this.#indexFp(state);
    return { state, isNew };
  }

  /** The response an `api-request` record (by its id) was answered with. */
  byRequestRef(requestRef: string): LlmState | undefined {
    return this.#byRequestRef.get(requestRef);
  }

  /** Responses with exactly this usage that no live step has claimed. */
  unclaimedWithUsage(usage: UsageCounts): ReadonlySet<LlmState> | undefined {
    return this.#byFp.get(usageFingerprint(usage));
  }

  /** A live step (the mod's timing of one request) claims a response. */
  claim(state: LlmState, step: NonNullable<LlmState['step']>): void {
    this.#unindexFp(state);
    state.step = step;
  }

  #indexFp(state: LlmState): void {
    if (state.step) return;
    const fp = usageFingerprint(state.entry.usage);
    state.fp = fp;
    let set = this.#byFp.get(fp);
    if (!set) {
      set = new Set();
      this.#byFp.set(fp, set);
    }
    set.add(state);
  }

  #unindexFp(state: LlmState): void {
    if (state.fp === undefined) return;
    const set = this.#byFp.get(state.fp);
    set?.delete(state);
    if (set && set.size === 0) this.#byFp.delete(state.fp);
    state.fp = undefined;
  }
}

/** The token counts a live step and a transcript response both carry. */
interface UsageCounts {
  readonly input_tokens?: number;
  readonly output_tokens?: number;
  readonly cache_read_input_tokens?: number;
  readonly cache_creation_input_tokens?: number;
}

function usageFingerprint(u: UsageCounts): string {
  return `${u.input_tokens ?? 0}|${u.output_tokens ?? 0}|${u.cache_read_input_tokens ?? 0}|${u.cache_creation_input_tokens ?? 0}`;
}
