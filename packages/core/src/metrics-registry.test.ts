import type { HistogramPoint, MetricData, SpanData, SumPoint } from '@glassbox/spec';
import { describe, expect, it } from 'vitest';
import { MetricsRegistry } from './metrics-registry.js';

const span = (
  id: string,
  type: string,
  attributes: Record<string, unknown>,
  ms = 100,
  status: 'ok' | 'error' = 'ok',
): SpanData => ({
  traceId: 'a'.repeat(32),
  spanId: id,
  name: type,
  kind: 'internal',
  startTimeMs: 1000,
  endTimeMs: 1000 + ms,
  status: { code: status },
  attributes: { 'glassbox.span.type': type, ...(attributes as Record<string, string | number | boolean>) },
  events: [],
});

const SPANS: SpanData[] = [
  span('0000000000000001', 'session', {}),
  span('0000000000000002', 'tool', {
    'gen_ai.tool.name': 'Bash',
    'glassbox.tool.status': 'ok',
    'glassbox.tool.duration_ms': 40,
  }),
  span(
    '0000000000000003',
    'tool',
    { 'gen_ai.tool.name': 'Bash', 'glassbox.tool.status': 'error', 'glassbox.tool.duration_ms': 3000 },
    3000,
    'error',
  ),
  span(
    '0000000000000004',
    'tool',
    { 'gen_ai.tool.name': 'Write', 'glassbox.tool.status': 'denied' },
    7,
    'error',
  ),
  span(
    '0000000000000005',
    'llm',
    {
      'gen_ai.request.model': 'claude-opus-4-6',
      'gen_ai.response.model': 'claude-opus-4-6',
      'gen_ai.usage.input_tokens': 1100,
      'glassbox.usage.uncached_input_tokens': 100,
      'gen_ai.usage.cache_read.input_tokens': 700,
      'glassbox.usage.cache_creation.5m.input_tokens': 100,
      'glassbox.usage.cache_creation.1h.input_tokens': 200,
      'gen_ai.usage.output_tokens': 50,
      'glassbox.cost.usd': 0.25,
      'glassbox.cost.known': true,
      'gen_ai.response.time_to_first_chunk': 0.3,
    },
    1500,
  ),
  span('0000000000000006', 'turn', {}),
];

const metric = (all: MetricData[], name: string) => all.find((m) => m.name === name);
const points = (all: MetricData[], name: string) =>
  (metric(all, name)?.points ?? []) as readonly (SumPoint & HistogramPoint)[];

