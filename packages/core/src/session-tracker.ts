import type { CaptureEvent, ToolStatus, TurnCompleteEvent, TurnStepEvent } from './capture-event.js';
import {
  type PriceResult,
  type PricingOptions,
  priceEntry,
  resolvePricing,
  type UsagePricer,
} from './resolve-pricing.js';
import type {
  LlmCallNode,
  NodeStatus,
  SessionEvent,
  SessionTrace,
  SubagentNode,
  ToolCallNode,
  TraceChild,
  TurnNode,
  UnansweredRequest,
  UsageTotals,
} from './session-trace.js';
import type { ValueShape } from './shape-of.js';
import {
  agentSpanId,
  llmSpanId,
  sessionSpanId,
  toolSpanId,
  traceIdForSession,
  turnSpanId,
} from './trace-ids.js';
import type {
  LlmResponseEntry,
  PromptEntry,
  SystemEntry,
  ToolResultEntry,
  TranscriptEntry,
} from './transcript-entry.js';
import { llmKeyOf, mergeLlmResponses } from './transcript-entry.js';
import { defaultSum, type SumCosts, sumTotals, totalsOf } from './usage-totals.js';

export interface SessionTrackerOptions {
  readonly sessionId: string;
  readonly pricing?: PricingOptions;
}

export interface BuildOptions {
  /**
   * The session is over (e.g. `glassbox trace` on a finished transcript): turns, subagents and the
   * session count as complete even without a live end event. Tool calls without a result stay incomplete.
   */
  readonly final?: boolean;
}

type Cid = string;
const turnCid = (key: string): Cid => `t:${key}`;
const agentCid = (id: string): Cid => `a:${id}`;

interface Bucket {
  llm: Set<LlmState>;
  tools: Set<ToolState>;
}

interface LlmState {
  readonly dedupKey: string;
  readonly spanKey: string;
  entry: LlmResponseEntry;
  cid: Cid;
  step?: { startMs: number; endMs?: number; firstChunkMs?: number };
  fp?: string;
  priced?: { entry: LlmResponseEntry; result: PriceResult; model: string };
}

interface ToolState {
  readonly id: string;
  name?: string;
  cid?: Cid;
  cidFromTranscript: boolean;
  requestedBy?: string;
  assistantMs?: number;
  liveStartMs?: number;
  liveEndMs?: number;
  result?: ToolResultEntry;
  liveStatus?: ToolStatus;
  /** Claude Code's own duration (hooks), else the mod's measurement. */
  durationMs?: number;
  durationFromHook: boolean;
  liveErrorText?: string;
  inputBytes?: number;
  outputBytes?: number;
  input?: unknown;
  output?: unknown;
  inputShape?: ValueShape;
  outputShape?: ValueShape;
  inputHash?: string;
  subagentType?: string;
  promptId?: string;
  agentId?: string;
  seenTranscript: boolean;
  seenLive: boolean;
}

interface AgentState {
  readonly id: string;
  type?: string;
  model?: string;
  parentToolUseId?: string;
  promptId?: string;
  firstMs?: number;
  lastMs?: number;
  liveStartMs?: number;
  liveStopMs?: number;
  stopped: boolean;
  resultCompleted: boolean;
  notifiedStatus?: string;
}

interface TurnState {
  readonly key: string;
  readonly seq: number;
  promptId?: string;
  promptMs?: number;
  liveSubmitMs?: number;
  textLength?: number;
  text?: string;
  textShape?: ValueShape;
  origin?: string;
  /** Explicit end signals (Stop hook, stop summary, turn_duration, mod turn.complete). */
  endSignalMs?: number;
  ended: boolean;
  failed: boolean;
  error?: string;
  interrupted: boolean;
}

/** A prompt record is written this close to the mod's `turn.start` (before it, or just after). */
const MOD_TURN_BEFORE_MS = 10_000;
const MOD_TURN_AFTER_MS = 2_000;

/** Turns per cached block of session totals. */
const TOTALS_BLOCK = 64;

const TERMINAL_NOTIFICATIONS = new Set(['completed', 'failed', 'killed', 'error', 'cancelled', 'stopped']);

/**
 * Builds one session's trace from transcript entries (the authority for what happened, usage and cost)
 * and live capture events (timing, verdicts, things the transcript lacks), merged by natural ids.
 * Feed the transcript from its start (re-feeding is harmless: everything is deduplicated); `build()`
 * is cheap to call after every turn: only turns that changed are rebuilt.
 */
export class SessionTracker {
  readonly sessionId: string;
  readonly traceId: string;
  readonly #pricer: UsagePricer;
  readonly #sum: SumCosts;

  readonly #llm = new Map<string, LlmState>();
  readonly #llmByMessage = new Map<string, LlmState>();
  readonly #llmByRequestRef = new Map<string, LlmState>();
  readonly #llmByFp = new Map<string, Set<LlmState>>();
  readonly #tools = new Map<string, ToolState>();
  readonly #agents = new Map<string, AgentState>();
  readonly #turns = new Map<string, TurnState>();
  readonly #buckets = new Map<Cid, Bucket>();
  readonly #requestStart = new Map<string, number>();
  /** `api-request` records of the main thread and subagents: where each belongs, for unanswered ones. */
  readonly #requestInfo = new Map<string, { turnKey?: string; agentId?: string; model?: string }>();
  /** When Claude Code's process was found gone without a session end (`processExited`). */
  #exitedMs?: number;
  /** Mod turn ids (main thread) → when they started; mod events carry no prompt id. */
  readonly #modTurnStart = new Map<string, number>();
  #pendingModCompletes: TurnCompleteEvent[] = [];
  readonly #claimedByMod = new Set<string>();
  #pendingSteps: TurnStepEvent[] = [];
  #turnSeq = 0;
  #transcriptTurn?: string;
  #liveTurn?: string;

  #startMs?: number;
  #model?: string;
  #cwd?: string;
  #transcriptPath?: string;
  #claudeVersion?: string;
  #endReason?: string;
  #sessionEndMs?: number;
  #lastActivityMs?: number;
  #events: SessionEvent[] = [];
  #measureCost?: number;
  #costStateCost?: number;

