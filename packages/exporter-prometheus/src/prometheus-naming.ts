import type { AttributeValue, MetricData } from '@glassbox/spec';

export type PrometheusType = 'counter' | 'gauge' | 'histogram';

function isNameChar(c: string): boolean {
  return /[a-zA-Z0-9:]/.test(c);
}

/** The name's tokens: runs of `[a-zA-Z0-9:]`; dots, underscores and anything else separate them. */
function tokens(name: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const c of name) {
    if (isNameChar(c)) {
      current += c;
    } else if (current !== '') {
      out.push(current);
      current = '';
    }
  }
  if (current !== '') out.push(current);
  return out;
}

/** How a spec metric shows in Prometheus: monotonic sums are counters, other sums gauges. */
export function prometheusType(metric: MetricData): PrometheusType {
  if (metric.kind === 'histogram') return 'histogram';
  if (metric.kind === 'sum' && metric.monotonic) return 'counter';
  return 'gauge';
}

/**
 * OpenTelemetry → Prometheus metric name, without unit suffixes: `claude.cost.usd` (counter) →
 * `claude_cost_usd_total`, `claude.tool.calls_total` → `claude_tool_calls_total` (not doubled),
 * `claude.tool.latency_ms` (histogram) → `claude_tool_latency_ms`. Undefined when nothing valid is left.
 */
export function prometheusMetricName(metric: MetricData): string | undefined {
  const base = tokens(metric.name);
  if (base.length === 0) return undefined;
  const parts = prometheusType(metric) === 'counter' ? [...base.filter((t) => t !== 'total'), 'total'] : base;
  const name = parts.join('_');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** OpenTelemetry → Prometheus label name: invalid characters become `_`; a leading digit or `__` gets `key_`/`key`. */
export function prometheusLabelName(key: string): string | undefined {
  if (key === '') return undefined;
  const name = key.replace(/[^a-zA-Z0-9_]/g, '_');
  if (/^[0-9]/.test(name)) return `key_${name}`;
  if (name.startsWith('__')) return `key${name}`;
  return name;
}

/** An attribute value as a label value: arrays as JSON, numbers and booleans as text. */
export function prometheusLabelValue(value: AttributeValue): string {
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

/** Escapes a label value for the text exposition format. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

/** Escapes HELP text for the text exposition format. */
export function escapeHelp(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** A sample value as Prometheus writes it. */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return Object.is(value, -0) ? '0' : String(value);
}