describe('MetricsRegistry', () => {
  it('should turn spans into the seed metrics and the GenAI metrics', () => {
    const registry = new MetricsRegistry({ attributes: { team: 'core' } });
    registry.recordSpans(SPANS, { project: 'glassbox' });
    const m = registry.collect(5000, 'cumulative');
    expect(points(m, 'claude.session.count').map((p) => [p.attributes, p.value])).toEqual([
      [{ team: 'core', project: 'glassbox' }, 1],
    ]);
    const calls = points(m, 'claude.tool.calls_total').map((p) => [
      p.attributes.tool,
      p.attributes.success,
      p.value,
    ]);
    expect(calls).toEqual([
      ['Bash', 'true', 1],
      ['Bash', 'false', 1],
      ['Write', 'false', 1],
    ]);
    expect(
      points(m, 'claude.tool.errors_total').map((p) => [p.attributes.tool, p.attributes.status]),
    ).toEqual([
      ['Bash', 'error'],
      ['Write', 'denied'],
    ]);
    const bash = points(m, 'claude.tool.latency_ms').find((p) => p.attributes.tool === 'Bash')!;
    expect(bash).toMatchObject({ count: 2, sum: 3040, min: 40, max: 3000 });
    // 40 ms falls in (25, 50], 3000 ms in (2500, 5000].
    expect(bash.bucketCounts[3]).toBe(1);
    expect(bash.bucketCounts[9]).toBe(1);
    expect(points(m, 'claude.tokens.input').map((p) => [p.attributes.type, p.value])).toEqual([
      ['uncached', 100],
      ['cache_read', 700],
      ['cache_write_5m', 100],
      ['cache_write_1h', 200],
    ]);
    expect(points(m, 'claude.tokens.output')[0]?.value).toBe(50);
    expect(points(m, 'claude.cost.usd')[0]).toMatchObject({
      value: 0.25,
      attributes: { model: 'claude-opus-4-6' },
    });
    expect(points(m, 'claude.response.latency')[0]).toMatchObject({ count: 1, sum: 300 });
    const usage = points(m, 'gen_ai.client.token.usage');
    expect(usage.map((p) => [p.attributes['gen_ai.token.type'], p.sum])).toEqual([
      ['input', 1100],
      ['output', 50],
    ]);
    expect(metric(m, 'gen_ai.client.token.usage')).toMatchObject({ kind: 'histogram', unit: '{token}' });
    expect(points(m, 'gen_ai.client.operation.duration')[0]).toMatchObject({ count: 1, sum: 1.5 });
    for (const md of m)
      if (md.kind === 'histogram')
        for (const p of md.points) expect(p.bucketCounts).toHaveLength(md.boundaries.length + 1);
  });

  it('should count each span once, also after a restart from toJSON', () => {
    const registry = new MetricsRegistry();
    registry.recordSpans(SPANS);
    registry.recordSpans(SPANS);
    const saved = JSON.parse(JSON.stringify(registry.toJSON()));
    const restored = MetricsRegistry.fromJSON(saved);
    restored.recordSpans(SPANS);
    restored.recordSpans([span('0000000000000007', 'session', {})]);
    const m = restored.collect(9000, 'cumulative');
    expect(points(m, 'claude.session.count')[0]?.value).toBe(2);
    expect(points(m, 'claude.tool.latency_ms').find((p) => p.attributes.tool === 'Bash')?.count).toBe(2);
    expect(restored.has('0000000000000005')).toBe(true);
    expect(() => MetricsRegistry.fromJSON({ version: 2 })).toThrow(/MetricsRegistry state/);
  });

  it('should keep no span id when the caller keeps them per session, and count each span once per set', () => {
    const registry = new MetricsRegistry();
    const session = new Set<string>();
    expect(registry.recordSpans(SPANS, {}, session)).toEqual(SPANS.slice(0, 6).map((s) => s.spanId));
    // The caller's set says what was counted; recording again through it adds nothing.
    expect(registry.recordSpans(SPANS, {}, session)).toEqual([]);
    expect(registry.recordedCount).toBe(0);
    expect(registry.toJSON().recorded).toEqual([]);
    // The session came back with its ids (its persisted state): still counted once.
    const resumed = new Set(session);
    expect(registry.recordSpans([...SPANS, span('0000000000000008', 'tool', {})], {}, resumed)).toEqual([
      '0000000000000008',
    ]);
    const m = registry.collect(9000, 'cumulative');
    expect(points(m, 'claude.session.count')[0]?.value).toBe(1);
    expect(points(m, 'claude.tool.calls_total').reduce((n, p) => n + p.value, 0)).toBe(4);
    expect(registry.empty).toBe(false);
    expect(new MetricsRegistry().empty).toBe(true);
  });

  it('should move ids of an old-format state to the session set without counting them again', () => {
    const old = new MetricsRegistry();
    old.recordSpans(SPANS.slice(0, 3));
    // A metrics.json written before per-session sets: every id in `recorded`.
    const restored = MetricsRegistry.fromJSON(JSON.parse(JSON.stringify(old.toJSON())));
    expect(restored.recordedCount).toBe(3);
    const session = new Set<string>();
    expect(restored.recordSpans(SPANS, {}, session)).toHaveLength(6);
    expect(session.size).toBe(6);
    // The three old ids left the registry for the session's set; their spans were not counted twice.
    expect(restored.recordedCount).toBe(0);
    expect(restored.has('0000000000000001')).toBe(false);
    const m = restored.collect(9000, 'cumulative');
    expect(points(m, 'claude.session.count')[0]?.value).toBe(1);
    expect(points(m, 'claude.tool.calls_total').map((p) => p.value)).toEqual([1, 1, 1]);
  });

  it('should report deltas since the last delta collection', () => {
    const registry = new MetricsRegistry({ startTimeMs: 0 });
    registry.recordSpans(SPANS.slice(0, 2));
    const first = registry.collect(1000, 'delta');
    expect(points(first, 'claude.tool.calls_total')[0]).toMatchObject({
      value: 1,
      startTimeMs: 0,
      timeMs: 1000,
    });
    expect(registry.collect(2000, 'delta')).toEqual([]);
    registry.recordSpans(SPANS.slice(1, 3));
    const third = registry.collect(3000, 'delta');
    expect(
      points(third, 'claude.tool.calls_total').map((p) => [p.attributes.success, p.value, p.startTimeMs]),
    ).toEqual([['false', 1, 2000]]);
    expect(
      points(registry.collect(3000, 'cumulative'), 'claude.tool.calls_total').map((p) => p.value),
    ).toEqual([1, 1]);
  });
});
