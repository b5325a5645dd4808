import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { otlpMessageTypes } from './otlp-proto.js';
import { type OtlpReceiver, startOtlpReceiver } from './start-otlp-receiver.js';

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const SPAN_ID = 'b7ad6b7169203331';
const PARENT_ID = '00f067aa0ba902b7';

function post(
  url: string,
  body: Uint8Array | string,
  headers: Record<string, string>,
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function traceRequest() {
  return {
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'claude-code' } }] },
        scopeSpans: [
          {
            scope: { name: 'glassbox', version: '0.1.0' },
            spans: [
              {
                traceId: Buffer.from(TRACE_ID, 'hex'),
                spanId: Buffer.from(SPAN_ID, 'hex'),
                parentSpanId: Buffer.from(PARENT_ID, 'hex'),
                name: 'execute_tool Bash',
                kind: 1,
                startTimeUnixNano: '1700000000123456789',
                endTimeUnixNano: '1700000000223456789',
                attributes: [
                  { key: 'gen_ai.tool.name', value: { stringValue: 'Bash' } },
                  { key: 'gen_ai.usage.input_tokens', value: { intValue: '1847' } },
                  {
                    key: 'tags',
                    value: { arrayValue: { values: [{ stringValue: 'a' }, { boolValue: true }] } },
                  },
                ],
                status: { code: 2, message: 'exit 1' },
              },
            ],
          },
        ],
      },
    ],
  };
}

describe('startOtlpReceiver', () => {
  let receiver: OtlpReceiver;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
  });
  afterAll(async () => {
    await receiver.close();
  });
  beforeEach(() => receiver.reset());

  it('should decode a gzip protobuf trace request with the official message types', async () => {
    const type = otlpMessageTypes.traces.request;
    const bytes = type.encode(type.fromObject(traceRequest())).finish();
    const res = await post(`${receiver.url}/v1/traces`, gzipSync(bytes), {
      'content-type': 'application/x-protobuf',
      'content-encoding': 'gzip',
    });
    expect(res.status).toBe(200);
    // The answer is a valid (empty) ExportTraceServiceResponse.
    expect(otlpMessageTypes.traces.response.decode(res.body)).toBeDefined();
    expect(receiver.requests[0]).toMatchObject({
      signal: 'traces',
      encoding: 'protobuf',
      contentEncoding: 'gzip',
    });
    expect(receiver.spans).toHaveLength(1);
    const span = receiver.spans[0]!;
    expect(span).toMatchObject({
      traceId: TRACE_ID,
      spanId: SPAN_ID,
      parentSpanId: PARENT_ID,
      name: 'execute_tool Bash',
      kind: 1,
      status: { code: 2, message: 'exit 1' },
      resource: { 'service.name': 'claude-code' },
      scope: { name: 'glassbox', version: '0.1.0' },
    });
    // Nanosecond times survive exactly (int64 above 2^53).
    expect(span.startTimeUnixNano).toBe(1700000000123456789n);
    expect(span.attributes).toEqual({
      'gen_ai.tool.name': 'Bash',
      'gen_ai.usage.input_tokens': 1847,
      tags: ['a', true],
    });
  });

  it('should decode OTLP/JSON with hex ids the same way', async () => {
    const json = JSON.stringify(traceRequest(), (key, value) =>
      ['traceId', 'spanId', 'parentSpanId'].includes(key) ? Buffer.from(value.data).toString('hex') : value,
    );
    const res = await post(`${receiver.url}/v1/traces`, json, { 'content-type': 'application/json' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body.toString())).toEqual({});
    expect(receiver.spans[0]).toMatchObject({ traceId: TRACE_ID, spanId: SPAN_ID, parentSpanId: PARENT_ID });
    expect(receiver.spans[0]!.startTimeUnixNano).toBe(1700000000123456789n);
  });

  it('should flatten metrics and logs', async () => {
    const m = otlpMessageTypes.metrics.request;
    const metricsBody = m
      .encode(
        m.fromObject({
          resourceMetrics: [
            {
              scopeMetrics: [
                {
                  metrics: [
                    {
                      name: 'claude.tool.latency_ms',
                      unit: 'ms',
                      histogram: {
                        aggregationTemporality: 2,
                        dataPoints: [
                          {
                            attributes: [{ key: 'tool', value: { stringValue: 'Bash' } }],
                            timeUnixNano: '1700000000000000000',
                            count: '3',
                            sum: 1200,
                            bucketCounts: ['1', '2', '0'],
                            explicitBounds: [100, 1000],
                          },
                        ],
                      },
                    },
                  ],
                },
              ],
            },
          ],
        }),
      )
      .finish();
    expect(
      (await post(`${receiver.url}/v1/metrics`, metricsBody, { 'content-type': 'application/x-protobuf' }))
        .status,
    ).toBe(200);
    const l = otlpMessageTypes.logs.request;
    const logsBody = l
      .encode(
        l.fromObject({
          resourceLogs: [
            {
              scopeLogs: [
                {
                  logRecords: [
                    {
                      timeUnixNano: '1700000000000000000',
                      severityNumber: 9,
                      severityText: 'INFO',
                      eventName: 'tool_call',
                      body: { kvlistValue: { values: [{ key: 'sql', value: { stringValue: 'SELECT 1' } }] } },
                      traceId: Buffer.from(TRACE_ID, 'hex'),
                      spanId: Buffer.from(SPAN_ID, 'hex'),
                    },
                  ],
                },
              ],
            },
          ],
        }),
      )
      .finish();
    expect(
      (await post(`${receiver.url}/v1/logs`, logsBody, { 'content-type': 'application/x-protobuf' })).status,
    ).toBe(200);
    expect(receiver.metrics[0]).toMatchObject({
      name: 'claude.tool.latency_ms',
      type: 'histogram',
      temporality: 'cumulative',
      points: [
        {
          attributes: { tool: 'Bash' },
          count: 3,
          sum: 1200,
          bucketCounts: [1, 2, 0],
          explicitBounds: [100, 1000],
        },
      ],
    });
    expect(receiver.logs[0]).toMatchObject({
      eventName: 'tool_call',
      severityNumber: 9,
      body: { sql: 'SELECT 1' },
      traceId: TRACE_ID,
      spanId: SPAN_ID,
    });
  });

  it('should fail requests on demand, then accept again', async () => {
    receiver.failNext(1, { status: 429, retryAfterSeconds: 2 });
    const type = otlpMessageTypes.traces.request;
    const bytes = type.encode(type.fromObject(traceRequest())).finish();
    const headers = { 'content-type': 'application/x-protobuf' };
    expect((await post(`${receiver.url}/v1/traces`, bytes, headers)).status).toBe(429);
    expect(receiver.spans).toHaveLength(0);
    expect((await post(`${receiver.url}/v1/traces`, bytes, headers)).status).toBe(200);
    expect(receiver.spans).toHaveLength(1);
    expect(receiver.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('should reject bodies that are not valid messages and unknown paths', async () => {
    const bad = await post(`${receiver.url}/v1/traces`, Buffer.from([0x0a, 0xff, 0xff, 0xff]), {
      'content-type': 'application/x-protobuf',
    });
    expect(bad.status).toBe(400);
    expect(receiver.requests[0]?.error).toBeTruthy();
    expect(
      (await post(`${receiver.url}/v1/other`, '{}', { 'content-type': 'application/json' })).status,
    ).toBe(404);
    expect(receiver.spans).toHaveLength(0);
  });
});
