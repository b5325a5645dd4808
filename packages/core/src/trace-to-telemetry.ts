// `traceToTelemetry`: a session trace walked into spans and logs — the session and its turns here, a model call in
// `llm-call-telemetry.ts`, a tool call in `tool-call-telemetry.ts`.
import type { LogRecordData, SpanData, SpanEvent } from '@glassbox/spec';
import { llmCallTelemetry, unansweredRequestTelemetry } from './llm-call-telemetry.js';
import type {
  LlmCallNode,
  SessionTrace,
  SubagentNode,
  ToolCallNode,
  TraceChild,
  TurnNode,
} from './session-trace.js';
import { clean, shapeAttributes, spanStatus, usageAttributes } from './telemetry-attributes.js';
import { createTelemetryWalk, MAX_ERROR, type TraceToTelemetryOptions } from './telemetry-walk.js';
import { toolCallTelemetry } from './tool-call-telemetry.js';
import { logRecordId } from './trace-ids.js';
import { traceToSignals } from './trace-to-signals.js';

export type { TraceToTelemetryOptions } from './telemetry-walk.js';

/**
 * Per `skip` set: turn nodes whose whole subtree was complete and already delivered. Builds reuse
 * unchanged turn objects, so later calls with the same (grow-only) `skip` do not walk them again.
 */
const deliveredTurns = new WeakMap<object, WeakSet<TurnNode>>();

export interface TraceTelemetry {
  spans: SpanData[];
  logs: LogRecordData[];
}

/**
 * Maps a session trace to OpenTelemetry GenAI spans and the seed's structured logs. Only complete nodes
 * become spans and `llm_call` / `tool_call` logs; `session_start` and `prompt` logs are emitted as soon
 * as they happened. Ids are deterministic, so mapping the same trace twice yields the same records.
 */
