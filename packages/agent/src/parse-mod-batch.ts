import type { CaptureEvent, CaptureEventType } from '@glassbox/core';
import { MOD_PROTOCOL_VERSION, type ModHeartbeat } from '@glassbox/mod';
import { coerceEventFields } from './coerce-event-fields.js';
import { isSafeSessionId } from './session-store.js';

const EVENT_TYPES: ReadonlySet<CaptureEventType> = new Set<CaptureEventType>([
  'session.start',
  'session.end',
  'prompt.submit',
  'turn.start',
  'turn.step',
  'turn.complete',
  'tool.start',
  'tool.end',
  'agent.spawn',
  'subagent.stop',
  'session.compact',
  'session.measure',
  'turn.end',
]);

const TOOL_STATUSES = new Set(['ok', 'error', 'denied', 'interrupted']);

export interface ParsedModEvent {
  readonly seq: number;
  readonly event: CaptureEvent;
}

export interface ParsedModBatch {
  readonly instanceId: string;
  readonly modVersion: string;
  readonly heartbeat?: ModHeartbeat;
  readonly droppedEvents: number;
  readonly events: readonly ParsedModEvent[];
  /** Events refused, by reason (`unknown_event`, `invalid_event`), and fields dropped (`coerced_field`). */
  readonly rejected: Readonly<Record<string, number>>;
}

export type ParseModBatchResult = { ok: true; batch: ParsedModBatch } | { ok: false; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Validates a `POST /v1/mod` body. The whole batch is refused only when its envelope is wrong; single bad events
 * are dropped and counted by reason, the rest kept. Never throws.
 */
export function parseModBatch(json: unknown): ParseModBatchResult {
  if (!isRecord(json)) return { ok: false, reason: 'body is not a JSON object' };
  if (json.v !== MOD_PROTOCOL_VERSION)
    return { ok: false, reason: `unsupported protocol version ${String(json.v)}` };
  if (!isString(json.instanceId) || json.instanceId === '' || json.instanceId.length > 200)
    return { ok: false, reason: 'instanceId must be a non-empty string' };
  if (!Array.isArray(json.events)) return { ok: false, reason: 'events must be an array' };

  let heartbeat: ModHeartbeat | undefined;
  if (json.heartbeat !== undefined) {
    const h = json.heartbeat;
    if (!isRecord(h) || !isString(h.sessionId))
      return { ok: false, reason: 'heartbeat.sessionId must be a string' };
    if (h.sessionId !== '' && isSafeSessionId(h.sessionId)) {
      heartbeat = {
        sessionId: h.sessionId,
        ...(isString(h.claudeVersion) ? { claudeVersion: h.claudeVersion } : {}),
        captureContent: h.captureContent === true,
        llmTiming: h.llmTiming === true,
      };
    }
  }

  const events: ParsedModEvent[] = [];
  const rejected: Record<string, number> = {};
  for (const raw of json.events) {
    const reason = invalidReason(raw);
    if (reason) {
      rejected[reason] = (rejected[reason] ?? 0) + 1;
      continue;
    }
    const { seq, ...fields } = raw as Record<string, unknown> & { seq: number };
    // A field of the wrong type goes (counted), the event stays.
    const { event, dropped } = coerceEventFields(fields);
    if (dropped > 0) rejected.coerced_field = (rejected.coerced_field ?? 0) + dropped;
    events.push({ seq, event: { ...event, source: 'mod' } as unknown as CaptureEvent });
  }
  return {
    ok: true,
    batch: {
      instanceId: json.instanceId,
      modVersion: isString(json.modVersion) ? json.modVersion : 'unknown',
      ...(heartbeat ? { heartbeat } : {}),
      droppedEvents: isFiniteNumber(json.droppedEvents) && json.droppedEvents > 0 ? json.droppedEvents : 0,
      events,
      rejected,
    },
  };
}

function invalidReason(raw: unknown): string | undefined {
  if (!isRecord(raw)) return 'invalid_event';
  if (!isString(raw.type) || !EVENT_TYPES.has(raw.type as CaptureEventType)) return 'unknown_event';
  if (!isString(raw.sessionId) || !isSafeSessionId(raw.sessionId)) return 'invalid_event';
  if (!isFiniteNumber(raw.atMs) || !Number.isInteger(raw.seq)) return 'invalid_event';
  if (raw.agentId !== undefined && !isString(raw.agentId)) return 'invalid_event';
  switch (raw.type) {
    case 'tool.start':
      return isString(raw.toolUseId) && isString(raw.toolName) ? undefined : 'invalid_event';
    case 'tool.end':
      return isString(raw.toolUseId) && isString(raw.toolName) && TOOL_STATUSES.has(String(raw.status))
        ? undefined
        : 'invalid_event';
    case 'turn.start':
      return isString(raw.turnId) ? undefined : 'invalid_event';
    case 'turn.step':
      return isString(raw.turnId) && isFiniteNumber(raw.index) && isFiniteNumber(raw.startMs)
        ? undefined
        : 'invalid_event';
    case 'prompt.submit':
      return isFiniteNumber(raw.textLength) ? undefined : 'invalid_event';
    case 'session.measure':
      return raw.costUsd === undefined || isFiniteNumber(raw.costUsd) ? undefined : 'invalid_event';
    default:
      return undefined;
  }
}
