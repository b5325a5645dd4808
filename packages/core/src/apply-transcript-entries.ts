import { addSessionSignals } from './collect-session-signals.js';
import { agentCid, maxOf, minOf, turnCid } from './tracker-records.js';
import type { TrackerState } from './tracker-state.js';
import type {
  LlmResponseEntry,
  PromptEntry,
  SystemEntry,
  ToolResultEntry,
  TranscriptEntry,
} from './transcript-entry.js';
import { linkAgent, placeTool } from './tree-placement.js';

/*
 * The transcript channel: the authority for what happened (prompts, responses with their usage, tool calls and
 * results, subagent runs). Each entry updates the tracker's state and marks the containers it changed.
 */

const TERMINAL_NOTIFICATIONS = new Set(['completed', 'failed', 'killed', 'error', 'cancelled', 'stopped']);

/**
 * Adds normalised transcript entries, in file order. `source.agentId` marks entries of a subagent
 * transcript (`subagents/agent-<id>.jsonl`) whose records do not carry it themselves.
 */
export function applyTranscriptEntries(
  state: TrackerState,
  entries: readonly TranscriptEntry[],
  source: { agentId?: string } = {},
): void {
  for (const raw of entries) {
    const entry = source.agentId && !raw.agentId ? { ...raw, agentId: source.agentId } : raw;
    if (entry.sessionId && entry.sessionId !== state.sessionId && !entry.agentId) continue;
    state.activity(entry.timeMs);
    state.scopes.add(entry);
    switch (entry.kind) {
      case 'prompt':
        addPrompt(state, entry);
        break;
      case 'llm':
        addLlm(state, entry);
        break;
      case 'tool_result':
        addToolResult(state, entry);
        break;
      case 'api_request':
        addApiRequest(state, entry.id, entry.timeMs, entry.agentId, entry.querySource);
        if (!state.requestInfo.has(entry.id))
          state.requestInfo.set(entry.id, {
            ...(state.transcriptTurn ? { turnKey: state.transcriptTurn } : {}),
            ...(entry.agentId ? { agentId: entry.agentId } : {}),
            ...(entry.model ? { model: entry.model } : {}),
          });
        break;
      case 'cost_state':
        if (entry.totalCostUsd !== undefined) state.session.costStateCost = entry.totalCostUsd;
        break;
      case 'system':
        addSystem(state, entry);
        break;
      case 'signal':
        addSessionSignals(state, entry.signals, entry);
        break;
      case 'interrupt': {
        if (entry.agentId) break;
        const key = entry.promptId && state.turns.has(entry.promptId) ? entry.promptId : state.transcriptTurn;
        const turn = key ? state.turns.get(key) : undefined;
        if (turn) {
          turn.interrupted = true;
          state.touch(turnCid(turn.key));
        }
        break;
      }
      default:
        break;
    }
  }
}

function addPrompt(state: TrackerState, entry: PromptEntry): void {
  if (entry.agentId) {
    // A subagent's opening prompt: it carries the parent's prompt id, not a new turn.
    const agent = state.agent(entry.agentId);
    if (entry.promptId) agent.promptId ??= entry.promptId;
    if (entry.parentToolUseId) agent.parentToolUseId ??= entry.parentToolUseId;
    state.agentSeen(agent, entry.timeMs);
    return;
  }
  const key = entry.promptId ?? entry.uuid;
  if (!key) return;
  const turn = state.turn(key, 'transcript');
  if (entry.promptId) turn.promptId = entry.promptId;
  if (entry.timeMs !== undefined) turn.promptMs = minOf(turn.promptMs, entry.timeMs);
  turn.textLength = entry.textLength;
  if (entry.text !== undefined) turn.text = entry.text;
  if (entry.textShape) turn.textShape = entry.textShape;
  if (entry.origin) turn.origin = entry.origin;
  const n = entry.notification;
  if (n?.agentId) {
    const agent = state.agent(n.agentId);
    if (n.toolUseId) linkAgent(state, agent, n.toolUseId);
    if (n.status && TERMINAL_NOTIFICATIONS.has(n.status)) {
      agent.notifiedStatus = n.status;
      if (entry.timeMs !== undefined) agent.liveStopMs ??= entry.timeMs;
    }
    state.touch(agentCid(agent.id));
  }
  state.touch(turnCid(key));
}

