import type { AuditDecisionData, LogRecordData, LogSeverity, SpanData, TelemetryBatch } from '@glassbox/spec';
import { attributeText, type DatadogTags, spanType, tag } from './datadog-tags.js';

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

interface SpanRef {
  readonly traceId: string;
  readonly spanId: string;
}

/**
 * Where a decision's span is, from the spans of the same batch (the agent offers a trace's spans and decisions
 * together): a tool call's span by its tool use id, a response's by its message id, else the session's span.
 */
export class DecisionSpans {
  private readonly byKey = new Map<string, SpanRef>();

  constructor(spans: readonly SpanData[]) {
    for (const s of spans) {
      const a = s.attributes;
      const ref = { traceId: s.traceId, spanId: s.spanId };
      const type = spanType(a);
      if (type === 'tool' && typeof a['gen_ai.tool.call.id'] === 'string')
        this.byKey.set(`tool:${a['gen_ai.tool.call.id']}`, ref);
      else if (type === 'llm' && typeof a['gen_ai.response.id'] === 'string')
        this.byKey.set(`msg:${a['gen_ai.response.id']}`, ref);
      else if (type === 'session' && typeof a['session.id'] === 'string')
        this.byKey.set(`session:${a['session.id']}`, ref);
    }
  }

  of(decision: AuditDecisionData): SpanRef | undefined {
    const messageId = decision.metadata.messageId;
    return (
      (decision.toolUseId ? this.byKey.get(`tool:${decision.toolUseId}`) : undefined) ??
      (typeof messageId === 'string' ? this.byKey.get(`msg:${messageId}`) : undefined) ??
      this.byKey.get(`session:${decision.sessionId}`)
    );
  }
}

/** An audit decision (`tool_call`, `tool_skip`, `safety_block`…) as a Datadog log of source `glassbox-audit`. */
export function auditToEntry(
  decision: AuditDecisionData,
  tags: DatadogTags,
  span?: SpanRef,
): DatadogLogEntry {
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
    dd: ddContext(tags, span?.traceId, span?.spanId),
    usr: { id: decision.userId },
    glassbox,
  };
}

/** A batch's log records and audit decisions, in that order, as Datadog logs, each on its span when known. */
export function toLogEntries(
  batch: Pick<TelemetryBatch, 'logs' | 'audit' | 'spans'>,
  tags: DatadogTags,
): DatadogLogEntry[] {
  const spans = batch.audit.length > 0 ? new DecisionSpans(batch.spans) : undefined;
  return [
    ...batch.logs.map((l) => logToEntry(l, tags)),
    ...batch.audit.map((d) => auditToEntry(d, tags, spans?.of(d))),
  ];
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
