// The records of one model call: its `chat` span and `llm_call` log; and of a request Claude Code never got an answer to.
import { scopeAttributes } from './activity-scope.js';
import { callLog, callSpan } from './call-records.js';
import type { LlmCallNode, SubagentNode, UnansweredRequest } from './session-trace.js';
import { clean, spanStatus } from './telemetry-attributes.js';
import { MAX_ERROR, type TelemetryWalk } from './telemetry-walk.js';
import { logRecordId } from './trace-ids.js';
import { cacheWriteSplit } from './usage-totals.js';

/** A complete model call's span and log. */
export function llmCallTelemetry(
  walk: TelemetryWalk,
  node: LlmCallNode,
  promptId: string | undefined,
  agent?: SubagentNode,
): void {
  const { sid, common, agentName, cleanText, addSpan, addLog } = walk;
  const u = node.usage;
  const split = cacheWriteSplit(u);
  const cacheRead = u.cache_read_input_tokens ?? 0;
  const cacheWrite = u.cache_creation_input_tokens ?? 0;
  const input = u.input_tokens ?? 0;
  const output = u.output_tokens ?? 0;
  const latencyMs = node.endMs - node.startMs;
  const requested = node.requestedModel ?? node.model;
  const error = cleanText(node.error, MAX_ERROR);
  addSpan(node.spanId, () =>
    callSpan(walk, node, {
      name: `chat ${requested}`,
      kind: 'client',
      status: spanStatus(node.status, error),
      attributes: {
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
        ...scopeAttributes(node.scope),
        'error.type': node.status === 'error' ? 'api_error' : undefined,
      },
    }),
  );
  addLog(logRecordId(sid, 'llm_call', node.key), (id) =>
    callLog(walk, node, id, {
      event: 'llm_call',
      severity: node.status === 'error' ? 'error' : 'info',
      promptId,
      agent,
      attributes: {
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
        skill: node.scope?.skill,
        command: node.scope?.command,
        status: node.status === 'error' ? 'error' : 'ok',
        error,
      },
    }),
  );
}

// A request in flight when Claude Code died: its start, no usage and no cost (the metrics skip this type).
export function unansweredRequestTelemetry(
  walk: TelemetryWalk,
  u: UnansweredRequest,
  promptId: string | undefined,
): void {
  const { trace, sid, common, resource, addSpan, addLog } = walk;
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
}
