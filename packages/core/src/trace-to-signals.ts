import type { Attributes, AttributeValue, LogRecordData } from '@glassbox/spec';
import { toolOrigin } from './attribution.js';
import type { LlmCallNode, SessionTrace, SubagentNode, ToolCallNode, TurnNode } from './session-trace.js';
import { EDIT_TOOLS } from './tool-signal.js';
import { logRecordId } from './trace-ids.js';

/**
 * The derived signals of a session, as log records (one per event, deterministic ids): lines of code an edit
 * changed, commits and pull requests a Bash call created, skills activated, refusals, active time per turn,
 * and the session-level signals the tracker lists (`trace.signals`: API errors and retries, hook runs, MCP
 * server connections). `signalMetrics` turns each record into the metric increments, so the log and the
 * metrics always agree. Derived from the reconciled trace: a record is the same whichever channel saw it first.
 */

/** The log events of derived signals (`LogRecordData.event`). */
export const SIGNAL_EVENTS = [
  'code_edit',
  'commit',
  'pull_request',
  'skill_activated',
  'api_refusal',
  'active_time',
  'api_error',
  'hook_execution',
  'mcp_server_connection',
] as const;
export type SignalEvent = (typeof SIGNAL_EVENTS)[number];

/** A user prompt's idle time before it counts at most this much as the user's active time. */
export const USER_ACTIVE_CAP_MS = 5 * 60_000;

export interface TraceToSignalsOptions {
  /** Added to every record (who and where). */
  readonly resource?: Attributes;
  /** Ids already delivered: left out. */
  readonly skip?: { has(id: string): boolean };
}

/** Per `skip` set: turns complete and delivered, whose records are not built again (see traceToTelemetry). */
const deliveredTurns = new WeakMap<object, WeakSet<TurnNode>>();

type Attrs = Record<string, AttributeValue>;

export function traceToSignals(trace: SessionTrace, opts: TraceToSignalsOptions = {}): LogRecordData[] {
  const resource: Attrs = { ...(opts.resource ?? {}) };
  const skip = opts.skip;
  const sid = trace.sessionId;
  const logs: LogRecordData[] = [];
  let done: WeakSet<TurnNode> | undefined;
  if (skip) {
    done = deliveredTurns.get(skip);
    if (!done) deliveredTurns.set(skip, (done = new WeakSet()));
  }
  let pending = false;
  const add = (
    event: SignalEvent,
    key: string,
    timeMs: number,
    spanId: string,
    attributes: Record<string, AttributeValue | undefined>,
    severity: LogRecordData['severity'] = 'info',
    id = logRecordId(sid, event, key),
  ): void => {
    if (skip?.has(id)) return;
    logs.push({
      id,
      timeMs,
      severity,
      event,
      traceId: trace.traceId,
      spanId,
      attributes: clean({ ...resource, sessionId: sid, ...attributes }),
    });
  };

  const visitTool = (node: ToolCallNode, promptId: string | undefined, agent?: SubagentNode): void => {
    if (!node.complete) pending = true;
    for (const sub of node.subagents) visitAgent(sub, promptId);
    if (!node.complete || node.toolStatus !== 'ok') return;
    const s = node.signal;
    const common = { promptId, agentId: agent?.agentId, toolName: node.name, toolUseId: node.toolUseId };
    if (s && EDIT_TOOLS.has(node.name) && (s.linesAdded !== undefined || s.linesRemoved !== undefined))
      add('code_edit', node.toolUseId, node.endMs, node.spanId, {
        ...common,
        language: s.language ?? 'other',
        linesAdded: s.linesAdded ?? 0,
        linesRemoved: s.linesRemoved ?? 0,
      });
    // As Claude Code counts them (2.1.332): a Bash call that exited 0 and ran `git commit` / `gh pr create`, or
    // whose result Claude Code marked with the commit or PR it made (`gitOperation`).
    if (s?.commitId !== undefined || s?.vcsAction === 'commit')
      add('commit', node.toolUseId, node.endMs, node.spanId, { ...common, commits: 1, commitId: s.commitId });
    if (s?.pullRequest !== undefined || s?.vcsAction === 'pull_request')
      add('pull_request', node.toolUseId, node.endMs, node.spanId, {
        ...common,
        pullRequests: 1,
        pullRequestNumber: s.pullRequest,
      });
    if (node.name === 'Skill' && node.skill) {
      const origin = toolOrigin(node.name, node.skill);
      add('skill_activated', node.toolUseId, node.endMs, node.spanId, {
        ...common,
        skill: origin.skill,
        plugin: origin.plugin,
        trigger: 'model',
      });
    }
  };

  const visitLlm = (node: LlmCallNode, promptId: string | undefined, agent?: SubagentNode): void => {
    if (!node.complete) pending = true;
    else if (node.stopReason === 'refusal')
      add(
        'api_refusal',
        node.key,
        node.endMs,
        node.spanId,
        {
          promptId,
          agentId: agent?.agentId,
          model: node.requestedModel ?? node.model,
          requestId: node.requestId,
        },
        'warn',
      );
  };

  const visitAgent = (node: SubagentNode, promptId: string | undefined): void => {
    if (!node.complete) pending = true;
    const pid = node.promptId ?? promptId;
    for (const child of node.children)
      if (child.kind === 'llm') visitLlm(child, pid, node);
      else visitTool(child, pid, node);
  };

  let previousEnd: number | undefined;
  for (const turn of trace.turns) {
    const gapStart = previousEnd;
    previousEnd = turn.complete ? turn.endMs : undefined;
    if (done?.has(turn)) continue;
    const before = logs.length;
    pending = false;
    for (const child of turn.children)
      if (child.kind === 'llm') visitLlm(child, turn.promptId);
      else visitTool(child, turn.promptId);
    for (const sub of turn.subagents) visitAgent(sub, turn.promptId);
    if (turn.complete) {
      // The user's time: from the previous turn's end to this prompt, capped (a longer pause is time away).
      const userMs =
        turn.origin === undefined && gapStart !== undefined
          ? Math.min(Math.max(0, turn.startMs - gapStart), USER_ACTIVE_CAP_MS)
          : 0;
      add('active_time', turn.key, turn.endMs, turn.spanId, {
        promptId: turn.promptId,
        cliSeconds: Math.max(0, turn.endMs - turn.startMs) / 1000,
        userSeconds: userMs / 1000,
      });
    } else pending = true;
    if (done && turn.complete && !pending && logs.length === before) done.add(turn);
  }

  for (const s of trace.signals ?? [])
    add(s.event, s.key, s.timeMs, s.spanId ?? trace.spanId, { ...s.attributes }, s.severity, s.id);
  return logs;
}

/** Drops undefined values so attributes stay valid OpenTelemetry attributes. */
function clean(attrs: Record<string, AttributeValue | undefined>): Attributes {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) out[k] = v;
  return out;
}
