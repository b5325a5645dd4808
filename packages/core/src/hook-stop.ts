import { redactSecrets } from './redact-secrets.js';

/**
 * What a hook did to a prompt or a turn: `blocked` a prompt before the model saw it (UserPromptSubmit), `stopped`
 * the turn (`continue: false`) or kept it going when the model had finished (`continued`: a Stop hook's
 * `decision: "block"`).
 */
export type HookStopOutcome = 'blocked' | 'stopped' | 'continued';

/** A hook's stop, as read from one transcript record. */
export interface HookStop {
  readonly event: 'UserPromptSubmit' | 'Stop';
  readonly outcome: HookStopOutcome;
  /** The text the hook gave, redacted; only with `hookReasons` (content capture). */
  readonly reason?: string;
  /** Keyed hash of the prompt a UserPromptSubmit hook refused (with `contentHash`): which prompt, not its text. */
  readonly inputHash?: string;
}

export interface HookStopOptions {
  readonly hookReasons?: boolean;
  readonly contentHash?: (value: unknown) => string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Claude Code 2.1.332 ends the record of a refused prompt with it. */
const ORIGINAL_PROMPT = '\n\nOriginal prompt: ';

/**
 * The hook stop a `system` record attests, if any (2.1.332, checked on the binary):
 * - a prompt refused by a UserPromptSubmit hook (`decision: "block"` or exit 2) is no `user` record but a
 *   `system` record `informational` with `promptSubmitEnding: {ending: {kind: "blocked_by_hook", reason}}` and
 *   the prompt at the end of `content`;
 * - a Stop hook's `stop_hook_summary` says `preventedContinuation: true` and `stopReason` for `continue: false`,
 *   and lists a `decision: "block"` reason in `hookErrors` (a hook that failed is in `failedHookErrorIndexes`).
 */
export function hookStopOf(rec: Json, options: HookStopOptions): HookStop | undefined {
  const reasonOf = (value: string | undefined) =>
    options.hookReasons && value ? { reason: String(redactSecrets(value)) } : {};
  const ending = isObject(rec.promptSubmitEnding) ? rec.promptSubmitEnding.ending : undefined;
  if (isObject(ending) && ending.kind === 'blocked_by_hook') {
    const content = text(rec.content) ?? '';
    const at = content.lastIndexOf(ORIGINAL_PROMPT);
    const prompt = at >= 0 ? content.slice(at + ORIGINAL_PROMPT.length) : undefined;
    return {
      event: 'UserPromptSubmit',
      outcome: 'blocked',
      ...reasonOf(text(ending.reason)),
      ...(prompt !== undefined && options.contentHash ? { inputHash: options.contentHash(prompt) } : {}),
    };
  }
  if (rec.subtype !== 'stop_hook_summary') return undefined;
  if (rec.preventedContinuation === true)
    return { event: 'Stop', outcome: 'stopped', ...reasonOf(text(rec.stopReason)) };
  const failed = new Set(Array.isArray(rec.failedHookErrorIndexes) ? rec.failedHookErrorIndexes : []);
  const blocks = (Array.isArray(rec.hookErrors) ? rec.hookErrors : []).filter(
    (e, i): e is string => typeof e === 'string' && !failed.has(i),
  );
  if (blocks.length === 0) return undefined;
  return { event: 'Stop', outcome: 'continued', ...reasonOf(blocks.join('\n')) };
}
