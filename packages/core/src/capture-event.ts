/**
 * What the live channels (the mod, settings hooks) report, normalised. The agent turns mod batches and
 * hook payloads into these; the tracker merges them with the transcript by natural ids
 * (session id, prompt id, turn id, tool_use_id, agent id). Live events carry timing and verdicts; the
 * transcript carries usage and is the authority for cost and for what happened.
 */
import type { ValueShape } from './shape-of.js';

export type CaptureSource = 'mod' | 'hook' | 'agent';

interface CaptureBase {
  /** Where the event came from. */
  readonly source: CaptureSource;
  readonly sessionId: string;
  /** Epoch ms at which the channel observed the event (mod clock or hook receipt time). */
  readonly atMs: number;
  /** Present inside a subagent (mod `agentId`, hook `agent_id`). */
  readonly agentId?: string;
  /** Transcript of the session (hooks carry `transcript_path`). */
  readonly transcriptPath?: string;
  /** Working directory of the session. */
  readonly cwd?: string;
  /** The prompt being processed (hook `prompt_id`), when the channel knows it. */
  readonly promptId?: string;
}

export interface SessionStartEvent extends CaptureBase {
  readonly type: 'session.start';
  readonly model?: string;
  /** `startup`, `resume`, `clear`, `compact` (hook `source`). */
  readonly trigger?: string;
  /** Claude Code version when known. */
  readonly claudeVersion?: string;
}

export interface SessionEndEvent extends CaptureBase {
  readonly type: 'session.end';
  readonly reason?: string;
}

export interface PromptSubmitEvent extends CaptureBase {
  readonly type: 'prompt.submit';
  /** `prompt_id` of the hook; equals the transcript's `promptId`. */
  readonly promptId?: string;
  /** Only kept when content capture is on. */
  readonly text?: string;
  readonly textLength: number;
}

export interface TurnStartEvent extends CaptureBase {
  readonly type: 'turn.start';
  readonly turnId: string;
}

/** One model request as the mod's `turn.step` saw it (usage lacks the 5m/1h split, speed, geo, web search). */
export interface TurnStepEvent extends CaptureBase {
  readonly type: 'turn.step';
  readonly turnId: string;
  readonly index: number;
  readonly model?: string;
  readonly startMs: number;
  readonly endMs?: number;
  /** First streamed chunk, for time to first token (an estimate: mod clock). */
  readonly firstChunkMs?: number;
  readonly stopReason?: string | null;
  readonly usage?: {
    readonly input_tokens: number;
    readonly output_tokens: number;
    readonly cache_read_input_tokens: number;
    readonly cache_creation_input_tokens: number;
    readonly model?: string;
  } | null;
}

export interface TurnCompleteEvent extends CaptureBase {
  readonly type: 'turn.complete';
  readonly turnId?: string;
  readonly durationMs?: number;
  /** `answer`, `aborted`, `refusal`, `error`. */
  readonly reason?: string;
}

export interface ToolStartEvent extends CaptureBase {
  readonly type: 'tool.start';
  readonly toolUseId: string;
  readonly toolName: string;
  readonly inputBytes?: number;
  /** Only kept when content capture is on. */
  readonly input?: unknown;
  /** Keys, size and keyed hash of the input, when content capture is off and a hash key is set. */
  readonly inputShape?: ValueShape;
}

export type ToolStatus = 'ok' | 'error' | 'denied' | 'interrupted';

export interface ToolEndEvent extends CaptureBase {
  readonly type: 'tool.end';
  readonly toolUseId: string;
  readonly toolName: string;
  readonly status: ToolStatus;
  /** Claude Code's own `duration_ms` (hooks) or the mod's measurement around `next`. */
  readonly durationMs?: number;
  readonly errorText?: string;
  readonly outputBytes?: number;
  /** Only kept when content capture is on. */
  readonly output?: unknown;
  /** Keys, size and keyed hash of the output, when content capture is off and a hash key is set. */
  readonly outputShape?: ValueShape;
}

/** The mod's `agent.spawn` (or a hook's SubagentStart): links an Agent tool call to the subagent it started. */
export interface AgentSpawnEvent extends CaptureBase {
  readonly type: 'agent.spawn';
  readonly toolUseId?: string;
  readonly spawnedAgentId?: string;
  readonly subagentType?: string;
  readonly model?: string;
}

export interface SubagentStopEvent extends CaptureBase {
  readonly type: 'subagent.stop';
  readonly agentTranscriptPath?: string;
}

export interface CompactEvent extends CaptureBase {
  readonly type: 'session.compact';
  readonly trigger?: string;
}

/** The mod's `session.measure`: Claude Code's own running cost, compared with ours to count drift. */
export interface SessionMeasureEvent extends CaptureBase {
  readonly type: 'session.measure';
  readonly costUsd?: number;
  readonly contextTokens?: number;
}

/** A turn ended (Stop, StopFailure, mod `turn.complete`): the agent reconciles the transcript now. */
export interface TurnEndEvent extends CaptureBase {
  readonly type: 'turn.end';
  readonly failed?: boolean;
  readonly error?: string;
}

export type CaptureEvent =
  | SessionStartEvent
  | SessionEndEvent
  | PromptSubmitEvent
  | TurnStartEvent
  | TurnStepEvent
  | TurnCompleteEvent
  | ToolStartEvent
  | ToolEndEvent
  | AgentSpawnEvent
  | SubagentStopEvent
  | CompactEvent
  | SessionMeasureEvent
  | TurnEndEvent;

export type CaptureEventType = CaptureEvent['type'];
