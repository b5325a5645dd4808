import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ClaudeHome,
  type ClaudeResult,
  type DatadogAgentEmulator,
  type FakeAnthropicApi,
  startDatadogAgentEmulator,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../glassbox/test/e2e-helpers.js';
import {
  agentStatus,
  freePort,
  relativeDifference,
  stopAgent,
} from '../../glassbox-lite/test/e2e-helpers.js';
import { prepareDatadogSession, runDatadogSession } from './e2e-datadog-session.js';

describe('glassbox-datadog in a real Claude Code session, the Datadog Agent down for the whole session', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let plugin: string;
  let agentPort: number;
  let emulator: DatadogAgentEmulator | undefined;
  let result: ClaudeResult;
  let pendingWhileDown = 0;
  let telemetryDir: string;
  let auditDir: string;

  beforeAll(async () => {
    // Free ports for the Datadog Agent (HTTP) and DogStatsD (UDP); nothing listens on them during the session.
    const probe = await startDatadogAgentEmulator();
    const { port: ddPort, statsdPort } = probe;
    await probe.close();
    agentPort = await freePort();
    ({ home, api, plugin } = await prepareDatadogSession('glassbox-datadog-e2e-', agentPort));
    telemetryDir = join(home.root, 'telemetry');
    auditDir = join(home.configDir, 'plugins', 'data', 'glassbox-datadog-inline', 'audit');
    const run = await runDatadogSession(
      { home, api, plugin },
      {
        agentPort,
        // Logs go to the logs intake (the emulator, on the Agent's port) with the API key; the file exporter
        // and the audit trail say which records and decisions there are.
        exporters: JSON.stringify([
          ['datadog', { intakeUrl: `http://127.0.0.1:${ddPort}` }],
          'file',
          'audit',
        ]),
        fileDirectory: telemetryDir,
        datadogApiKey: 'e2e-api-key',
        datadogAgentUrl: `http://127.0.0.1:${ddPort}`,
        dogstatsdPort: statsdPort,
        env: 'e2e',
        idleTimeoutMinutes: 0,
      },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    result = run.result!;
    pendingWhileDown = await eventually(
      'the session kept while the Datadog Agent is down',
      async () => {
        const status = await agentStatus(agentPort);
        const session = status?.sessions.find((s) => s.sessionId === result.session_id);
        const dd = status?.exporters.find((e) => e.name === 'datadog') as
          | { pendingSpans: number; failedBatches?: number }
          | undefined;
        return session?.ended && dd && dd.pendingSpans > 0 && (dd.failedBatches ?? 1) > 0
          ? dd.pendingSpans
          : undefined;
      },
      60_000,
    );
    emulator = await startDatadogAgentEmulator({ port: ddPort, statsdPort });
    // The agent's backoff doubles from 1 s: the next retry comes within a few tens of seconds.
    await eventually(
      'delivery once the Datadog Agent is up',
      async () => {
        const dd = (await agentStatus(agentPort))?.exporters.find((e) => e.name === 'datadog');
        return dd && dd.pendingSpans === 0 && dd.pendingLogs === 0 && emulator!.spans.length > 0
          ? true
          : undefined;
      },
      120_000,
    );
    await emulator.waitFor((e) => e.total('claude.session.count') >= 1, 10_000);
  }, 240_000);

  afterAll(async () => {
    if (agentPort) await stopAgent(agentPort);
    await api?.close();
    await emulator?.close();
    await home?.cleanup();
  });

  it('should deliver every span once after the outage, as one APM trace tree', () => {
    expect(pendingWhileDown).toBeGreaterThan(0);
    const spans = emulator!.spans;
    const ids = spans.map((s) => s.spanId);
    expect(new Set(ids).size).toBe(ids.length);
    const roots = spans.filter((s) => s.parentId === undefined);
    expect(roots.map((s) => s.name)).toEqual(['claude_code.session']);
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const tools = spans.filter((s) => s.name === 'claude_code.tool');
    const byCall = new Map(tools.map((t) => [t.meta['gen_ai.tool.call.id'], t]));
    for (const id of ['toolu_ok', 'toolu_fail', 'toolu_denied', 'toolu_agent'])
      expect(byId.get(byCall.get(id)!.parentId!)!.name, id).toBe('claude_code.llm');
    expect(byCall.get('toolu_fail')!.error).toBe(1);
    const subagent = spans.find((s) => s.name === 'claude_code.subagent')!;
    expect(subagent.parentId).toBe(byCall.get('toolu_agent')!.spanId);
    for (const s of spans) {
      expect(s.service).toBe('claude-code');
      expect(s.meta.env).toBe('e2e');
      expect(s.start).toBeLessThan(BigInt(Date.now()) * 1_000_000n);
    }
  });

  it('should send LLM Observability spans of the right kinds with token metrics', () => {
    const kinds = emulator!.llmobsSpans.map((s) => s.meta['span.kind']);
    expect(new Set(kinds)).toEqual(new Set(['agent', 'workflow', 'llm', 'tool']));
    const llms = emulator!.llmobsSpans.filter((s) => s.meta['span.kind'] === 'llm');
    expect(llms.length).toBe(emulator!.spans.filter((s) => s.name === 'claude_code.llm').length);
    for (const l of llms) {
      expect(l.meta.model_provider).toBe('anthropic');
      expect(l.metrics.input_tokens).toBeGreaterThan(0);
      expect(l.metrics.output_tokens).toBeGreaterThan(0);
      expect(l.session_id).toBe(result.session_id);
    }
    expect(llms.some((l) => (l.metrics.cache_read_input_tokens ?? 0) > 0)).toBe(true);
    expect(llms.some((l) => (l.metrics.cache_write_input_tokens ?? 0) > 0)).toBe(true);
  });

  it("should count claude.cost.usd over DogStatsD to Claude Code's total_cost_usd", () => {
    expect(relativeDifference(emulator!.total('claude.cost.usd'), result.total_cost_usd)).toBeLessThanOrEqual(
      1e-9,
    );
    expect(emulator!.total('claude.session.count')).toBe(1);
    expect(emulator!.total('claude.tool.calls_total')).toBe(5);
    expect(
      emulator!.metrics.filter((m) => m.name === 'claude.tool.latency_ms' && m.type === 'd'),
    ).toHaveLength(5);
  });

  it("should deliver the session's log records to Datadog Logs exactly once, each on its APM span", async () => {
    const lines = (await readFile(join(telemetryDir, 'glassbox.jsonl'), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { event: string; id: string; sessionId?: string; spanId?: string });
    const fileLogs = lines.filter((l) => l.event !== 'span' && l.sessionId === result.session_id);
    expect(fileLogs.length).toBeGreaterThan(5);
    const logs = emulator!.logs.filter((l) => l.ddsource === 'glassbox');
    const byId = new Map(logs.map((l) => [(l.glassbox as { log_id: string }).log_id, l]));
    // Exactly once: no log twice, and the same records the file exporter wrote.
    expect(byId.size).toBe(logs.length);
    expect([...byId.keys()].sort()).toEqual(fileLogs.map((l) => l.id).sort());
    const apm = new Map(emulator!.spans.map((s) => [s.spanId, s]));
    const traceId = emulator!.spans[0]!.traceId;
    for (const file of fileLogs) {
      const log = byId.get(file.id)!;
      expect(log.service).toBe('claude-code');
      expect(log.ddtags).toContain('env:e2e');
      expect(log.dd?.trace_id).toBe(traceId);
      const spanId = BigInt(log.dd!.span_id!).toString(16).padStart(16, '0');
      expect(spanId).toBe(file.spanId);
      expect(apm.has(spanId), `${file.event} ${file.id}`).toBe(true);
      // Content capture is off: no content in any log.
      expect(log.content).toBeUndefined();
    }
    expect(new Set(logs.map((l) => (l.glassbox as { event: string }).event))).toEqual(
      new Set(fileLogs.map((l) => l.event)),
    );
    const keyed = emulator!.requests.filter((r) => r.headers['dd-api-key'] !== undefined);
    expect(new Set(keyed.map((r) => r.path))).toEqual(new Set(['/api/v2/logs']));
  });

  it('should send the audit decisions to Datadog Logs under their own source, each once', async () => {
    const auditLogIds = () =>
      emulator!.logs
        .filter(
          (l) =>
            l.ddsource === 'glassbox-audit' && (l.glassbox as { event: string }).event === 'audit_decision',
        )
        .map((l) => (l.glassbox as { log_id: string }).log_id);
    // Decisions travel with the logs but /status counts only logs: wait until the trail's decisions are all there.
    const records = await eventually(
      'the audit decisions in Datadog Logs',
      async () => {
        const written = (await readFile(join(auditDir, 'audit-000001.jsonl'), 'utf8').catch(() => ''))
          .split('\n')
          .filter((l) => l.endsWith('}'))
          .map((l) => JSON.parse(l) as { id: string });
        return written.length > 5 && auditLogIds().length >= written.length ? written : undefined;
      },
      60_000,
    );
    const ids = auditLogIds();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(records.map((r) => r.id).sort());
    const toolCalls = emulator!.logs.filter((l) => l.ddtags?.includes('audit_decision:tool_call'));
    expect(toolCalls.length).toBeGreaterThan(0);
    // Each on the APM span of its tool call (the decisions travel in the batches of their spans).
    const apm = new Map(emulator!.spans.map((s) => [s.spanId, s]));
    for (const l of toolCalls) {
      const decision = (l.glassbox as { audit: { toolUseId: string } }).audit;
      const span = apm.get(BigInt(l.dd!.span_id!).toString(16).padStart(16, '0'));
      expect(span?.meta['gen_ai.tool.call.id'], decision.toolUseId).toBe(decision.toolUseId);
    }
  });
});
