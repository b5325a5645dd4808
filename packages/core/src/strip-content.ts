import type { CaptureEvent } from './capture-event.js';
import { errorSummary } from './error-summary.js';
import type { HookInput } from './hook-input.js';
import { byteSize, shapeOf } from './shape-of.js';

/**
 * Content capture off: what of a hook payload or a live event may be stored (the spool included) and sent. Only
 * ids, codes, numbers, flags and shapes (sizes and a keyed hash) remain; prompt text, tool input and output, error
 * text and the assistant's reply are gone before anything is written.
 */

/** Hook string fields that name things rather than say things. Any other string is dropped. */
const HOOK_ID_STRINGS = new Set([
  'hook_event_name',
  'session_id',
  'transcript_path',
  'cwd',
  'prompt_id',
  'permission_mode',
  'agent_id',
  'agent_type',
  'model',
  'source',
  'tool_name',
  'tool_use_id',
  'trigger',
  'agent_transcript_path',
  'last_assistant_message_hmac',
  'matcher',
  'notification_type',
]);

/** Hook fields turned into a summary (`kind (n chars)`) instead of dropped. */
const HOOK_ERROR_STRINGS = new Set(['error', 'reason']);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A hook payload without content. `prompt` becomes `prompt_length` and `prompt_shape`, `tool_input` /
 * `tool_response` become `*_bytes` and `*_shape`, `last_assistant_message` its keyed hash and length, `error` and a
 * denial's `reason` a summary. The Agent tool keeps the ids that link it to its subagent. Never throws.
 */
export function stripHookContent(input: HookInput, hashKey: string | Uint8Array): HookInput {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === 'number' || typeof value === 'boolean') out[key] = value;
    else if (typeof value === 'string') {
      if (HOOK_ID_STRINGS.has(key)) out[key] = value;
      else if (HOOK_ERROR_STRINGS.has(key))
        out[key] =
          key === 'reason' && input.hook_event_name === 'SessionEnd'
            ? value
            : errorSummary(
                value,
                input.hook_event_name === 'PermissionDenied' ? 'permission_denied' : 'error',
              );
    }
  }
  if (typeof input.prompt === 'string') {
    out.prompt_length = input.prompt.length;
    out.prompt_shape = shapeOf(input.prompt, hashKey);
  }
  if (input.tool_input !== undefined) {
    out.tool_input_bytes = byteSize(input.tool_input);
    out.tool_input_shape = shapeOf(input.tool_input, hashKey);
  }
  if (input.tool_response !== undefined) {
    out.tool_response_bytes = byteSize(input.tool_response);
    out.tool_response_shape = shapeOf(input.tool_response, hashKey);
  }
  if (typeof input.last_assistant_message === 'string') {
    const shape = shapeOf(input.last_assistant_message, hashKey);
    out.last_assistant_message_hmac = shape.hash;
    out.last_assistant_message_length = input.last_assistant_message.length;
  }
  if (input.tool_name === 'Agent' || input.tool_name === 'Task') {
    // Type names and ids, not content: they link the call to the subagent it started.
    const ti = isRecord(input.tool_input) ? input.tool_input : {};
    const tr = isRecord(input.tool_response) ? input.tool_response : {};
    if (typeof ti.subagent_type === 'string') out.tool_input = { subagent_type: ti.subagent_type };
    if (typeof tr.agentId === 'string')
      out.tool_response = {
        agentId: tr.agentId,
        ...(typeof tr.resolvedModel === 'string' ? { resolvedModel: tr.resolvedModel } : {}),
      };
  }
  return out as unknown as HookInput;
}

/** Live-event fields that carry content. */
const EVENT_CONTENT = ['text', 'input', 'output', 'prompt', 'content', 'message'] as const;

/**
 * A live event (the mod's) without content: text, input and output become their sizes and shapes, error text a
 * summary. Whatever the mod was configured with, the agent's own setting decides. Never throws.
 */
export function stripEventContent(event: CaptureEvent, hashKey: string | Uint8Array): CaptureEvent {
  const e = event as unknown as Record<string, unknown>;
  if (!EVENT_CONTENT.some((k) => e[k] !== undefined) && e.errorText === undefined && e.error === undefined)
    return event;
  const out: Record<string, unknown> = { ...e };
  for (const k of EVENT_CONTENT) delete out[k];
  if (typeof e.errorText === 'string') out.errorText = errorSummary(e.errorText);
  else delete out.errorText;
  if (typeof e.error === 'string') out.error = errorSummary(e.error);
  else delete out.error;
  if (event.type === 'prompt.submit' && typeof e.text === 'string' && typeof e.textLength !== 'number')
    out.textLength = e.text.length;
  if (event.type === 'tool.start' && e.input !== undefined) {
    out.inputBytes ??= byteSize(e.input);
    out.inputShape ??= shapeOf(e.input, hashKey);
  }
  if (event.type === 'tool.end' && e.output !== undefined) {
    out.outputBytes ??= byteSize(e.output);
    out.outputShape ??= shapeOf(e.output, hashKey);
  }
  return out as unknown as CaptureEvent;
}
