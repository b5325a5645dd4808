import type { ToolStatus } from './capture-event.js';
import type { PriceResult } from './resolve-pricing.js';
import type { ValueShape } from './shape-of.js';
import type { ToolSignal } from './tool-signal.js';
import type { LlmResponseEntry, ToolResultEntry } from './transcript-entry.js';

/** A span container: `t:<turn key>` for a turn, `a:<agent id>` for a subagent run. */
export type Cid = string;
export const turnCid = (key: string): Cid => `t:${key}`;
export const agentCid = (id: string): Cid => `a:${id}`;
/** The agent id of a subagent container, else undefined. */
export const agentOfCid = (cid: Cid): string | undefined => (cid.startsWith('a:') ? cid.slice(2) : undefined);

/** The spans a turn or a subagent holds directly. */
export interface Bucket {
  llm: Set<LlmState>;
  tools: Set<ToolState>;
}

/** One API response (all its transcript copies merged) and what the live channel added. */
export interface LlmState {
  readonly dedupKey: string;
  readonly spanKey: string;
  entry: LlmResponseEntry;
  cid: Cid;
  step?: { startMs: number; endMs?: number; firstChunkMs?: number };
  fp?: string;
  priced?: { entry: LlmResponseEntry; result: PriceResult; model: string };
}

/** One tool call, from its `tool_use` id: what the transcript and the live events said about it. */
export interface ToolState {
  readonly id: string;
  name?: string;
  cid?: Cid;
  cidFromTranscript: boolean;
  requestedBy?: string;
  /** Its place among the tool_use blocks of the response that requested it (the order the transcript lists them). */
  requestIndex?: number;
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
  skill?: string;
  /** The input's part of the derived signals (the result's is on `result`). */
  useSignal?: ToolSignal;
  promptId?: string;
  agentId?: string;
  seenTranscript: boolean;
  seenLive: boolean;
}

/** One subagent run, by agent id. */
export interface AgentState {
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

/** One turn, keyed by prompt id (else the prompt record's uuid, or `implicit:…` before any prompt). */
export interface TurnState {
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

export function minOf(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

export function maxOf(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

export const compareStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
