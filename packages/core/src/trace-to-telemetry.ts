import type {
  Attributes,
  AttributeValue,
  LogRecordData,
  LogSeverity,
  SpanData,
  SpanEvent,
  SpanStatus,
} from '@glassbox/spec';
import { toolOrigin, toolOriginAttributes } from './attribution.js';
import { redactSecrets } from './redact-secrets.js';
import type {
  LlmCallNode,
  SessionTrace,
  SubagentNode,
  ToolCallNode,
  TraceChild,
  TurnNode,
  UnansweredRequest,
  UsageTotals,
} from './session-trace.js';
import type { ValueShape } from './shape-of.js';
import { logRecordId } from './trace-ids.js';
import { cacheWriteSplit } from './usage-totals.js';

export interface TraceToTelemetryOptions {
  /** Put prompt text and tool input/output in log bodies and span attributes (redacted). */
  readonly captureContent: boolean;
  /** Applied to every piece of content and error text that leaves. Default: `redactSecrets`. */
  readonly redact?: (value: unknown) => unknown;
  /** Added to every span and log (e.g. `user`, `project`, `team`), for spend by owner in any backend. */
  readonly resource?: Attributes;
  /** Ids (span ids and log ids) already delivered: those records are left out. Children are still visited. */
  readonly skip?: { has(id: string): boolean };
  /** `gen_ai.agent.name` of the main agent. Default `claude-code`. */
  readonly agentName?: string;
}

/**
 * Per `skip` set: turn nodes whose whole subtree was complete and already delivered. Builds reuse
 * unchanged turn objects, so later calls with the same (grow-only) `skip` do not walk them again.
 */
const deliveredTurns = new WeakMap<object, WeakSet<TurnNode>>();

export interface TraceTelemetry {
  spans: SpanData[];
  logs: LogRecordData[];
}

/** Error text in spans and logs is cut to this many characters after redaction. */
const MAX_ERROR = 1000;
/** Content attributes on spans (opt-in) are cut to this many characters. */
const MAX_CONTENT_ATTR = 8192;

type Attrs = Record<string, AttributeValue>;

/**
 * Maps a session trace to OpenTelemetry GenAI spans and the seed's structured logs. Only complete nodes
 * become spans and `llm_call` / `tool_call` logs; `session_start` and `prompt` logs are emitted as soon
 * as they happened. Ids are deterministic, so mapping the same trace twice yields the same records.
 */
