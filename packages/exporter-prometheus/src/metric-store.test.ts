import type { MetricData } from '@glassbox/spec';
import { sampleTelemetryBatch } from '@glassbox/testkit';
import { describe, expect, it } from 'vitest';
import { MetricStore } from './metric-store.js';
import { prometheusLabelName, prometheusMetricName } from './prometheus-naming.js';

const store = (maxSeries = 10_000) =>
  new MetricStore({ resourceLabels: { 'user.id': 'user', 'team.name': 'team' }, maxSeries });

/** The sample lines of a rendering, without comments and the exporter's own metrics. */
const samples = (s: MetricStore) =>
  s
    .render()
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('glassbox_'));

const counter = (
  name: string,
  value: number,
  timeMs: number,
  attributes = {},
  startTimeMs = 0,
): MetricData => ({
  kind: 'sum',
  name,
  temporality: 'cumulative',
  monotonic: true,
  points: [{ attributes, startTimeMs, timeMs, value }],
});

describe('prometheusMetricName', () => {
  it('should follow the OpenTelemetry → Prometheus names the seed queries use, without unit suffixes', () => {
    const sum = (name: string, monotonic = true): MetricData => ({
      kind: 'sum',
      name,
      unit: 'USD',
      temporality: 'cumulative',
      monotonic,
      points: [],
    });
    expect(prometheusMetricName(sum('claude.tool.calls_total'))).toBe('claude_tool_calls_total');
    expect(prometheusMetricName(sum('claude.cost.usd'))).toBe('claude_cost_usd_total');
    expect(prometheusMetricName(sum('claude.tokens.input'))).toBe('claude_tokens_input_total');
    expect(prometheusMetricName(sum('claude.sessions.active', false))).toBe('claude_sessions_active');
    expect(
      prometheusMetricName({
        kind: 'histogram',
        name: 'claude.tool.latency_ms',
        temporality: 'delta',
        boundaries: [],
        points: [],
      }),
    ).toBe('claude_tool_latency_ms');
    expect(prometheusMetricName(sum('9lives..x--y'))).toBe('_9lives_x_y_total');
    expect(prometheusMetricName(sum('...'))).toBeUndefined();
  });
});

describe('prometheusLabelName', () => {
  it('should sanitise attribute keys into label names', () => {
    expect(prometheusLabelName('gen_ai.tool.name')).toBe('gen_ai_tool_name');
    expect(prometheusLabelName('1st')).toBe('key_1st');
    expect(prometheusLabelName('__name__')).toBe('key__name__');
    expect(prometheusLabelName('')).toBeUndefined();
  });
});

