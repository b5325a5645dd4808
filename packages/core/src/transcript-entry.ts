import type { AnthropicUsage } from '@glassbox/pricing';
import { errorSummary } from './error-summary.js';
import { byteSize, shapeOf, type ValueShape } from './shape-of.js';

/**
 * One normalised fact from a Claude Code transcript (`<session>.jsonl`, `subagents/agent-*.jsonl`).
 * The raw format is internal to Claude Code and changes between versions; everything version-specific
 * stays in this file.
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

/** A record of a type the tracker does not use (kept so callers can count it). */
export interface OtherEntry extends EntryBase {
  readonly kind: 'other';
  readonly type: string;
}

export interface NormalizeOptions {
  /** Keep prompt text and tool input/output in entries (content capture). Default false: sizes only. */
  content?: boolean;
  /** With a key, entries carry `ValueShape`s (keys, sizes, keyed hash) of prompts and tool input/output. */
  hashKey?: string | Uint8Array;
  /** Emit `other` entries for record types the tracker ignores. Default false (they are only counted). */
  keepOther?: boolean;
  /** Fingerprints each tool input and output into `inputHash` / `outputHash` (the audit trail's keyed hash). */
  contentHash?: (value: unknown) => string;
  /** Keep the first this many characters of each response's thinking (`thinking`). Default 0: none. */
  thinkingChars?: number;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function parseTime(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v !== 'string') return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
}

const MAX_ERROR_TEXT = 2000;

/** Text of a message `content` (string or blocks), text blocks only. */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  let out = '';
  for (const block of content) {
    if (isObject(block) && block.type === 'text' && typeof block.text === 'string')
      out += out ? `\n${block.text}` : block.text;
  }
  return out;
}

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

function numericMax(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

/** Field-wise merge of two usage objects of the same response: the larger number wins (partial vs final). */
export function mergeUsage(a: AnthropicUsage, b: AnthropicUsage): AnthropicUsage {
  const out: {
    -readonly [K in keyof AnthropicUsage]: AnthropicUsage[K];
  } = {
    input_tokens: numericMax(a.input_tokens, b.input_tokens),
    output_tokens: numericMax(a.output_tokens, b.output_tokens),
    cache_creation_input_tokens: numericMax(a.cache_creation_input_tokens, b.cache_creation_input_tokens),
    cache_read_input_tokens: numericMax(a.cache_read_input_tokens, b.cache_read_input_tokens),
  };
  if (a.cache_creation || b.cache_creation) {
    out.cache_creation = {
      ephemeral_5m_input_tokens: numericMax(
        a.cache_creation?.ephemeral_5m_input_tokens,
        b.cache_creation?.ephemeral_5m_input_tokens,
      ),
      ephemeral_1h_input_tokens: numericMax(
        a.cache_creation?.ephemeral_1h_input_tokens,
        b.cache_creation?.ephemeral_1h_input_tokens,
      ),
    };
  }
  if (a.server_tool_use || b.server_tool_use) {
    out.server_tool_use = {
      web_search_requests: numericMax(
        a.server_tool_use?.web_search_requests,
        b.server_tool_use?.web_search_requests,
      ),
      web_fetch_requests: numericMax(
        a.server_tool_use?.web_fetch_requests,
        b.server_tool_use?.web_fetch_requests,
      ),
    };
  }
  const speed = b.speed ?? a.speed;
  if (speed != null) out.speed = speed;
  const geo = b.inference_geo ?? a.inference_geo;
  if (geo != null) out.inference_geo = geo;
  const tier = b.service_tier ?? a.service_tier;
  if (tier != null) out.service_tier = tier;
  // Server-side iterations (priced one by one above a long-context threshold): keep the fuller list.
  const ai = iterationsOf(a);
  const bi = iterationsOf(b);
  const iterations = bi && (!ai || (b.output_tokens ?? 0) >= (a.output_tokens ?? 0)) ? bi : ai;
  if (iterations) (out as Record<string, unknown>).iterations = iterations;
  for (const k of Object.keys(out) as (keyof AnthropicUsage)[]) if (out[k] === undefined) delete out[k];
  return out;
}

function iterationsOf(usage: AnthropicUsage): readonly unknown[] | undefined {
  const list = (usage as { iterations?: unknown }).iterations;
  return Array.isArray(list) && list.length > 0 ? list : undefined;
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

/** Dedup key of one API response: `message.id` + `requestId` (ccusage and Claude Code agree on it). */
export function llmKeyOf(entry: Pick<LlmResponseEntry, 'messageId' | 'requestId'>): string {
  return `${entry.messageId}\u0000${entry.requestId ?? ''}`;
}

/** Merges two records of the same API response. Order-independent for usage; timestamps widen. */
export function mergeLlmResponses(a: LlmResponseEntry, b: LlmResponseEntry): LlmResponseEntry {
  const toolUses = [...a.toolUses];
  const seen = new Set(toolUses.map((t) => t.id));
  for (const t of b.toolUses) if (!seen.has(t.id)) toolUses.push(t);
  const later = (b.lastTimeMs ?? 0) >= (a.lastTimeMs ?? 0) ? b : a;
  const earlier = later === b ? a : b;
  const merged: LlmResponseEntry = {
    ...earlier,
    kind: 'llm',
    usage: mergeUsage(a.usage, b.usage),
    toolUses,
    stopReason: later.stopReason ?? earlier.stopReason,
    model: a.model || b.model,
    requestedModel: a.requestedModel ?? b.requestedModel,
    requestRef: a.requestRef ?? b.requestRef,
    requestId: a.requestId ?? b.requestId,
    firstTimeMs: minDefined(a.firstTimeMs, b.firstTimeMs),
    lastTimeMs: numericMax(a.lastTimeMs, b.lastTimeMs),
    timeMs: minDefined(a.timeMs, b.timeMs),
    // A non-sidechain copy is the original; a sidechain copy may be a replay.
    isSidechain: a.isSidechain && b.isSidechain,
    agentId: a.agentId ?? b.agentId,
    apiError: a.apiError ?? b.apiError,
    attributionAgent: a.attributionAgent ?? b.attributionAgent,
    recordedCostUsd: a.recordedCostUsd ?? b.recordedCostUsd,
    records: a.records + b.records,
  };
  const thinking = a.thinking ?? b.thinking;
  return thinking === undefined ? merged : { ...merged, thinking };
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
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
  if (rec.isMeta === true || rec.isVisibleInTranscriptOnly === true || LOCAL_OUTPUT.test(text))
    return opts.keepOther ? [{ ...env, kind: 'other', type: 'user-meta' }] : [];
  if (typeof content !== 'string' && !Array.isArray(content))
    return [{ ...env, kind: 'other', type: 'user' }];

  const prompt: {
    -readonly [K in keyof PromptEntry]: PromptEntry[K];
  } = { ...env, kind: 'prompt', textLength: text.length };
  if (promptId) prompt.promptId = promptId;
  if (opts.content) prompt.text = text;
  if (opts.hashKey !== undefined) prompt.textShape = shapeOf(text, opts.hashKey);
  const origin = isObject(rec.origin) ? str(rec.origin.kind) : undefined;
  const source = str(rec.promptSource);
  if (origin) prompt.origin = origin;
  else if (source && source !== 'sdk' && source !== 'user') prompt.origin = source;
  const notification = parseNotification(text);
  if (notification) prompt.notification = notification;
  return [prompt];
}

function normalizeSystem(rec: Json, env: Envelope): TranscriptEntry[] {
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
  return [entry];
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
  'attachment',
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
      return normalizeSystem(rec, env);
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