export function traceToTelemetry(trace: SessionTrace, opts: TraceToTelemetryOptions): TraceTelemetry {
  const redact = opts.redact ?? ((v: unknown) => redactSecrets(v));
  const agentName = opts.agentName ?? 'claude-code';
  const resource: Attrs = { ...(opts.resource ?? {}) };
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
  const sid = trace.sessionId;
  const common: Attrs = {
    ...resource,
    'gen_ai.conversation.id': sid,
    'gen_ai.provider.name': 'anthropic',
  };

  const cleanText = (text: string | undefined, max: number): string | undefined => {
    if (text === undefined) return undefined;
    const out = redact(text);
    const s = typeof out === 'string' ? out : JSON.stringify(out);
    return s.length > max ? `${s.slice(0, max)}…` : s;
  };
  const contentAttr = (value: unknown): string | undefined => {
    if (value === undefined) return undefined;
    const out = redact(value);
    const s = typeof out === 'string' ? out : (JSON.stringify(out) ?? '');
    return s.length > MAX_CONTENT_ATTR ? `${s.slice(0, MAX_CONTENT_ATTR)}…` : s;
  };

  // Records already delivered are not even built: repeated mapping of a long session stays cheap.
  const addSpan = (spanId: string, make: () => SpanData): void => {
    if (!skip?.has(spanId)) spans.push(make());
  };
  // The id is hashed once and handed to `make` (log ids are sha256 digests: the walk's hottest part).
  const addLog = (id: string, make: (id: string) => LogRecordData): void => {
    if (!skip?.has(id)) logs.push(make(id));
  };

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
    const u = node.usage;
    const split = cacheWriteSplit(u);
    const cacheRead = u.cache_read_input_tokens ?? 0;
    const cacheWrite = u.cache_creation_input_tokens ?? 0;
    const input = u.input_tokens ?? 0;
    const output = u.output_tokens ?? 0;
    const latencyMs = node.endMs - node.startMs;
    const requested = node.requestedModel ?? node.model;
    const error = cleanText(node.error, MAX_ERROR);
    addSpan(node.spanId, () => ({
      traceId: trace.traceId,
      spanId: node.spanId,
      parentSpanId: node.parentSpanId,
      name: `chat ${requested}`,
      kind: 'client',
      startTimeMs: node.startMs,
      endTimeMs: node.endMs,
      status: spanStatus(node.status, error),
      attributes: clean({
        ...common,
        'glassbox.span.type': 'llm',
        'gen_ai.operation.name': 'chat',
        'gen_ai.request.model': requested,
        'gen_ai.response.model': node.model,
        'gen_ai.response.id': node.messageId,
        'gen_ai.response.finish_reasons': node.stopReason ? [node.stopReason] : undefined,
        // GenAI semconv (Anthropic): input_tokens includes cache reads and writes.
        'gen_ai.usage.input_tokens': input + cacheRead + cacheWrite,
        'gen_ai.usage.output_tokens': output,
        'gen_ai.usage.cache_read.input_tokens': cacheRead,
        'gen_ai.usage.cache_creation.input_tokens': cacheWrite,
        'glassbox.usage.uncached_input_tokens': input,
        'glassbox.usage.cache_creation.5m.input_tokens': split.fiveMinute,
        'glassbox.usage.cache_creation.1h.input_tokens': split.oneHour,
        'glassbox.usage.web_search_requests': u.server_tool_use?.web_search_requests,
        'glassbox.usage.speed': u.speed ?? undefined,
        'glassbox.usage.inference_geo': u.inference_geo || undefined,
        'gen_ai.response.time_to_first_chunk':
          node.firstContentMs !== undefined ? (node.firstContentMs - node.startMs) / 1000 : undefined,
        'glassbox.cost.usd': node.costUsd,
        'glassbox.cost.known': node.costKnown,
        'glassbox.cost.rule': node.costRule,
        'glassbox.cost.model': node.pricedModel,
        'claude.request.id': node.requestId,
        'claude.prompt.id': promptId,
        'gen_ai.agent.id': agent?.agentId,
        'gen_ai.agent.name': agent ? (agent.agentType ?? 'subagent') : agentName,
        'error.type': node.status === 'error' ? 'api_error' : undefined,
      }),
      events: [],
    }));
    addLog(logRecordId(sid, 'llm_call', node.key), (id) => ({
      id,
      timeMs: node.endMs,
      severity: node.status === 'error' ? 'error' : 'info',
      event: 'llm_call',
      traceId: trace.traceId,
      spanId: node.spanId,
      attributes: clean({
        ...resource,
        sessionId: sid,
        promptId,
        agentId: agent?.agentId,
        model: requested,
        responseModel: node.model,
        requestId: node.requestId,
        messageId: node.messageId,
        inputTokens: input,
        outputTokens: output,
        cacheReadTokens: cacheRead,
        cacheCreationTokens: cacheWrite,
        cacheCreation5mTokens: split.fiveMinute,
        cacheCreation1hTokens: split.oneHour,
        costUsd: node.costUsd,
        costKnown: node.costKnown,
        latencyMs,
        timeToFirstTokenMs:
          node.firstContentMs !== undefined ? node.firstContentMs - node.startMs : undefined,
        stopReason: node.stopReason,
        status: node.status === 'error' ? 'error' : 'ok',
        error,
      }),
    }));
  };

  const visitTool = (node: ToolCallNode, promptId: string | undefined, agent?: SubagentNode) => {
    if (!node.complete) incomplete = true;
    if (node.complete) {
      const error = node.toolStatus === 'ok' ? undefined : cleanText(node.errorText, MAX_ERROR);
      const errorType =
        node.toolStatus === 'denied'
          ? 'permission_denied'
          : node.toolStatus === 'interrupted'
            ? 'interrupted'
            : node.toolStatus === 'error'
              ? 'tool_error'
              : undefined;
      const contentAttrs: Attrs = {};
      if (opts.captureContent) {
        const args = contentAttr(node.input);
        const result = contentAttr(node.output);
        if (args !== undefined) contentAttrs['gen_ai.tool.call.arguments'] = args;
        if (result !== undefined) contentAttrs['gen_ai.tool.call.result'] = result;
      }
      const origin = toolOrigin(node.name, node.skill);
      addSpan(node.spanId, () => ({
        traceId: trace.traceId,
        spanId: node.spanId,
        parentSpanId: node.parentSpanId,
        name: `execute_tool ${node.name}`,
        kind: 'internal',
        startTimeMs: node.startMs,
        endTimeMs: node.endMs,
        status: spanStatus(node.status, error ?? errorType),
        attributes: clean({
          ...common,
          'glassbox.span.type': 'tool',
          'gen_ai.operation.name': 'execute_tool',
          'gen_ai.tool.name': node.name,
          'gen_ai.tool.call.id': node.toolUseId,
          'gen_ai.tool.type': node.name.startsWith('mcp__') ? 'extension' : 'function',
          'gen_ai.agent.id': agent?.agentId,
          'gen_ai.agent.name': agent?.agentType,
          'claude.prompt.id': promptId,
          ...toolOriginAttributes(origin),
          'glassbox.tool.status': node.toolStatus,
          'glassbox.tool.duration_ms': node.durationMs,
          'glassbox.tool.input_bytes': node.inputBytes,
          'glassbox.tool.output_bytes': node.outputBytes,
          'glassbox.tool.requested_by': node.requestedBy,
          'glassbox.tool.seen_in': node.seenIn,
          'error.type': errorType,
          ...contentAttrs,
        }),
        events: [],
      }));
      const body: Record<string, unknown> = {};
      if (opts.captureContent) {
        if (node.input !== undefined) body.input = redact(node.input);
        if (node.output !== undefined) body.output = redact(node.output);
      }
      addLog(logRecordId(sid, 'tool_call', node.toolUseId), (id) => ({
        id,
        timeMs: node.endMs,
        severity: toolSeverity(node),
        event: 'tool_call',
        traceId: trace.traceId,
        spanId: node.spanId,
        attributes: clean({
          ...resource,
          sessionId: sid,
          promptId,
          agentId: agent?.agentId,
          agentType: agent?.agentType,
          toolName: node.name,
          toolUseId: node.toolUseId,
          mcpServer: origin.mcpServer,
          plugin: origin.plugin,
          skill: origin.skill,
          latencyMs: node.durationMs ?? node.endMs - node.startMs,
          status: node.toolStatus,
          error,
          ...(opts.captureContent ? {} : shapeAttributes('inputShape', node.inputShape, node.inputBytes)),
          ...(opts.captureContent ? {} : shapeAttributes('outputShape', node.outputShape, node.outputBytes)),
        }),
        ...(Object.keys(body).length > 0 ? { body } : {}),
      }));
    }
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
    for (const u of turn.unanswered ?? []) visitUnanswered(u, pid);
  };

  // A request in flight when Claude Code died: its start, no usage and no cost (the metrics skip this type).
  const visitUnanswered = (u: UnansweredRequest, promptId: string | undefined) => {
    addSpan(u.spanId, () => ({
      traceId: trace.traceId,
      spanId: u.spanId,
      parentSpanId: u.parentSpanId,
      name: `chat ${u.model ?? 'unknown'}`,
      kind: 'client',
      startTimeMs: u.startMs,
      endTimeMs: u.endMs,
      status: { code: 'error', message: 'interrupted: no response' },
      attributes: clean({
        ...common,
        'glassbox.span.type': 'llm_unanswered',
        'gen_ai.operation.name': 'chat',
        'gen_ai.request.model': u.model,
        'glassbox.llm.unanswered': true,
        'claude.request.ref': u.requestRef,
        'claude.prompt.id': promptId,
        'gen_ai.agent.id': u.agentId,
        'error.type': 'interrupted',
      }),
      events: [],
    }));
    addLog(logRecordId(sid, 'llm_request_unanswered', u.requestRef), (id) => ({
      id,
      timeMs: u.startMs,
      severity: 'warn',
      event: 'llm_request_unanswered',
      traceId: trace.traceId,
      spanId: u.spanId,
      attributes: clean({
        ...resource,
        sessionId: sid,
        promptId,
        model: u.model,
        requestRef: u.requestRef,
        agentId: u.agentId,
        status: 'interrupted',
      }),
    }));
  };

  for (const turn of trace.turns) visitTurn(turn);
  for (const sub of trace.subagents) visitAgent(sub, undefined);
  return { spans, logs };
}

