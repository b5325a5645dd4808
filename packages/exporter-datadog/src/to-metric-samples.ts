import type { Attributes, SpanData } from '@glassbox/spec';
import { type DatadogTags, spanType, tag } from './datadog-tags.js';

/** One metric sample derived from a span: a count (added up by Datadog) or one value of a distribution. */
export interface MetricSample {
  readonly name: string;
  readonly type: 'count' | 'distribution';
  readonly value: number;
  readonly tags: readonly string[];
  /** When it happened (the span's end), epoch ms. */
  readonly timeMs: number;
}

const num = (a: Attributes, key: string) => {
  const v = a[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};
const str = (a: Attributes, key: string) => (typeof a[key] === 'string' ? (a[key] as string) : undefined);

/**
 * The seed's metrics, one sample per span rather than from the batch's cumulative totals: a span is delivered
 * once per exporter (the agent checkpoints it), so its samples are counted once, and a latency distribution
 * gets every raw value (DogStatsD distributions are computed server-side from samples, not from buckets).
 * Dimensions are tags (`tool:Bash`, `model:…`), as the seed's metrics have them as labels.
 */
export function toMetricSamples(spans: readonly SpanData[], tags: DatadogTags): MetricSample[] {
  const out: MetricSample[] = [];
  for (const s of spans) {
    const a = s.attributes;
    const type = spanType(a);
    const timeMs = s.endTimeMs;
    const add = (name: string, kind: MetricSample['type'], value: number, extra: readonly string[]) =>
      out.push({ name, type: kind, value, tags: [...tags.list, ...extra], timeMs });
    if (type === 'session') add('claude.session.count', 'count', 1, []);
    else if (type === 'tool') {
      const tool = tag('tool', str(a, 'gen_ai.tool.name') ?? 'unknown');
      const status = str(a, 'glassbox.tool.status') ?? (s.status.code === 'error' ? 'error' : 'ok');
      add('claude.tool.calls_total', 'count', 1, [tool, `success:${status === 'ok'}`]);
      if (status !== 'ok') add('claude.tool.errors_total', 'count', 1, [tool, tag('status', status)]);
      const latency = num(a, 'glassbox.tool.duration_ms') ?? s.endTimeMs - s.startTimeMs;
      add('claude.tool.latency_ms', 'distribution', Math.max(0, latency), [tool]);
    } else if (type === 'llm') {
      const model = tag('model', str(a, 'gen_ai.request.model') ?? 'unknown');
      add('claude.llm.calls_total', 'count', 1, [model, `success:${s.status.code !== 'error'}`]);
      for (const [tokenType, key] of [
        ['uncached', 'glassbox.usage.uncached_input_tokens'],
        ['cache_read', 'gen_ai.usage.cache_read.input_tokens'],
        ['cache_write_5m', 'glassbox.usage.cache_creation.5m.input_tokens'],
        ['cache_write_1h', 'glassbox.usage.cache_creation.1h.input_tokens'],
      ] as const) {
        const value = num(a, key) ?? 0;
        if (value > 0) add('claude.tokens.input', 'count', value, [model, `type:${tokenType}`]);
      }
      const output = num(a, 'gen_ai.usage.output_tokens') ?? 0;
      if (output > 0) add('claude.tokens.output', 'count', output, [model]);
      const cost = num(a, 'glassbox.cost.usd');
      if (cost !== undefined && a['glassbox.cost.known'] === true)
        add('claude.cost.usd', 'count', cost, [model]);
      const ttft = num(a, 'gen_ai.response.time_to_first_chunk');
      const latency = ttft !== undefined ? ttft * 1000 : s.endTimeMs - s.startTimeMs;
      add('claude.response.latency', 'distribution', Math.max(0, latency), [model]);
    }
  }
  return out;
}

/**
 * DogStatsD datagrams, one sample per line, packed up to `maxBytes` per datagram. Counts carry their time
 * (`|T`, DogStatsD 1.3) so a session delivered late lands at the right time; distributions cannot.
 */
export function toDogStatsDDatagrams(samples: readonly MetricSample[], maxBytes = 8192): Buffer[] {
  const datagrams: Buffer[] = [];
  let lines: string[] = [];
  let size = 0;
  for (const m of samples) {
    const type = m.type === 'count' ? 'c' : 'd';
    const time = m.type === 'count' ? `|T${Math.floor(m.timeMs / 1000)}` : '';
    const line = `${m.name}:${m.value}|${type}|#${m.tags.join(',')}${time}`;
    const bytes = Buffer.byteLength(line) + 1;
    if (size + bytes > maxBytes && lines.length > 0) {
      datagrams.push(Buffer.from(lines.join('\n')));
      lines = [];
      size = 0;
    }
    lines.push(line);
    size += bytes;
  }
  if (lines.length > 0) datagrams.push(Buffer.from(lines.join('\n')));
  return datagrams;
}

/** The agentless bodies: counts for `/api/v2/series`, distributions for `/api/v1/distribution_points`. */
export function toSeriesBodies(samples: readonly MetricSample[]): {
  series: unknown;
  distributions: unknown;
} {
  const COUNT = 1;
  const series = samples
    .filter((m) => m.type === 'count')
    .map((m) => ({
      metric: m.name,
      type: COUNT,
      points: [{ timestamp: Math.floor(m.timeMs / 1000), value: m.value }],
      tags: m.tags,
    }));
  const distributions = samples
    .filter((m) => m.type === 'distribution')
    .map((m) => ({ metric: m.name, points: [[Math.floor(m.timeMs / 1000), [m.value]]], tags: m.tags }));
  return { series: { series }, distributions: { series: distributions } };
}