describe('MetricStore', () => {
  it('should render the sample session as text exposition: counters, cumulative buckets, gauges, resource labels', () => {
    const s = store();
    const batch = sampleTelemetryBatch();
    s.apply(batch.metrics, { resource: batch.resource.attributes, replay: false }, 1_777_000_000_000);
    const text = s.render();
    expect(text).toContain('# HELP claude_tool_calls_total Tool calls by tool and outcome\n');
    expect(text).toContain('# TYPE claude_tool_calls_total counter\n');
    expect(text).toContain('# TYPE claude_tool_latency_ms histogram\n');
    expect(text).toContain('glassbox_last_batch_timestamp_seconds 1777000000\n');
    expect(samples(s)).toEqual([
      'claude_context_tokens{model="claude-opus-5-5",user="u_5b1f0c"} 14057',
      'claude_cost_usd_total{model="claude-opus-5-5",user="u_5b1f0c"} 0.0412',
      'claude_tool_calls_total{success="false",tool="Bash",user="u_5b1f0c"} 1',
      'claude_tool_calls_total{success="true",tool="Read",user="u_5b1f0c"} 0',
      'claude_tool_latency_ms_bucket{tool="Bash",user="u_5b1f0c",le="10"} 0',
      'claude_tool_latency_ms_bucket{tool="Bash",user="u_5b1f0c",le="50"} 0',
      'claude_tool_latency_ms_bucket{tool="Bash",user="u_5b1f0c",le="100"} 0',
      'claude_tool_latency_ms_bucket{tool="Bash",user="u_5b1f0c",le="250"} 1',
      'claude_tool_latency_ms_bucket{tool="Bash",user="u_5b1f0c",le="500"} 1',
      'claude_tool_latency_ms_bucket{tool="Bash",user="u_5b1f0c",le="1000"} 1',
      'claude_tool_latency_ms_bucket{tool="Bash",user="u_5b1f0c",le="5000"} 1',
      'claude_tool_latency_ms_bucket{tool="Bash",user="u_5b1f0c",le="+Inf"} 1',
      'claude_tool_latency_ms_sum{tool="Bash",user="u_5b1f0c"} 234',
      'claude_tool_latency_ms_count{tool="Bash",user="u_5b1f0c"} 1',
    ]);
  });

  it('should rename point attributes the label map names (a session attribute under its OpenTelemetry name)', () => {
    const s = store();
    s.apply([counter('claude.cost.usd', 2, 1000, { 'user.id': 'ada', model: 'm' })], {
      resource: { 'team.name': 'platform' },
      replay: false,
    });
    expect(samples(s)).toEqual(['claude_cost_usd_total{model="m",team="platform",user="ada"} 2']);
  });

  it('should replace cumulative points with newer ones, ignore stale ones and follow a reset', () => {
    const s = store();
    const apply = (m: MetricData) => s.apply([m], { resource: {}, replay: false });
    apply(counter('c', 5, 10));
    apply(counter('c', 3, 5)); // older point of the same run
    expect(samples(s)).toEqual(['c_total 5']);
    apply(counter('c', 8, 20));
    expect(samples(s)).toEqual(['c_total 8']);
    apply(counter('c', 1, 30, {}, 25)); // the producer restarted: a new run
    expect(samples(s)).toEqual(['c_total 1']);
  });

  it('should add delta points, and not twice when the same batch is replayed', () => {
    const s = store();
    const delta = (value: number): MetricData => ({
      kind: 'sum',
      name: 'claude.cost.usd',
      temporality: 'delta',
      monotonic: true,
      points: [{ attributes: { model: 'm' }, startTimeMs: 0, timeMs: 1, value }],
    });
    s.apply([delta(0.5)], { resource: {}, replay: false });
    s.apply([delta(0.25)], { resource: {}, replay: false });
    s.apply([delta(0.25)], { resource: {}, replay: true });
    expect(samples(s)).toEqual(['claude_cost_usd_total{model="m"} 0.75']);
  });

  it('should add delta histograms bucket by bucket', () => {
    const s = store();
    const h = (counts: number[], sum: number): MetricData => ({
      kind: 'histogram',
      name: 'lat',
      temporality: 'delta',
      boundaries: [100],
      points: [
        {
          attributes: {},
          startTimeMs: 0,
          timeMs: 1,
          count: counts[0]! + counts[1]!,
          sum,
          bucketCounts: counts,
        },
      ],
    });
    s.apply([h([1, 0], 50)], { resource: {}, replay: false });
    s.apply([h([1, 2], 950)], { resource: {}, replay: false });
    expect(samples(s)).toEqual([
      'lat_bucket{le="100"} 2',
      'lat_bucket{le="+Inf"} 4',
      'lat_sum 1000',
      'lat_count 4',
    ]);
  });

  it('should let a newer gauge win and an older one lose', () => {
    const s = store();
    const gauge = (value: number, timeMs: number): MetricData => ({
      kind: 'gauge',
      name: 'g',
      points: [{ attributes: {}, timeMs, value }],
    });
    s.apply([gauge(2, 10), gauge(1, 5)], { resource: {}, replay: false });
    expect(samples(s)).toEqual(['g 2']);
  });

  it('should escape label values, join colliding labels and render special floats', () => {
    const s = store();
    s.apply(
      [
        {
          kind: 'gauge',
          name: 'weird',
          points: [
            {
              attributes: { 'a.b': 'x', a_b: 'y', q: 'say "hi"\nback\\slash', list: ['p', 'q'] },
              timeMs: 1,
              value: Number.NaN,
            },
          ],
        },
        {
          kind: 'gauge',
          name: 'inf',
          points: [{ attributes: {}, timeMs: 1, value: Number.NEGATIVE_INFINITY }],
        },
      ],
      { resource: {}, replay: false },
    );
    expect(samples(s)).toEqual([
      'inf -Inf',
      'weird{a_b="x;y",list="[\\"p\\",\\"q\\"]",q="say \\"hi\\"\\nback\\\\slash"} NaN',
    ]);
  });

  it('should prefer a point attribute over a resource label of the same name', () => {
    const s = store();
    s.apply([counter('c', 1, 1, { user: 'from-point' })], {
      resource: { 'user.id': 'from-resource' },
      replay: false,
    });
    expect(samples(s)).toEqual(['c_total{user="from-point"} 1']);
  });

  it('should keep its own heartbeat when a batch carries the same metric, so the name is exposed once', () => {
    const s = store();
    s.apply(
      [
        {
          kind: 'gauge',
          name: 'glassbox.last_batch_timestamp_seconds',
          points: [{ attributes: {}, timeMs: 1, value: 5 }],
        },
      ],
      { resource: {}, replay: false },
      9_000,
    );
    expect(s.render().match(/^glassbox_last_batch_timestamp_seconds .*$/gm)).toEqual([
      'glassbox_last_batch_timestamp_seconds 9',
    ]);
  });

  it('should drop and count new series beyond maxSeries, and keep the first type for a name', () => {
    const s = store(2);
    s.apply([counter('c', 1, 1, { i: 1 }), counter('c', 1, 1, { i: 2 }), counter('c', 1, 1, { i: 3 })], {
      resource: {},
      replay: false,
    });
    s.apply([{ kind: 'gauge', name: 'c.total', points: [{ attributes: {}, timeMs: 1, value: 9 }] }], {
      resource: {},
      replay: false,
    });
    expect(samples(s)).toEqual(['c_total{i="1"} 1', 'c_total{i="2"} 1']);
    expect(s.render()).toContain('glassbox_prometheus_series_dropped_total 1\n');
  });
});
