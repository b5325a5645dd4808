// Claude Code transcript records normalised into entries (`normalizeTranscriptRecord`): everything that depends on
// the raw, version-specific record format stays here.
import type { AnthropicUsage } from '@glassbox/pricing';
import { commandOfPrompt, isSkillExpansion } from './activity-scope.js';
import { errorSummary } from './error-summary.js';
import { hookStopOf } from './hook-stop.js';
import { mergeUsage } from './merge-llm-responses.js';
import { contentText, isObject, type Json, num, parseTime, str } from './record-fields.js';
import { byteSize, shapeOf } from './shape-of.js';
import { toolResultSignal, toolUseSignal } from './tool-signal.js';
import type {
  ApiRequestEntry,
  CostStateEntry,
  InterruptEntry,
  LlmResponseEntry,
  NormalizeOptions,
  PermissionDecision,
  PromptEntry,
  SystemEntry,
  ToolResultEntry,
  ToolUseRef,
  TranscriptEntry,
} from './transcript-entry-types.js';
import { attachmentSignals, systemSignals } from './transcript-signals.js';

export { llmKeyOf, mergeLlmResponses, mergeUsage } from './merge-llm-responses.js';
export type * from './transcript-entry-types.js';

const MAX_ERROR_TEXT = 2000;

const INTERRUPT = /^\[Request interrupted by user( for tool use)?\]/;
const LOCAL_OUTPUT =
  /^\s*<(local-command-stdout|local-command-stderr|local-command-caveat|bash-stdout|bash-stderr)>/;

// How a refused tool call reads in the tool_result, across versions: missing permission in -p,
// interactive rejection, hook or policy blocks.
const DENIAL_TEXT =
  /requested permissions? to|haven't granted it|permission to use \S+ (?:has been|was) denied|doesn't want to proceed with this tool use|tool use was rejected|was blocked by (?:a |the )?(?:\S+ )?(?:hook|policy)|denied by (?:a |the )?(?:\S+ )?(?:hook|policy|permission)|Permission denied by|blocked by permission rules/i;
const INTERRUPT_TEXT = /interrupted by user|Request interrupted|was interrupted/i;

/** A call of a tool the settings took away (`permissions.deny: ["Write"]`, 2.1.332). */
const TOOL_DISABLED = /^(?:<tool_use_error>)?(?:Error: )?No such tool available: \S+\. \S+ is disabled/;

/** The codes of a record's `permissionDecision` (its free-text parts are left out). */
function permissionDecisionOf(decision: Json): PermissionDecision {
  const out: Record<string, string> = {};
  for (const k of ['decision', 'source', 'reasonType', 'reasonCode', 'ruleSource'] as const) {
    const v = str(decision[k]);
    if (v !== undefined && v.length <= 100) out[k] = v;
  }
  return out;
}

const DENY_DECISIONS = new Set(['reject', 'deny', 'denied', 'block', 'blocked']);

/** Reads `<task-notification>` prompts: which agent finished and which tool call started it. */
function parseNotification(text: string): PromptEntry['notification'] | undefined {
  if (!text.startsWith('<task-notification>')) return undefined;
  const pick = (tag: string) => new RegExp(`<${tag}>([^<]{1,200})</${tag}>`).exec(text)?.[1]?.trim();
  return { agentId: pick('task-id'), toolUseId: pick('tool-use-id'), status: pick('status') };
}

function normalizeUsage(raw: unknown): AnthropicUsage {
  if (!isObject(raw)) return {};
  const cc = isObject(raw.cache_creation) ? raw.cache_creation : undefined;
  const stu = isObject(raw.server_tool_use) ? raw.server_tool_use : undefined;
  const iterations = Array.isArray(raw.iterations) ? raw.iterations.filter(isObject) : [];
  return mergeUsage(iterations.length > 0 ? ({ iterations } as AnthropicUsage) : {}, {
    input_tokens: num(raw.input_tokens),
    output_tokens: num(raw.output_tokens),
    cache_creation_input_tokens: num(raw.cache_creation_input_tokens),
    cache_read_input_tokens: num(raw.cache_read_input_tokens),
    cache_creation: cc
      ? {
          ephemeral_5m_input_tokens: num(cc.ephemeral_5m_input_tokens),
          ephemeral_1h_input_tokens: num(cc.ephemeral_1h_input_tokens),
        }
      : undefined,
    server_tool_use: stu
      ? {
          web_search_requests: num(stu.web_search_requests),
          web_fetch_requests: num(stu.web_fetch_requests),
        }
      : undefined,
    speed: str(raw.speed),
    inference_geo: typeof raw.inference_geo === 'string' ? raw.inference_geo : undefined,
    service_tier: str(raw.service_tier),
  });
}

