import {
  type AgentState,
  agentCid,
  agentOfCid,
  type Cid,
  type ToolState,
  turnCid,
} from './tracker-records.js';
import type { TrackerState } from './tracker-state.js';

/*
 * Where each span sits in session → turn → chat → tool → subagent. A response lives in the turn (or subagent
 * run) the transcript was in when it was written; a tool lives where the response that requested it lives; a
 * subagent under the Agent tool call that started it, else under its prompt's turn, else under the session.
 * (A tool hangs under its requesting chat span within the container: see build-trace-nodes.ts.)
 */

/**
 * Puts a tool call into a container. The transcript's placement (the request that asked for the tool) is
 * authoritative; a live event only places a tool nothing has placed yet.
 */
export function placeTool(state: TrackerState, tool: ToolState, cid: Cid, authoritative: boolean): void {
  if (tool.cid === cid) {
    if (authoritative) tool.cidFromTranscript = true;
    return;
  }
  if (tool.cid && (tool.cidFromTranscript || !authoritative)) return;
  if (tool.cid) {
    state.bucket(tool.cid).tools.delete(tool);
    state.touch(tool.cid);
  }
  tool.cid = cid;
  tool.cidFromTranscript = authoritative;
  state.bucket(cid).tools.add(tool);
  state.touch(cid);
}

/** A live tool event: the subagent it ran in, else its prompt's turn, else the turn live events are in. */
export function placeLiveTool(
  state: TrackerState,
  tool: ToolState,
  agentId: string | undefined,
  promptId: string | undefined,
): void {
  if (agentId) tool.agentId ??= agentId;
  if (promptId) tool.promptId ??= promptId;
  if (!tool.cid) {
    const cid = agentId
      ? agentCid(agentId)
      : turnCid(
          promptId
            ? state.turn(promptId, 'none').key
            : (state.liveTurn ?? state.transcriptTurn ?? state.turn(`implicit:${tool.id}`, 'none').key),
        );
    placeTool(state, tool, cid, false);
  }
  state.touch(tool.cid!);
}

/** Links a subagent to the tool call that started it; the first link wins. */
export function linkAgent(state: TrackerState, agent: AgentState, toolUseId: string): void {
  if (agent.parentToolUseId === toolUseId) return;
  // An agent cannot run under a tool call it made itself.
  if (state.tools.get(toolUseId)?.cid === agentCid(agent.id)) return;
  agent.parentToolUseId ??= toolUseId;
  state.touch(agentCid(agent.id));
}

export type AgentPlacement = { kind: 'tool' | 'turn' | 'session'; id: string };

export function placementOf(state: TrackerState, agent: AgentState): AgentPlacement {
  if (agent.parentToolUseId) {
    const tool = state.tools.get(agent.parentToolUseId);
    if (tool?.cid && tool.cid !== agentCid(agent.id)) return { kind: 'tool', id: tool.id };
  }
  if (agent.promptId && state.turns.has(agent.promptId)) return { kind: 'turn', id: agent.promptId };
  return { kind: 'session', id: '' };
}

/** The turn a subagent ultimately belongs to (through nested subagents), or undefined at session level. */
function rootOf(state: TrackerState, agentId: string): Cid | undefined {
  const seen = new Set<string>();
  let current: string | undefined = agentId;
  while (current && !seen.has(current)) {
    seen.add(current);
    const agent = state.agents.get(current);
    if (!agent) return undefined;
    const place = placementOf(state, agent);
    if (place.kind === 'turn') return turnCid(place.id);
    if (place.kind === 'session') return undefined;
    const cid = state.tools.get(place.id)?.cid;
    if (!cid) return undefined;
    if (cid.startsWith('t:')) return cid;
    current = agentOfCid(cid);
  }
  return undefined;
}

/** Where every subagent sits now, for one build. */
export interface AgentPlaces {
  readonly agentsByTool: Map<string, string[]>;
  readonly agentsByTurn: Map<string, string[]>;
  /** Subagents with neither a known tool call nor a known turn: they sit under the session. */
  readonly orphanAgents: string[];
}

/**
 * Places every subagent, and marks dirty what a subagent's move or change affects: a move dirties both the old
 * and the new turn (`agentRoot` remembers each agent's turn between builds), a change every ancestor up to its
 * turn.
 */
export function placeAgents(state: TrackerState, agentRoot: Map<string, Cid | undefined>): AgentPlaces {
  const places: AgentPlaces = { agentsByTool: new Map(), agentsByTurn: new Map(), orphanAgents: [] };
  for (const agent of state.agents.values()) {
    const place = placementOf(state, agent);
    if (place.kind === 'tool') push(places.agentsByTool, place.id, agent.id);
    else if (place.kind === 'turn') push(places.agentsByTurn, place.id, agent.id);
    else places.orphanAgents.push(agent.id);
    const root = rootOf(state, agent.id);
    const previous = agentRoot.get(agent.id);
    if (previous !== root || !agentRoot.has(agent.id)) {
      if (previous) state.dirty.add(previous);
      if (root) state.dirty.add(root);
      state.dirty.add(agentCid(agent.id));
      agentRoot.set(agent.id, root);
    }
  }
  for (const cid of [...state.dirty]) {
    let current = agentOfCid(cid);
    const seen = new Set<string>();
    while (current && !seen.has(current)) {
      seen.add(current);
      const agent = state.agents.get(current);
      if (!agent) break;
      const place = placementOf(state, agent);
      const parentCid =
        place.kind === 'tool'
          ? state.tools.get(place.id)?.cid
          : place.kind === 'turn'
            ? turnCid(place.id)
            : undefined;
      if (!parentCid) break;
      state.dirty.add(parentCid);
      current = agentOfCid(parentCid);
    }
  }
  return places;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
