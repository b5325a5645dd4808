import { createHash } from 'node:crypto';
import type { AuditDecisionData, AuditDecisionType } from '@glassbox/spec';
import { redactSecrets } from './redact-secrets.js';
import type {
  HookStopNode,
  LlmCallNode,
  SessionTrace,
  SubagentNode,
  ToolCallNode,
  TraceChild,
} from './session-trace.js';

export interface TraceToAuditOptions {
  /** Put the start of each response's thinking in `reasoning` (redacted). Default false. */
  readonly captureContent?: boolean;
  /** `userId` of every decision. Default `anonymous` (the seed's). */
  readonly userId?: string;
  /**
   * Fingerprints a value the trace carries itself (content capture on, or a live-only call); the transcript
   * reader's `inputHash` / `outputHash` come first. Without it such a call gets no hash.
   */
  readonly contentHash?: (value: unknown) => string;
  /** Decision ids already written or delivered: those decisions are left out. */
  readonly skip?: { has(id: string): boolean };
  /** Applied to `reasoning`. Default `redactSecrets`. */
  readonly redact?: (value: string) => string;
}

/** `reasoning` holds at most this many characters of thinking (the seed's). */
export const AUDIT_REASONING_CHARS = 500;

/** A refusal or safety stop by the model (`stop_reason`). */
const SAFETY_STOPS = new Set(['refusal']);

interface Verdict {
  readonly type: AuditDecisionType;
  readonly source?: string;
  readonly reasonCode?: string;
  readonly outcome?: string;
}

/**
 * The audit decisions a reconciled session trace attests, in the order they happened within each turn (a
 * subagent's after the call that started it): `response_generated` for every model response (a refusal adds a
 * `safety_block`), `tool_call` for every tool that ran (ok, failed or interrupted), `tool_skip` for a call the
 * user, the settings or the permission mode did not let run, `safety_block` for one a hook, a managed policy or
 * the sandbox stopped, and for a prompt a UserPromptSubmit hook refused or a turn a Stop hook stopped or kept going
 * (`hookEvent`, `outcome`; the hook's text in `reason` only with content capture). Only finished nodes count, and
 * while a turn goes on a call waits for the calls its response asked for before it (request order). Ids are
 * deterministic (session, kind, natural id), so deriving again after a retry or a restart yields the same
 * decisions and the audit log skips them. Pure.
 */
