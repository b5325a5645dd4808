import type {
  AgentSpawnEvent,
  CompactEvent,
  PromptSubmitEvent,
  SessionEndEvent,
  SessionMeasureEvent,
  SessionStartEvent,
  ToolEndEvent,
  ToolStartEvent,
  ToolStatus,
  TurnCompleteEvent,
  TurnStartEvent,
  TurnStepEvent,
} from '@glassbox/core';
import type { ModConfig } from './mod-config.js';
import type {
  AgentSpawnInput,
  AgentSpawnResult,
  CompactInput,
  MeasureInput,
  PromptSubmitInput,
  SessionEndInput,
  SessionStartInput,
  ToolCallInput,
  TurnCompleteInput,
  TurnStartInput,
  TurnStepInput,
  TurnStepResult,
} from './mod-host.js';

/**
 * Pure builders from mod events to the live capture events the agent merges. They never throw on odd input
 * (the API is early access) and never serialise large values: the hot path must stay in the microseconds.
 */

const RESERVED_TOOL_KEYS = new Set(['tool', 'tool_use_id', 'agentId']);
const MAX_ERROR_CHARS = 2000;

// Same wording as the transcript reader in @glassbox/core: a permission refusal comes back as an error result.
const DENIED_TEXT =
  /requested permissions? to|haven't granted it|permission to use \S+ (?:has been|was) denied|doesn't want to proceed with this tool use|tool use was rejected|was blocked by (?:a |the )?(?:\S+ )?(?:hook|policy)|denied by (?:a |the )?(?:\S+ )?(?:hook|policy|permission)|Permission denied by|blocked by permission rules/i;
const INTERRUPTED_TEXT = /interrupted by user|Request interrupted|was interrupted/i;

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Approximate size of a value in characters, without serialising big strings. */
export function approxSize(value: unknown, depth = 0): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).length;
  if (typeof value !== 'object' || depth > 4) return 0;
  let size = 2;
  if (Array.isArray(value)) {
    for (const item of value) size += approxSize(item, depth + 1) + 1;
    return size;
  }
  for (const [key, item] of Object.entries(value)) size += key.length + 3 + approxSize(item, depth + 1) + 1;
  return size;
}

/** The tool's own arguments: the `tool.call` event minus the reserved keys. */
export function toolArguments(e: ToolCallInput): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(e)) if (!RESERVED_TOOL_KEYS.has(key)) args[key] = value;
  return args;
}

function contentOf(value: unknown, config: ModConfig): unknown {
  if (typeof value === 'string') return truncate(value, config.maxContentChars);
  if (approxSize(value) <= config.maxContentChars) return value;
  try {
    return truncate(JSON.stringify(value), config.maxContentChars);
  } catch {
    return undefined;
  }
}

/**
 * Error text is content: without `captureContent` only its kind (the status) and length leave, in the form of core's
 * `errorSummary` (the mod cannot import core's code: it runs where there is no Node).
 */
function errorTextOf(text: string, status: ToolStatus, config: ModConfig): string {
  if (config.captureContent) return text;
  const kind = status === 'denied' ? 'permission_denied' : status === 'interrupted' ? 'interrupted' : 'error';
  return `${kind} (${text.length} chars)`;
}

export interface ToolOutcome {
  readonly status: ToolStatus;
  readonly errorText?: string;
  readonly outputBytes: number;
  readonly output?: unknown;
}

/**
 * What `await next(e)` of `tool.call` came to: `{ ref, result, text, isError? }` from core, or `{ deny }` from a
 * mod. A permission refusal in `-p` is an error result whose text asks for the permission.
 */
