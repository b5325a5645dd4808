// The entries a Claude Code transcript normalises to (`normalizeTranscriptRecord` in `transcript-entry.ts` makes them).
import type { AnthropicUsage } from '@glassbox/pricing';
import type { HookStop } from './hook-stop.js';
import type { ValueShape } from './shape-of.js';
import type { ToolSignal } from './tool-signal.js';
import type { SignalFacts } from './transcript-signals.js';

/**
 * One normalised fact from a Claude Code transcript (`<session>.jsonl`, `subagents/agent-*.jsonl`).
 * The raw format is internal to Claude Code and changes between versions; everything version-specific
 * stays in `transcript-entry.ts`.
 */
export type TranscriptEntry =
  | PromptEntry
  | LlmResponseEntry
  | ToolResultEntry
  | ApiRequestEntry
  | CostStateEntry
  | SystemEntry
  | SummaryEntry
  | InterruptEntry
  | SignalEntry
  | OtherEntry;

export type TranscriptEntryKind = TranscriptEntry['kind'];

interface EntryBase {
  /** Epoch ms of the record (`timestamp`), when it has one. */
  readonly timeMs?: number;
  readonly uuid?: string;
  readonly sessionId?: string;
  /** True for subagent (sidechain) records. */
  readonly isSidechain: boolean;
  /** The subagent a record belongs to (subagent files, `agent_progress` records). */
  readonly agentId?: string;
  /** Set on entries unpacked from an older version's `progress` / `agent_progress` record. */
  readonly viaProgress?: boolean;
  /** `parentToolUseID` of such a progress record: the Agent/Task tool call that runs the subagent. */
  readonly parentToolUseId?: string;
}

/** A user prompt: the start of a turn (or, with `agentId`, the prompt a subagent was started with). */
export interface PromptEntry extends EntryBase {
  readonly kind: 'prompt';
  /** `promptId` (= hook `prompt_id`); absent before Claude Code 2.1.196. */
  readonly promptId?: string;
  readonly textLength: number;
  /** Only with `content: true`. */
  readonly text?: string;
  /** The slash command the prompt ran (`/review`, `commandOfPrompt`), kept without content capture. */
  readonly command?: string;
  readonly textShape?: ValueShape;
  /** `origin.kind` (e.g. `task-notification`) or `promptSource`, when the prompt did not come from the user. */
  readonly origin?: string;
  /** For a `<task-notification>` prompt: the agent and the Agent tool call it reports on. */
  readonly notification?: {
    readonly agentId?: string;
    readonly toolUseId?: string;
    readonly status?: string;
  };
}

export interface ToolUseRef {
  readonly id: string;
  readonly name: string;
  /** Timestamp of the assistant record that carried this block (per-block records). */
  readonly timeMs?: number;
  readonly inputBytes: number;
  readonly input?: unknown;
  readonly inputShape?: ValueShape;
  /** Agent/Task calls: `input.subagent_type` (a type name, kept without content capture). */
  readonly subagentType?: string;
  /** `contentHash` of the input, when the reader was given one (the audit trail). */
  readonly inputHash?: string;
  /** Skill calls: `input.skill`, the skill's name (kept without content capture). */
  readonly skill?: string;
  /** What the derived signals need of the input: an edited file's language, a commit or PR command. */
  readonly signal?: ToolSignal;
}

/** One API response, merged from its per-content-block records (same `message.id` + `requestId`). */
export interface LlmResponseEntry extends EntryBase {
  readonly kind: 'llm';
  readonly messageId: string;
  readonly requestId?: string;
  /** Id of the `api-request` record that started this call (2.1.3xx). */
  readonly requestRef?: string;
  /** `message.model`: what the API answered with. */
  readonly model: string;
  /** The model Claude Code asked for; what it prices and aggregates by. */
  readonly requestedModel?: string;
  readonly stopReason?: string;
  readonly usage: AnthropicUsage;
  readonly toolUses: readonly ToolUseRef[];
  readonly firstTimeMs?: number;
  readonly lastTimeMs?: number;
  /** A local message (model `<synthetic>`, e.g. an API error shown to the user): not billed. */
  readonly synthetic?: boolean;
  readonly apiError?: string;
  /** Top-level `costUSD` that old Claude Code versions wrote on assistant records. */
  readonly recordedCostUsd?: number;
  /** `attributionAgent`: the subagent type that made this request (2.1.3xx). */
  readonly attributionAgent?: string;
  /** Number of raw records merged into this entry. */
  readonly records: number;
  /** The start of the response's thinking (`thinkingChars` characters), only when the reader was asked for it. */
  readonly thinking?: string;
}