export function traceToTelemetry(trace: SessionTrace, opts: TraceToTelemetryOptions): TraceTelemetry {
  const skip = opts.skip;
  let done: WeakSet<TurnNode> | undefined;
  if (skip && typeof skip === 'object') {
    done = deliveredTurns.get(skip);
    if (!done) {
      done = new WeakSet();
      deliveredTurns.set(skip, done);
    }
  }
  /** Set while walking a turn when any node below it is still running. */
  let incomplete = false;
  const spans: SpanData[] = [];
  const logs: LogRecordData[] = [];
  const walk = createTelemetryWalk(trace, opts, spans, logs);
  const { redact, agentName, resource, sid, common, cleanText, addSpan, addLog } = walk;

  // ---- session
  addLog(logRecordId(sid, 'session_start', ''), (id) => ({
    id,
    timeMs: trace.startMs,
    severity: 'info',
    event: 'session_start',
    traceId: trace.traceId,
    spanId: trace.spanId,
    attributes: clean({
      ...resource,
      sessionId: sid,
      model: trace.model,
    }),
  }));
  if (trace.complete) {
    const events: SpanEvent[] = trace.events.map((e) => ({
      name: e.name,
      timeMs: e.timeMs,
      ...(e.attributes ? { attributes: e.attributes } : {}),
    }));
    addSpan(trace.spanId, () => ({
      traceId: trace.traceId,
      spanId: trace.spanId,
      name: `invoke_agent ${agentName}`,
      kind: 'internal',
      startTimeMs: trace.startMs,
      endTimeMs: trace.endMs,
      status:
        trace.status === 'error'
          ? { code: 'error', ...(trace.interrupted ? { message: 'interrupted: Claude Code exited' } : {}) }
          : { code: 'ok' },
      attributes: clean({
        ...common,
        'glassbox.span.type': 'session',
        'gen_ai.operation.name': 'invoke_agent',
        'gen_ai.agent.name': agentName,
        'gen_ai.request.model': trace.model,
        ...usageAttributes(trace.totals),
        'glassbox.turns': trace.turns.length,
        'claude.session.end_reason': trace.endReason,
        'glassbox.session.interrupted': trace.interrupted,
        'claude.version': trace.claudeVersion,
        'glassbox.claude_cost.usd': trace.claudeCostUsd,
        'glassbox.cost.drift_usd': trace.costDriftUsd,
      }),
      events,
    }));
  }

  // ---- nodes
  const visitChildren = (
    children: readonly TraceChild[],
    promptId: string | undefined,
    agent?: SubagentNode,
  ) => {
    for (const child of children) {
      if (child.kind === 'llm') visitLlm(child, promptId, agent);
      else visitTool(child, promptId, agent);
    }
  };

  const visitAgent = (node: SubagentNode, promptId: string | undefined) => {
    const pid = node.promptId ?? promptId;
    if (!node.complete) incomplete = true;
    if (node.complete) {
      const name = node.agentType ?? 'subagent';
      addSpan(node.spanId, () => ({
        traceId: trace.traceId,
        spanId: node.spanId,
        parentSpanId: node.parentSpanId,
        name: `invoke_agent ${name}`,
        kind: 'internal',
        startTimeMs: node.startMs,
        endTimeMs: node.endMs,
        status: spanStatus(node.status, undefined),
        attributes: clean({
          ...common,
          'glassbox.span.type': 'subagent',
          'gen_ai.operation.name': 'invoke_agent',
          'gen_ai.agent.name': name,
          'gen_ai.agent.id': node.agentId,
          'gen_ai.request.model': node.model,
          'claude.prompt.id': pid,
          'gen_ai.tool.call.id': node.parentToolUseId,
          ...usageAttributes(node.totals),
          'error.type': node.status === 'error' ? 'subagent_failed' : undefined,
        }),
        events: [],
      }));
    }
    visitChildren(node.children, pid, node);
  };

  const visitLlm = (node: LlmCallNode, promptId: string | undefined, agent?: SubagentNode) => {
    if (!node.complete) {
      incomplete = true;
      return;
    }
    llmCallTelemetry(walk, node, promptId, agent);
  };

  const visitTool = (node: ToolCallNode, promptId: string | undefined, agent?: SubagentNode) => {
    if (!node.complete) incomplete = true;
    if (node.complete) toolCallTelemetry(walk, node, promptId, agent);
    for (const sub of node.subagents) visitAgent(sub, promptId);
  };

  const visitTurn = (turn: TurnNode) => {
    if (done?.has(turn)) return;
    const before = spans.length + logs.length;
    incomplete = false;
    visitTurnTree(turn);
    if (done && turn.complete && !incomplete && spans.length + logs.length === before) done.add(turn);
  };

  const visitTurnTree = (turn: TurnNode) => {
    const pid = turn.promptId;
    const body: Record<string, unknown> = {};
    if (opts.captureContent && turn.text !== undefined) body.text = redact(turn.text);
    addLog(logRecordId(sid, 'prompt', turn.key), (id) => ({
      id,
      timeMs: turn.startMs,
      severity: 'info',
      event: 'prompt',
      traceId: trace.traceId,
      spanId: turn.spanId,
      attributes: clean({
        ...resource,
        sessionId: sid,
        promptId: pid,
        promptLength: turn.textLength,
        origin: turn.origin,
        ...(opts.captureContent ? {} : shapeAttributes('promptShape', turn.textShape, undefined)),
      }),
      ...(Object.keys(body).length > 0 ? { body } : {}),
    }));
    if (turn.complete) {
      const error = cleanText(turn.error, MAX_ERROR);
      addSpan(turn.spanId, () => ({
        traceId: trace.traceId,
        spanId: turn.spanId,
        parentSpanId: turn.parentSpanId,
        name: `invoke_agent ${agentName}`,
        kind: 'internal',
        startTimeMs: turn.startMs,
        endTimeMs: turn.endMs,
        status: spanStatus(turn.status, error),
        attributes: clean({
          ...common,
          'glassbox.span.type': 'turn',
          'gen_ai.operation.name': 'invoke_agent',
          'gen_ai.agent.name': agentName,
          'claude.prompt.id': pid,
          'glassbox.turn.key': turn.key,
          'glassbox.prompt.length': turn.textLength,
          'glassbox.turn.origin': turn.origin,
          'glassbox.turn.interrupted': turn.interrupted,
          ...usageAttributes(turn.totals),
          'error.type': turn.status === 'error' ? 'turn_failed' : undefined,
        }),
        events: [],
      }));
    }
    visitChildren(turn.children, pid);
    for (const sub of turn.subagents) visitAgent(sub, pid);
    for (const u of turn.unanswered ?? []) unansweredRequestTelemetry(walk, u, pid);
  };

  for (const turn of trace.turns) visitTurn(turn);
  for (const sub of trace.subagents) visitAgent(sub, undefined);
  logs.push(...traceToSignals(trace, { resource, ...(skip ? { skip } : {}) }));
  return { spans, logs };
}