function spanStatus(status: 'ok' | 'error' | 'unset', message: string | undefined): SpanStatus {
  if (status === 'error') return message ? { code: 'error', message } : { code: 'error' };
  return { code: status === 'ok' ? 'ok' : 'unset' };
}

function toolSeverity(node: ToolCallNode): LogSeverity {
  if (node.toolStatus === 'error') return 'error';
  if (node.toolStatus === 'denied' || node.toolStatus === 'interrupted') return 'warn';
  return 'info';
}

/** Totals of a subtree as span attributes (semconv input tokens include cache reads and writes). */
function usageAttributes(t: UsageTotals): Attrs {
  return {
    'gen_ai.usage.input_tokens': t.inputTokens + t.cacheReadInputTokens + t.cacheCreationInputTokens,
    'gen_ai.usage.output_tokens': t.outputTokens,
    'gen_ai.usage.cache_read.input_tokens': t.cacheReadInputTokens,
    'gen_ai.usage.cache_creation.input_tokens': t.cacheCreationInputTokens,
    'glassbox.usage.uncached_input_tokens': t.inputTokens,
    'glassbox.usage.cache_creation.5m.input_tokens': t.cacheCreation5mInputTokens,
    'glassbox.usage.cache_creation.1h.input_tokens': t.cacheCreation1hInputTokens,
    'glassbox.cost.usd': t.costUsd,
    'glassbox.cost.known': t.unpricedCalls === 0,
    'glassbox.llm.calls': t.llmCalls,
    'glassbox.tool.calls': t.toolCalls,
    'glassbox.tool.failures': t.toolFailures,
  };
}

function shapeAttributes(prefix: string, shape: ValueShape | undefined, bytes: number | undefined): Attrs {
  if (!shape) return bytes === undefined ? {} : { [`${prefix}.bytes`]: bytes };
  const out: Attrs = {
    [`${prefix}.type`]: shape.type,
    [`${prefix}.bytes`]: shape.bytes,
    [`${prefix}.hash`]: shape.hash,
  };
  if (shape.keys) out[`${prefix}.keys`] = [...shape.keys];
  if (shape.length !== undefined) out[`${prefix}.length`] = shape.length;
  return out;
}

/** Drops undefined values so attributes stay valid OpenTelemetry attributes. */
function clean(attrs: Record<string, AttributeValue | undefined>): Attributes {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) out[k] = v;
  return out;
}
