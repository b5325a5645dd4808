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
import {
  agentProcesses,
  allExported,
  expectExportedOnceByServingAgent,
  settledAgents,
} from '../../glassbox/test/e2e-helpers.js';
import {
  agentHealth,
  copyShippedPlugin,
  type FileLine,
  freePort,
  readFileExport,
  stopAgent,
  useAgentHome,
} from '../../glassbox-lite/test/e2e-helpers.js';
import { TURN_1 } from '../../glassbox-lite/test/e2e-scenario.js';

const PLUGIN_DIR = join(import.meta.dirname, '..');

/**
 * Glassbox Lite and glassbox-datadog installed together (as `--plugin-dir`s: both mods load, both sets of hooks
 * run, both SessionStart hooks find no agent at the first session): exactly one serving agent, glassbox-datadog's
 * (rank 2 > 1), after every session and after a configuration change; Lite's agent exports nothing; each span and
 * log record reaches the file export and the Datadog Agent once.
 */
describe('glassbox-lite and glassbox-datadog installed together in real Claude Code sessions', () => {
  let api: FakeAnthropicApi;
  let emulator: DatadogAgentEmulator;
  let home: ClaudeHome;
  let agentHome: string;
  let port: number;
  const results: ClaudeResult[] = [];
  const processesAfter: Array<{ pids: number[]; plugins: string[] }> = [];
  let datadogLines: FileLine[];
  let liteLines: FileLine[];

  beforeAll(async () => {
    port = await freePort();
    emulator = await startDatadogAgentEmulator();
    home = await createClaudeHome('glassbox-lite-datadog-');
    agentHome = join(home.configDir, 'glassbox');
    useAgentHome(agentHome);
    const lite = await copyShippedPlugin('glassbox-lite', join(home.root, 'lite'));
    const datadog = join(home.root, 'datadog');
    await rm(datadog, { recursive: true, force: true });
    for (const file of shippedFiles(PLUGIN_DIR)) await cp(join(PLUGIN_DIR, file), join(datadog, file));
    api = await startFakeAnthropicApi({
      fallback: {
        content: [{ type: 'text', text: 'Noted.' }],
        usage: { input_tokens: 20, output_tokens: 2 },
      },
    });
    const ddUrl = `http://127.0.0.1:${emulator.port}`;
    const settings = (idle: number) => ({
      pluginConfigs: {
        'glassbox-lite@inline': { options: { agentPort: port, exporters: 'file', idleTimeoutMinutes: idle } },
        'glassbox-datadog@inline': {
          options: {
            agentPort: port,
            exporters: JSON.stringify([['datadog', { intakeUrl: ddUrl }], 'file']),
            datadogApiKey: 'e2e-api-key',
            datadogAgentUrl: ddUrl,
            dogstatsdPort: emulator.statsdPort,
            env: 'e2e',
            idleTimeoutMinutes: idle,
          },
        },
      },
    });
    // Session 1: no agent yet, both SessionStart hooks start one; session 2: both plugins' options changed.
    for (const idle of [5, 7]) {
      api.setScript(TURN_1);
      const run = await runClaude({
        prompt: 'run the commands',
        apiUrl: api.url,
        home,
        pluginDirs: [lite, datadog],
        allowedTools: ['Bash', 'Agent'],
        settings: settings(idle),
        timeoutMs: 150_000,
      });
      expect(run.result?.subtype, run.stderr).toBe('success');
      results.push(run.result!);
      processesAfter.push(await settledAgents(port, agentHome, run.result!.session_id));
    }
    await allExported(
      port,
      results.map((r) => r.session_id),
    );
    datadogLines = await readFileExport(
      join(home.configDir, 'plugins', 'data', 'glassbox-datadog-inline', 'telemetry'),
    );
    liteLines = await readFileExport(
      join(home.configDir, 'plugins', 'data', 'glassbox-lite-inline', 'telemetry'),
    );
  }, 600_000);

  afterAll(async () => {
    if (port) await stopAgent(port);
    for (const pid of home ? await agentProcesses(agentHome) : []) process.kill(pid, 'SIGTERM');
    await api?.close();
    await emulator?.close();
    await home?.cleanup();
  });

  it('should leave exactly one agent process, glassbox-datadog’s, after each session and after a configuration change', async () => {
    expect(processesAfter.map((p) => p.pids.length)).toEqual([1, 1]);
    expect(processesAfter.map((p) => p.plugins)).toEqual([['glassbox-datadog'], ['glassbox-datadog']]);
    expect(processesAfter[1]!.pids[0]).not.toBe(processesAfter[0]!.pids[0]);
    expect((await agentHealth(port))?.pid).toBe(processesAfter[1]!.pids[0]);
  });

  it('should export each span and log record once, only through the serving agent', () => {
    expectExportedOnceByServingAgent(datadogLines, liteLines, results.length);
  });

  it('should deliver each span to the Datadog Agent once, one trace per session', async () => {
    // allExported waited for the datadog exporter to have nothing pending.
    await emulator.waitFor((e) => e.spans.length > 0, 30_000);
    const ids = emulator.spans.map((s) => s.spanId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(emulator.spans.map((s) => s.traceId)).size).toBe(results.length);
    const tools = emulator.spans.filter((s) => s.name === 'claude_code.tool');
    for (const id of ['toolu_agent', 'toolu_denied', 'toolu_fail', 'toolu_ok', 'toolu_sub'])
      expect(
        tools.filter((t) => t.meta['gen_ai.tool.call.id'] === id),
        id,
      ).toHaveLength(results.length);
  });
});
