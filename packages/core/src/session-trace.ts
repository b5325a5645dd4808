import type { AnthropicUsage } from '@glassbox/pricing';
import type { ActivityScope } from './activity-scope.js';
import type { ToolStatus } from './capture-event.js';
import type { HookStop } from './hook-stop.js';
import type { ValueShape } from './shape-of.js';
import type { ToolSignal } from './tool-signal.js';
import type { PermissionDecision } from './transcript-entry.js';
import type { SessionSignalEvent } from './transcript-signals.js';

/** Span-level status of a node: `unset` while it runs. */
export type NodeStatus = 'ok' | 'error' | 'unset';

/** Token, cost and tool totals of a subtree. Input tokens follow Anthropic: cache reads/writes excluded. */
export interface UsageTotals {
  readonly llmCalls: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheReadInputTokens: number;
  readonly cacheCreationInputTokens: number;
  /** 5-minute / 1-hour split of cache writes; a write without the split counts as 5-minute. */
  readonly cacheCreation5mInputTokens: number;
  readonly cacheCreation1hInputTokens: number;
  readonly webSearchRequests: number;
  /** Sum of the calls whose price is known. */
  readonly costUsd: number;
  /** Calls whose cost is unknown (model not in the price table): `costUsd` is then a lower bound. */
  readonly unpricedCalls: number;
  readonly toolCalls: number;
  readonly toolErrors: number;
  readonly toolDenied: number;
  readonly toolInterrupted: number;
  /** errors + denied + interrupted. */
  readonly toolFailures: number;
  /** Per priced model (the model Claude Code requested): comparable with its `modelUsage`. */
  readonly byModel: Readonly<Record<string, ModelTotals>>;
}

export interface ModelTotals {
  readonly llmCalls: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheReadInputTokens: number;
  readonly cacheCreationInputTokens: number;
  readonly cacheCreation5mInputTokens: number;
  readonly cacheCreation1hInputTokens: number;
  readonly webSearchRequests: number;
  readonly costUsd: number;
  readonly unpricedCalls: number;
}

interface NodeBase {
  /** Deterministic span id (16 hex). */
  readonly spanId: string;
  readonly parentSpanId?: string;
  /** Epoch ms. */
  readonly startMs: number;
  /** Epoch ms; the latest time seen while the node still runs. */
  readonly endMs: number;
  /** Finished: only complete nodes are exported. */
  readonly complete: boolean;
  readonly status: NodeStatus;
}

/** One API request (deduplicated by message id + request id). */
export interface LlmCallNode extends NodeBase {
  readonly kind: 'llm';
  /** Natural id behind the span id: the request id, or the message id when there is none. */
  readonly key: string;
  readonly messageId: string;
  readonly requestId?: string;
  /** `message.model`: the model that answered. */
  readonly model: string;
  /** The model Claude Code asked for. */
  readonly requestedModel?: string;
  /** The model the cost was computed for (requested model, else answering model) — as Claude Code does. */
  readonly pricedModel: string;
  readonly usage: AnthropicUsage;
  readonly costUsd?: number;
  readonly costKnown: boolean;
  /** The pricing rule applied (from `@glassbox/pricing`). */
  readonly costRule?: string;
  readonly canonicalModel?: string;
  readonly stopReason?: string;
  /** When the first content arrived (mod first chunk, else the first block record): time to first token. */
  readonly firstContentMs?: number;
  readonly toolUseIds: readonly string[];
  /** Subagent that made the request. */
  readonly agentId?: string;
  readonly error?: string;
  /** The start of the response's thinking (read only for the audit trail with content capture on). */
  readonly thinking?: string;
  /** The skill and slash command it ran under (`activity-scope.ts`); absent when neither. */
  readonly scope?: ActivityScope;
}

/** One tool call, from the transcript, the live channels, or both. */
export interface ToolCallNode extends NodeBase {
  readonly kind: 'tool';
  readonly toolUseId: string;
  readonly name: string;
  /** `running` until a result or a live end arrives. */
  readonly toolStatus: ToolStatus | 'running';
  /** Claude Code's own `duration_ms` when a hook reported it, else end − start. */
  readonly durationMs?: number;
  readonly errorText?: string;
  readonly inputBytes?: number;
  readonly outputBytes?: number;
  readonly input?: unknown;
  readonly output?: unknown;
  readonly inputShape?: ValueShape;
  readonly outputShape?: ValueShape;
  /** Span id of the LLM call that asked for the tool. */
  readonly requestedBy?: string;
  readonly agentId?: string;
  readonly promptId?: string;
  /** Keyed hashes of the input and output (read only for the audit trail). */
  readonly inputHash?: string;
  readonly outputHash?: string;
  /** How Claude Code decided the call's permission (codes from the transcript). */
  readonly permission?: PermissionDecision;
  /** Why it did not run, as Claude Code names it (`permission-rule`, `user-rejected`, `tool-disabled`…). */
  readonly denialKind?: string;
  /** The skill a Skill call ran (its name, not content). */
  readonly skill?: string;
  /** The skill and slash command it ran under (`activity-scope.ts`); absent when neither. */
  readonly scope?: ActivityScope;
  /** Lines an edit changed, commits and pull requests a Bash call created (`traceToSignals`). */
  readonly signal?: ToolSignal;
  /** How the node was seen: `transcript`, `live`, or both. */
  readonly seenIn: 'transcript' | 'live' | 'both';
  /** Subagents this (Agent/Task) call started. */
  readonly subagents: readonly SubagentNode[];
}