  readonly #dirty = new Set<Cid>();
  readonly #turnSnap = new Map<string, TurnNode>();
  readonly #agentSnap = new Map<string, SubagentNode>();
  readonly #agentRoot = new Map<string, Cid | undefined>();
  #lastComplete = false;
  #blockCache: Array<{ members: readonly TurnNode[]; totals: UsageTotals }> = [];

  constructor(options: SessionTrackerOptions) {
    this.sessionId = options.sessionId;
    this.traceId = traceIdForSession(options.sessionId);
    const { pricer, sum } = resolvePricing(options.pricing);
    this.#pricer = pricer;
    this.#sum = sum;
  }

  // ---------------------------------------------------------------- transcript

  /**
   * Adds normalised transcript entries, in file order. `source.agentId` marks entries of a subagent
   * transcript (`subagents/agent-<id>.jsonl`) whose records do not carry it themselves.
   */
  addTranscriptEntries(entries: readonly TranscriptEntry[], source: { agentId?: string } = {}): void {
    for (const raw of entries) {
      const entry = source.agentId && !raw.agentId ? { ...raw, agentId: source.agentId } : raw;
      if (entry.sessionId && entry.sessionId !== this.sessionId && !entry.agentId) continue;
      this.#activity(entry.timeMs);
      switch (entry.kind) {
        case 'prompt':
          this.#addPrompt(entry);
          break;
        case 'llm':
          this.#addLlm(entry);
          break;
        case 'tool_result':
          this.#addToolResult(entry);
          break;
        case 'api_request':
          this.#addApiRequest(entry.id, entry.timeMs, entry.agentId, entry.querySource);
          if (!this.#requestInfo.has(entry.id))
            this.#requestInfo.set(entry.id, {
              ...(this.#transcriptTurn ? { turnKey: this.#transcriptTurn } : {}),
              ...(entry.agentId ? { agentId: entry.agentId } : {}),
              ...(entry.model ? { model: entry.model } : {}),
            });
          break;
        case 'cost_state':
          if (entry.totalCostUsd !== undefined) this.#costStateCost = entry.totalCostUsd;
          break;
        case 'system':
          this.#addSystem(entry);
          break;
        case 'interrupt': {
          if (entry.agentId) break;
          const key =
            entry.promptId && this.#turns.has(entry.promptId) ? entry.promptId : this.#transcriptTurn;
          const turn = key ? this.#turns.get(key) : undefined;
          if (turn) {
            turn.interrupted = true;
            this.#touch(turnCid(turn.key));
          }
          break;
        }
        default:
          break;
      }
    }
  }