interface Envelope {
  timeMs?: number;
  uuid?: string;
  sessionId?: string;
  isSidechain: boolean;
  agentId?: string;
  viaProgress?: boolean;
  parentToolUseId?: string;
}

function envelope(rec: Json, inherited?: Partial<Envelope>): Envelope {
  const env: Envelope = {
    timeMs: parseTime(rec.timestamp) ?? inherited?.timeMs,
    uuid: str(rec.uuid),
    sessionId: str(rec.sessionId) ?? inherited?.sessionId,
    isSidechain: rec.isSidechain === true || inherited?.isSidechain === true,
    agentId: str(rec.agentId) ?? inherited?.agentId,
  };
  if (inherited?.viaProgress) env.viaProgress = true;
  if (inherited?.parentToolUseId) env.parentToolUseId = inherited.parentToolUseId;
  for (const k of Object.keys(env) as (keyof Envelope)[]) if (env[k] === undefined) delete env[k];
  return env;
}

function normalizeAssistant(rec: Json, env: Envelope, opts: NormalizeOptions): TranscriptEntry[] {
  const message = isObject(rec.message) ? rec.message : undefined;
  const messageId = str(message?.id);
  const model = str(message?.model);
  if (!message || !messageId || !model) return [{ ...env, kind: 'other', type: 'assistant' }];
  const toolUses: ToolUseRef[] = [];
  const content = Array.isArray(message.content) ? message.content : [];
  for (const block of content) {
    if (!isObject(block) || block.type !== 'tool_use') continue;
    const id = str(block.id);
    if (!id) continue;
    const ref: {
      -readonly [K in keyof ToolUseRef]: ToolUseRef[K];
    } = { id, name: str(block.name) ?? 'unknown', timeMs: env.timeMs, inputBytes: byteSize(block.input) };
    if (opts.content) ref.input = block.input;
    if (opts.hashKey !== undefined) ref.inputShape = shapeOf(block.input, opts.hashKey);
    if (opts.contentHash) ref.inputHash = opts.contentHash(block.input);
    if ((ref.name === 'Agent' || ref.name === 'Task') && isObject(block.input)) {
      const type = str(block.input.subagent_type);
      if (type) ref.subagentType = type;
    }
    if (ref.name === 'Skill' && isObject(block.input)) {
      const skill = str(block.input.skill);
      if (skill) ref.skill = skill;
    }
    const signal = toolUseSignal(ref.name, block.input);
    if (signal) ref.signal = signal;
    toolUses.push(ref);
  }
  const synthetic = model === '<synthetic>';
  const entry: LlmResponseEntry = {
    ...env,
    kind: 'llm',
    messageId,
    requestId: str(rec.requestId),
    requestRef: str(rec.requestRef),
    model,
    requestedModel: str(rec.requestedModel),
    stopReason: str(message.stop_reason),
    usage: normalizeUsage(message.usage),
    toolUses,
    firstTimeMs: env.timeMs,
    lastTimeMs: env.timeMs,
    records: 1,
  };
  const out: {
    -readonly [K in keyof LlmResponseEntry]: LlmResponseEntry[K];
  } = entry;
  if (synthetic) out.synthetic = true;
  const recordedCost = num(rec.costUSD);
  if (recordedCost !== undefined) out.recordedCostUsd = recordedCost;
  const attribution = str(rec.attributionAgent);
  if (attribution) out.attributionAgent = attribution;
  const thinking = opts.thinkingChars ? thinkingOf(content, opts.thinkingChars) : undefined;
  if (thinking) out.thinking = thinking;
  if (rec.isApiErrorMessage === true || str(rec.error))
    out.apiError = apiErrorOf(str(rec.error) ?? contentText(message.content).slice(0, MAX_ERROR_TEXT), opts);
  for (const k of ['requestId', 'requestRef', 'requestedModel', 'stopReason'] as const)
    if (out[k] === undefined) delete out[k];
  return [out];
}

/** An API error's code, or (the message shown to the user) its text with content capture, else its summary. */
function apiErrorOf(text: string, opts: NormalizeOptions): string {
  if (!text) return 'api_error';
  return opts.content ? text : errorSummary(text);
}

function thinkingOf(content: readonly unknown[], max: number): string | undefined {
  for (const block of content)
    if (isObject(block) && block.type === 'thinking' && typeof block.thinking === 'string' && block.thinking)
      return block.thinking.slice(0, max);
  return undefined;
}

function resultText(content: unknown): string {
  if (typeof content === 'string') return content;
  return contentText(content);
}