export type TraceChild = LlmCallNode | ToolCallNode;

/** A subagent run, nested under the Agent tool call that started it. */
export interface SubagentNode extends NodeBase {
  readonly kind: 'subagent';
  readonly agentId: string;
  readonly agentType?: string;
  readonly model?: string;
  readonly parentToolUseId?: string;
  readonly promptId?: string;
  /** LLM and tool calls in start order, a response's tools right after it in the order it asked for them. */
  readonly children: readonly TraceChild[];
  readonly totals: UsageTotals;
}

/** One prompt and everything it caused. */
export interface TurnNode extends NodeBase {
  readonly kind: 'turn';
  /** Prompt id, or the prompt record's uuid before 2.1.196, or `implicit:…` for calls without a prompt. */
  readonly key: string;
  readonly promptId?: string;
  readonly textLength?: number;
  readonly text?: string;
  readonly textShape?: ValueShape;
  /** Why the turn ran when not a user prompt (`task-notification`…). */
  readonly origin?: string;
  readonly interrupted: boolean;
  readonly error?: string;
  readonly children: readonly TraceChild[];
  /** Model requests the transcript logged (`api-request`) that never got a response: Claude Code exited first. */
  readonly unanswered?: readonly UnansweredRequest[];
  /** Subagents of this turn not linked to a tool call. */
  readonly subagents: readonly SubagentNode[];
  /** Everything below the turn, subagents included. */
  readonly totals: UsageTotals;
}

/**
 * A model request that started and was never answered (Claude Code died in flight): no usage, no cost. Only
 * listed once the session is known to have ended without its process saying so (`processExited`).
 */
export interface UnansweredRequest {
  /** Deterministic span id (from the `api-request` record id). */
  readonly spanId: string;
  readonly parentSpanId: string;
  /** The transcript's `api-request` id. */
  readonly requestRef: string;
  readonly startMs: number;
  /** When the process was found gone: the request ran at least until then. */
  readonly endMs: number;
  readonly model?: string;
  readonly agentId?: string;
}

/** A hook that refused a prompt, stopped a turn or kept it going (the transcript's record of it). */
export interface HookStopNode extends HookStop {
  /** The transcript record's uuid: one stop, however often the transcript is read. */
  readonly key: string;
  readonly timeMs: number;
  /** The turn it stopped or kept going (a Stop hook); a refused prompt opened no turn. */
  readonly turnKey?: string;
  readonly promptId?: string;
}

/**
 * A session-level derived signal (an API request attempt that failed, a hook run, an MCP server connection):
 * one log record of `traceToSignals`, its id fixed by the record it was read from.
 */
export interface SessionSignal {
  /** The log record id. */
  readonly id: string;
  readonly event: SessionSignalEvent;
  readonly key: string;
  readonly timeMs: number;
  /** The turn it happened in, when known. */
  readonly spanId?: string;
  readonly severity?: 'info' | 'warn' | 'error';
  readonly attributes: Readonly<Record<string, string | number | boolean>>;
}

export interface SessionEvent {
  readonly name: string;
  readonly timeMs: number;
  readonly attributes?: Readonly<Record<string, string | number | boolean>>;
}

/** The whole session: session → turns → LLM / tool calls → subagents → … */
export interface SessionTrace {
  readonly kind: 'session';
  readonly sessionId: string;
  /** Deterministic trace id (32 hex). */
  readonly traceId: string;
  readonly spanId: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly complete: boolean;
  readonly status: NodeStatus;
  readonly model?: string;
  readonly cwd?: string;
  /** Who and where (`user.id`, `glassbox.team`, `vcs.*`, `project`): set by the agent on the trace file it writes. */
  readonly attribution?: Readonly<Record<string, string | number | boolean>>;
  readonly transcriptPath?: string;
  readonly claudeVersion?: string;
  readonly endReason?: string;
  /** Claude Code's process went away without ending the session (kill -9, crash): see `processExited`. */
  readonly interrupted?: boolean;
  readonly turns: readonly TurnNode[];
  /** Subagents attached to no turn. */
  readonly subagents: readonly SubagentNode[];
  readonly events: readonly SessionEvent[];
  /** Prompts refused and turns stopped or kept going by hooks, in transcript order. */
  readonly hookStops?: readonly HookStopNode[];
  /** Session-level derived signals in time order (absent in trace files written before them). */
  readonly signals?: readonly SessionSignal[];
  readonly totals: UsageTotals;
  /** Claude Code's own running cost: the last `session.measure`, else the last `cost-state` record. */
  readonly claudeCostUsd?: number;
  /** Our cost minus Claude Code's; undefined until both are known. */
  readonly costDriftUsd?: number;
}