export function toolOutcome(result: unknown): ToolOutcome {
  if (typeof result !== 'object' || result === null) return { status: 'ok', outputBytes: 0 };
  const r = result as { deny?: unknown; isError?: unknown; text?: unknown; result?: unknown };
  const text = typeof r.text === 'string' ? r.text : typeof r.result === 'string' ? r.result : '';
  const outputBytes = text ? text.length : approxSize(r.result);
  if (r.deny !== undefined) {
    const reason = typeof r.deny === 'string' ? r.deny : 'denied by a mod';
    return { status: 'denied', errorText: truncate(reason, MAX_ERROR_CHARS), outputBytes };
  }
  const interrupted =
    typeof r.result === 'object' &&
    r.result !== null &&
    (r.result as { interrupted?: unknown }).interrupted === true;
  if (r.isError === true) {
    const head = text.slice(0, 500);
    const status: ToolStatus = DENIED_TEXT.test(head)
      ? 'denied'
      : interrupted || INTERRUPTED_TEXT.test(head)
        ? 'interrupted'
        : 'error';
    return { status, errorText: truncate(text, MAX_ERROR_CHARS), outputBytes };
  }
  return { status: interrupted ? 'interrupted' : 'ok', outputBytes };
}

export function sessionStartEvent(
  sessionId: string,
  atMs: number,
  e: SessionStartInput,
  claudeVersion?: string,
): SessionStartEvent {
  return {
    source: 'mod',
    type: 'session.start',
    sessionId,
    atMs,
    ...(str(e.cwd) ? { cwd: e.cwd } : {}),
    ...(claudeVersion ? { claudeVersion } : {}),
  };
}

export function sessionEndEvent(sessionId: string, atMs: number, e: SessionEndInput): SessionEndEvent {
  return {
    source: 'mod',
    type: 'session.end',
    sessionId,
    atMs,
    ...(str(e.reason) ? { reason: e.reason } : {}),
  };
}

export function promptSubmitEvent(
  sessionId: string,
  atMs: number,
  e: PromptSubmitInput,
  config: ModConfig,
): PromptSubmitEvent {
  const text = typeof e.text === 'string' ? e.text : '';
  return {
    source: 'mod',
    type: 'prompt.submit',
    sessionId,
    atMs,
    textLength: text.length,
    ...(config.captureContent ? { text: truncate(text, config.maxContentChars) } : {}),
  };
}

export function turnStartEvent(
  sessionId: string,
  atMs: number,
  e: TurnStartInput,
): TurnStartEvent | undefined {
  const turnId = str(e.turnId);
  if (!turnId) return undefined;
  return {
    source: 'mod',
    type: 'turn.start',
    sessionId,
    atMs,
    turnId,
    ...(str(e.agentId) ? { agentId: e.agentId } : {}),
  };
}

export function turnCompleteEvent(sessionId: string, atMs: number, e: TurnCompleteInput): TurnCompleteEvent {
  const reason = str(e.reason) ?? (e.isAborted === true ? 'aborted' : undefined);
  return {
    source: 'mod',
    type: 'turn.complete',
    sessionId,
    atMs,
    ...(str(e.turnId) ? { turnId: e.turnId } : {}),
    ...(str(e.agentId) ? { agentId: e.agentId } : {}),
    ...(num(e.durationMs) !== undefined ? { durationMs: e.durationMs } : {}),
    ...(reason ? { reason } : {}),
  };
}

export function toolStartEvent(
  sessionId: string,
  atMs: number,
  e: ToolCallInput,
  config: ModConfig,
): ToolStartEvent | undefined {
  const toolUseId = str(e.tool_use_id);
  if (!toolUseId) return undefined;
  const args = toolArguments(e);
  return {
    source: 'mod',
    type: 'tool.start',
    sessionId,
    atMs,
    toolUseId,
    toolName: str(e.tool) ?? 'unknown',
    inputBytes: approxSize(args),
    ...(str(e.agentId) ? { agentId: e.agentId } : {}),
    ...(config.captureContent ? { input: contentOf(args, config) } : {}),
  };
}

export function toolEndEvent(
  sessionId: string,
  startMs: number,
  endMs: number,
  e: ToolCallInput,
  result: unknown,
  config: ModConfig,
): ToolEndEvent | undefined {
  const toolUseId = str(e.tool_use_id);
  if (!toolUseId) return undefined;
  const outcome = toolOutcome(result);
  const errorText = outcome.errorText && errorTextOf(outcome.errorText, outcome.status, config);
  const output =
    config.captureContent && typeof result === 'object' && result !== null
      ? (result as { text?: unknown }).text
      : undefined;
  return {
    source: 'mod',
    type: 'tool.end',
    sessionId,
    atMs: endMs,
    toolUseId,
    toolName: str(e.tool) ?? 'unknown',
    status: outcome.status,
    durationMs: Math.max(0, endMs - startMs),
    outputBytes: outcome.outputBytes,
    ...(str(e.agentId) ? { agentId: e.agentId } : {}),
    ...(errorText ? { errorText } : {}),
    ...(output !== undefined ? { output: contentOf(output, config) } : {}),
  };
}