function addLlm(state: TrackerState, entry: LlmResponseEntry): void {
  if (entry.synthetic) {
    // A message Claude Code made up locally (API error, interruption): not a billed request.
    if (entry.apiError && !entry.agentId) {
      const turn = state.transcriptTurn ? state.turns.get(state.transcriptTurn) : undefined;
      if (turn) {
        turn.failed = true;
        turn.error ??= entry.apiError;
        state.touch(turnCid(turn.key));
      }
    }
    return;
  }
  const { state: response, isNew } = state.responses.add(entry, (dedupKey) =>
    entry.agentId ? agentCid(entry.agentId) : turnCid(state.currentTranscriptTurn(dedupKey)),
  );
  if (isNew) state.bucket(response.cid).llm.add(response);
  if (entry.agentId) {
    const agent = state.agent(entry.agentId);
    if (entry.attributionAgent) agent.type ??= entry.attributionAgent;
    agent.model ??= entry.requestedModel ?? entry.model;
    if (entry.parentToolUseId) linkAgent(state, agent, entry.parentToolUseId);
    state.agentSeen(agent, entry.firstTimeMs);
    state.agentSeen(agent, entry.lastTimeMs);
  } else {
    state.session.model ??= entry.requestedModel ?? entry.model;
  }
  state.activity(entry.lastTimeMs);
  for (const use of entry.toolUses) {
    const tool = state.tool(use.id);
    tool.name = use.name;
    tool.seenTranscript = true;
    if (tool.requestedBy !== response.spanKey || tool.requestIndex === undefined) {
      tool.requestedBy = response.spanKey;
      tool.requestIndex = blockIndex(response.entry.toolUses, use.id);
    }
    if (use.timeMs !== undefined) tool.assistantMs = minOf(tool.assistantMs, use.timeMs);
    tool.inputBytes ??= use.inputBytes;
    if (use.input !== undefined) tool.input ??= use.input;
    if (use.inputShape) tool.inputShape ??= use.inputShape;
    if (use.inputHash) tool.inputHash ??= use.inputHash;
    if (use.subagentType) tool.subagentType = use.subagentType;
    if (use.skill) tool.skill = use.skill;
    if (use.signal) tool.useSignal = use.signal;
    if (entry.agentId) tool.agentId = entry.agentId;
    // The request that asked for a tool decides where it lives.
    placeTool(state, tool, response.cid, true);
  }
  state.touch(response.cid);
}

/** Where a response's merged tool list (file order) has this call; a new one is last, so look from the end. */
function blockIndex(uses: readonly { id: string }[], id: string): number {
  for (let i = uses.length - 1; i >= 0; i--) if (uses[i]!.id === id) return i;
  return uses.length;
}

function addToolResult(state: TrackerState, entry: ToolResultEntry): void {
  const tool = state.tool(entry.toolUseId);
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
            ? state.turn(entry.promptId, 'none').key
            : state.currentTranscriptTurn(`result:${entry.toolUseId}`),
        );
    placeTool(state, tool, cid, false);
  }
  if (entry.spawnedAgentId) {
    const agent = state.agent(entry.spawnedAgentId);
    linkAgent(state, agent, entry.toolUseId);
    if (tool.subagentType) agent.type ??= tool.subagentType;
    if (entry.resultStatus === 'completed') {
      agent.resultCompleted = true;
      if (entry.timeMs !== undefined) agent.liveStopMs ??= entry.timeMs;
    }
    state.touch(agentCid(agent.id));
  }
  if (entry.agentId) state.agentSeen(state.agent(entry.agentId), entry.timeMs);
  state.touch(tool.cid!);
}

function addApiRequest(
  state: TrackerState,
  id: string,
  timeMs: number | undefined,
  agentId?: string,
  querySource?: string,
): void {
  if (timeMs === undefined) return;
  state.requestStart.set(id, timeMs);
  if (agentId && querySource) {
    // `agent:builtin:general-purpose` → general-purpose
    const type = /^agent:(?:[^:]*:)?(.+)$/.exec(querySource)?.[1];
    if (type) state.agent(agentId).type ??= type;
  }
  const response = state.responses.byRequestRef(id);
  if (response) state.touch(response.cid);
}

function addSystem(state: TrackerState, entry: SystemEntry): void {
  if (entry.agentId) return;
  if (entry.hookStop && entry.uuid && entry.timeMs !== undefined) addHookStop(state, entry);
  if (entry.subtype === 'compact_boundary' && entry.timeMs !== undefined) {
    const attributes: Record<string, string | number> = {};
    if (entry.compactTrigger) attributes.trigger = entry.compactTrigger;
    if (entry.compactPreTokens !== undefined) attributes.preTokens = entry.compactPreTokens;
    state.addEvent({ name: 'compaction', timeMs: entry.timeMs, attributes });
    return;
  }
  const turn = state.transcriptTurn ? state.turns.get(state.transcriptTurn) : undefined;
  if (!turn) return;
  // A Stop hook's `decision: "block"` keeps the turn going (another model call follows): not its end.
  if (entry.subtype === 'stop_hook_summary' && entry.hookStop?.outcome === 'continued') return;
  if (entry.subtype === 'stop_hook_summary' || entry.subtype === 'turn_duration') {
    turn.ended = true;
    if (entry.timeMs !== undefined) turn.endSignalMs = maxOf(turn.endSignalMs, entry.timeMs);
    state.touch(turnCid(turn.key));
  }
}

function addHookStop(state: TrackerState, entry: SystemEntry): void {
  // A refused prompt opened no turn; a Stop hook's summary belongs to the turn the transcript is in.
  const turn =
    entry.hookStop!.event === 'Stop' && state.transcriptTurn
      ? state.turns.get(state.transcriptTurn)
      : undefined;
  state.session.hookStops.set(entry.uuid!, {
    ...entry.hookStop!,
    key: entry.uuid!,
    timeMs: entry.timeMs!,
    ...(turn ? { turnKey: turn.key } : {}),
    ...(turn?.promptId ? { promptId: turn.promptId } : {}),
  });
}