function normalizeUser(rec: Json, env: Envelope, opts: NormalizeOptions): TranscriptEntry[] {
  const message = isObject(rec.message) ? rec.message : undefined;
  if (!message) return [{ ...env, kind: 'other', type: 'user' }];
  const content = message.content;
  const promptId = str(rec.promptId);
  const toolUseResult = rec.toolUseResult;
  const tur = isObject(toolUseResult) ? toolUseResult : undefined;
  const decision = isObject(rec.permissionDecision) ? rec.permissionDecision : undefined;

  const out: TranscriptEntry[] = [];
  if (Array.isArray(content) && content.some((b) => isObject(b) && b.type === 'tool_result')) {
    for (const block of content) {
      if (!isObject(block) || block.type !== 'tool_result') continue;
      const toolUseId = str(block.tool_use_id);
      if (!toolUseId) continue;
      const isError = block.is_error === true;
      const text = resultText(block.content);
      const denied =
        isError &&
        (str(rec.toolDenialKind) !== undefined ||
          DENY_DECISIONS.has(String(decision?.decision ?? '').toLowerCase()) ||
          DENIAL_TEXT.test(text.slice(0, 2000)));
      const interrupted =
        !denied && (tur?.interrupted === true || (isError && INTERRUPT_TEXT.test(text.slice(0, 500))));
      const output = toolUseResult ?? block.content;
      const entry: {
        -readonly [K in keyof ToolResultEntry]: ToolResultEntry[K];
      } = {
        ...env,
        kind: 'tool_result',
        toolUseId,
        isError,
        denied,
        interrupted,
        outputBytes: byteSize(block.content),
      };
      if (promptId) entry.promptId = promptId;
      if (isError && opts.content) entry.errorText = text.slice(0, MAX_ERROR_TEXT);
      else if (isError) entry.errorSummary = errorSummary(text);
      if (opts.content) entry.output = output;
      if (opts.hashKey !== undefined) entry.outputShape = shapeOf(output, opts.hashKey);
      if (decision) entry.permissionDecision = permissionDecisionOf(decision);
      const denialKind =
        str(rec.toolDenialKind) ?? (isError && TOOL_DISABLED.test(text) ? 'tool-disabled' : undefined);
      if (denialKind) entry.denialKind = denialKind;
      if (opts.contentHash) entry.outputHash = opts.contentHash(output);
      if (tur) {
        const spawned = str(tur.agentId);
        if (spawned) entry.spawnedAgentId = spawned;
        const status = str(tur.status);
        if (status) entry.resultStatus = status;
        const d = num(tur.totalDurationMs) ?? num(tur.durationMs);
        if (d !== undefined) entry.reportedDurationMs = d;
        const signal = toolResultSignal(tur);
        if (signal) entry.signal = signal;
      }
      out.push(entry);
    }
    return out;
  }

  const text = contentText(content);
  if (rec.isCompactSummary === true) return [{ ...env, kind: 'summary', compaction: true }];
  const interrupt = INTERRUPT.exec(text);
  if (interrupt) {
    const entry: InterruptEntry = { ...env, kind: 'interrupt', duringToolUse: interrupt[1] !== undefined };
    return [promptId ? { ...entry, promptId } : entry];
  }
  if (rec.isMeta === true && isSkillExpansion(text))
    return [{ ...env, kind: 'other', type: 'skill_expansion' }];
  if (rec.isMeta === true || rec.isVisibleInTranscriptOnly === true || LOCAL_OUTPUT.test(text))
    return opts.keepOther ? [{ ...env, kind: 'other', type: 'user-meta' }] : [];
  if (typeof content !== 'string' && !Array.isArray(content))
    return [{ ...env, kind: 'other', type: 'user' }];

  const prompt: {
    -readonly [K in keyof PromptEntry]: PromptEntry[K];
  } = { ...env, kind: 'prompt', textLength: text.length };
  if (promptId) prompt.promptId = promptId;
  if (opts.content) prompt.text = text;
  const command = commandOfPrompt(text);
  if (command) prompt.command = command;
  if (opts.hashKey !== undefined) prompt.textShape = shapeOf(text, opts.hashKey);
  const origin = isObject(rec.origin) ? str(rec.origin.kind) : undefined;
  const source = str(rec.promptSource);
  if (origin) prompt.origin = origin;
  else if (source && source !== 'sdk' && source !== 'user') prompt.origin = source;
  const notification = parseNotification(text);
  if (notification) prompt.notification = notification;
  return [prompt];
}

