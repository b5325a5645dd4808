import type { AuditDecisionData, LogRecordData, LogSeverity } from '@glassbox/spec';
import { attributeText, type DatadogTags, tag } from './datadog-tags.js';

/** `ddsource` of glassbox's log records, and of the audit trail's decisions and checkpoints. */
export const LOG_SOURCE = 'glassbox';
export const AUDIT_LOG_SOURCE = 'glassbox-audit';

/** The intake truncates a log above 1 MB; one this large loses its content instead, saying so. */
const MAX_ENTRY_BYTES = 1_000_000;

/** One log as the logs intake takes it (`POST /api/v2/logs`, a JSON array of these). */
export interface DatadogLogEntry {
  ddsource: string;
  ddtags: string;
  service: string;
  /** Datadog's status remapper reads `warn` as warning. */
  status: LogSeverity;
  message: string;
  /** ISO time: the default date remapper reads `date`. */
  date: string;
  /** Trace correlation, as dd-trace's log injection writes it: 128-bit hex trace id, decimal span id. */
  dd?: { trace_id?: string; span_id?: string; service: string; env?: string; version?: string };
  usr?: { id: string };
  /** The record's own fields; `log_id` is its deterministic id (the same record always has the same one). */
  glassbox: Record<string, unknown>;
  /** Captured content, only present when the record carries it (content capture on; already redacted). */
  content?: unknown;
  content_truncated?: true;
}

const ATTRIBUTION_TAGS: readonly [string, string][] = [
  ['user.id', 'user'],
  ['glassbox.team', 'team'],
  ['vcs.repository.url.full', 'repository'],
  ['vcs.ref.head.name', 'branch'],
];

const decimal = (hex: string) => BigInt(`0x${hex.slice(-16)}`).toString();
const HEX_TRACE = /^[0-9a-f]{32}$/;
const HEX_SPAN = /^[0-9a-f]{16}$/;

function ddContext(
  tags: DatadogTags,
  traceId: string | undefined,
  spanId: string | undefined,
): DatadogLogEntry['dd'] {
  const linked =
    traceId !== undefined && spanId !== undefined && HEX_TRACE.test(traceId) && HEX_SPAN.test(spanId);
  return {
    ...(linked ? { trace_id: traceId, span_id: decimal(spanId) } : {}),
    service: tags.service,
    ...(tags.env !== undefined ? { env: tags.env } : {}),
    ...(tags.version !== undefined ? { version: tags.version } : {}),
  };
}

function tagList(tags: DatadogTags, extra: readonly string[]): string {
  // `service` is the entry's own field; env, version and the configured tags are tags.
  return [...tags.list.filter((t) => !t.startsWith('service:')), ...extra].join(',');
}

/** A glassbox log record (tool call, model call, prompt, audit checkpoint…) as a Datadog log. */
export function logToEntry(record: LogRecordData, tags: DatadogTags): DatadogLogEntry {
  const a = record.attributes;
  const extra = [tag('event', record.event)];
  for (const [key, name] of ATTRIBUTION_TAGS)
    if (a[key] !== undefined) extra.push(tag(name, attributeText(a[key])));
  const session = a.sessionId ?? a['session.id'];
  if (typeof session === 'string') extra.push(tag('session_id', session));
  const audit = record.event === 'audit_checkpoint';
  const glassbox: Record<string, unknown> = Object.create(null);
  for (const [k, v] of Object.entries(a)) glassbox[k] = v;
  glassbox.event = record.event;
  glassbox.log_id = record.id;
  const subject = a.toolName ?? a.model;
  const entry: DatadogLogEntry = {
    ddsource: audit ? AUDIT_LOG_SOURCE : LOG_SOURCE,
    ddtags: tagList(tags, extra),
    service: tags.service,
    status: record.severity,
    message: [record.event, subject === undefined ? undefined : attributeText(subject), a.status]
      .filter((p) => p !== undefined)
      .join(' '),
    date: isoTime(record.timeMs),
    dd: ddContext(tags, record.traceId, record.spanId),
    ...(typeof a['user.id'] === 'string' ? { usr: { id: a['user.id'] } } : {}),
    glassbox,
    ...(record.body !== undefined ? { content: record.body } : {}),
  };
  return capped(entry);
}

/** An audit decision (`tool_call`, `tool_skip`, `safety_block`…) as a Datadog log of source `glassbox-audit`. */
export function auditToEntry(decision: AuditDecisionData, tags: DatadogTags): DatadogLogEntry {
  const extra = [
    tag('event', 'audit_decision'),
    tag('audit_decision', decision.decisionType),
    tag('session_id', decision.sessionId),
    tag('user', decision.userId),
  ];
  if (decision.decisionSource !== undefined) extra.push(tag('decision_source', decision.decisionSource));
  const glassbox: Record<string, unknown> = Object.create(null);
  glassbox.event = 'audit_decision';
  glassbox.log_id = decision.id;
  glassbox.audit = decision;
  return {
    ddsource: AUDIT_LOG_SOURCE,
    ddtags: tagList(tags, extra),
    service: tags.service,
    status: decision.decisionType === 'safety_block' ? 'warn' : 'info',
    message: ['audit', decision.decisionType, decision.toolName].filter((p) => p !== undefined).join(' '),
    date: decision.timestamp,
    dd: ddContext(tags, undefined, undefined),
    usr: { id: decision.userId },
    glassbox,
  };
}

/** Glassbox's log records and the batch's audit decisions, in that order, as Datadog logs. */
export function toLogEntries(
  logs: readonly LogRecordData[],
  audit: readonly AuditDecisionData[],
  tags: DatadogTags,
): DatadogLogEntry[] {
  return [...logs.map((l) => logToEntry(l, tags)), ...audit.map((d) => auditToEntry(d, tags))];
}

/** An entry over the intake's 1 MB limit loses its content (the part that can be large) and says so. */
function capped(entry: DatadogLogEntry): DatadogLogEntry {
  if (entry.content === undefined || Buffer.byteLength(JSON.stringify(entry)) <= MAX_ENTRY_BYTES)
    return entry;
  const { content: _dropped, ...rest } = entry;
  return { ...rest, content_truncated: true };
}

/** A time `Date` cannot represent becomes now: the intake would drop the log otherwise. */
function isoTime(ms: number): string {
  return new Date(Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? ms : Date.now()).toISOString();
}
