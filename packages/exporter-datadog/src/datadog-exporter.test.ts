import { type DatadogAgentEmulator, startDatadogAgentEmulator } from '@glassbox/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatadogExporter } from './datadog-exporter.js';
import { id, sessionBatch, T0, TRACE } from './session-batch.fixture.js';

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