function normalizeSystem(rec: Json, env: Envelope, opts: NormalizeOptions): TranscriptEntry[] {
  const subtype = str(rec.subtype) ?? 'unknown';
  const entry: {
    -readonly [K in keyof SystemEntry]: SystemEntry[K];
  } = { ...env, kind: 'system', subtype };
  const d = num(rec.durationMs);
  if (d !== undefined) entry.durationMs = d;
  if (Array.isArray(rec.hookInfos)) {
    const durations = rec.hookInfos
      .map((h) => (isObject(h) ? num(h.durationMs) : undefined))
      .filter((x): x is number => x !== undefined);
    if (durations.length > 0) entry.hookDurationsMs = durations;
  }
  if (isObject(rec.compactMetadata)) {
    const trigger = str(rec.compactMetadata.trigger);
    if (trigger) entry.compactTrigger = trigger;
    const pre = num(rec.compactMetadata.preTokens);
    if (pre !== undefined) entry.compactPreTokens = pre;
  }
  const level = str(rec.level);
  if (level) entry.level = level;
  const hookStop = hookStopOf(rec, opts);
  if (hookStop) entry.hookStop = hookStop;
  const signals = systemSignals(rec);
  return signals.length > 0 ? [entry, { ...env, kind: 'signal', signals }] : [entry];
}

function normalizeProgress(rec: Json, env: Envelope, opts: NormalizeOptions): TranscriptEntry[] {
  const data = isObject(rec.data) ? rec.data : undefined;
  if (data?.type !== 'agent_progress' || !isObject(data.message))
    return opts.keepOther ? [{ ...env, kind: 'other', type: `progress:${String(data?.type ?? '')}` }] : [];
  // Older versions (≤ 2.1.x early) mirror subagent messages here; the subagent file may be missing.
  const inner = data.message;
  const innerRec: Json = { ...inner, isSidechain: true };
  return normalizeRecord(innerRec, opts, {
    timeMs: env.timeMs,
    sessionId: env.sessionId,
    isSidechain: true,
    agentId: str(data.agentId) ?? env.agentId,
    viaProgress: true,
    parentToolUseId: str(rec.parentToolUseID),
  });
}

const IGNORED_TYPES = new Set([
  'file-history-snapshot',
  'queue-operation',
  'api-request-shape',
  'api-request-blob',
  'tools-used',
  'last-prompt',
  'atis-latch',
  'mode',
  'permission-mode',
  'custom-title',
  'ai-title',
  'agent-name',
  'agent-setting',
  'pr-link',
  'bridge-session',
  'worktree-state',
]);

function normalizeRecord(
  rec: Json,
  opts: NormalizeOptions,
  inherited?: Partial<Envelope>,
): TranscriptEntry[] {
  // The oldest versions wrote messages without `type`; the message role says what they are.
  const role = isObject(rec.message) ? rec.message.role : undefined;
  const type = typeof rec.type === 'string' ? rec.type : role === 'assistant' || role === 'user' ? role : '';
  const env = envelope(rec, inherited);
  switch (type) {
    case 'assistant':
      return normalizeAssistant(rec, env, opts);
    case 'user':
      return normalizeUser(rec, env, opts);
    case 'system':
      return normalizeSystem(rec, env, opts);
    case 'progress':
      return normalizeProgress(rec, env, opts);
    case 'api-request': {
      const id = str(rec.id);
      if (!id) return [{ ...env, kind: 'other', type }];
      const params = isObject(rec.params) ? rec.params : undefined;
      const entry: ApiRequestEntry = { ...env, kind: 'api_request', id };
      const model = str(params?.model);
      const querySource = str(rec.querySource);
      return [{ ...entry, ...(model ? { model } : {}), ...(querySource ? { querySource } : {}) }];
    }
    case 'cost-state': {
      const modelUsage = isObject(rec.modelUsage) ? (rec.modelUsage as CostStateEntry['modelUsage']) : {};
      return [{ ...env, kind: 'cost_state', totalCostUsd: num(rec.totalCostUSD), modelUsage }];
    }
    case 'summary':
      return [{ ...env, kind: 'summary', compaction: false }];
    case 'attachment': {
      const signals = attachmentSignals(rec);
      if (signals.length > 0) return [{ ...env, kind: 'signal', signals }];
      return opts.keepOther ? [{ ...env, kind: 'other', type }] : [];
    }
    default:
      if (!opts.keepOther && IGNORED_TYPES.has(type)) return [];
      return [{ ...env, kind: 'other', type: type || 'untyped' }];
  }
}

/**
 * Normalises one parsed transcript line into zero or more entries (a user record with several
 * tool results yields several). Never throws: anything unexpected becomes an `other` entry.
 */
export function normalizeTranscriptRecord(
  record: unknown,
  options: NormalizeOptions = {},
): TranscriptEntry[] {
  if (!isObject(record)) return [{ isSidechain: false, kind: 'other', type: 'not-an-object' }];
  try {
    return normalizeRecord(record, options);
  } catch {
    return [{ isSidechain: false, kind: 'other', type: 'unreadable' }];
  }
}
