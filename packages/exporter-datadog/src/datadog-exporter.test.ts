import type { SpanData, TelemetryBatch } from '@glassbox/spec';
import { type DatadogAgentEmulator, startDatadogAgentEmulator } from '@glassbox/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatadogExporter } from './datadog-exporter.js';

const T0 = Date.parse('2026-03-04T05:06:07.000Z');
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const id = (n: number) => `00f067aa0ba902b${n}`;

/** A session as the tracker shapes it: session → turn → chat → Agent tool → subagent → chat, and a failed Bash. */
function sessionBatch(extra: Partial<Record<string, string>> = {}): TelemetryBatch {
  const base = { 'session.id': 'sess-dd-1' };
  const span = (
    n: number,
    parent: number | undefined,
    type: string,
    name: string,
    start: number,
    end: number,
    attributes: SpanData['attributes'] = {},
    error = false,
  ): SpanData => ({
    traceId: TRACE,
    spanId: id(n),
    ...(parent !== undefined ? { parentSpanId: id(parent) } : {}),
    name,
    kind: type === 'llm' ? 'client' : 'internal',
    startTimeMs: T0 + start,
    endTimeMs: T0 + end,
    status: error ? { code: 'error', message: 'exit code 2' } : { code: 'ok' },
    attributes: { ...base, 'glassbox.span.type': type, ...attributes },
    events: [],
  });
  const llm = (cost: number) => ({
    'gen_ai.request.model': 'claude-sonnet-4-5',
    'gen_ai.usage.input_tokens': 1300,
    'gen_ai.usage.output_tokens': 40,
    'gen_ai.usage.cache_read.input_tokens': 1000,
    'gen_ai.usage.cache_creation.input_tokens': 200,
    'glassbox.usage.uncached_input_tokens': 100,
    'glassbox.usage.cache_creation.5m.input_tokens': 200,
    'glassbox.cost.usd': cost,
    'glassbox.cost.known': true,
  });
  return {
    id: `batch-${extra.id ?? '1'}`,
    resource: { attributes: { 'service.name': 'claude-code', 'claude.version': '2.1.332' } },
    spans: [
      span(1, undefined, 'session', 'invoke_agent claude-code', 0, 9000),
      span(2, 1, 'turn', 'invoke_agent claude-code', 10, 8990),
      span(3, 2, 'llm', 'chat claude-sonnet-4-5', 20, 1020, llm(0.0125)),
      span(4, 3, 'tool', 'execute_tool Agent', 1030, 6000, { 'gen_ai.tool.name': 'Agent' }),
      span(5, 4, 'subagent', 'invoke_agent general-purpose', 1040, 5990),
      span(6, 5, 'llm', 'chat claude-sonnet-4-5', 1050, 2050, llm(0.0075)),
      span(
        7,
        3,
        'tool',
        'execute_tool Bash',
        6010,
        6244,
        {
          'gen_ai.tool.name': 'Bash',
          'glassbox.tool.status': 'error',
          'error.type': 'tool_error',
          ...(extra.args ? { 'gen_ai.tool.call.arguments': extra.args } : {}),
        },
        true,
      ),
    ],
    metrics: [],
    logs: [],
    audit: [],
  };
}

