import type { LogRecordData, TelemetryBatch } from '@glassbox/spec';
import {
  type DatadogAgentEmulator,
  EMULATED_AGENT_API_KEY,
  startDatadogAgentEmulator,
} from '@glassbox/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatadogExporter } from './datadog-exporter.js';
import { id, sessionBatch, T0, TRACE, withLogs } from './session-batch.fixture.js';

let emulator: DatadogAgentEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const tagsOf = (ddtags: string | undefined) => (ddtags ?? '').split(',');
const hex64 = (decimal: string) => BigInt(decimal).toString(16).padStart(16, '0');

/** `n` tool call records of `bytes` content each, no spans. */
function manyLogs(n: number, bytes = 0): TelemetryBatch {
  const logs: LogRecordData[] = Array.from({ length: n }, (_, i) => ({
    id: `bulk-${i}`,
    timeMs: T0 + i,
    severity: 'info',
    event: 'tool_call',
    traceId: TRACE,
    spanId: id(7),
    attributes: { sessionId: 'sess-dd-1', toolName: 'Read' },
    ...(bytes > 0 ? { body: { output: 'x'.repeat(bytes) } } : {}),
  }));
  return { id: `bulk-${n}-${bytes}`, resource: { attributes: {} }, spans: [], metrics: [], logs, audit: [] };
}

