import type { CaptureEvent } from './capture-event.js';
import type { LiveMatcher } from './live-matching.js';
import { agentCid, maxOf, minOf, turnCid } from './tracker-records.js';
import type { TrackerState } from './tracker-state.js';
import { linkAgent, placeLiveTool } from './tree-placement.js';

/*
 * The live channel (mod events and hook payloads): timing, verdicts, and what the transcript lacks (Claude
 * Code's own tool durations, denials, subagent starts and stops, session start and end). Events that name a
 * transcript id merge at once; those that do not wait in the LiveMatcher.
 */

/** Adds one live event (mod batch item or hook payload, normalised). Events of other sessions are ignored. */
export function applyCaptureEvent(state: TrackerState, live: LiveMatcher, e: CaptureEvent): void {
  if (e.sessionId !== state.sessionId) return;
  const session = state.session;
  if (e.cwd) session.cwd ??= e.cwd;
  if (e.transcriptPath && !e.agentId) session.transcriptPath ??= e.transcriptPath;
  if (e.type !== 'session.end' && e.type !== 'session.measure') state.activity(e.atMs);
  switch (e.type) {
    case 'session.start':
      session.startMs = minOf(session.startMs, e.atMs);
      if (e.model) session.model ??= e.model;
      if (e.claudeVersion) session.claudeVersion = e.claudeVersion;
      if (e.trigger && e.trigger !== 'startup')
        state.addEvent({ name: 'session.resume', timeMs: e.atMs, attributes: { trigger: e.trigger } });
      break;
    case 'session.end':
      session.sessionEndMs = maxOf(session.sessionEndMs, e.atMs);
      if (e.reason) session.endReason = e.reason;
      break;
    case 'session.measure':
      if (e.costUsd !== undefined) session.measureCost = e.costUsd;
      break;
    case 'session.compact':
      state.addEvent({
        name: 'compaction',
        timeMs: e.atMs,
        attributes: e.trigger ? { trigger: e.trigger } : {},
      });
      break;
    case 'prompt.submit': {
      if (e.agentId || !e.promptId) break;
      const turn = state.turn(e.promptId, 'live');
      turn.promptId = e.promptId;
      turn.liveSubmitMs = minOf(turn.liveSubmitMs, e.atMs);
      turn.textLength ??= e.textLength;
      if (e.text !== undefined) turn.text ??= e.text;
      state.touch(turnCid(turn.key));
      break;
    }
    case 'turn.start':
      if (!e.agentId) live.modTurnStarted(e.turnId, e.atMs);
      break;
    case 'turn.step':
      live.addStep(e);
      break;
    case 'turn.complete': {
      if (e.agentId) {
        // A subagent runs one turn: its completion is the end of the run.
        const agent = state.agent(e.agentId);
        agent.stopped = true;
        agent.liveStopMs = maxOf(agent.liveStopMs, e.atMs);
        state.touch(agentCid(agent.id));
      } else {
        live.addModComplete(e);
      }
      break;
    }
    case 'turn.end': {
      if (e.agentId) break;
      const key = e.promptId ?? state.liveTurn ?? state.transcriptTurn;
      const turn = key ? state.turns.get(key) : undefined;
      if (!turn) break;
      turn.ended = true;
      turn.endSignalMs = maxOf(turn.endSignalMs, e.atMs);
      if (e.failed) {
        turn.failed = true;
        if (e.error) turn.error ??= e.error;
      }
      state.touch(turnCid(turn.key));
      break;
    }
    case 'tool.start': {
      const tool = state.tool(e.toolUseId);
      tool.seenLive = true;
      tool.name ??= e.toolName;
      tool.liveStartMs = minOf(tool.liveStartMs, e.atMs);
      if (e.inputBytes !== undefined) tool.inputBytes ??= e.inputBytes;
      if (e.input !== undefined) tool.input ??= e.input;
      if (e.inputShape) tool.inputShape ??= e.inputShape;
      placeLiveTool(state, tool, e.agentId, e.promptId);
      break;
    }
    case 'tool.end': {
      const tool = state.tool(e.toolUseId);
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
      placeLiveTool(state, tool, e.agentId, e.promptId);
      break;
    }
    case 'agent.spawn': {
      if (!e.spawnedAgentId) break;
      const agent = state.agent(e.spawnedAgentId);
      if (e.toolUseId) linkAgent(state, agent, e.toolUseId);
      if (e.subagentType) agent.type ??= e.subagentType;
      if (e.model) agent.model ??= e.model;
      if (e.promptId) agent.promptId ??= e.promptId;
      agent.liveStartMs = minOf(agent.liveStartMs, e.atMs);
      state.touch(agentCid(agent.id));
      break;
    }
    case 'subagent.stop': {
      if (!e.agentId) break;
      const agent = state.agent(e.agentId);
      agent.stopped = true;
      agent.liveStopMs = maxOf(agent.liveStopMs, e.atMs);
      state.touch(agentCid(agent.id));
      break;
    }
    default:
      break;
  }
}
