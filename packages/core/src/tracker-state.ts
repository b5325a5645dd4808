import { ResponseIndex } from './response-index.js';
import { SessionScopes } from './session-scopes.js';
import type { HookStopNode, SessionEvent, SessionSignal } from './session-trace.js';
import {
  type AgentState,
  agentCid,
  type Bucket,
  type Cid,
  maxOf,
  minOf,
  type ToolState,
  type TurnState,
  turnCid,
} from './tracker-records.js';

/** Session-level facts, from either channel. */
export interface SessionFacts {
  startMs?: number;
  model?: string;
  cwd?: string;
  transcriptPath?: string;
  claudeVersion?: string;
  endReason?: string;
  sessionEndMs?: number;
  lastActivityMs?: number;
  /** Claude Code's own cost: the mod's `session.measure`, else the transcript's cost state. */
  measureCost?: number;
  costStateCost?: number;
  /** When Claude Code's process was found gone without a session end (`processExited`). */
  exitedMs?: number;
  readonly events: SessionEvent[];
  /** By transcript record uuid. */
  readonly hookStops: Map<string, HookStopNode>;
}

/**
 * What the tracker knows about one session, merged from both channels: the records by natural id, which
 * container (turn or subagent) holds which span, and which containers changed since the last build. The
 * modules that apply entries and events write it; the build reads it.
 */
export class TrackerState {
  readonly sessionId: string;
  readonly session: SessionFacts = { events: [], hookStops: new Map() };
  readonly responses = new ResponseIndex();
  readonly tools = new Map<string, ToolState>();
  readonly agents = new Map<string, AgentState>();
  readonly turns = new Map<string, TurnState>();
  readonly buckets = new Map<Cid, Bucket>();
  readonly requestStart = new Map<string, number>();
  /** `api-request` records of the main thread and subagents: where each belongs, for unanswered ones. */
  readonly requestInfo = new Map<string, { turnKey?: string; agentId?: string; model?: string }>();
  /** Session-level derived signals by log record id (`session-signals.ts`). */
  readonly signals = new Map<string, SessionSignal>();
  /** The skill and slash command of each response and tool call (`session-scopes.ts`). */
  readonly scopes = new SessionScopes();
  /** Containers whose spans changed since the last build. */
  readonly dirty = new Set<Cid>();
  /** The turn the transcript is in now, and the one live events are in. */
  transcriptTurn?: string;
  liveTurn?: string;
  #turnSeq = 0;

  constructor(sessionId: string) {
    this.sessionId = sessionId;
  }

  activity(timeMs: number | undefined): void {
    if (timeMs !== undefined) this.session.lastActivityMs = maxOf(this.session.lastActivityMs, timeMs);
  }

  addEvent(event: SessionEvent): void {
    // Live and transcript may both report a compaction; keep one per name and second.
    const events = this.session.events;
    const dup = events.some((x) => x.name === event.name && Math.abs(x.timeMs - event.timeMs) < 1000);
    if (!dup) events.push(event);
  }

  touch(cid: Cid): void {
    this.dirty.add(cid);
  }

  bucket(cid: Cid): Bucket {
    let b = this.buckets.get(cid);
    if (!b) {
      b = { llm: new Set(), tools: new Set() };
      this.buckets.set(cid, b);
    }
    return b;
  }

  isEmpty(cid: Cid): boolean {
    const bucket = this.buckets.get(cid);
    return !bucket || (bucket.llm.size === 0 && bucket.tools.size === 0);
  }

  /** Finds or creates a turn. A new turn ends the previous one of the same channel. */
  turn(key: string, channel: 'transcript' | 'live' | 'none'): TurnState {
    let turn = this.turns.get(key);
    if (!turn) {
      turn = { key, seq: this.#turnSeq++, ended: false, failed: false, interrupted: false };
      this.turns.set(key, turn);
    }
    if (channel === 'transcript' && this.transcriptTurn !== key) {
      this.#endTurn(this.transcriptTurn);
      this.transcriptTurn = key;
    } else if (channel === 'live' && this.liveTurn !== key) {
      this.#endTurn(this.liveTurn);
      this.liveTurn = key;
    }
    return turn;
  }

  #endTurn(key: string | undefined): void {
    const prev = key ? this.turns.get(key) : undefined;
    if (prev && !prev.ended) {
      prev.ended = true;
      this.touch(turnCid(prev.key));
    }
  }

  /** The turn transcript entries belong to now; a response before any prompt opens an implicit turn. */
  currentTranscriptTurn(seed: string): string {
    if (this.transcriptTurn) return this.transcriptTurn;
    return this.turn(`implicit:${seed}`, 'transcript').key;
  }

  tool(id: string): ToolState {
    let tool = this.tools.get(id);
    if (!tool) {
      tool = {
        id,
        cidFromTranscript: false,
        seenTranscript: false,
        seenLive: false,
        durationFromHook: false,
      };
      this.tools.set(id, tool);
    }
    return tool;
  }

  agent(id: string): AgentState {
    let agent = this.agents.get(id);
    if (!agent) {
      agent = { id, stopped: false, resultCompleted: false };
      this.agents.set(id, agent);
    }
    return agent;
  }

  agentSeen(agent: AgentState, timeMs: number | undefined): void {
    if (timeMs === undefined) return;
    agent.firstMs = minOf(agent.firstMs, timeMs);
    agent.lastMs = maxOf(agent.lastMs, timeMs);
    this.touch(agentCid(agent.id));
  }
}