export interface ToolResultEntry extends EntryBase {
  readonly kind: 'tool_result';
  readonly toolUseId: string;
  readonly promptId?: string;
  readonly isError: boolean;
  readonly denied: boolean;
  readonly interrupted: boolean;
  /** Error text (truncated to 2,000 characters) when `isError`, with `content` only. */
  readonly errorText?: string;
  /** Without `content`: the error's kind and length (`errorSummary`), never its text. */
  readonly errorSummary?: string;
  readonly outputBytes: number;
  readonly output?: unknown;
  readonly outputShape?: ValueShape;
  /** `permissionDecision` of the record (2.1.3xx): codes only, never the reason's text. */
  readonly permissionDecision?: PermissionDecision;
  /**
   * Why the call did not run, as Claude Code names it (`toolDenialKind`: `permission-rule`, `user-rejected`…),
   * or `tool-disabled` for a call of a tool the settings removed ("No such tool available: X. X is disabled").
   */
  readonly denialKind?: string;
  /** `contentHash` of the output, when the reader was given one (the audit trail). */
  readonly outputHash?: string;
  /** For an Agent/Task tool call: the subagent it started (`toolUseResult.agentId`). */
  readonly spawnedAgentId?: string;
  /** `toolUseResult.status` (`completed`, `async_launched`…) for Agent calls. */
  readonly resultStatus?: string;
  /** `toolUseResult.totalDurationMs` / `durationMs` when the tool reports it. */
  readonly reportedDurationMs?: number;
  /** What the derived signals need of the result: lines an edit changed, commits and PRs created. */
  readonly signal?: ToolSignal;
}

/**
 * How Claude Code decided a tool call's permission (2.1.332): `decision` `accept`/`reject`, `source` `config`,
 * `hook`, `user`…, `reasonType` (`rule`, `hook`, `mode`…), `reasonCode` (`hook:PreToolUse`, `rule:flagSettings`),
 * `ruleSource` (`cliArg`, `flagSettings`, `policySettings`…).
 */
export interface PermissionDecision {
  readonly decision?: string;
  readonly source?: string;
  readonly reasonType?: string;
  readonly reasonCode?: string;
  readonly ruleSource?: string;
}

/** `api-request` (2.1.3xx): written when a request starts; `id` is the assistant's `requestRef`. */
export interface ApiRequestEntry extends EntryBase {
  readonly kind: 'api_request';
  readonly id: string;
  readonly model?: string;
  readonly querySource?: string;
}

/** `cost-state`: Claude Code's own running total for the session. */
export interface CostStateEntry extends EntryBase {
  readonly kind: 'cost_state';
  readonly totalCostUsd?: number;
  readonly modelUsage: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export interface SystemEntry extends EntryBase {
  readonly kind: 'system';
  /** `turn_duration`, `stop_hook_summary`, `compact_boundary`, `api_error`, `local_command`… */
  readonly subtype: string;
  readonly durationMs?: number;
  /** `stop_hook_summary`: each hook's duration. */
  readonly hookDurationsMs?: readonly number[];
  readonly compactTrigger?: string;
  readonly compactPreTokens?: number;
  readonly level?: string;
  /** A hook refused the prompt, stopped the turn or kept it going (see `hookStopOf`). */
  readonly hookStop?: HookStop;
}

/** `summary` records and compaction summaries. */
export interface SummaryEntry extends EntryBase {
  readonly kind: 'summary';
  readonly compaction: boolean;
}

/** `[Request interrupted by user…]`: the user stopped the turn. */
export interface InterruptEntry extends EntryBase {
  readonly kind: 'interrupt';
  readonly promptId?: string;
  readonly duringToolUse: boolean;
}

/** Derived signals a record carries that are not spans: an API error, hook runs (`transcript-signals.ts`). */
export interface SignalEntry extends EntryBase {
  readonly kind: 'signal';
  readonly signals: readonly SignalFacts[];
}

/** A record of a type the tracker does not use (kept so callers can count it). */
export interface OtherEntry extends EntryBase {
  readonly kind: 'other';
  /** `skill_expansion`: the meta message a skill expands to (always emitted: the skill scope needs it). */
  readonly type: string;
}

export interface NormalizeOptions {
  /** Keep prompt text and tool input/output in entries (content capture). Default false: sizes only. */
  content?: boolean;
  /** With a key, entries carry `ValueShape`s (keys, sizes, keyed hash) of prompts and tool input/output. */
  hashKey?: string | Uint8Array;
  /** Emit `other` entries for record types the tracker ignores. Default false (they are only counted). */
  keepOther?: boolean;
  /** Keep the text a hook gave when it refused a prompt or stopped a turn (redacted). Content capture only. */
  hookReasons?: boolean;
  /** Fingerprints each tool input and output into `inputHash` / `outputHash` (the audit trail's keyed hash). */
  contentHash?: (value: unknown) => string;
  /** Keep the first this many characters of each response's thinking (`thinking`). Default 0: none. */
  thinkingChars?: number;
}
