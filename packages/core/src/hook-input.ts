import type { CaptureEvent, ToolStatus } from './capture-event.js';
import { errorSummary } from './error-summary.js';
import { byteSize, shapeOf, type ValueShape } from './shape-of.js';

/** Hook events Claude Code documents (2.1.3xx). Others are accepted and kept as they are. */
export type HookEventName =
  | 'SessionStart'
  | 'Setup'
  | 'UserPromptSubmit'
  | 'UserPromptExpansion'
  | 'PreToolUse'
  | 'PermissionRequest'
  | 'PermissionDenied'
  | 'PostToolUse'
  | 'PostToolUseFailure'
  | 'PostToolBatch'
  | 'Notification'
  | 'MessageDisplay'
  | 'SubagentStart'
  | 'SubagentStop'
  | 'TaskCreated'
  | 'TaskCompleted'
  | 'Stop'
  | 'StopFailure'
  | 'TeammateIdle'
  | 'InstructionsLoaded'
  | 'ConfigChange'
  | 'CwdChanged'
  | 'DirectoryAdded'
  | 'FileChanged'
  | 'WorktreeCreate'
  | 'WorktreeRemove'
  | 'PreCompact'
  | 'PostCompact'
  | 'Elicitation'
  | 'ElicitationResult'
  | 'SessionEnd';

/**
 * A hook's stdin / http POST body, leniently validated: the fields Glassbox uses are typed, everything
 * else (new fields, new events) is kept untouched.
 */
export interface HookInput {
  readonly hook_event_name: HookEventName | (string & {});
  readonly session_id: string;
  readonly transcript_path?: string;
  readonly cwd?: string;
  readonly prompt_id?: string;
  readonly permission_mode?: string;
  readonly agent_id?: string;
  readonly agent_type?: string;
  readonly model?: string;
  readonly source?: string;
  readonly prompt?: string;
  readonly tool_name?: string;
  readonly tool_use_id?: string;
  readonly tool_input?: unknown;
  readonly tool_response?: unknown;
  readonly duration_ms?: number;
  readonly error?: string;
  readonly error_details?: string;
  readonly is_interrupt?: boolean;
  readonly reason?: string;
  readonly trigger?: string;
  readonly agent_transcript_path?: string;
  readonly last_assistant_message?: string;
  readonly stop_hook_active?: boolean;
  readonly [key: string]: unknown;
}

export type ParseHookInputResult =
  /** `coerced`: descriptive fields of the wrong type that were dropped (the caller counts them). */
  { ok: true; input: HookInput; coerced: number } | { ok: false; reason: string };

const STRING_FIELDS = [
  'transcript_path',
  'cwd',
  'prompt_id',
  'permission_mode',
  'agent_id',
  'agent_type',
  'model',
  'source',
  'prompt',
  'tool_name',
  'tool_use_id',
  'error',
  'error_details',
  'reason',
  'trigger',
  'agent_transcript_path',
  'last_assistant_message',
] as const;

/** Fields that identify things: a wrong type here means the payload cannot be trusted at all. */
const ID_FIELDS = new Set(['prompt_id', 'agent_id', 'tool_use_id', 'tool_name']);

const TOOL_EVENTS = new Set(['PreToolUse', 'PostToolUse', 'PostToolUseFailure', 'PermissionDenied']);

/**
 * Validates a hook payload (parsed JSON, or the raw JSON text). Never throws. Unknown events and unknown
 * fields are kept; a payload that is not an object, lacks `hook_event_name` / `session_id`, or carries
 * an id of the wrong type is rejected with a reason (the caller counts it and drops it).
 */