export function traceToAuditDecisions(
  trace: SessionTrace,
  options: TraceToAuditOptions = {},
): AuditDecisionData[] {
  const out: AuditDecisionData[] = [];
  const sessionId = trace.sessionId;
  const userId = options.userId ?? 'anonymous';
  const redact = options.redact ?? ((text: string) => String(redactSecrets(text)));
  const add = (
    type: AuditDecisionType,
    naturalId: string,
    timeMs: number,
    fields: Partial<AuditDecisionData> & { inputHash: string; metadata: Record<string, unknown> },
  ): void => {
    const id = auditDecisionId(sessionId, type, naturalId);
    if (options.skip?.has(id)) return;
    out.push({
      id,
      timestamp: new Date(timeMs).toISOString(),
      sessionId,
      userId,
      decisionType: type,
      ...fields,
      metadata: dropUndefined(fields.metadata),
    });
  };
  const hashOf = (known: string | undefined, value: unknown): string | undefined =>
    known ?? (value !== undefined && options.contentHash ? options.contentHash(value) : undefined);

  const visitLlm = (node: LlmCallNode, turnIndex: number, promptId: string | undefined): void => {
    if (!node.complete) return;
    const base = {
      turnIndex,
      promptId,
      agentId: node.agentId,
      model: node.model,
      requestId: node.requestId,
      messageId: node.messageId,
      stopReason: node.stopReason,
    };
    // A response has no content of its own in the log: its hash fingerprints which response it was.
    const inputHash = fingerprint(`${node.messageId}\n${node.requestId ?? ''}`);
    const reasoning =
      options.captureContent && node.thinking
        ? redact(node.thinking.slice(0, AUDIT_REASONING_CHARS))
        : undefined;
    add('response_generated', node.key, node.endMs, {
      decisionSource: 'model',
      inputHash,
      ...(reasoning ? { reasoning } : {}),
      metadata: {
        ...base,
        inputTokens: node.usage.input_tokens ?? 0,
        outputTokens: node.usage.output_tokens ?? 0,
        cacheReadInputTokens: node.usage.cache_read_input_tokens ?? 0,
        cacheCreationInputTokens: node.usage.cache_creation_input_tokens ?? 0,
      },
    });
    if (node.stopReason && SAFETY_STOPS.has(node.stopReason))
      add('safety_block', `${node.key}:stop`, node.endMs, {
        decisionSource: 'model',
        inputHash,
        metadata: { ...base, reasonCode: node.stopReason },
      });
  };

  const visitTool = (
    node: ToolCallNode,
    turnIndex: number,
    promptId: string | undefined,
    held: boolean,
  ): void => {
    if (node.complete && !held) {
      const verdict = toolVerdict(node);
      const inputHash = hashOf(node.inputHash, node.input) ?? '';
      const outputHash = verdict.type === 'tool_call' ? hashOf(node.outputHash, node.output) : undefined;
      add(verdict.type, node.toolUseId, node.startMs, {
        toolName: node.name,
        toolUseId: node.toolUseId,
        ...(verdict.source ? { decisionSource: verdict.source } : {}),
        inputHash,
        ...(outputHash ? { outputHash } : {}),
        metadata: {
          turnIndex,
          promptId: node.promptId ?? promptId,
          agentId: node.agentId,
          outcome: verdict.outcome,
          reasonCode: verdict.reasonCode,
          durationMs: verdict.type === 'tool_call' ? node.durationMs : undefined,
        },
      });
    }
    for (const sub of node.subagents) visitAgent(sub, turnIndex, promptId);
  };

  // A hook's refusal of a prompt or stop of a turn: a safety block by the hook, its text only with content on.
  const visitHookStop = (stop: HookStopNode, turnIndex: number): void => {
    add('safety_block', `hook:${stop.key}`, stop.timeMs, {
      decisionSource: 'hook',
      inputHash: stop.inputHash ?? fingerprint(`${stop.event}\n${stop.key}`),
      metadata: {
        turnIndex,
        promptId: stop.promptId,
        hookEvent: stop.event,
        outcome: stop.outcome,
        reasonCode: `hook:${stop.event}`,
        reason: options.captureContent && stop.reason ? redact(stop.reason) : undefined,
      },
    });
  };
  const stops = [...(trace.hookStops ?? [])].sort((a, b) => a.timeMs - b.timeMs);
  /** Emits the hook stops of `turnKey` (undefined: those of no turn) that happened before `beforeMs`. */
  const flushStops = (
    turnKey: string | undefined,
    turnIndex: number,
    beforeMs = Number.POSITIVE_INFINITY,
  ) => {
    for (let i = 0; i < stops.length; i++) {
      const stop = stops[i]!;
      if (stop.turnKey !== turnKey || stop.timeMs > beforeMs) continue;
      visitHookStop(stop, turnIndex);
      stops.splice(i--, 1);
    }
  };

  const visitChildren = (
    container: { readonly children: readonly TraceChild[]; readonly complete: boolean },
    turnIndex: number,
    promptId?: string,
    turnKey?: string,
  ): void => {
    // The log is append-only: while the turn goes on, a response's call waits for the calls it asked for
    // before it, so parallel calls are written in their request order whichever finished first.
    const running = new Set<string>();
    for (const child of container.children) {
      // A Stop hook that kept the turn going did so before the responses that followed.
      if (turnKey !== undefined) flushStops(turnKey, turnIndex, child.startMs);
      if (child.kind === 'llm') {
        visitLlm(child, turnIndex, promptId);
        continue;
      }
      const request = child.requestedBy === child.parentSpanId ? child.requestedBy : undefined;
      const held = !container.complete && request !== undefined && running.has(request);
      if (request !== undefined && !child.complete) running.add(request);
      visitTool(child, turnIndex, promptId, held);
    }
  };
  const visitAgent = (agent: SubagentNode, turnIndex: number, promptId: string | undefined): void =>
    visitChildren(agent, turnIndex, agent.promptId ?? promptId);

  trace.turns.forEach((turn, turnIndex) => {
    flushStops(undefined, -1, turn.startMs);
    visitChildren(turn, turnIndex, turn.promptId, turn.key);
    for (const sub of turn.subagents) visitAgent(sub, turnIndex, turn.promptId);
    flushStops(turn.key, turnIndex);
  });
  for (const sub of trace.subagents) visitAgent(sub, -1, undefined);
  // Refused prompts after the last turn, and stops whose turn the trace no longer has.
  for (const stop of stops) visitHookStop(stop, -1);
  return out;
}