let emulator: DatadogAgentEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe('DatadogExporter through an Agent', () => {
  it('should send the span tree with its ids, historical times, errors and unified service tags', async () => {
    const emu = (emulator = await startDatadogAgentEmulator());
    const exporter = createDatadogExporter({ agentUrl: emu.url, dogstatsdPort: emu.statsdPort, env: 'prod' });
    expect(await exporter.export(sessionBatch())).toEqual({ code: 'success' });
    await emu.waitFor((e) => e.metrics.length > 0);
    await exporter.shutdown();

    expect(emu.spans).toHaveLength(7);
    const byId = new Map(emu.spans.map((s) => [s.spanId, s]));
    for (const s of emu.spans) expect(s.traceId).toBe(TRACE);
    expect(byId.get(id(7))).toMatchObject({
      parentId: id(3),
      name: 'claude_code.tool',
      resource: 'execute_tool Bash',
      error: 1,
    });
    expect(byId.get(id(5))).toMatchObject({ parentId: id(4), name: 'claude_code.subagent' });
    expect(byId.get(id(1))!.parentId).toBeUndefined();
    expect(byId.get(id(7))!.start).toBe(BigInt(T0 + 6010) * 1_000_000n);
    expect(byId.get(id(7))!.duration).toBe(234_000_000);
    expect(byId.get(id(7))!.meta).toMatchObject({
      env: 'prod',
      version: '2.1.332',
      'error.message': 'exit code 2',
    });
    expect(byId.get(id(3))!.metrics['gen_ai.usage.output_tokens']).toBe(40);
    for (const s of emu.spans) expect(s.service).toBe('claude-code');
  });

  it('should send LLM Observability spans of the right kinds with token and cost metrics, linked to APM', async () => {
    const emu = (emulator = await startDatadogAgentEmulator());
    const exporter = createDatadogExporter({
      agentUrl: emu.url,
      dogstatsdPort: emu.statsdPort,
      mlApp: 'coding',
    });
    expect(await exporter.export(sessionBatch())).toEqual({ code: 'success' });
    await exporter.shutdown();
    const kinds = emu.llmobsSpans.map((s) => s.meta['span.kind']);
    expect(kinds).toEqual(['agent', 'workflow', 'llm', 'tool', 'agent', 'llm', 'tool']);
    const chat = emu.llmobsSpans[2]!;
    expect(chat.meta).toMatchObject({ model_name: 'claude-sonnet-4-5', model_provider: 'anthropic' });
    expect(chat.metrics).toMatchObject({
      input_tokens: 1300,
      output_tokens: 40,
      total_tokens: 1340,
      cache_read_input_tokens: 1000,
      cache_write_input_tokens: 200,
      estimated_total_cost: 0.0125,
    });
    expect(chat.tags).toEqual(
      expect.arrayContaining(['ml_app:coding', 'service:claude-code', 'session_id:sess-dd-1']),
    );
    expect(chat.parent_id).toBe(BigInt(`0x${id(2)}`).toString());
    expect(emu.llmobsSpans[6]!.status).toBe('error');
    // No content unless the span carries it (content capture on).
    expect(emu.llmobsSpans[6]!.meta.input).toEqual({});
    expect(
      emu.requests.find((r) => r.path.startsWith('/evp_proxy'))!.headers['x-datadog-evp-subdomain'],
    ).toBe('llmobs-intake');
  });

  it('should send tool arguments to LLM Observability only when the span carries them', async () => {
    const emu = (emulator = await startDatadogAgentEmulator());
    const exporter = createDatadogExporter({ agentUrl: emu.url, signals: ['llmobs'] });
    await exporter.export(sessionBatch({ args: '{"command":"ls /nope"}' }));
    await exporter.shutdown();
    expect(emu.llmobsSpans[6]!.meta.input).toEqual({ value: '{"command":"ls /nope"}' });
  });

  it('should send the seed metrics over DogStatsD as tags, the cost adding up to the spans', async () => {
    const emu = (emulator = await startDatadogAgentEmulator());
    const exporter = createDatadogExporter({ agentUrl: emu.url, dogstatsdPort: emu.statsdPort });
    await exporter.export(sessionBatch());
    await emu.waitFor((e) => e.total('claude.session.count') === 1);
    await exporter.shutdown();
    expect(emu.total('claude.cost.usd')).toBeCloseTo(0.02, 10);
    expect(emu.total('claude.tokens.input', ['type:cache_read'])).toBe(2000);
    expect(emu.total('claude.tokens.output', ['model:claude-sonnet-4-5'])).toBe(80);
    expect(emu.total('claude.tool.calls_total', ['tool:Bash', 'success:false'])).toBe(1);
    expect(emu.total('claude.tool.errors_total', ['tool:Bash', 'status:error'])).toBe(1);
    const latency = emu.metrics.find(
      (m) => m.name === 'claude.tool.latency_ms' && m.tags.includes('tool:Bash'),
    )!;
    expect(latency).toMatchObject({ type: 'd', value: 234 });
    const cost = emu.metrics.find((m) => m.name === 'claude.cost.usd')!;
    expect(cost.tags).toEqual(expect.arrayContaining(['service:claude-code', 'version:2.1.332']));
    expect(cost.timestamp).toBe(Math.floor((T0 + 1020) / 1000));
  });

  it('should lose nothing while the Agent is down and send nothing twice once it is back', async () => {
    const down = await startDatadogAgentEmulator();
    const { port, statsdPort } = down;
    await down.close();
    const exporter = createDatadogExporter({
      agentUrl: `http://127.0.0.1:${port}`,
      dogstatsdPort: statsdPort,
    });
    const first = await exporter.export(sessionBatch());
    expect(first).toMatchObject({ code: 'failed', retryable: true });

    const emu = (emulator = await startDatadogAgentEmulator({ port, statsdPort }));
    expect(await exporter.export(sessionBatch())).toEqual({ code: 'success' });
    // The agent's queue may offer a batch again (a crash before its checkpoint): nothing is re-sent.
    expect(await exporter.export(sessionBatch())).toEqual({ code: 'success' });
    await emu.waitFor((e) => e.total('claude.session.count') >= 1);
    await exporter.shutdown();
    expect(emu.spans).toHaveLength(7);
    expect(emu.llmobsSpans).toHaveLength(7);
    expect(emu.total('claude.session.count')).toBe(1);
    expect(emu.total('claude.cost.usd')).toBeCloseTo(0.02, 10);
  });

  it('should report a 503 as retryable and deliver once the Agent answers', async () => {
    const failing = await startDatadogAgentEmulator({ failWith: 503 });
    const exporter = createDatadogExporter({ agentUrl: failing.url, signals: ['traces', 'llmobs'] });
    expect(await exporter.export(sessionBatch())).toMatchObject({ code: 'failed', retryable: true });
    await failing.close();
    const emu = (emulator = await startDatadogAgentEmulator({ port: failing.port }));
    const r = await exporter.export(sessionBatch());
    expect(r, r.code === 'failed' ? r.error.message : '').toEqual({ code: 'success' });
    await exporter.shutdown();
    expect(emu.spans).toHaveLength(7);
  });

  it('should never send the API key to an Agent', async () => {
    const emu = (emulator = await startDatadogAgentEmulator());
    const exporter = createDatadogExporter({
      agentUrl: emu.url,
      apiKey: 'never-to-agent',
      signals: ['traces', 'llmobs'],
    });
    await exporter.export(sessionBatch());
    await exporter.shutdown();
    expect(JSON.stringify(emu.requests.map((r) => r.headers))).not.toContain('never-to-agent');
  });
});

