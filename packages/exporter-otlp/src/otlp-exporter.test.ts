import { createServer } from 'node:net';
import { type OtlpReceiver, type ReceivedMetric, startOtlpReceiver } from '@glassbox/otlp-receiver';
import type { ExportResult, MetricData, TelemetryBatch } from '@glassbox/spec';
import { hostileTelemetryBatches, sampleTelemetryBatch } from '@glassbox/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOtlpExporter, type OtlpExporter } from './otlp-exporter.js';

let receiver: OtlpReceiver;
const exporters: OtlpExporter[] = [];

function exporter(options: Parameters<typeof createOtlpExporter>[0] = {}): OtlpExporter {
  const e = createOtlpExporter({ endpoint: receiver.url, ...options });
  exporters.push(e);
  return e;
}

function failure(result: ExportResult) {
  if (result.code !== 'failed') throw new Error('expected a failed result');
  return result;
}

/** Epoch ms → the exact nanoseconds OTLP should carry. */
function nanosOf(ms: number): bigint {
  const whole = Math.floor(ms);
  return BigInt(whole) * 1_000_000n + BigInt(Math.round((ms - whole) * 1e6));
}

function metricNamed(metrics: readonly ReceivedMetric[], name: string): ReceivedMetric {
  const found = metrics.find((m) => m.name === name);
  if (!found) throw new Error(`metric ${name} not received`);
  return found;
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

beforeAll(async () => {
  receiver = await startOtlpReceiver();
});
afterAll(async () => {
  await receiver.close();
});
beforeEach(() => receiver.reset());
afterEach(async () => {
  await Promise.all(exporters.splice(0).map((e) => e.shutdown()));
});

describe('OtlpExporter delivering a session', () => {
  it('should keep our trace, span and parent ids, times, kinds, status and gen_ai attributes', async () => {
    const batch = sampleTelemetryBatch();
    expect(await exporter().export(batch)).toEqual({ code: 'success' });

    expect(receiver.requests.filter((r) => r.signal === 'traces').map((r) => r.encoding)).toEqual([
      'protobuf',
    ]);
    expect(receiver.spans).toHaveLength(batch.spans.length);
    const byId = new Map(receiver.spans.map((s) => [s.spanId, s]));
    for (const sent of batch.spans) {
      const got = byId.get(sent.spanId);
      expect(got, sent.name).toBeDefined();
      expect(got!.traceId).toBe(sent.traceId);
      expect(got!.parentSpanId).toBe(sent.parentSpanId);
      expect(got!.name).toBe(sent.name);
      expect(got!.startTimeUnixNano).toBe(nanosOf(sent.startTimeMs));
      expect(got!.endTimeUnixNano).toBe(nanosOf(sent.endTimeMs));
    }
    // The tree: session → turn → two LLM calls; the tool call hangs under the call that decided it.
    const [session, turn, llm1, tool, llm2] = batch.spans;
    expect(byId.get(session!.spanId)!.parentSpanId).toBeUndefined();
    expect(byId.get(turn!.spanId)!.parentSpanId).toBe(session!.spanId);
    expect(byId.get(llm1!.spanId)!.parentSpanId).toBe(turn!.spanId);
    expect(byId.get(llm2!.spanId)!.parentSpanId).toBe(turn!.spanId);
    expect(byId.get(tool!.spanId)!.parentSpanId).toBe(llm1!.spanId);

    const chat = byId.get(llm1!.spanId)!;
    expect(chat.kind).toBe(3); // CLIENT
    expect(chat.attributes).toMatchObject({
      'gen_ai.request.model': 'claude-opus-5-5',
      'gen_ai.usage.input_tokens': 1847,
      'gen_ai.usage.output_tokens': 312,
      'gen_ai.response.finish_reasons': ['tool_use'],
      'session.id': 'sess_abc123',
    });
    expect(chat.events).toEqual([
      {
        name: 'gen_ai.first_token',
        timeUnixNano: nanosOf(batch.spans[2]!.events[0]!.timeMs),
        attributes: {},
      },
    ]);
    const bash = byId.get(tool!.spanId)!;
    expect(bash.kind).toBe(1); // INTERNAL
    expect(bash.status).toEqual({ code: 2, message: 'exit code 2' });
    expect(bash.attributes).toMatchObject({ 'gen_ai.tool.name': 'Bash', 'gen_ai.tool.call.id': 'toolu_01A' });
    expect(bash.events[0]!.attributes['exception.message']).toContain('No such file');
    expect(chat.resource).toMatchObject({ 'service.name': 'claude-code', 'user.id': 'u_5b1f0c' });
    expect(chat.scope.name).toBe('glassbox');
  });

  it('should send metrics with dotted names, cumulative by default, histograms with their buckets', async () => {
    const batch = sampleTelemetryBatch();
    expect(await exporter().export(batch)).toEqual({ code: 'success' });
    const calls = metricNamed(receiver.metrics, 'claude.tool.calls_total');
    expect(calls).toMatchObject({ type: 'sum', monotonic: true, temporality: 'cumulative', unit: '{call}' });
    expect(calls.points.map((p) => [p.attributes.tool, p.value])).toEqual([
      ['Bash', 1],
      ['Read', 0],
    ]);
    // The sample's cost is a delta: with cumulative temporality it arrives as a running total.
    const cost = metricNamed(receiver.metrics, 'claude.cost.usd');
    expect(cost).toMatchObject({ temporality: 'cumulative', unit: 'USD' });
    expect(cost.points[0]!.value).toBeCloseTo(0.0412, 10);
    const latency = metricNamed(receiver.metrics, 'claude.tool.latency_ms');
    expect(latency).toMatchObject({ type: 'histogram', temporality: 'cumulative' });
    expect(latency.points[0]).toMatchObject({
      attributes: { tool: 'Bash' },
      count: 1,
      sum: 234,
      min: 234,
      max: 234,
      bucketCounts: [0, 0, 0, 1, 0, 0, 0, 0],
      explicitBounds: [10, 50, 100, 250, 500, 1000, 5000],
    });
    expect(metricNamed(receiver.metrics, 'claude.context.tokens')).toMatchObject({
      type: 'gauge',
      points: [{ value: 14_057 }],
    });
  });

  it('should send logs with event name, stable id, severity, body and trace context', async () => {
    const batch = sampleTelemetryBatch();
    expect(await exporter().export(batch)).toEqual({ code: 'success' });
    expect(receiver.logs).toHaveLength(batch.logs.length);
    const toolCall = receiver.logs.find(
      (l) => l.attributes['log.record.uid'] === 'sess_abc123:tool_call:toolu_01A',
    );
    expect(toolCall).toMatchObject({
      eventName: 'tool_call',
      severityNumber: 17,
      severityText: 'ERROR',
      traceId: batch.spans[3]!.traceId,
      spanId: batch.spans[3]!.spanId,
      attributes: { 'event.name': 'tool_call', toolName: 'Bash', latencyMs: 234, sessionId: 'sess_abc123' },
      body: { input: { command: 'ls /nope' }, output: { exitCode: 2 } },
      timeUnixNano: nanosOf(batch.logs[2]!.timeMs),
    });
    const end = receiver.logs.find((l) => l.eventName === 'session_end');
    expect(end).toMatchObject({ severityNumber: 5, severityText: 'DEBUG' });
    expect(end!.body).toBeUndefined();
  });

  it('should speak OTLP/JSON with gzip, custom headers and resource attributes on request', async () => {
    const e = exporter({
      protocol: 'http/json',
      compression: 'gzip',
      headers: { authorization: 'Bearer t0ken' },
      resource: { 'deployment.environment': 'test', 'user.id': 'override' },
    });
    expect(await e.export(sampleTelemetryBatch())).toEqual({ code: 'success' });
    expect(
      receiver.requests.map((r) => [r.signal, r.encoding, r.contentEncoding, r.headers.authorization]),
    ).toEqual(
      expect.arrayContaining([
        ['traces', 'json', 'gzip', 'Bearer t0ken'],
        ['metrics', 'json', 'gzip', 'Bearer t0ken'],
        ['logs', 'json', 'gzip', 'Bearer t0ken'],
      ]),
    );
    expect(receiver.spans.map((s) => s.parentSpanId).filter(Boolean)).toHaveLength(4);
    expect(receiver.spans[0]!.resource).toMatchObject({
      'deployment.environment': 'test',
      'user.id': 'override',
    });
  });

  it('should deliver every hostile batch the conformance suite knows, not just survive it', async () => {
    const e = exporter();
    for (const { label, batch } of hostileTelemetryBatches()) {
      const result = await e.export(batch);
      expect(result, label).toEqual({ code: 'success' });
    }
    // NaN and infinities travel as protobuf doubles.
    expect(metricNamed(receiver.metrics, 'g.inf').points.map((p) => p.value)).toEqual([
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ]);
    // A cyclic body is cut, not fatal.
    const content = receiver.logs.find((l) => l.attributes['log.record.uid'] === 'hostile-content:1');
    expect(content?.body).toMatchObject({ input: { name: 'loop', self: '[…]' } });
    expect(receiver.requests.every((r) => r.status === 200)).toBe(true);
  });

  it('should send nothing for an empty batch and only the signals asked for', async () => {
    const empty: TelemetryBatch = {
      id: 'e',
      resource: { attributes: {} },
      spans: [],
      metrics: [],
      logs: [],
      audit: [],
    };
    expect(await exporter().export(empty)).toEqual({ code: 'success' });
    expect(receiver.requests).toHaveLength(0);
    expect(await exporter({ signals: ['traces'] }).export(sampleTelemetryBatch())).toEqual({
      code: 'success',
    });
    expect(receiver.requests.map((r) => r.signal)).toEqual(['traces']);
  });
});

describe('OtlpExporter temporality', () => {
  const cumulativeCalls = (value: number, timeMs: number): MetricData => ({
    kind: 'sum',
    name: 'claude.tool.calls_total',
    temporality: 'cumulative',
    monotonic: true,
    points: [{ attributes: { tool: 'Bash' }, startTimeMs: 1_000, timeMs, value }],
  });
  const batchOf = (id: string, metrics: MetricData[]): TelemetryBatch => ({
    id,
    resource: { attributes: { 'user.id': 'u1' } },
    spans: [],
    metrics,
    logs: [],
    audit: [],
  });

  it('should turn cumulative totals into deltas when asked for delta', async () => {
    const e = exporter({ temporality: 'delta' });
    expect(await e.export(batchOf('b1', [cumulativeCalls(3, 2_000)]))).toEqual({ code: 'success' });
    expect(await e.export(batchOf('b2', [cumulativeCalls(5, 3_000)]))).toEqual({ code: 'success' });
    const points = receiver.metrics.map((m) => [
      m.temporality,
      m.points[0]!.value,
      m.points[0]!.startTimeUnixNano,
    ]);
    expect(points).toEqual([
      ['delta', 3, nanosOf(1_000)],
      ['delta', 2, nanosOf(2_000)],
    ]);
  });

  it('should not advance delta state when the export failed, so the retry carries the same delta', async () => {
    const e = exporter({ temporality: 'delta', timeoutMillis: 300 });
    expect(await e.export(batchOf('b1', [cumulativeCalls(3, 2_000)]))).toEqual({ code: 'success' });
    receiver.failNext(1, { status: 400 });
    expect(failure(await e.export(batchOf('b2', [cumulativeCalls(5, 3_000)]))).retryable).toBe(false);
    expect(await e.export(batchOf('b2', [cumulativeCalls(5, 3_000)]))).toEqual({ code: 'success' });
    expect(receiver.metrics.map((m) => m.points[0]!.value)).toEqual([3, 2]);
  });
});

describe('OtlpExporter failures', () => {
  it('should report 503 as a retryable EXPORT_FAILED with the signal, after the SDK gave up within the deadline', async () => {
    receiver.failNext(100, { status: 503 });
    const result = failure(await exporter({ timeoutMillis: 300 }).export(sampleTelemetryBatch()));
    expect(result.retryable).toBe(true);
    expect(result.error.code).toBe('EXPORT_FAILED');
    expect(result.error.data).toMatchObject({
      signals: expect.arrayContaining(['traces', 'metrics', 'logs']),
    });
  });

  it('should report 429 as retryable and 400 as permanent', async () => {
    receiver.failNext(3, { status: 429, retryAfterSeconds: 30 });
    expect(failure(await exporter({ timeoutMillis: 300 }).export(sampleTelemetryBatch())).retryable).toBe(
      true,
    );
    receiver.reset();
    receiver.failNext(3, { status: 400 });
    const bad = failure(await exporter().export(sampleTelemetryBatch()));
    expect(bad.retryable).toBe(false);
    expect(bad.error.message).toMatch(/HTTP 400/);
  });

  it('should treat a 500 as retryable even though the SDK does not retry it', async () => {
    receiver.failNext(1, { status: 500 });
    const result = failure(await exporter({ signals: ['traces'] }).export(sampleTelemetryBatch()));
    expect(result).toMatchObject({
      retryable: true,
      error: { code: 'EXPORT_FAILED', data: { signal: 'traces', status: 500 } },
    });
  });

  it('should take a transient 503 with Retry-After: 0 in stride: the SDK retries within the call', async () => {
    receiver.failNext(1, { status: 503, retryAfterSeconds: 0 });
    expect(await exporter({ signals: ['traces'] }).export(sampleTelemetryBatch())).toEqual({
      code: 'success',
    });
    expect(receiver.requests.map((r) => r.status)).toEqual([503, 200]);
  });

  it('should report a refused connection as retryable', async () => {
    const e = exporter({ endpoint: `http://127.0.0.1:${await closedPort()}`, timeoutMillis: 300 });
    const result = failure(await e.export(sampleTelemetryBatch()));
    expect(result.retryable).toBe(true);
    expect(result.error.message).toMatch(/ECONNREFUSED/);
  });

  it('should report a backend slower than timeoutMillis as a retryable EXPORT_TIMEOUT', async () => {
    receiver.setDelay(1_000);
    try {
      const result = failure(
        await exporter({ timeoutMillis: 200, signals: ['logs'] }).export(sampleTelemetryBatch()),
      );
      expect(result).toMatchObject({ retryable: true, error: { code: 'EXPORT_TIMEOUT' } });
    } finally {
      receiver.setDelay(0);
    }
  });

  it('should re-send only the failed signal when the same batch is retried', async () => {
    const e = exporter({ timeoutMillis: 300 });
    const batch = sampleTelemetryBatch();
    // Requests go out traces, logs, metrics: fail exactly the first one.
    receiver.failNext(1, { status: 400 });
    failure(await e.export(batch));
    const firstRound = receiver.requests.map((r) => [r.signal, r.status]);
    expect(firstRound.filter(([, s]) => s === 200)).toHaveLength(2);
    const failedSignal = firstRound.find(([, s]) => s === 400)![0];
    expect(await e.export(batch)).toEqual({ code: 'success' });
    expect(receiver.requests.slice(3).map((r) => r.signal)).toEqual([failedSignal]);
  });

  it('should turn a bad option into INVALID_CONFIG results instead of throwing', async () => {
    for (const options of [
      { endpoint: 'not a url' },
      { endpoint: 'ftp://x' },
      { protocol: 'grpc' as 'http/json' },
      { timeoutMillis: -1 },
      { compression: 'brotli' as 'gzip' },
    ]) {
      const result = failure(await exporter(options).export(sampleTelemetryBatch()));
      expect(result.error.code, JSON.stringify(options)).toBe('INVALID_CONFIG');
      expect(result.retryable).toBe(false);
    }
  });

  it('should reject spans with malformed ids as INVALID_INPUT without sending anything', async () => {
    const batch = sampleTelemetryBatch();
    const bad = { ...batch, spans: [{ ...batch.spans[0]!, spanId: 'xyz' }] };
    const result = failure(await exporter().export(bad));
    expect(result).toMatchObject({ retryable: false, error: { code: 'INVALID_INPUT' } });
    expect(receiver.requests).toHaveLength(0);
  });
});

describe('OtlpExporter and OTEL_EXPORTER_OTLP_* variables', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (key.startsWith('OTEL_')) delete process.env[key];
    Object.assign(process.env, saved);
  });

  it('should fall back to the variables and let explicit options win', async () => {
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
    process.env.OTEL_EXPORTER_OTLP_PROTOCOL = 'http/json';
    process.env.OTEL_EXPORTER_OTLP_HEADERS = 'x-team=platform,authorization=from-env';
    const fromEnv = createOtlpExporter({ signals: ['traces'] });
    exporters.push(fromEnv);
    expect(await fromEnv.export(sampleTelemetryBatch())).toEqual({ code: 'success' });
    expect(receiver.requests[0]).toMatchObject({
      encoding: 'json',
      headers: { 'x-team': 'platform', authorization: 'from-env' },
    });

    receiver.reset();
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${await closedPort()}`;
    const explicit = exporter({
      protocol: 'http/protobuf',
      headers: { authorization: 'explicit' },
      signals: ['traces'],
    });
    expect(await explicit.export(sampleTelemetryBatch())).toEqual({ code: 'success' });
    expect(receiver.requests[0]).toMatchObject({
      encoding: 'protobuf',
      headers: { 'x-team': 'platform', authorization: 'explicit' },
    });
  });
});
