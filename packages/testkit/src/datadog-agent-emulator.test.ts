import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { type DatadogAgentEmulator, startDatadogAgentEmulator } from './datadog-agent-emulator.js';
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