describe('DatadogExporter agentless', () => {
  it('should send LLM Observability and metrics to the intakes with the API key, no APM', async () => {
    const emu = (emulator = await startDatadogAgentEmulator());
    const exporter = createDatadogExporter({ apiKey: 'k-123', intakeUrl: emu.url });
    expect(await exporter.export(sessionBatch())).toEqual({ code: 'success' });
    await exporter.shutdown();
    expect(emu.spans).toHaveLength(0);
    expect(emu.llmobsSpans).toHaveLength(7);
    expect(emu.total('claude.cost.usd')).toBeCloseTo(0.02, 10);
    expect(
      emu.metrics.find((m) => m.name === 'claude.tool.latency_ms' && m.tags.includes('tool:Bash')),
    ).toMatchObject({
      type: 'd',
      value: 234,
    });
    for (const r of emu.requests) expect(r.headers['dd-api-key']).toBe('k-123');
    expect(emu.requests.map((r) => r.path).sort()).toEqual([
      '/api/v1/distribution_points',
      '/api/v2/llmobs',
      '/api/v2/series',
    ]);
  });

  it('should refuse to send the API key in clear text off this machine, without quoting it', async () => {
    const exporter = createDatadogExporter({ apiKey: 'secret-k', intakeUrl: 'http://intake.example' });
    const result = await exporter.export(sessionBatch());
    expect(result).toMatchObject({ code: 'failed', retryable: false, error: { code: 'INVALID_CONFIG' } });
    expect(JSON.stringify(result)).not.toContain('secret-k');
    expect(
      await createDatadogExporter({ apiKey: 'k', agentless: true, signals: ['traces'] }).export(
        sessionBatch(),
      ),
    ).toMatchObject({ code: 'failed', error: { message: expect.stringMatching(/need a Datadog Agent/) } });
  });
});