  #addPrompt(entry: PromptEntry): void {
    if (entry.agentId) {
      // A subagent's opening prompt: it carries the parent's prompt id, not a new turn.
      const agent = this.#agent(entry.agentId);
      if (entry.promptId) agent.promptId ??= entry.promptId;
      if (entry.parentToolUseId) agent.parentToolUseId ??= entry.parentToolUseId;
      this.#agentSeen(agent, entry.timeMs);
      return;
    }
    const key = entry.promptId ?? entry.uuid;
    if (!key) return;
    const turn = this.#turn(key, 'transcript');
    if (entry.promptId) turn.promptId = entry.promptId;
    if (entry.timeMs !== undefined) turn.promptMs = minOf(turn.promptMs, entry.timeMs);
    turn.textLength = entry.textLength;
    if (entry.text !== undefined) turn.text = entry.text;
    if (entry.textShape) turn.textShape = entry.textShape;
    if (entry.origin) turn.origin = entry.origin;
    const n = entry.notification;
    if (n?.agentId) {
      const agent = this.#agent(n.agentId);
      if (n.toolUseId) this.#linkAgent(agent, n.toolUseId);
      if (n.status && TERMINAL_NOTIFICATIONS.has(n.status)) {
        agent.notifiedStatus = n.status;
        if (entry.timeMs !== undefined) agent.liveStopMs ??= entry.timeMs;
      }
      this.#touch(agentCid(agent.id));
    }
    this.#touch(turnCid(key));
  }

  #addLlm(entry: LlmResponseEntry): void {
    if (entry.synthetic) {
      // A message Claude Code made up locally (API error, interruption): not a billed request.
      if (entry.apiError && !entry.agentId) {
        const turn = this.#transcriptTurn ? this.#turns.get(this.#transcriptTurn) : undefined;
        if (turn) {
          turn.failed = true;
          turn.error ??= entry.apiError;
          this.#touch(turnCid(turn.key));
        }
      }
      return;
    }
    const dedupKey = llmKeyOf(entry);
    let state = this.#llm.get(dedupKey);
    if (!state) {
      // A sidechain copy of a known message under another request id is a replay (ccusage#913).
      const byMessage = this.#llmByMessage.get(entry.messageId);
      if (byMessage && (byMessage.entry.isSidechain || entry.isSidechain)) state = byMessage;
    }
    if (state) {
      this.#unindexFp(state);
      state.entry = mergeLlmResponses(state.entry, entry);
      this.#llm.set(dedupKey, state);
    } else {
      const cid = entry.agentId ? agentCid(entry.agentId) : turnCid(this.#currentTranscriptTurn(dedupKey));
      state = { dedupKey, spanKey: entry.requestId ?? entry.messageId, entry, cid };
      this.#llm.set(dedupKey, state);
      this.#llmByMessage.set(entry.messageId, state);
      this.#bucket(cid).llm.add(state);
    }
    if (state.entry.requestRef) this.#llmByRequestRef.set(state.entry.requestRef, state);
    this.#indexFp(state);
    if (entry.agentId) {
      const agent = this.#agent(entry.agentId);
      if (entry.attributionAgent) agent.type ??= entry.attributionAgent;
      agent.model ??= entry.requestedModel ?? entry.model;
      if (entry.parentToolUseId) this.#linkAgent(agent, entry.parentToolUseId);
      this.#agentSeen(agent, entry.firstTimeMs);
      this.#agentSeen(agent, entry.lastTimeMs);
    } else {
      this.#model ??= entry.requestedModel ?? entry.model;
    }
    this.#activity(entry.lastTimeMs);
    for (const use of entry.toolUses) {
      const tool = this.#tool(use.id);
      tool.name = use.name;
      tool.seenTranscript = true;
      tool.requestedBy = state.spanKey;
      if (use.timeMs !== undefined) tool.assistantMs = minOf(tool.assistantMs, use.timeMs);
      tool.inputBytes ??= use.inputBytes;
      if (use.input !== undefined) tool.input ??= use.input;
      if (use.inputShape) tool.inputShape ??= use.inputShape;
      if (use.inputHash) tool.inputHash ??= use.inputHash;
      if (use.subagentType) tool.subagentType = use.subagentType;
      if (entry.agentId) tool.agentId = entry.agentId;
      // The request that asked for a tool decides where it lives.
      this.#placeTool(tool, state.cid, true);
    }
    this.#touch(state.cid);
  }

  #addToolResult(entry: ToolResultEntry): void {
    const tool = this.#tool(entry.toolUseId);
    tool.seenTranscript = true;
    tool.result = entry;
    if (entry.promptId) tool.promptId ??= entry.promptId;
    if (entry.agentId) tool.agentId ??= entry.agentId;
    if (entry.outputBytes !== undefined) tool.outputBytes ??= entry.outputBytes;
    if (entry.output !== undefined) tool.output ??= entry.output;
    if (entry.outputShape) tool.outputShape ??= entry.outputShape;
    if (!tool.cid) {
      const cid = entry.agentId
        ? agentCid(entry.agentId)
        : turnCid(
            entry.promptId
              ? this.#turn(entry.promptId, 'none').key
              : this.#currentTranscriptTurn(`result:${entry.toolUseId}`),
          );
      this.#placeTool(tool, cid, false);
    }
    if (entry.spawnedAgentId) {
      const agent = this.#agent(entry.spawnedAgentId);
      this.#linkAgent(agent, entry.toolUseId);
      if (tool.subagentType) agent.type ??= tool.subagentType;
      if (entry.resultStatus === 'completed') {
        agent.resultCompleted = true;
        if (entry.timeMs !== undefined) agent.liveStopMs ??= entry.timeMs;
      }
      this.#touch(agentCid(agent.id));
    }
    if (entry.agentId) this.#agentSeen(this.#agent(entry.agentId), entry.timeMs);
    this.#touch(tool.cid!);
  }

  #addApiRequest(id: string, timeMs: number | undefined, agentId?: string, querySource?: string): void {
    if (timeMs === undefined) return;
    this.#requestStart.set(id, timeMs);
    if (agentId && querySource) {
      // `agent:builtin:general-purpose` → general-purpose
      const type = /^agent:(?:[^:]*:)?(.+)$/.exec(querySource)?.[1];
      if (type) this.#agent(agentId).type ??= type;
    }
    const state = this.#llmByRequestRef.get(id);
    if (state) this.#touch(state.cid);
  }

  #addSystem(entry: SystemEntry): void {
    if (entry.agentId) return;
    if (entry.subtype === 'compact_boundary' && entry.timeMs !== undefined) {
      const attributes: Record<string, string | number> = {};
      if (entry.compactTrigger) attributes.trigger = entry.compactTrigger;
      if (entry.compactPreTokens !== undefined) attributes.preTokens = entry.compactPreTokens;
      this.#addEvent({ name: 'compaction', timeMs: entry.timeMs, attributes });
      return;
    }
    const turn = this.#transcriptTurn ? this.#turns.get(this.#transcriptTurn) : undefined;
    if (!turn) return;
    if (entry.subtype === 'stop_hook_summary' || entry.subtype === 'turn_duration') {
      turn.ended = true;
      if (entry.timeMs !== undefined) turn.endSignalMs = maxOf(turn.endSignalMs, entry.timeMs);
      this.#touch(turnCid(turn.key));
    }
  }

  // ---------------------------------------------------------------- live events

  /** Adds one live event (mod batch item or hook payload, normalised). Events of other sessions are ignored. */
  addCaptureEvent(e: CaptureEvent): void {
    if (e.sessionId !== this.sessionId) return;
    if (e.cwd) this.#cwd ??= e.cwd;
    if (e.transcriptPath && !e.agentId) this.#transcriptPath ??= e.transcriptPath;
    if (e.type !== 'session.end' && e.type !== 'session.measure') this.#activity(e.atMs);
    switch (e.type) {
      case 'session.start':
        this.#startMs = minOf(this.#startMs, e.atMs);
        if (e.model) this.#model ??= e.model;
        if (e.claudeVersion) this.#claudeVersion = e.claudeVersion;
        if (e.trigger && e.trigger !== 'startup')
          this.#addEvent({ name: 'session.resume', timeMs: e.atMs, attributes: { trigger: e.trigger } });
        break;
      case 'session.end':
        this.#sessionEndMs = maxOf(this.#sessionEndMs, e.atMs);
        if (e.reason) this.#endReason = e.reason;
        break;
      case 'session.measure':
        if (e.costUsd !== undefined) this.#measureCost = e.costUsd;
        break;
      case 'session.compact':
        this.#addEvent({
          name: 'compaction',
          timeMs: e.atMs,
          attributes: e.trigger ? { trigger: e.trigger } : {},
        });
        break;
      case 'prompt.submit': {
        if (e.agentId || !e.promptId) break;
        const turn = this.#turn(e.promptId, 'live');
        turn.promptId = e.promptId;
        turn.liveSubmitMs = minOf(turn.liveSubmitMs, e.atMs);
        turn.textLength ??= e.textLength;
        if (e.text !== undefined) turn.text ??= e.text;
        this.#touch(turnCid(turn.key));
        break;
      }
      case 'turn.start':
        if (!e.agentId) this.#modTurnStart.set(e.turnId, e.atMs);
        break;
      case 'turn.step':
        this.#pendingSteps.push(e);
        break;
      case 'turn.complete': {
        if (e.agentId) {
          // A subagent runs one turn: its completion is the end of the run.
          const agent = this.#agent(e.agentId);
          agent.stopped = true;
          agent.liveStopMs = maxOf(agent.liveStopMs, e.atMs);
          this.#touch(agentCid(agent.id));
        } else {
          this.#pendingModCompletes.push(e);
        }
        break;
      }
      case 'turn.end': {
        if (e.agentId) break;
        const key = e.promptId ?? this.#liveTurn ?? this.#transcriptTurn;
        const turn = key ? this.#turns.get(key) : undefined;
        if (!turn) break;
        turn.ended = true;
        turn.endSignalMs = maxOf(turn.endSignalMs, e.atMs);
        if (e.failed) {
          turn.failed = true;
          if (e.error) turn.error ??= e.error;
        }
        this.#touch(turnCid(turn.key));
        break;
      }
      case 'tool.start': {
        const tool = this.#tool(e.toolUseId);
        tool.seenLive = true;
        tool.name ??= e.toolName;
        tool.liveStartMs = minOf(tool.liveStartMs, e.atMs);
        if (e.inputBytes !== undefined) tool.inputBytes ??= e.inputBytes;
        if (e.input !== undefined) tool.input ??= e.input;
        if (e.inputShape) tool.inputShape ??= e.inputShape;
        this.#placeLiveTool(tool, e.agentId, e.promptId);
        break;
      }
      case 'tool.end': {
        const tool = this.#tool(e.toolUseId);
        tool.seenLive = true;
        tool.name ??= e.toolName;
        tool.liveEndMs = maxOf(tool.liveEndMs, e.atMs);
        tool.liveStatus = e.status;
        // Claude Code's own duration_ms (hooks) beats the mod's measurement around `next`.
        if (e.durationMs !== undefined && (e.source === 'hook' || !tool.durationFromHook)) {
          tool.durationMs = e.durationMs;
          tool.durationFromHook = e.source === 'hook';
        }
        if (e.errorText) tool.liveErrorText = e.errorText;
        if (e.outputBytes !== undefined) tool.outputBytes ??= e.outputBytes;
        if (e.output !== undefined) tool.output ??= e.output;
        if (e.outputShape) tool.outputShape ??= e.outputShape;
        this.#placeLiveTool(tool, e.agentId, e.promptId);
        break;
      }
      case 'agent.spawn': {
        if (!e.spawnedAgentId) break;
        const agent = this.#agent(e.spawnedAgentId);
        if (e.toolUseId) this.#linkAgent(agent, e.toolUseId);
        if (e.subagentType) agent.type ??= e.subagentType;
        if (e.model) agent.model ??= e.model;
        if (e.promptId) agent.promptId ??= e.promptId;
        agent.liveStartMs = minOf(agent.liveStartMs, e.atMs);
        this.#touch(agentCid(agent.id));
        break;
      }
      case 'subagent.stop': {
        if (!e.agentId) break;
        const agent = this.#agent(e.agentId);
        agent.stopped = true;
        agent.liveStopMs = maxOf(agent.liveStopMs, e.atMs);
        this.#touch(agentCid(agent.id));
        break;
      }
      default:
        break;
    }
  }

  // ---------------------------------------------------------------- state helpers

  #activity(timeMs: number | undefined): void {
    if (timeMs !== undefined) this.#lastActivityMs = maxOf(this.#lastActivityMs, timeMs);
  }

  #addEvent(event: SessionEvent): void {
    // Live and transcript may both report a compaction; keep one per name and second.
    const dup = this.#events.some((x) => x.name === event.name && Math.abs(x.timeMs - event.timeMs) < 1000);
    if (!dup) this.#events.push(event);
  }

  #touch(cid: Cid): void {
    this.#dirty.add(cid);
  }

  #bucket(cid: Cid): Bucket {
    let b = this.#buckets.get(cid);
    if (!b) {
      b = { llm: new Set(), tools: new Set() };
      this.#buckets.set(cid, b);
    }
    return b;
  }

  /** Finds or creates a turn. A new turn ends the previous one of the same channel. */
  #turn(key: string, channel: 'transcript' | 'live' | 'none'): TurnState {
    let turn = this.#turns.get(key);
    if (!turn) {
      turn = { key, seq: this.#turnSeq++, ended: false, failed: false, interrupted: false };
      this.#turns.set(key, turn);
    }
    if (channel === 'transcript' && this.#transcriptTurn !== key) {
      this.#endTurn(this.#transcriptTurn);
      this.#transcriptTurn = key;
    } else if (channel === 'live' && this.#liveTurn !== key) {
      this.#endTurn(this.#liveTurn);
      this.#liveTurn = key;
    }
    return turn;
  }

  #endTurn(key: string | undefined): void {
    const prev = key ? this.#turns.get(key) : undefined;
    if (prev && !prev.ended) {
      prev.ended = true;
      this.#touch(turnCid(prev.key));
    }
  }

  /** The turn transcript entries belong to now; a response before any prompt opens an implicit turn. */
  #currentTranscriptTurn(seed: string): string {
    if (this.#transcriptTurn) return this.#transcriptTurn;
    return this.#turn(`implicit:${seed}`, 'transcript').key;
  }

  #tool(id: string): ToolState {
    let tool = this.#tools.get(id);
    if (!tool) {
      tool = {
        id,
        cidFromTranscript: false,
        seenTranscript: false,
        seenLive: false,
        durationFromHook: false,
      };
      this.#tools.set(id, tool);
    }
    return tool;
  }

  #placeTool(tool: ToolState, cid: Cid, authoritative: boolean): void {
    if (tool.cid === cid) {
      if (authoritative) tool.cidFromTranscript = true;
      return;
    }
    if (tool.cid && (tool.cidFromTranscript || !authoritative)) return;
    if (tool.cid) {
      this.#bucket(tool.cid).tools.delete(tool);
      this.#touch(tool.cid);
    }
    tool.cid = cid;
    tool.cidFromTranscript = authoritative;
    this.#bucket(cid).tools.add(tool);
    this.#touch(cid);
  }

  #placeLiveTool(tool: ToolState, agentId: string | undefined, promptId: string | undefined): void {
    if (agentId) tool.agentId ??= agentId;
    if (promptId) tool.promptId ??= promptId;
    if (!tool.cid) {
      const cid = agentId
        ? agentCid(agentId)
        : turnCid(
            promptId
              ? this.#turn(promptId, 'none').key
              : (this.#liveTurn ?? this.#transcriptTurn ?? this.#turn(`implicit:${tool.id}`, 'none').key),
          );
      this.#placeTool(tool, cid, false);
    }
    this.#touch(tool.cid!);
  }

  #agent(id: string): AgentState {
    let agent = this.#agents.get(id);
    if (!agent) {
      agent = { id, stopped: false, resultCompleted: false };
      this.#agents.set(id, agent);
    }
    return agent;
  }

  #linkAgent(agent: AgentState, toolUseId: string): void {
    if (agent.parentToolUseId === toolUseId) return;
    // An agent cannot run under a tool call it made itself.
    if (this.#tools.get(toolUseId)?.cid === agentCid(agent.id)) return;
    agent.parentToolUseId ??= toolUseId;
    this.#touch(agentCid(agent.id));
  }

  #agentSeen(agent: AgentState, timeMs: number | undefined): void {
    if (timeMs === undefined) return;
    agent.firstMs = minOf(agent.firstMs, timeMs);
    agent.lastMs = maxOf(agent.lastMs, timeMs);
    this.#touch(agentCid(agent.id));
  }

  #indexFp(state: LlmState): void {
    if (state.step) return;
    const fp = usageFingerprint(state.entry.usage);
    state.fp = fp;
    let set = this.#llmByFp.get(fp);
    if (!set) {
      set = new Set();
      this.#llmByFp.set(fp, set);
    }
    set.add(state);
  }

  #unindexFp(state: LlmState): void {
    if (state.fp === undefined) return;
    const set = this.#llmByFp.get(state.fp);
    set?.delete(state);
    if (set && set.size === 0) this.#llmByFp.delete(state.fp);
    state.fp = undefined;
  }

  /** Mod `turn.step`s carry no request id: match each to the response with the same usage, nearest in time. */
  #matchSteps(): void {
    if (this.#pendingSteps.length === 0) return;
    const left: TurnStepEvent[] = [];
    for (const step of this.#pendingSteps) {
      const set = step.usage ? this.#llmByFp.get(usageFingerprint(step.usage)) : undefined;
      if (!set || set.size === 0) {
        left.push(step);
        continue;
      }
      let best: LlmState | undefined;
      let bestGap = Number.POSITIVE_INFINITY;
      for (const candidate of set) {
        const gap = Math.abs((candidate.entry.firstTimeMs ?? step.startMs) - step.startMs);
        if (gap < bestGap) {
          best = candidate;
          bestGap = gap;
        }
      }
      if (!best) {
        left.push(step);
        continue;
      }
      this.#unindexFp(best);
      best.step = { startMs: step.startMs, endMs: step.endMs, firstChunkMs: step.firstChunkMs };
      this.#touch(best.cid);
    }
    // Steps never written to the transcript are dropped after a while rather than held forever.
    this.#pendingSteps = left.length > 10_000 ? left.slice(-10_000) : left;
  }

  /**
   * Mod `turn.complete`s name a mod turn id, not a prompt: the turn is the main-thread turn whose prompt
   * was written just before the mod's `turn.start`. Unresolved ones wait for the transcript to catch up.
   */
  #matchModCompletes(): void {
    if (this.#pendingModCompletes.length === 0) return;
    const left: TurnCompleteEvent[] = [];
    for (const e of this.#pendingModCompletes) {
      const startedAt = e.turnId ? this.#modTurnStart.get(e.turnId) : undefined;
      let best: TurnState | undefined;
      let bestStart = Number.NEGATIVE_INFINITY;
      if (startedAt !== undefined) {
        for (const turn of this.#turns.values()) {
          const start = minOf(turn.promptMs, turn.liveSubmitMs);
          if (start === undefined || this.#claimedByMod.has(turn.key)) continue;
          if (start > startedAt + MOD_TURN_AFTER_MS || start < startedAt - MOD_TURN_BEFORE_MS) continue;
          if (start > bestStart) {
            best = turn;
            bestStart = start;
          }
        }
      }
      if (!best) {
        left.push(e);
        continue;
      }
      this.#claimedByMod.add(best.key);
      best.ended = true;
      best.endSignalMs = maxOf(best.endSignalMs, e.atMs);
      if (e.reason === 'aborted') best.interrupted = true;
      if (e.reason === 'error') best.failed = true;
      this.#touch(turnCid(best.key));
    }
    this.#pendingModCompletes = left.length > 1000 ? left.slice(-1000) : left;
  }

  /**
   * Claude Code's process is gone and the session never ended (kill -9, crash, OOM): the session ends at
   * `atMs`, a turn still open is interrupted (status error), and requests the transcript logged without a
   * response are listed as unanswered. The first call wins, so a rebuild after a restart is the same.
   */
  processExited(atMs: number): void {
    if (this.#exitedMs !== undefined) return;
    this.#exitedMs = atMs;
    this.#sessionEndMs = maxOf(this.#sessionEndMs, atMs);
    this.#endReason ??= 'process_exited';
    for (const key of this.#turns.keys()) this.#touch(turnCid(key));
  }

  /** Requests of `turnKey` with no response; empty unless the process exited. */
  #unanswered(turnKey: string, parentSpanId: string): UnansweredRequest[] {
    const out: UnansweredRequest[] = [];
    if (this.#exitedMs === undefined) return out;
    for (const [id, info] of this.#requestInfo) {
      const startMs = this.#requestStart.get(id);
      if (info.turnKey !== turnKey || this.#llmByRequestRef.has(id) || startMs === undefined) continue;
      out.push({
        spanId: llmSpanId(this.sessionId, `unanswered:${id}`),
        parentSpanId,
        requestRef: id,
        startMs,
        endMs: Math.max(this.#exitedMs, startMs),
        ...(info.model ? { model: info.model } : {}),
        ...(info.agentId ? { agentId: info.agentId } : {}),
      });
    }
    return out;
  }

  // ---------------------------------------------------------------- build

  /** The session's trace now. Cheap to call repeatedly: unchanged turns are reused. */
  build(options: BuildOptions = {}): SessionTrace {
    const final = options.final === true;
    this.#matchSteps();
    this.#matchModCompletes();
    const sessionComplete =
      final || (this.#sessionEndMs !== undefined && this.#sessionEndMs >= (this.#lastActivityMs ?? 0));
    if (sessionComplete !== this.#lastComplete || final) {
      // Completion of the session completes open turns and agents: rebuild those.
      for (const [key, snap] of this.#turnSnap) if (!snap.complete) this.#dirty.add(turnCid(key));
      for (const [id, snap] of this.#agentSnap) if (!snap.complete) this.#dirty.add(agentCid(id));
      this.#lastComplete = sessionComplete;
    }
    const ctx: BuildContext = { final, sessionComplete, agentsByTool: new Map(), agentsByTurn: new Map() };

    // Where each subagent sits now; a move dirties both the old and the new place.
    const orphanAgents: string[] = [];
    for (const agent of this.#agents.values()) {
      const place = this.#placementOf(agent);
      if (place.kind === 'tool') push(ctx.agentsByTool, place.id, agent.id);
      else if (place.kind === 'turn') push(ctx.agentsByTurn, place.id, agent.id);
      else orphanAgents.push(agent.id);
      const root = this.#rootOf(agent.id);
      const previous = this.#agentRoot.get(agent.id);
      if (previous !== root || !this.#agentRoot.has(agent.id)) {
        if (previous) this.#dirty.add(previous);
        if (root) this.#dirty.add(root);
        this.#dirty.add(agentCid(agent.id));
        this.#agentRoot.set(agent.id, root);
      }
    }
    // A changed subagent changes every ancestor up to its turn.
    for (const cid of [...this.#dirty]) {
      if (!cid.startsWith('a:')) continue;
      let current: string | undefined = cid.slice(2);
      const seen = new Set<string>();
      while (current && !seen.has(current)) {
        seen.add(current);
        const agent = this.#agents.get(current);
        if (!agent) break;
        const place = this.#placementOf(agent);
        const parentCid =
          place.kind === 'tool'
            ? this.#tools.get(place.id)?.cid
            : place.kind === 'turn'
              ? turnCid(place.id)
              : undefined;
        if (!parentCid) break;
        this.#dirty.add(parentCid);
        current = parentCid.startsWith('a:') ? parentCid.slice(2) : undefined;
      }
    }
    for (const cid of this.#dirty) if (cid.startsWith('a:')) this.#agentSnap.delete(cid.slice(2));

    const turns: TurnNode[] = [];
    for (const turn of this.#turns.values()) {
      const cid = turnCid(turn.key);
      // A placeholder turn whose calls all moved to their real turn is not a turn.
      if (turn.key.startsWith('implicit:') && this.#isEmpty(cid) && !ctx.agentsByTurn.has(turn.key)) continue;
      let snap = this.#dirty.has(cid) ? undefined : this.#turnSnap.get(turn.key);
      if (!snap) {
        snap = this.#buildTurn(turn, ctx);
        this.#turnSnap.set(turn.key, snap);
      }
      turns.push(snap);
    }
    this.#dirty.clear();
    turns.sort((a, b) => a.startMs - b.startMs || compareStr(a.key, b.key));

    const sessionSpan = sessionSpanId(this.sessionId);
    const subagents = orphanAgents.map((id) => this.#buildAgent(id, sessionSpan, ctx, new Set()));
    const totals = sumTotals([...this.#turnBlockTotals(turns), ...subagents.map((a) => a.totals)], this.#sum);
    let startMs = this.#startMs;
    let endMs = this.#startMs;
    for (const node of [...turns, ...subagents]) {
      startMs = minOf(startMs, node.startMs);
      endMs = maxOf(endMs, node.endMs);
    }
    for (const ev of this.#events) endMs = maxOf(endMs, ev.timeMs);
    if (sessionComplete && this.#sessionEndMs !== undefined) endMs = maxOf(endMs, this.#sessionEndMs);
    startMs ??= this.#lastActivityMs ?? 0;
    endMs = Math.max(endMs ?? startMs, startMs);
    const claudeCostUsd = this.#measureCost ?? this.#costStateCost;
    const trace: {
      -readonly [K in keyof SessionTrace]: SessionTrace[K];
    } = {
      kind: 'session',
      sessionId: this.sessionId,
      traceId: this.traceId,
      spanId: sessionSpan,
      startMs,
      endMs,
      complete: sessionComplete,
      status: this.#exitedMs !== undefined ? 'error' : sessionComplete ? 'ok' : 'unset',
      turns,
      subagents,
      events: [...this.#events].sort((a, b) => a.timeMs - b.timeMs),
      totals,
    };
    if (this.#model) trace.model = this.#model;
    if (this.#cwd) trace.cwd = this.#cwd;
    if (this.#transcriptPath) trace.transcriptPath = this.#transcriptPath;
    if (this.#claudeVersion) trace.claudeVersion = this.#claudeVersion;
    if (this.#endReason) trace.endReason = this.#endReason;
    if (this.#exitedMs !== undefined) trace.interrupted = true;
    if (claudeCostUsd !== undefined) {
      trace.claudeCostUsd = claudeCostUsd;
      trace.costDriftUsd = totals.costUsd - claudeCostUsd;
    }
    return trace;
  }

  /**
   * Session totals are sums of turn totals in blocks of consecutive turns; a block whose turns did not
   * change keeps its sum, so a build after one turn costs O(turns / block + block), not O(turns × models).
   * The partition depends only on the turn list, so the result does not depend on the build history.
   */
  #turnBlockTotals(turns: readonly TurnNode[]): UsageTotals[] {
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
        this.#sum,
      );
      this.#blockCache[b] = { members, totals };
      out.push(totals);
    }
    this.#blockCache.length = blocks;
    return out;
  }

  #isEmpty(cid: Cid): boolean {
    const bucket = this.#buckets.get(cid);
    return !bucket || (bucket.llm.size === 0 && bucket.tools.size === 0);
  }

  #placementOf(agent: AgentState): { kind: 'tool' | 'turn' | 'session'; id: string } {
    if (agent.parentToolUseId) {
      const tool = this.#tools.get(agent.parentToolUseId);
      if (tool?.cid && tool.cid !== agentCid(agent.id)) return { kind: 'tool', id: tool.id };
    }
    if (agent.promptId && this.#turns.has(agent.promptId)) return { kind: 'turn', id: agent.promptId };
    return { kind: 'session', id: '' };
  }

  /** The turn a subagent ultimately belongs to (through nested subagents), or undefined at session level. */
  #rootOf(agentId: string): Cid | undefined {
    const seen = new Set<string>();
    let current: string | undefined = agentId;
    while (current && !seen.has(current)) {
      seen.add(current);
      const agent = this.#agents.get(current);
      if (!agent) return undefined;
      const place = this.#placementOf(agent);
      if (place.kind === 'turn') return turnCid(place.id);
      if (place.kind === 'session') return undefined;
      const cid = this.#tools.get(place.id)?.cid;
      if (!cid) return undefined;
      if (cid.startsWith('t:')) return cid;
      current = cid.slice(2);
    }
    return undefined;
  }

  #buildChildren(
    cid: Cid,
    parentSpanId: string,
    ctx: BuildContext,
    visiting: Set<string>,
  ): { children: TraceChild[]; nested: SubagentNode[] } {
    const bucket = this.#buckets.get(cid);
    const children: TraceChild[] = [];
    const nested: SubagentNode[] = [];
    if (!bucket) return { children, nested };
    const llmKeys = new Set<string>();
    for (const state of bucket.llm) {
      children.push(this.#buildLlm(state, parentSpanId));
      llmKeys.add(state.spanKey);
    }
    for (const tool of bucket.tools) {
      const toolSpan = toolSpanId(this.sessionId, tool.id);
      const subagents = (ctx.agentsByTool.get(tool.id) ?? []).map((id) =>
        this.#buildAgent(id, toolSpan, ctx, visiting),
      );
      nested.push(...subagents);
      // One tree everywhere (docs/architecture.md): a tool hangs under the model call that requested it, as
      // `glassbox trace` shows it; one whose request is not in this turn stays under the turn.
      const requester =
        tool.requestedBy !== undefined && llmKeys.has(tool.requestedBy)
          ? llmSpanId(this.sessionId, tool.requestedBy)
          : parentSpanId;
      children.push(this.#buildTool(tool, requester, subagents));
    }
    children.sort((a, b) => a.startMs - b.startMs || compareStr(a.spanId, b.spanId));
    return { children, nested };
  }

  #buildTurn(turn: TurnState, ctx: BuildContext): TurnNode {
    const spanId = turnSpanId(this.sessionId, turn.key);
    const visiting = new Set<string>();
    const { children, nested } = this.#buildChildren(turnCid(turn.key), spanId, ctx, visiting);
    const direct = (ctx.agentsByTurn.get(turn.key) ?? []).map((id) =>
      this.#buildAgent(id, spanId, ctx, visiting),
    );
    let startMs = minOf(turn.promptMs, turn.liveSubmitMs);
    let endMs = turn.endSignalMs;
    for (const child of children) {
      startMs = minOf(startMs, child.startMs);
      endMs = maxOf(endMs, child.endMs);
    }
    startMs ??= endMs ?? 0;
    endMs = Math.max(endMs ?? startMs, startMs);
    const complete = turn.ended || ctx.sessionComplete || ctx.final;
    // A turn still open when the process died was cut off, whatever it had finished.
    const cut = this.#exitedMs !== undefined && !turn.ended;
    const unanswered = this.#unanswered(turn.key, spanId);
    for (const u of unanswered) endMs = Math.max(endMs, u.endMs);
    let error = turn.error ?? (cut ? 'interrupted: Claude Code exited mid-turn' : undefined);
    for (const child of children) if (child.kind === 'llm' && child.error) error ??= child.error;
    const failed = cut || turn.failed || children.some((c) => c.kind === 'llm' && c.status === 'error');
    const status: NodeStatus = failed ? 'error' : complete ? 'ok' : 'unset';
    const node: {
      -readonly [K in keyof TurnNode]: TurnNode[K];
    } = {
      kind: 'turn',
      key: turn.key,
      spanId,
      parentSpanId: sessionSpanId(this.sessionId),
      startMs,
      endMs,
      complete,
      status,
      interrupted: turn.interrupted || cut,
      children,
      subagents: direct,
      totals: totalsOf(children, [...nested, ...direct], this.#sum),
    };
    if (turn.promptId) node.promptId = turn.promptId;
    if (turn.textLength !== undefined) node.textLength = turn.textLength;
    if (turn.text !== undefined) node.text = turn.text;
    if (turn.textShape) node.textShape = turn.textShape;
    if (turn.origin) node.origin = turn.origin;
    if (failed) node.error = error ?? 'turn failed';
    if (unanswered.length > 0) node.unanswered = unanswered;
    return node;
  }

  #buildAgent(id: string, parentSpanId: string, ctx: BuildContext, visiting: Set<string>): SubagentNode {
    const cached = this.#agentSnap.get(id);
    if (cached && cached.parentSpanId === parentSpanId) return cached;
    const agent = this.#agents.get(id)!;
    const spanId = agentSpanId(this.sessionId, id);
    let result: SubagentNode;
    if (visiting.has(id)) {
      // A link cycle (corrupt input): stop here rather than recurse forever.
      result = emptyAgent(agent, spanId, parentSpanId);
    } else {
      visiting.add(id);
      const { children, nested } = this.#buildChildren(agentCid(id), spanId, ctx, visiting);
      visiting.delete(id);
      let startMs = minOf(agent.liveStartMs, agent.firstMs);
      let endMs = maxOf(agent.lastMs, agent.liveStopMs);
      for (const child of children) {
        startMs = minOf(startMs, child.startMs);
        endMs = maxOf(endMs, child.endMs);
      }
      startMs ??= endMs ?? 0;
      endMs = Math.max(endMs ?? startMs, startMs);
      const complete =
        agent.stopped ||
        agent.resultCompleted ||
        agent.notifiedStatus !== undefined ||
        ctx.sessionComplete ||
        ctx.final;
      const failed = agent.notifiedStatus !== undefined && agent.notifiedStatus !== 'completed';
      const node: {
        -readonly [K in keyof SubagentNode]: SubagentNode[K];
      } = {
        kind: 'subagent',
        agentId: id,
        spanId,
        parentSpanId,
        startMs,
        endMs,
        complete,
        status: failed ? 'error' : complete ? 'ok' : 'unset',
        children,
        totals: totalsOf(children, nested, this.#sum),
      };
      if (agent.type) node.agentType = agent.type;
      if (agent.model) node.model = agent.model;
      if (agent.parentToolUseId) node.parentToolUseId = agent.parentToolUseId;
      if (agent.promptId) node.promptId = agent.promptId;
      result = node;
    }
    this.#agentSnap.set(id, result);
    return result;
  }

  #buildLlm(state: LlmState, parentSpanId: string): LlmCallNode {
    const e = state.entry;
    if (!state.priced || state.priced.entry !== e)
      state.priced = { entry: e, ...priceEntry(this.#pricer, e) };
    const { result: price, model: pricedModel } = state.priced;
    const requestStart = e.requestRef ? this.#requestStart.get(e.requestRef) : undefined;
    const startMs = state.step?.startMs ?? requestStart ?? e.firstTimeMs ?? e.timeMs ?? 0;
    const endMs = Math.max(state.step?.endMs ?? e.lastTimeMs ?? startMs, startMs);
    const node: {
      -readonly [K in keyof LlmCallNode]: LlmCallNode[K];
    } = {
      kind: 'llm',
      key: state.spanKey,
      spanId: llmSpanId(this.sessionId, state.spanKey),
      parentSpanId,
      startMs,
      endMs,
      complete: true,
      status: e.apiError ? 'error' : 'ok',
      messageId: e.messageId,
      model: e.model,
      pricedModel,
      usage: e.usage,
      costKnown: price.known && price.costUsd !== undefined,
      toolUseIds: e.toolUses.map((t) => t.id),
    };
    if (e.requestId) node.requestId = e.requestId;
    if (e.requestedModel) node.requestedModel = e.requestedModel;
    if (price.costUsd !== undefined && price.known) node.costUsd = price.costUsd;
    if (price.rule) node.costRule = price.rule;
    if (price.canonicalModel) node.canonicalModel = price.canonicalModel;
    if (e.stopReason) node.stopReason = e.stopReason;
    const first = state.step?.firstChunkMs ?? e.firstTimeMs;
    if (first !== undefined) node.firstContentMs = Math.max(first, startMs);
    if (e.agentId) node.agentId = e.agentId;
    if (e.apiError) node.error = e.apiError;
    if (e.thinking) node.thinking = e.thinking;
    return node;
  }

  #buildTool(tool: ToolState, parentSpanId: string, subagents: SubagentNode[]): ToolCallNode {
    const r = tool.result;
    // Denial and interruption are verdicts either channel may be the only one to see.
    let status: ToolStatus | 'running';
    if (r?.denied || tool.liveStatus === 'denied') status = 'denied';
    else if (r?.interrupted || tool.liveStatus === 'interrupted') status = 'interrupted';
    else if (tool.liveStatus) status = tool.liveStatus;
    else if (r) status = r.isError ? 'error' : 'ok';
    else status = 'running';
    const startMs = tool.liveStartMs ?? tool.assistantMs ?? tool.liveEndMs ?? r?.timeMs ?? 0;
    const endCandidate = tool.liveEndMs ?? r?.timeMs;
    const endMs = Math.max(endCandidate ?? startMs, startMs);
    const node: {
      -readonly [K in keyof ToolCallNode]: ToolCallNode[K];
    } = {
      kind: 'tool',
      toolUseId: tool.id,
      name: tool.name ?? 'unknown',
      spanId: toolSpanId(this.sessionId, tool.id),
      parentSpanId,
      startMs,
      endMs,
      complete: status !== 'running',
      status: status === 'running' ? 'unset' : status === 'ok' ? 'ok' : 'error',
      toolStatus: status,
      seenIn: tool.seenTranscript && tool.seenLive ? 'both' : tool.seenLive ? 'live' : 'transcript',
      subagents,
    };
    if (status !== 'running') {
      const d = tool.durationMs ?? (endCandidate !== undefined ? endMs - startMs : undefined);
      if (d !== undefined) node.durationMs = d;
    }
    // The transcript's text (content capture), the live channel's (text or summary), else the transcript's summary.
    const errorText = r?.errorText ?? tool.liveErrorText ?? r?.errorSummary;
    if (status !== 'ok' && status !== 'running' && errorText) node.errorText = errorText;
    if (tool.inputBytes !== undefined) node.inputBytes = tool.inputBytes;
    if (tool.outputBytes !== undefined) node.outputBytes = tool.outputBytes;
    if (tool.input !== undefined) node.input = tool.input;
    if (tool.output !== undefined) node.output = tool.output;
    if (tool.inputShape) node.inputShape = tool.inputShape;
    if (tool.outputShape) node.outputShape = tool.outputShape;
    if (tool.inputHash) node.inputHash = tool.inputHash;
    if (r?.outputHash) node.outputHash = r.outputHash;
    if (r?.permissionDecision) node.permission = r.permissionDecision;
    if (r?.denialKind) node.denialKind = r.denialKind;
    if (tool.requestedBy) node.requestedBy = llmSpanId(this.sessionId, tool.requestedBy);
    if (tool.agentId) node.agentId = tool.agentId;
    if (tool.promptId) node.promptId = tool.promptId;
    return node;
  }
}

interface BuildContext {
  final: boolean;
  sessionComplete: boolean;
  agentsByTool: Map<string, string[]>;
  agentsByTurn: Map<string, string[]>;
}

function emptyAgent(agent: AgentState, spanId: string, parentSpanId: string): SubagentNode {
  const t = agent.firstMs ?? agent.liveStartMs ?? 0;
  return {
    kind: 'subagent',
    agentId: agent.id,
    spanId,
    parentSpanId,
    startMs: t,
    endMs: t,
    complete: false,
    status: 'unset',
    children: [],
    totals: sumTotals([], defaultSum),
  };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function minOf(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

function maxOf(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

const compareStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function usageFingerprint(u: {
  readonly input_tokens?: number;
  readonly output_tokens?: number;
  readonly cache_read_input_tokens?: number;
  readonly cache_creation_input_tokens?: number;
}): string {
  return `${u.input_tokens ?? 0}|${u.output_tokens ?? 0}|${u.cache_read_input_tokens ?? 0}|${u.cache_creation_input_tokens ?? 0}`;
}
