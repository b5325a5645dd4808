// The parts every call's records share — a model call's `chat` span and `llm_call` log, a tool call's
// `execute_tool` span and `tool_call` log: the span's ids and times, the log's id, time, span and session head.
import type {
  AttributeValue,
  LogRecordData,
  LogSeverity,
  SpanData,
  SpanKind,
  SpanStatus,
} from '@glassbox/spec';
import type { SubagentNode } from './session-trace.js';
import { clean } from './telemetry-attributes.js';
import type { TelemetryWalk } from './telemetry-walk.js';

/** What a call node has for its records: its span, parent and times. */
export interface CallTimes {
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly startMs: number;
  readonly endMs: number;
}

/** A call's span, from its start to its end, under its parent; no events. */
export function callSpan(
  walk: TelemetryWalk,
  node: CallTimes,
  span: {
    name: string;
    kind: SpanKind;
    status: SpanStatus;
    attributes: Record<string, AttributeValue | undefined>;
  },
): SpanData {
  return {
    traceId: walk.trace.traceId,
    spanId: node.spanId,
    parentSpanId: node.parentSpanId,
    name: span.name,
    kind: span.kind,
    startTimeMs: node.startMs,
    endTimeMs: node.endMs,
    status: span.status,
    attributes: clean(span.attributes),
    events: [],
  };
}

/**
 * A call's log record, at its end and on its span: the resource, session, prompt and subagent attributes, then
 * the call's own.
 */
export function callLog(
  walk: TelemetryWalk,
  node: CallTimes,
  id: string,
  log: {
    event: string;
    severity: LogSeverity;
    promptId: string | undefined;
    agent: SubagentNode | undefined;
    attributes: Record<string, AttributeValue | undefined>;
  },
): LogRecordData {
  return {
    id,
    timeMs: node.endMs,
    severity: log.severity,
    event: log.event,
    traceId: walk.trace.traceId,
    spanId: node.spanId,
    attributes: clean({
      ...walk.resource,
      sessionId: walk.sid,
      promptId: log.promptId,
      agentId: log.agent?.agentId,
      ...log.attributes,
    }),
  };
}
