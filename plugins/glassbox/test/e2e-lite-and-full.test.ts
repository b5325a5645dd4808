import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ClaudeHome,
  type ClaudeResult,
  createClaudeHome,
  type FakeAnthropicApi,
  runClaude,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agentHealth,
  agentStatus,
  copyShippedPlugin,
  type FileLine,
  freePort,
  readFileExport,
  relativeDifference,
  stopAgent,
  useAgentHome,
} from '../../glassbox-lite/test/e2e-helpers.js';
import { TURN_1 } from '../../glassbox-lite/test/e2e-scenario.js';
import {
  agentProcesses,
  allExported,
  expectExportedOnceByServingAgent,
  settledAgents,
} from './e2e-helpers.js';

/** Per Stop event of a transcript (its toolUseID): the system messages its hooks showed. */
async function stopHookAnswers(
  transcript: string,
): Promise<Map<string, { ran: number; messages: string[] }>> {
  const out = new Map<string, { ran: number; messages: string[] }>();
  for (const line of (await readFile(transcript, 'utf8')).split('\n')) {
    if (!line) continue;
    const a = (JSON.parse(line) as { attachment?: Record<string, string> }).attachment;
    if (a?.hookEvent !== 'Stop') continue;
    const entry = out.get(a.toolUseID!) ?? { messages: [] };
    if (a.type === 'hook_system_message') entry.messages.push(a.content!);
    out.set(a.toolUseID!, entry);
  }
  return out;
}

/** Prometheus text: the sum of every sample of `metric` (any labels). */
function sumOf(metricsText: string, metric: string): number {
  let sum = 0;
  for (const line of metricsText.split('\n')) {
    const m = new RegExp(`^${metric}(?:\\{[^}]*\\})? ([0-9.eE+-]+)$`).exec(line);
    if (m) sum += Number(m[1]);
  }
  return sum;
}

/**
 * Both plugins installed for one user (as `--plugin-dir`s, so both mods load and both sets of hooks run): exactly
 * one serving agent, the full plugin's (rank full > Lite), after every session and after a configuration change;
 * each span, log record and metric of a session once in the exports; cost totals equal Claude Code's own.
 */
describe('glassbox-lite and glassbox installed together in real Claude Code sessions', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let agentHome: string;
  let port: number;
  let metricsPort: number;
  const results: ClaudeResult[] = [];
  const processesAfter: Array<{ pids: number[]; plugins: string[] }> = [];
  /** The serving agent's count of repeated hook requests after each session (both plugins' notify.sh ran). */
  const duplicateHooks: number[] = [];
  const stopHooks: Array<Map<string, { messages: string[] }>> = [];
  let fullLines: FileLine[];
  let liteLines: FileLine[];
  let metricsText: string;

  beforeAll(async () => {
    [port, metricsPort] = [await freePort(), await freePort()];
    home = await createClaudeHome('glassbox-both-');
    agentHome = join(home.configDir, 'glassbox');
    useAgentHome(agentHome);
    const lite = await copyShippedPlugin('glassbox-lite', join(home.root, 'lite'));
    const full = await copyShippedPlugin('glassbox', join(home.root, 'full'));
    api = await startFakeAnthropicApi({
      fallback: {
        content: [{ type: 'text', text: 'Noted.' }],
        usage: { input_tokens: 20, output_tokens: 2 },
      },
    });
    const settings = (idle: number) => ({
      pluginConfigs: {
        'glassbox-lite@inline': { options: { agentPort: port, exporters: 'file', idleTimeoutMinutes: idle } },
        'glassbox@inline': {
          options: { agentPort: port, exporters: 'file,prometheus', metricsPort, idleTimeoutMinutes: idle },
        },
      },
    });
    // Session 1 and 2: the same configuration; session 3: both plugins' options changed (a new configuration).
    for (const idle of [5, 5, 7]) {
      api.setScript(TURN_1);
      const run = await runClaude({
        prompt: 'run the commands',
        apiUrl: api.url,
        home,
        pluginDirs: [lite, full],
        allowedTools: ['Bash', 'Agent'],
        settings: settings(idle),
        timeoutMs: 150_000,
      });
      expect(run.result?.subtype, run.stderr).toBe('success');
      const result = run.result!;
      results.push(result);
      stopHooks.push(await stopHookAnswers(run.transcriptPath!));
      // Settled: the serving agent has the session ended; any agent that stands down has exited.
      processesAfter.push(await settledAgents(port, agentHome, result.session_id));
      duplicateHooks.push((await agentStatus(port))?.ignored.duplicate_hook ?? 0);
    }

    await allExported(
      port,
      results.map((r) => r.session_id),
    );
    fullLines = await readFileExport(join(home.configDir, 'plugins', 'data', 'glassbox-inline', 'telemetry'));
    liteLines = await readFileExport(
      join(home.configDir, 'plugins', 'data', 'glassbox-lite-inline', 'telemetry'),
    );
    metricsText = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
  }, 600_000);

  afterAll(async () => {
    if (port) await stopAgent(port);
    for (const pid of home ? await agentProcesses(agentHome) : []) process.kill(pid, 'SIGTERM');
    await api?.close();
    await home?.cleanup();
  });

  it('should leave exactly one agent process, the full plugin’s, after each session and after a configuration change', async () => {
    expect(processesAfter.map((p) => p.pids.length)).toEqual([1, 1, 1]);
    expect(processesAfter.map((p) => p.plugins)).toEqual([['glassbox'], ['glassbox'], ['glassbox']]);
    // The configuration change restarted it.
    expect(processesAfter[2]!.pids[0]).not.toBe(processesAfter[1]!.pids[0]);
    const health = await agentHealth(port);
    expect(health?.pid).toBe(processesAfter[2]!.pids[0]);
  });

  it('should export each span and log record once, only through the serving agent', () => {
    expectExportedOnceByServingAgent(fullLines, liteLines, results.length);
  });

  it('should count tokens and cost once: the chat spans and the metrics equal Claude Code’s totals', () => {
    const total = results.reduce((sum, r) => sum + r.total_cost_usd, 0);
    const chats = fullLines.filter((l) => l.event === 'span' && l.name?.startsWith('chat '));
    const spanCost = chats.reduce((sum, c) => sum + Number(c.attributes?.['glassbox.cost.usd'] ?? 0), 0);
    expect(relativeDifference(spanCost, total), `${spanCost} ${total} ${chats.length}`).toBeLessThanOrEqual(
      1e-9,
    );
    const metricCost = sumOf(metricsText, 'claude_cost_usd_total');
    expect(relativeDifference(metricCost, total)).toBeLessThanOrEqual(1e-6);
    const outputTokens = results.reduce(
      (sum, r) => sum + Object.values(r.modelUsage).reduce((s, u) => s + u.outputTokens, 0),
      0,
    );
    expect(sumOf(metricsText, 'claude_tokens_output_total')).toBe(outputTokens);
  });

  it('should show the turn summary once per turn: both plugins’ hooks ran, the repeats were answered with nothing', () => {
    process.stderr.write(`lite+full: repeated hook requests per session ${JSON.stringify(duplicateHooks)}\n`);
    for (const n of duplicateHooks) expect(n).toBeGreaterThan(0);
    for (const events of stopHooks) {
      expect(events.size).toBeGreaterThan(0);
      for (const { messages } of events.values()) {
        expect(messages).toHaveLength(1);
        expect(messages[0]).toMatch(/^glassbox · /);
      }
    }
  });
});
