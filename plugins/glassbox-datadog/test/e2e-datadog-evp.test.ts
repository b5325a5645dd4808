import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ClaudeHome,
  type ClaudeResult,
  type DatadogAgentEmulator,
  EMULATED_AGENT_API_KEY,
  type FakeAnthropicApi,
  startDatadogAgentEmulator,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../glassbox/test/e2e-helpers.js';
import { agentStatus, freePort, stopAgent } from '../../glassbox-lite/test/e2e-helpers.js';
import { prepareDatadogSession, runDatadogSession } from './e2e-datadog-session.js';

interface FileRecord {
  event: string;
  id: string;
  sessionId?: string;
  traceId?: string;
  spanId?: string;
}

describe("glassbox-datadog with datadogLogsVia: agent — logs through the Agent's EVP proxy, no API key", () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let plugin: string;
  let agentPort: number;
  let emulator: DatadogAgentEmulator;
  let result: ClaudeResult;
  let telemetryDir: string;
  let fileLogs: FileRecord[];

  beforeAll(async () => {
    emulator = await startDatadogAgentEmulator();
    agentPort = await freePort();
    ({ home, api, plugin } = await prepareDatadogSession('glassbox-datadog-evp-e2e-', agentPort));
    telemetryDir = join(home.root, 'telemetry');
    const run = await runDatadogSession(
      { home, api, plugin },
      {
        agentPort,
        exporters: 'datadog,file',
        fileDirectory: telemetryDir,
        datadogAgentUrl: emulator.url,
        dogstatsdPort: emulator.statsdPort,
        datadogLogsVia: 'agent',
        env: 'e2e',
        userId: 'ada',
        team: 'ml',
        idleTimeoutMinutes: 0,
      },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    result = run.result!;
    // The file exporter says which records there are; wait until the Datadog exporter has sent them all.
    fileLogs = await eventually(
      'every log record of the session through the EVP proxy',
      async () => {
        const status = await agentStatus(agentPort);
        const session = status?.sessions.find((s) => s.sessionId === result.session_id);
        const dd = status?.exporters.find((e) => e.name === 'datadog');
        if (!session?.ended || !dd || dd.pendingSpans > 0 || dd.pendingLogs > 0) return undefined;
        const lines = (await readFile(join(telemetryDir, 'glassbox.jsonl'), 'utf8').catch(() => ''))
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as FileRecord);
        const logs = lines.filter((l) => l.event !== 'span' && l.sessionId === result.session_id);
        // The session's own span leaves when the session is reconciled, after its first records.
        const spans = new Set(emulator.spans.map((sp) => sp.spanId));
        return logs.length > 5 &&
          emulator.logs.length >= logs.length &&
          logs.every((l) => l.spanId === undefined || spans.has(l.spanId))
          ? logs
          : undefined;
      },
      120_000,
    );
  }, 240_000);

  afterAll(async () => {
    if (agentPort) await stopAgent(agentPort);
    await api?.close();
    await emulator?.close();
    await home?.cleanup();
  });

  it('should send every log request to the EVP proxy, which forwards it to the logs intake with the Agent key', () => {
    const logRequests = emulator.requests.filter((r) => r.path.includes('/logs'));
    expect(logRequests.length).toBeGreaterThan(0);
    for (const r of logRequests) {
      expect(r.path).toBe('/evp_proxy/v2/api/v2/logs');
      expect(r.status).toBe(202);
      expect(r.forwarded?.target).toBe('https://http-intake.logs.datadoghq.com/api/v2/logs');
      expect(r.forwarded?.headers['dd-api-key']).toBe(EMULATED_AGENT_API_KEY);
      expect(r.headers['dd-api-key']).toBeUndefined();
    }
    expect(emulator.errors).toEqual([]);
  });

  it("should deliver each of the session's records once, with its attribution and on its APM span", () => {
    const logs = emulator.logs.filter((l) => l.ddsource === 'glassbox');
    const byId = new Map(logs.map((l) => [(l.glassbox as { log_id: string }).log_id, l]));
    expect(byId.size).toBe(logs.length);
    expect([...byId.keys()].sort()).toEqual(fileLogs.map((l) => l.id).sort());
    const apm = new Map(emulator.spans.map((s) => [s.spanId, s]));
    const traceId = emulator.spans[0]!.traceId;
    for (const file of fileLogs) {
      const log = byId.get(file.id)!;
      const what = `${file.event} ${file.id}`;
      expect(log.service, what).toBe('claude-code');
      expect(log.usr, what).toEqual({ id: 'ada' });
      const tags = (log.ddtags ?? '').split(',');
      expect(tags, what).toEqual(
        expect.arrayContaining(['env:e2e', 'user:ada', 'team:ml', `session_id:${result.session_id}`]),
      );
      expect(log.dd?.trace_id, what).toBe(traceId);
      const spanId = BigInt(log.dd!.span_id!).toString(16).padStart(16, '0');
      expect(spanId, what).toBe(file.spanId);
      expect(apm.has(spanId), what).toBe(true);
    }
    expect(new Set(logs.map((l) => (l.glassbox as { event: string }).event))).toEqual(
      new Set(fileLogs.map((l) => l.event)),
    );
  });
});