describe('DatadogExporter: logs to Datadog Logs', () => {
  it('should send each log record with unified service tags, the attribution as tags and the trace correlation of its APM span', async () => {
    const emu = (emulator = await startDatadogAgentEmulator());
    const exporter = createDatadogExporter({
      agentUrl: emu.url,
      dogstatsdPort: emu.statsdPort,
      apiKey: 'k-logs',
      intakeUrl: emu.url,
      env: 'prod',
      tags: { region: 'eu' },
    });
    expect(await exporter.export(withLogs(sessionBatch()))).toEqual({ code: 'success' });
    await exporter.shutdown();

    const logs = emu.logs.filter((l) => l.ddsource === 'glassbox');
    expect(logs.map((l) => (l.glassbox as { event: string }).event)).toEqual([
      'prompt',
      'llm_call',
      'tool_call',
    ]);
    const tool = logs[2]!;
    expect(tool).toMatchObject({
      service: 'claude-code',
      status: 'error',
      message: 'tool_call Bash error',
      date: new Date(T0 + 30).toISOString(),
      usr: { id: 'ada' },
      glassbox: { log_id: 'log-30', toolName: 'Bash', latencyMs: 234, 'vcs.ref.head.name': 'feature/x' },
    });
    expect(tagsOf(tool.ddtags)).toEqual(
      expect.arrayContaining([
        'env:prod',
        'version:2.1.332',
        'region:eu',
        'user:ada',
        'team:ml',
        'repository:https://github.com/acme/app',
        'branch:feature/x',
        'event:tool_call',
        'session_id:sess-dd-1',
      ]),
    );
    // dd-trace's log injection: the 128-bit trace id in hex, the span id in decimal — the APM span's ids.
    expect(tool.dd).toMatchObject({
      trace_id: TRACE,
      service: 'claude-code',
      env: 'prod',
      version: '2.1.332',
    });
    const apm = emu.spans.find((s) => s.spanId === hex64(tool.dd!.span_id!))!;
    expect(apm).toMatchObject({ resource: 'execute_tool Bash', traceId: TRACE });
    for (const l of logs) expect(emu.spans.map((s) => s.spanId)).toContain(hex64(l.dd!.span_id!));
    // Content capture off: the record carries none, and none is added.
    expect(tool.content).toBeUndefined();
    const logRequests = emu.requests.filter((r) => r.path === '/api/v2/logs');
    expect(logRequests).toHaveLength(1);
    expect(logRequests[0]!.headers).toMatchObject({ 'dd-api-key': 'k-logs', 'content-encoding': 'gzip' });
    for (const r of emu.requests.filter((r) => r.path !== '/api/v2/logs'))
      expect(JSON.stringify(r.headers)).not.toContain('k-logs');
  });

  it('should send the content a record carries (content capture on), and only then', async () => {
    const emu = (emulator = await startDatadogAgentEmulator());
    const exporter = createDatadogExporter({ apiKey: 'k', intakeUrl: emu.url, signals: ['logs'] });
    await exporter.export(withLogs(sessionBatch(), { content: true }));
    await exporter.shutdown();
    const tool = emu.logs.find((l) => (l.glassbox as { event: string }).event === 'tool_call')!;
    expect(tool.content).toEqual({ input: { command: 'ls /nope' }, output: 'No such file' });
    expect(emu.logs.filter((l) => l.content !== undefined)).toHaveLength(1);
  });

  it('should send audit decisions and checkpoints under their own source', async () => {
    const emu = (emulator = await startDatadogAgentEmulator());
    const exporter = createDatadogExporter({ apiKey: 'k', intakeUrl: emu.url, signals: ['logs'] });
    await exporter.export(withLogs(sessionBatch()));
    await exporter.shutdown();
    const audit = emu.logs.filter((l) => l.ddsource === 'glassbox-audit');
    expect(audit.map((l) => l.message)).toEqual([
      'audit_checkpoint',
      'audit response_generated',
      'audit safety_block Bash',
    ]);
    const block = audit[2]!;
    expect(block.status).toBe('warn');
    expect(tagsOf(block.ddtags)).toEqual(
      expect.arrayContaining([
        'audit_decision:safety_block',
        'decision_source:hook',
        'user:ada',
        'session_id:sess-dd-1',
      ]),
    );
    expect(block.glassbox).toMatchObject({
      log_id: 'audit-60',
      audit: { decisionType: 'safety_block', toolUseId: 'toolu_bash', inputHash: 'ab'.repeat(32) },
    });
    // On the span of the same batch: the tool call's for a tool decision, else the session's.
    expect(hex64(block.dd!.span_id!)).toBe(id(7));
    expect(block.dd!.trace_id).toBe(TRACE);
    expect(hex64(audit[1]!.dd!.span_id!)).toBe(id(1));
    expect(audit[0]!.dd!.span_id).toBeUndefined();
    expect(audit[0]!.glassbox).toMatchObject({ 'glassbox.audit.root_hash': 'abcd' });
  });

  it('should keep every request within the intake limits (1,000 logs, 5 MB) and send each log once', async () => {
    const emu = (emulator = await startDatadogAgentEmulator());
    const exporter = createDatadogExporter({ apiKey: 'k', intakeUrl: emu.url, signals: ['logs'] });
    expect(await exporter.export(manyLogs(2500))).toEqual({ code: 'success' });
    expect(await exporter.export(manyLogs(12, 600_000))).toEqual({ code: 'success' });
    await exporter.shutdown();
    expect(emu.requests.filter((r) => r.path === '/api/v2/logs' && r.status === 202)).toHaveLength(3 + 2);
    const ids = emu.logs.map((l) => (l.glassbox as { log_id: string }).log_id);
    expect(ids).toHaveLength(2512);
    expect(new Set(ids).size).toBe(2500);
  });

  it('should lose nothing while the intake is down, and re-send nothing acknowledged', async () => {
    const failing = await startDatadogAgentEmulator({ failWith: 503 });
    const exporter = createDatadogExporter({ apiKey: 'k', intakeUrl: failing.url, signals: ['logs'] });
    const batch = withLogs(sessionBatch());
    expect(await exporter.export(batch)).toMatchObject({ code: 'failed', retryable: true });
    await failing.close();
    const emu = (emulator = await startDatadogAgentEmulator({ port: failing.port }));
    expect(await exporter.export(batch)).toEqual({ code: 'success' });
    expect(await exporter.export(batch)).toEqual({ code: 'success' });
    await exporter.shutdown();
    expect(emu.logs).toHaveLength(6);
  });

  it('should send logs of a batch without spans, and nothing to the Agent', async () => {
    const emu = (emulator = await startDatadogAgentEmulator());
    const exporter = createDatadogExporter({ agentUrl: emu.url, apiKey: 'k', intakeUrl: emu.url });
    const batch = withLogs({ ...sessionBatch(), spans: [] });
    expect(await exporter.export(batch)).toEqual({ code: 'success' });
    await exporter.shutdown();
    expect(emu.logs).toHaveLength(6);
    expect(emu.requests.map((r) => r.path)).toEqual(['/api/v2/logs']);
  });

  it("should not send logs through an Agent without an API key, unless told to use the Agent's EVP proxy", async () => {
    const emu = (emulator = await startDatadogAgentEmulator());
    const plain = createDatadogExporter({ agentUrl: emu.url, signals: ['traces', 'llmobs'] });
    expect(await plain.export(withLogs(sessionBatch()))).toEqual({ code: 'success' });
    expect(emu.logs).toEqual([]);
    expect(emu.requests.some((r) => r.path.includes('/logs'))).toBe(false);
  });

  it("should send every record through the Agent's EVP proxy with its attribution and trace correlation (logsVia: agent)", async () => {
    const emu = (emulator = await startDatadogAgentEmulator());
    const exporter = createDatadogExporter({
      agentUrl: emu.url,
      dogstatsdPort: emu.statsdPort,
      logsVia: 'agent',
      env: 'prod',
      signals: ['traces', 'logs'],
    });
    const batch = withLogs(sessionBatch());
    expect(await exporter.export(batch)).toEqual({ code: 'success' });
    await exporter.shutdown();

    // What the Agent forwarded: plain JSON to the logs intake, with the Agent's key (none of ours was sent).
    const proxied = emu.requests.filter((r) => r.forwarded !== undefined);
    expect(proxied.map((r) => [r.path, r.status, r.forwarded!.target])).toEqual([
      ['/evp_proxy/v2/api/v2/logs', 202, 'https://http-intake.logs.datadoghq.com/api/v2/logs'],
    ]);
    expect(proxied[0]!.headers['x-datadog-evp-subdomain']).toBe('http-intake.logs');
    expect(proxied[0]!.headers['content-encoding']).toBeUndefined();
    expect(proxied[0]!.forwarded!.headers).toMatchObject({
      'content-type': 'application/json',
      'dd-api-key': EMULATED_AGENT_API_KEY,
    });
    expect(emu.errors).toEqual([]);

    // Every record and decision arrived, once.
    const ids = emu.logs.map((l) => (l.glassbox as { log_id: string }).log_id);
    expect(ids.sort()).toEqual([...batch.logs.map((l) => l.id), ...batch.audit.map((a) => a.id)].sort());
    const apm = new Map(emu.spans.map((s) => [s.spanId, s]));
    for (const record of batch.logs) {
      const log = emu.logs.find((l) => (l.glassbox as { log_id: string }).log_id === record.id)!;
      expect(log.service, record.id).toBe('claude-code');
      expect(log.dd, record.id).toMatchObject({ service: 'claude-code', env: 'prod' });
      if (record.event === 'audit_checkpoint') continue; // no session, no span: the trail's own record
      // Attribution: who, which team, which repository and branch, which session.
      expect(log.usr, record.id).toEqual({ id: 'ada' });
      expect(tagsOf(log.ddtags), record.id).toEqual(
        expect.arrayContaining([
          'env:prod',
          'user:ada',
          'team:ml',
          'repository:https://github.com/acme/app',
          'branch:feature/x',
          `event:${record.event}`,
          'session_id:sess-dd-1',
        ]),
      );
      // Trace correlation: the record's APM span, in the trace the Agent received.
      expect(log.dd!.trace_id, record.id).toBe(TRACE);
      expect(hex64(log.dd!.span_id!), record.id).toBe(record.spanId);
      expect(apm.get(record.spanId!)?.traceId, record.id).toBe(TRACE);
    }
    for (const decision of emu.logs.filter(
      (l) => l.ddsource === 'glassbox-audit' && l.message !== 'audit_checkpoint',
    )) {
      expect(tagsOf(decision.ddtags)).toEqual(expect.arrayContaining(['user:ada', 'session_id:sess-dd-1']));
      expect(apm.has(hex64(decision.dd!.span_id!))).toBe(true);
    }
  });

  it('should keep the records of a batch the EVP proxy refused, and send them once it takes them', async () => {
    const disabled = await startDatadogAgentEmulator({ evpProxy: false });
    const exporter = createDatadogExporter({ agentUrl: disabled.url, logsVia: 'agent', signals: ['logs'] });
    const batch = withLogs(sessionBatch());
    expect(await exporter.export(batch)).toMatchObject({ code: 'failed' });
    expect(disabled.logs).toEqual([]);
    await disabled.close();
    const emu = (emulator = await startDatadogAgentEmulator({ port: disabled.port }));
    expect(await exporter.export(batch)).toEqual({ code: 'success' });
    await exporter.shutdown();
    expect(emu.logs).toHaveLength(batch.logs.length + batch.audit.length);
  });

  it('should fail without quoting the API key: a refused key, logs with no way to go', async () => {
    const emu = (emulator = await startDatadogAgentEmulator({ failWith: 403 }));
    const refused = await createDatadogExporter({
      apiKey: 'secret-logs-key',
      intakeUrl: emu.url,
      signals: ['logs'],
    }).export(withLogs(sessionBatch()));
    expect(refused).toMatchObject({ code: 'failed', retryable: false });
    expect(JSON.stringify(refused)).not.toContain('secret-logs-key');
    expect(await createDatadogExporter({ signals: ['logs'] }).export(withLogs(sessionBatch()))).toMatchObject(
      {
        code: 'failed',
        error: { code: 'INVALID_CONFIG', message: expect.stringMatching(/logs need an API key/) },
      },
    );
    expect(
      await createDatadogExporter({ apiKey: 'k', agentless: true, logsVia: 'agent' }).export(sessionBatch()),
    ).toMatchObject({ code: 'failed', error: { message: expect.stringMatching(/needs a Datadog Agent/) } });
  });
});
