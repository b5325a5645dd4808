import type {
  Attributes,
  AuditDecisionData,
  AuditRecordData,
  LogRecordData,
  MetricData,
  SpanData,
  TelemetryBatch,
} from '@glassbox/spec';
import type { ConsoleSignal } from './console-signal.js';
import { formatKey, formatValue, quote } from './format-value.js';

export interface TextFormatOptions {
  readonly signals: ReadonlySet<ConsoleSignal>;
  readonly colors: boolean;
  readonly maxValueLength: number;
}

const PREFIX = '[glassbox]';
const ANSI = { red: 31, green: 32, yellow: 33, cyan: 36, dim: 2 } as const;

/** The human format: one line per span, metric point, log record and audit record. */
export function formatBatchText(batch: TelemetryBatch, options: TextFormatOptions): string {
  const lines: string[] = [];
  const { signals } = options;
  if (signals.has('spans')) for (const span of batch.spans) lines.push(spanLine(span, options));
  if (signals.has('metrics')) for (const metric of batch.metrics) lines.push(...metricLines(metric, options));
  if (signals.has('logs')) for (const log of batch.logs) lines.push(logLine(log, options));
  if (signals.has('audit')) for (const record of batch.audit) lines.push(auditLine(record, options));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function spanLine(span: SpanData, options: TextFormatOptions): string {
  const duration = round(span.endTimeMs - span.startTimeMs);
  const status = span.status.code;
  const statusColor = status === 'error' ? 'red' : status === 'ok' ? 'green' : 'dim';
  const parts = [
    head('span', options),
    text(span.name, options),
    `${duration} ms`,
    paint(status, statusColor, options),
  ];
  if (status === 'error' && span.status.message)
    parts.push(formatValue(span.status.message, options.maxValueLength));
  parts.push(`trace=${short(span.traceId)}`, `span=${span.spanId}`);
  if (span.parentSpanId) parts.push(`parent=${span.parentSpanId}`);
  if (span.events.length > 0)
    parts.push(`events=${formatValue(span.events.map((e) => e.name).join(','), options.maxValueLength)}`);
  return join(parts, span.attributes, options);
}

function metricLines(metric: MetricData, options: TextFormatOptions): string[] {
  const unit = metric.unit ? ` ${metric.unit}` : '';
  const name = text(metric.name, options);
  const start = `${head('metric', options)} ${name}`;
  switch (metric.kind) {
    case 'sum':
      return metric.points.map((p) => join([start, `sum=${p.value}${unit}`], p.attributes, options));
    case 'gauge':
      return metric.points.map((p) => join([start, `gauge=${p.value}${unit}`], p.attributes, options));
    case 'histogram':
      return metric.points.map((p) => {
        const stats = [`count=${p.count}`, `sum=${p.sum}${unit}`];
        if (p.min !== undefined) stats.push(`min=${p.min}`);
        if (p.max !== undefined) stats.push(`max=${p.max}`);
        return join([start, 'histogram', ...stats], p.attributes, options);
      });
  }
}

function logLine(log: LogRecordData, options: TextFormatOptions): string {
  const level = log.severity.toUpperCase();
  const color = log.severity === 'error' ? 'red' : log.severity === 'warn' ? 'yellow' : 'cyan';
  const parts = [head('log', options), paint(level, color, options), text(log.event, options)];
  const line = join(parts, log.attributes, options);
  if (!log.body) return line;
  const body = Object.entries(log.body).map(
    ([key, value]) =>
      `${formatKey(key, options.maxValueLength)}=${formatValue(value, options.maxValueLength)}`,
  );
  return body.length === 0 ? line : `${line} ${body.join(' ')}`;
}

function auditLine(record: AuditDecisionData, options: TextFormatOptions): string {
  const max = options.maxValueLength;
  const chained = 'hash' in record ? (record as AuditRecordData) : undefined;
  const parts = [head('audit', options), chained ? `#${chained.seq}` : `id=${short(record.id)}`];
  parts.push(text(record.decisionType, options));
  if (record.toolName) parts.push(formatValue(record.toolName, max));
  parts.push(`session=${formatValue(record.sessionId, max)}`, `user=${formatValue(record.userId, max)}`);
  if (record.decisionSource) parts.push(`source=${formatValue(record.decisionSource, max)}`);
  if (chained) parts.push(`hash=${short(chained.hash)}`, `prev=${short(chained.prevHash)}`);
  return parts.join(' ');
}

function join(parts: string[], attributes: Attributes, options: TextFormatOptions): string {
  const max = options.maxValueLength;
  for (const [key, value] of Object.entries(attributes)) {
    parts.push(`${formatKey(key, max)}=${formatValue(value, max)}`);
  }
  return parts.join(' ');
}

function head(signal: string, options: TextFormatOptions): string {
  return `${paint(PREFIX, 'dim', options)} ${signal}`;
}

/** A name in the line: bare when printable (`execute_tool Bash`), JSON-quoted when empty, long or odd. */
function text(value: string, options: TextFormatOptions): string {
  const plain =
    value !== '' && value.length <= options.maxValueLength && !/[\p{Cc}\p{Zl}\p{Zp}"\\]/u.test(value);
  return plain ? value : quote(value, options.maxValueLength);
}

function paint(value: string, color: keyof typeof ANSI, options: TextFormatOptions): string {
  return options.colors ? `\u001b[${ANSI[color]}m${value}\u001b[0m` : value;
}

function short(id: string): string {
  return id.slice(0, 8);
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
