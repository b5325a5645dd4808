import { type BuildContext, buildTurn } from './build-trace-nodes.js';
import type { SubagentNode, TurnNode, UsageTotals } from './session-trace.js';
import { agentCid, agentOfCid, type Cid, compareStr, turnCid } from './tracker-records.js';
import type { TrackerState } from './tracker-state.js';
import { type SumCosts, sumTotals } from './usage-totals.js';

/** Turns per cached block of session totals. */
const TOTALS_BLOCK = 64;

/**
 * Change tracking between builds: the nodes of the last build, reused unless their container was marked dirty
 * (`TrackerState.touch`), so `build()` after every turn rebuilds only what changed.
 */
export class TraceSnapshots {
  readonly #turnSnap = new Map<string, TurnNode>();
  readonly agentSnap = new Map<string, SubagentNode>();
  /** Each subagent's turn at the last build: a move dirties the old and the new one. */
  readonly agentRoot = new Map<string, Cid | undefined>();
  #lastComplete = false;
  #blockCache: Array<{ members: readonly TurnNode[]; totals: UsageTotals }> = [];

  /** Completion of the session completes open turns and agents: those are rebuilt. */
  sessionCompletion(state: TrackerState, sessionComplete: boolean, final: boolean): void {
    if (sessionComplete === this.#lastComplete && !final) return;
    for (const [key, snap] of this.#turnSnap) if (!snap.complete) state.dirty.add(turnCid(key));
    for (const [id, snap] of this.agentSnap) if (!snap.complete) state.dirty.add(agentCid(id));
    this.#lastComplete = sessionComplete;
  }

  /** Forgets the subagent nodes whose container changed (after placement has dirtied their ancestors). */
  dropChangedAgents(state: TrackerState): void {
    for (const cid of state.dirty) {
      const id = agentOfCid(cid);
      if (id !== undefined) this.agentSnap.delete(id);
    }
  }

  /** Every turn's node, the changed ones rebuilt, in start order; clears the dirty marks. */
  turns(ctx: BuildContext): TurnNode[] {
    const { state } = ctx;
    const turns: TurnNode[] = [];
    for (const turn of state.turns.values()) {
      const cid = turnCid(turn.key);
      // A placeholder turn whose calls all moved to their real turn is not a turn.
      if (turn.key.startsWith('implicit:') && state.isEmpty(cid) && !ctx.agentsByTurn.has(turn.key)) continue;
      let snap = state.dirty.has(cid) ? undefined : this.#turnSnap.get(turn.key);
      if (!snap) {
        snap = buildTurn(ctx, turn);
        this.#turnSnap.set(turn.key, snap);
      }
      turns.push(snap);
    }
    state.dirty.clear();
    turns.sort((a, b) => a.startMs - b.startMs || compareStr(a.key, b.key));
    return turns;
  }

  /**
   * Session totals are sums of turn totals in blocks of consecutive turns; a block whose turns did not
   * change keeps its sum, so a build after one turn costs O(turns / block + block), not O(turns × models).
   * The partition depends only on the turn list, so the result does not depend on the build history.
   */
  turnBlockTotals(turns: readonly TurnNode[], sum: SumCosts): UsageTotals[] {
    const out: UsageTotals[] = [];
    const blocks = Math.ceil(turns.length / TOTALS_BLOCK);
    for (let b = 0; b < blocks; b += 1) {
      const members = turns.slice(b * TOTALS_BLOCK, (b + 1) * TOTALS_BLOCK);
      const cached = this.#blockCache[b];
      if (
        cached &&
        cached.members.length === members.length &&
        cached.members.every((m, i) => m === members[i])
      ) {
        out.push(cached.totals);
        continue;
      }
      const totals = sumTotals(
        members.map((t) => t.totals),
        sum,
      );
      this.#blockCache[b] = { members, totals };
      out.push(totals);
    }
    this.#blockCache.length = blocks;
    return out;
  }
}