export function parseHookInput(json: unknown): ParseHookInputResult {
  let value = json;
  if (typeof value === 'string' || value instanceof Uint8Array) {
    const text = typeof value === 'string' ? value : Buffer.from(value).toString('utf8');
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'not JSON' };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'not a JSON object' };
  const raw = value as Record<string, unknown>;
  const event = raw.hook_event_name;
  if (typeof event !== 'string' || event.length === 0)
    return { ok: false, reason: 'missing hook_event_name' };
  if (typeof raw.session_id !== 'string' || raw.session_id.length === 0)
    return { ok: false, reason: `${event}: missing session_id` };

  const input: Record<string, unknown> = { ...raw };
  let coerced = 0;
  for (const field of STRING_FIELDS) {
    const v = raw[field];
    if (v === undefined || v === null) {
      delete input[field];
      continue;
    }
    if (typeof v === 'string') continue;
    if (ID_FIELDS.has(field)) return { ok: false, reason: `${event}: ${field} must be a string` };
    // Descriptive fields of the wrong type are dropped, not fatal.
    delete input[field];
    coerced++;
  }
  const dropUnless = (field: string, ok: (v: unknown) => boolean): void => {
    if (input[field] === undefined || ok(input[field])) return;
    delete input[field];
    coerced++;
  };
  dropUnless('duration_ms', (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0);
  dropUnless('is_interrupt', (v) => typeof v === 'boolean');
  dropUnless('stop_hook_active', (v) => typeof v === 'boolean');
  if (TOOL_EVENTS.has(event) && typeof input.tool_name !== 'string')
    return { ok: false, reason: `${event}: missing tool_name` };
  return { ok: true, input: input as HookInput, coerced };
}

export interface HookToCaptureOptions {
  /** Carry prompt text and tool input/output. Default false: sizes (and shapes with `hashKey`) only. */
  captureContent?: boolean;
  /** With a key and no content capture, tool events carry `inputShape` / `outputShape`. */
  hashKey?: string | Uint8Array;
}