/** `hex(sha256(session ‖ type ‖ natural id))[0..32]`: one id per decision, whoever derives it. */
export function auditDecisionId(sessionId: string, type: AuditDecisionType, naturalId: string): string {
  return fingerprint(`audit\n${sessionId}\n${type}\n${naturalId}`).slice(0, 32);
}

/**
 * What kind of decision a finished call was, from what Claude Code recorded: its `permissionDecision` codes and
 * `toolDenialKind`. A call refused by a hook, a managed policy (`policySettings`) or the sandbox is a
 * `safety_block`; one refused by a rule, the user or the permission mode (or of a tool the settings removed) is a
 * `tool_skip`; anything else ran.
 */
export function toolVerdict(node: ToolCallNode): Verdict {
  const p = node.permission;
  const refused =
    node.toolStatus === 'denied' ||
    node.denialKind !== undefined ||
    p?.decision === 'reject' ||
    p?.decision === 'deny';
  if (!refused) {
    const outcome =
      node.toolStatus === 'ok' ? 'ok' : node.toolStatus === 'interrupted' ? 'interrupted' : 'failed';
    return {
      type: 'tool_call',
      outcome,
      ...(p?.source ? { source: p.source } : {}),
      ...(p?.reasonCode || p?.ruleSource ? { reasonCode: p.reasonCode ?? `rule:${p.ruleSource}` } : {}),
    };
  }
  // Claude Code writes `reasonCode: unknown` for a call nobody was there to approve (`-p`): its kind says more.
  const reasonCode = p?.reasonCode === 'unknown' ? undefined : p?.reasonCode;
  const code = reasonCode ?? node.denialKind ?? p?.reasonType ?? 'denied';
  const text = `${p?.source ?? ''} ${p?.reasonType ?? ''} ${p?.reasonCode ?? ''}`;
  if (p?.source === 'hook' || p?.reasonType === 'hook' || p?.reasonCode?.startsWith('hook:'))
    return { type: 'safety_block', source: 'hook', reasonCode: code, outcome: 'blocked' };
  if (p?.ruleSource === 'policySettings' || /\bpolicy\b/i.test(text))
    return { type: 'safety_block', source: 'policy', reasonCode: code, outcome: 'blocked' };
  if (/sandbox/i.test(text))
    return { type: 'safety_block', source: 'sandbox', reasonCode: code, outcome: 'blocked' };
  if (node.denialKind === 'tool-disabled')
    return { type: 'tool_skip', source: 'config', reasonCode: 'tool-disabled', outcome: 'denied' };
  const source = p?.source ?? (node.denialKind === 'user-rejected' ? 'user' : undefined);
  return { type: 'tool_skip', ...(source ? { source } : {}), reasonCode: code, outcome: 'denied' };
}

function fingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined) out[k] = v;
  return out;
}