/** A `tool.call` whose `next` threw: the tool did not come back. */
export function toolThrewEvent(
  sessionId: string,
  startMs: number,
  endMs: number,
  e: ToolCallInput,
  error: unknown,
  config: ModConfig,
): ToolEndEvent | undefined {
  const toolUseId = str(e.tool_use_id);
  if (!toolUseId) return undefined;
  const message = error instanceof Error ? error.message : String(error);
  const aborted = error instanceof Error && error.name === 'AbortError';
  return {
    source: 'mod',
    type: 'tool.end',
    sessionId,
    atMs: endMs,
    toolUseId,
    toolName: str(e.tool) ?? 'unknown',
    status: aborted ? 'interrupted' : 'error',
    durationMs: Math.max(0, endMs - startMs),
    errorText: errorTextOf(truncate(message, MAX_ERROR_CHARS), aborted ? 'interrupted' : 'error', config),
    ...(str(e.agentId) ? { agentId: e.agentId } : {}),
  };
}

export function agentSpawnEvent(
  sessionId: string,
  atMs: number,
  e: AgentSpawnInput,
  result: AgentSpawnResult | undefined,
): AgentSpawnEvent {
  const model = str(result?.model) ?? str(e.model);
  return {
    source: 'mod',
    type: 'agent.spawn',
    sessionId,
    atMs,
    ...(str(e.tool_use_id) ? { toolUseId: e.tool_use_id } : {}),
    ...(str(result?.agentId) ? { spawnedAgentId: result?.agentId } : {}),
    ...(str(e.subagentType) ? { subagentType: e.subagentType } : {}),
    ...(model ? { model } : {}),
    ...(str(e.parentAgentId) ? { agentId: e.parentAgentId } : {}),
  };
}

export function compactEvent(sessionId: string, atMs: number, e: CompactInput): CompactEvent {
  return {
    source: 'mod',
    type: 'session.compact',
    sessionId,
    atMs,
    ...(str(e.trigger) ? { trigger: e.trigger } : {}),
    ...(str(e.agentId) ? { agentId: e.agentId } : {}),
  };
}

export function measureEvent(sessionId: string, atMs: number, e: MeasureInput): SessionMeasureEvent {
  const costUsd = num(e.cost?.usd);
  const contextTokens = num(e.context?.tokens);
  return {
    source: 'mod',
    type: 'session.measure',
    sessionId,
    atMs,
    ...(costUsd !== undefined ? { costUsd } : {}),
    ...(contextTokens !== undefined ? { contextTokens } : {}),
  };
}

export function turnStepEvent(
  sessionId: string,
  startMs: number,
  firstChunkMs: number | undefined,
  endMs: number,
  e: TurnStepInput,
  result: TurnStepResult | undefined,
): TurnStepEvent | undefined {
  const turnId = str(e.turnId);
  if (!turnId) return undefined;
  const u = result?.usage;
  return {
    source: 'mod',
    type: 'turn.step',
    sessionId,
    atMs: endMs,
    turnId,
    index: num(e.index) ?? 0,
    startMs,
    endMs,
    ...(firstChunkMs !== undefined ? { firstChunkMs } : {}),
    ...(str(e.model) ? { model: e.model } : {}),
    ...(str(e.agentId) ? { agentId: e.agentId } : {}),
    ...(result && result.stopReason !== undefined ? { stopReason: result.stopReason } : {}),
    ...(u
      ? {
          usage: {
            input_tokens: num(u.input_tokens) ?? 0,
            output_tokens: num(u.output_tokens) ?? 0,
            cache_read_input_tokens: num(u.cache_read_input_tokens) ?? 0,
            cache_creation_input_tokens: num(u.cache_creation_input_tokens) ?? 0,
            ...(str(u.model) ? { model: u.model } : {}),
          },
        }
      : {}),
  };
}
