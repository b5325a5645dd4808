import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { type DatadogAgentEmulator, startDatadogAgentEmulator } from './datadog-agent-emulator.js';
import { EMULATED_AGENT_API_KEY } from './evp-proxy-route.js';
import { decodeMsgpack } from './msgpack-decode.js';

const ddTrace = createRequire(import.meta.url).resolve('dd-trace');

// What a real dd-trace 5.132 sends: a span tree with historical start and finish times (opentracing's
// startTime / finish(time), epoch ms), an error, unified service tags, an LLM Observability `llm` span with
// token metrics, and DogStatsD metrics.
const SCRIPT = `
const tracer = require(process.env.DD_TRACE_PATH).init({
  service: 'emu-svc', env: 'emu-env', version: '1.2.3', plugins: false, startupLogs: false,
  flushInterval: 20, llmobs: { mlApp: 'emu-app', agentlessEnabled: false },
});
const start = Date.parse('2026-01-02T03:04:05.000Z');
const root = tracer.startSpan('hist.root', { startTime: start, tags: { 'resource.name': 'root-resource' } });
const child = tracer.startSpan('hist.child', { childOf: root, startTime: start + 100 });
child.setTag('error', new Error('boom'));
child.finish(start + 350);
root.finish(start + 1000);
tracer.llmobs.trace({ kind: 'llm', name: 'chat', modelName: 'claude-x', modelProvider: 'anthropic' }, () => {
  tracer.llmobs.annotate({ inputData: 'hi', outputData: 'yo', metrics: { inputTokens: 3, outputTokens: 5 } });
});
tracer.dogstatsd.increment('emu.count', 2, { tool: 'Bash' });
tracer.dogstatsd.distribution('emu.latency', 12.5, { tool: 'Bash' });
tracer.dogstatsd.flush();
tracer.llmobs.flush();
setTimeout(() => process.exit(0), 1500);
`;

function runDdTrace(emulator: DatadogAgentEmulator, protocol: '0.4' | '0.5'): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', SCRIPT], {
      env: {
        PATH: process.env.PATH,
        DD_TRACE_PATH: ddTrace,
        DD_TRACE_AGENT_URL: emulator.url,
        DD_DOGSTATSD_PORT: String(emulator.statsdPort),
        DD_TRACE_AGENT_PROTOCOL_VERSION: protocol,
        DD_INSTRUMENTATION_TELEMETRY_ENABLED: 'false',
        DD_REMOTE_CONFIGURATION_ENABLED: 'false',
        DD_RUNTIME_METRICS_ENABLED: 'false',
      },
      stdio: 'ignore',
    });
    child.on('exit', resolve);
  });
}

let emulator: DatadogAgentEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe('startDatadogAgentEmulator against real dd-trace 5.132', () => {
  for (const protocol of ['0.4', '0.5'] as const) {
    it(`should decode v${protocol} traces with historical times, LLM Observability spans and metrics`, async () => {
      const emu = await startDatadogAgentEmulator();
      emulator = emu;
      expect(await runDdTrace(emu, protocol)).toBe(0);
      await emu.waitFor((e) => e.spans.length >= 3 && e.llmobsSpans.length >= 1 && e.total('emu.count') >= 2);
      expect(emu.errors).toEqual([]);
      expect(emu.requests.some((r) => r.path === `/v${protocol}/traces`)).toBe(true);

      const root = emu.spans.find((s) => s.name === 'hist.root')!;
      const child = emu.spans.find((s) => s.name === 'hist.child')!;
      const start = BigInt(Date.parse('2026-01-02T03:04:05.000Z')) * 1_000_000n;
      expect(root.start).toBe(start);
      expect(root.duration).toBe(1_000_000_000);
      expect(child.start).toBe(start + 100_000_000n);
      expect(child.duration).toBe(250_000_000);
      expect(child.parentId).toBe(root.spanId);
      expect(child.traceId).toBe(root.traceId);
      expect(root.parentId).toBeUndefined();
      expect(root.resource).toBe('root-resource');
      expect(child.error).toBe(1);
      expect(child.meta['error.message']).toBe('boom');
      expect(root).toMatchObject({
        service: 'emu-svc',
        meta: expect.objectContaining({ env: 'emu-env', version: '1.2.3' }),
      });

      const llm = emu.llmobsSpans.find((s) => s.name === 'chat')!;
      expect(llm.meta['span.kind']).toBe('llm');
      expect(llm.meta).toMatchObject({ model_name: 'claude-x', model_provider: 'anthropic' });
      expect(llm.metrics).toMatchObject({ input_tokens: 3, output_tokens: 5 });
      expect(llm.tags).toEqual(expect.arrayContaining(['ml_app:emu-app', 'service:emu-svc', 'env:emu-env']));
      expect(llm.parent_id).toBe('undefined');

      expect(emu.total('emu.count', ['tool:Bash'])).toBe(2);
      expect(emu.metrics.find((m) => m.name === 'emu.latency')).toMatchObject({ type: 'd', value: 12.5 });
    }, 30_000);
  }
});

describe('decodeMsgpack', () => {
  it('should decode 64-bit integers beyond 2^53 as bigint and refuse truncated input', () => {
    const bytes = Uint8Array.from([0x92, 0xcf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xa1, 0x61]);
    expect(decodeMsgpack(bytes)).toEqual([0xffff_ffff_ffff_ffffn, 'a']);
    expect(() => decodeMsgpack(bytes.subarray(0, 5))).toThrow(/truncated/);
  });
});

