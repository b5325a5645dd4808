import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ClaudeHome,
  type ClaudeResult,
  createClaudeHome,
  type DatadogAgentEmulator,
  type FakeAnthropicApi,
  runClaude,
  startDatadogAgentEmulator,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedFiles } from '../../../scripts/plugin-manifest.mjs';
import { eventually } from '../../glassbox/test/e2e-helpers.js';
import {
  agentStatus,
  freePort,
  relativeDifference,
  retargetHooks,
  stopAgent,
  useAgentHome,
} from '../../glassbox-lite/test/e2e-helpers.js';
import { TURN_1 } from '../../glassbox-lite/test/e2e-scenario.js';

const PLUGIN_DIR = join(import.meta.dirname, '..');

describe('glassbox-datadog in a real Claude Code session, the Datadog Agent down for the whole session', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let agentPort: number;
  let emulator: DatadogAgentEmulator | undefined;
  let result: ClaudeResult;
  let pendingWhileDown = 0;

  beforeAll(async () => {
    // Free ports for the Datadog Agent (HTTP) and DogStatsD (UDP); nothing listens on them during the session.
    const probe = await startDatadogAgentEmulator();
    const { port: ddPort, statsdPort } = probe;
    await probe.close();
    agentPort = await freePort();
    home = await createClaudeHome('glassbox-datadog-e2e-');
    useAgentHome(join(home.configDir, 'glassbox'));
    const plugin = join(home.root, 'plugin');
    await rm(plugin, { recursive: true, force: true });
    for (const file of shippedFiles(PLUGIN_DIR)) await cp(join(PLUGIN_DIR, file), join(plugin, file));
    await retargetHooks(join(plugin, 'hooks', 'hooks.json'), agentPort);
    api = await startFakeAnthropicApi({
      script: TURN_1,
      fallback: {
        content: [{ type: 'text', text: 'Noted.' }],
        usage: { input_tokens: 20, output_tokens: 2 },
      },
    });
    const run = await runClaude({
      prompt: 'run the commands',
      apiUrl: api.url,
      home,
      pluginDirs: [plugin],
      allowedTools: ['Bash', 'Agent'],
      settings: {
        pluginConfigs: {
          'glassbox-datadog@inline': {
            options: {
              agentPort,
              exporters: 'datadog',
              datadogAgentUrl: `http://127.0.0.1:${ddPort}`,
              dogstatsdPort: statsdPort,
              env: 'e2e',
              idleTimeoutMinutes: 0,
            },
          },
        },
      },
    });
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
        return dd && dd.pendingSpans === 0 && emulator!.spans.length > 0 ? true : undefined;
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
});