const MAX_ERROR = 4000;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Turns one validated hook payload into the live events the tracker merges (usually one; the Agent
 * tool's PostToolUse also yields the `agent.spawn` that links the call to its subagent). Events the
 * tracker does not use yield none. Never throws.
 */
export function hookInputToCaptureEvents(
  input: HookInput,
  receivedAtMs: number,
  options: HookToCaptureOptions = {},
): CaptureEvent[] {
  try {
    return convert(input, receivedAtMs, options);
  } catch {
    return [];
  }
}

function convert(input: HookInput, atMs: number, options: HookToCaptureOptions): CaptureEvent[] {
  const base: Mutable<{
    source: 'hook';
    sessionId: string;
    atMs: number;
    agentId?: string;
    transcriptPath?: string;
    cwd?: string;
    promptId?: string;
  }> = { source: 'hook', sessionId: input.session_id, atMs };
  if (input.agent_id) base.agentId = input.agent_id;
  if (input.transcript_path) base.transcriptPath = input.transcript_path;
  if (input.cwd) base.cwd = input.cwd;
  if (input.prompt_id) base.promptId = input.prompt_id;
  const content = options.captureContent === true;
  const shapes = !content && options.hashKey !== undefined;
  // A payload stripped before the spool (`stripHookContent`) carries sizes and shapes in place of the content.
  const sizeOf = (field: 'tool_input' | 'tool_response'): number => {
    const stored = input[`${field}_bytes`];
    return typeof stored === 'number' ? stored : byteSize(input[field]);
  };
  const shapeOfField = (field: 'tool_input' | 'tool_response'): ValueShape => {
    const stored = input[`${field}_shape`];
    return typeof stored === 'object' && stored !== null
      ? (stored as ValueShape)
      : shapeOf(input[field], options.hashKey!);
  };
  const errorOf = (text: string, kind?: string): string =>
    (content ? text : errorSummary(text, kind)).slice(0, MAX_ERROR);

  switch (input.hook_event_name) {
    case 'SessionStart':
      return [
        {
          ...base,
          type: 'session.start',
          ...(input.model ? { model: input.model } : {}),
          ...(input.source ? { trigger: input.source } : {}),
        },
      ];
    case 'SessionEnd':
      return [{ ...base, type: 'session.end', ...(input.reason ? { reason: input.reason } : {}) }];
    case 'UserPromptSubmit': {
      const text = input.prompt ?? '';
      return [
        {
          ...base,
          type: 'prompt.submit',
          ...(input.prompt_id ? { promptId: input.prompt_id } : {}),
          textLength:
            input.prompt === undefined && typeof input.prompt_length === 'number'
              ? input.prompt_length
              : text.length,
          ...(content ? { text } : {}),
        },
      ];
    }
    case 'PreToolUse': {
      if (!input.tool_use_id || !input.tool_name) return [];
      return [
        {
          ...base,
          type: 'tool.start',
          toolUseId: input.tool_use_id,
          toolName: input.tool_name,
          inputBytes: sizeOf('tool_input'),
          ...(content ? { input: input.tool_input } : {}),
          ...(shapes ? { inputShape: shapeOfField('tool_input') } : {}),
        },
      ];
    }
    case 'PostToolUse':
    case 'PostToolUseFailure':
    case 'PermissionDenied': {
      if (!input.tool_use_id || !input.tool_name) return [];
      const event = input.hook_event_name;
      const status: ToolStatus =
        event === 'PostToolUse'
          ? 'ok'
          : event === 'PermissionDenied'
            ? 'denied'
            : input.is_interrupt === true
              ? 'interrupted'
              : 'error';
      const errorText =
        event === 'PermissionDenied'
          ? input.reason
          : event === 'PostToolUseFailure'
            ? input.error
            : undefined;
      const output = event === 'PostToolUse' ? input.tool_response : undefined;
      const hasOutput =
        event === 'PostToolUse' && (output !== undefined || typeof input.tool_response_bytes === 'number');
      const out: CaptureEvent[] = [
        {
          ...base,
          type: 'tool.end',
          toolUseId: input.tool_use_id,
          toolName: input.tool_name,
          status,
          ...(input.duration_ms !== undefined ? { durationMs: input.duration_ms } : {}),
          ...(errorText
            ? { errorText: errorOf(errorText, status === 'denied' ? 'permission_denied' : undefined) }
            : {}),
          ...(hasOutput ? { outputBytes: sizeOf('tool_response') } : {}),
          ...(content && output !== undefined ? { output } : {}),
          ...(shapes && hasOutput ? { outputShape: shapeOfField('tool_response') } : {}),
        },
      ];
      const spawn = agentSpawnFrom(input);
      if (spawn) out.push({ ...base, type: 'agent.spawn', toolUseId: input.tool_use_id, ...spawn });
      return out;
    }
    case 'Stop':
      return [{ ...base, type: 'turn.end' }];
    case 'StopFailure':
      return [
        {
          ...base,
          type: 'turn.end',
          failed: true,
          ...(input.error ? { error: errorOf(input.error) } : {}),
        },
      ];
    case 'SubagentStart': {
      // Fired in the parent's context: agent_id names the child, not the sender.
      const { agentId: _child, ...parent } = base;
      return [
        {
          ...parent,
          type: 'agent.spawn',
          ...(input.agent_id ? { spawnedAgentId: input.agent_id } : {}),
          ...(input.agent_type ? { subagentType: input.agent_type } : {}),
        },
      ];
    }
    case 'SubagentStop':
      return [
        {
          ...base,
          type: 'subagent.stop',
          ...(input.agent_transcript_path ? { agentTranscriptPath: input.agent_transcript_path } : {}),
        },
      ];
    case 'PreCompact':
      return [{ ...base, type: 'session.compact', ...(input.trigger ? { trigger: input.trigger } : {}) }];
    default:
      return [];
  }
}

/** The Agent (legacy: Task) tool's response names the subagent it started. */
function agentSpawnFrom(
  input: HookInput,
): { spawnedAgentId: string; subagentType?: string; model?: string } | undefined {
  if (input.tool_name !== 'Agent' && input.tool_name !== 'Task') return undefined;
  const response = input.tool_response;
  if (typeof response !== 'object' || response === null) return undefined;
  const r = response as Record<string, unknown>;
  if (typeof r.agentId !== 'string' || r.agentId.length === 0) return undefined;
  const toolInput = (
    typeof input.tool_input === 'object' && input.tool_input !== null ? input.tool_input : {}
  ) as Record<string, unknown>;
  return {
    spawnedAgentId: r.agentId,
    ...(typeof toolInput.subagent_type === 'string' ? { subagentType: toolInput.subagent_type } : {}),
    ...(typeof r.resolvedModel === 'string' ? { model: r.resolvedModel } : {}),
  };
}