describe('startDatadogAgentEmulator: the logs intake', () => {
  const post = async (
    emu: DatadogAgentEmulator,
    path: string,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<number> => {
    const json = Buffer.from(JSON.stringify(body));
    const gzip = headers['content-encoding'] === 'gzip';
    const res = await fetch(`${emu.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: gzip ? gzipSync(json) : json,
    });
    await res.arrayBuffer();
    return res.status;
  };
  const log = (n: number) => ({
    ddsource: 'glassbox',
    service: 'svc',
    message: `m${n}`,
    dd: { span_id: String(n) },
  });

  it('should take a gzip JSON array with an API key (202) and keep each log in order', async () => {
    const emu = (emulator = await startDatadogAgentEmulator());
    expect(
      await post(emu, '/api/v2/logs', [log(1), log(2)], { 'dd-api-key': 'k', 'content-encoding': 'gzip' }),
    ).toBe(202);
    expect(await post(emu, '/api/v2/logs', log(3), { 'dd-api-key': 'k' })).toBe(202);
    expect(emu.logs.map((l) => l.message)).toEqual(['m1', 'm2', 'm3']);
    expect(emu.logs[0]!.dd).toEqual({ span_id: '1' });
  });

  it('should answer like the intake outside its limits: 403 without a key, 413 over 5 MB, 400 over 1,000 logs', async () => {
    const emu = (emulator = await startDatadogAgentEmulator());
    expect(await post(emu, '/api/v2/logs', [log(1)], {})).toBe(403);
    const many = Array.from({ length: 1001 }, (_, i) => log(i));
    expect(await post(emu, '/api/v2/logs', many, { 'dd-api-key': 'k' })).toBe(400);
    const big = [{ message: 'x'.repeat(5 * 1024 * 1024) }];
    expect(await post(emu, '/api/v2/logs', big, { 'dd-api-key': 'k', 'content-encoding': 'gzip' })).toBe(413);
    expect(await post(emu, '/api/v2/logs', ['not an object'], { 'dd-api-key': 'k' })).toBe(400);
    expect(emu.logs).toEqual([]);
  });

  it("should take logs through the Agent's EVP proxy as the Agent forwards them: its key, no Content-Encoding", async () => {
    const emu = (emulator = await startDatadogAgentEmulator());
    const logs = '/api/v2/logs';
    const evp = (version: number, headers: Record<string, string>, body: unknown = [log(version)]) =>
      post(emu, `/evp_proxy/v${version}${logs}`, body, headers);
    const subdomain = { 'x-datadog-evp-subdomain': 'http-intake.logs' };
    // Every proxy version forwards to https://<subdomain>.<site><path>; the caller's API key is not forwarded.
    for (const version of [1, 2, 3, 4])
      expect(await evp(version, { ...subdomain, 'dd-api-key': 'mine' })).toBe(202);
    expect(emu.logs.map((l) => l.message)).toEqual(['m1', 'm2', 'm3', 'm4']);
    const forwarded = emu.requests.map((r) => r.forwarded!);
    expect(new Set(forwarded.map((f) => f.target))).toEqual(
      new Set(['https://http-intake.logs.datadoghq.com/api/v2/logs']),
    );
    expect(forwarded[0]!.headers).toEqual({
      'content-type': 'application/json',
      'user-agent': 'node',
      via: 'trace-agent 7.60.0',
      'x-datadog-hostname': 'emulated-host',
      'dd-api-key': EMULATED_AGENT_API_KEY,
    });
    // Refused by the proxy (502): no subdomain, a subdomain or path outside the allowed characters, over 10 MB.
    expect(await evp(2, {})).toBe(502);
    expect(await evp(2, { 'x-datadog-evp-subdomain': 'evil.com/x' })).toBe(502);
    expect(await post(emu, '/evp_proxy/v2/api/v2/logs%20x', [log(5)], subdomain)).toBe(502);
    expect(await evp(2, subdomain, [{ message: 'x'.repeat(10 * 1024 * 1024) }])).toBe(502);
    // Forwarded, answered by the intake: the wrong intake 404, a gzip'd body (its encoding dropped) 400, the logs
    // intake's own limits (over 1,000 logs) 400; and a proxy version the Agent does not have is no proxy (404).
    expect(await evp(2, { 'x-datadog-evp-subdomain': 'llmobs-intake' })).toBe(404);
    expect(await evp(2, { ...subdomain, 'content-encoding': 'gzip' })).toBe(400);
    expect(
      await evp(
        2,
        subdomain,
        Array.from({ length: 1001 }, (_, i) => log(i)),
      ),
    ).toBe(400);
    expect(await post(emu, `/evp_proxy/v5${logs}`, [log(6)], subdomain)).toBe(404);
    expect(emu.logs).toHaveLength(4);
  });

  it('should answer 405 when the EVP proxy is disabled, as the Agent does', async () => {
    const emu = (emulator = await startDatadogAgentEmulator({ evpProxy: false }));
    expect(
      await post(emu, '/evp_proxy/v2/api/v2/logs', [log(1)], {
        'x-datadog-evp-subdomain': 'http-intake.logs',
      }),
    ).toBe(405);
    expect(emu.logs).toEqual([]);
  });
});
