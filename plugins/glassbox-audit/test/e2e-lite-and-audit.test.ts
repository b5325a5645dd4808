import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AuditRecordData } from '@glassbox/spec';
import {
  type ClaudeHome,
  type ClaudeResult,
  createClaudeHome,
  type FakeAnthropicApi,
  runClaude,
  runClaudeCli,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentProcesses, allExported, settledAgents } from '../../glassbox/test/e2e-helpers.js';
import {
  agentStatus,
  copyMarketplace,
  type FileLine,
  freePort,
  readFileExport,
  stopAgent,
  useAgentHome,
} from '../../glassbox-lite/test/e2e-helpers.js';
import { TURN_1 } from '../../glassbox-lite/test/e2e-scenario.js';

const run = promisify(execFile);

interface DoctorCheck {
  name: string;
  level: string;
  message: string;
  fix?: string;
}

/**
 * Glassbox Lite and glassbox-audit installed together from the marketplace (real `claude plugin install`, both
 * mods and both sets of hooks run): one serving agent, glassbox-audit's (rank 3 > 1); the audit trail has every
 * decision of every session once and verifies; each span and log record is exported once; `glassbox doctor`
 * warns about the two bundles while both are enabled and not once Lite is disabled.
 */
describe('glassbox-lite and glassbox-audit installed together in real Claude Code sessions', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let agentHome: string;
  let port: number;
  let marketplace: string;
  const results: ClaudeResult[] = [];
  const processesAfter: Array<{ pids: number[]; plugins: string[] }> = [];
  /** The serving agent's count of mod events it did not spool again (the other mod's copy), after each session. */
  const repeatedModEvents: number[] = [];
  let auditLines: FileLine[];
  let liteLines: FileLine[];
  let records: AuditRecordData[];
  const auditData = () => join(home.configDir, 'plugins', 'data', 'glassbox-audit-glassbox');

  /** The shipped glassbox-audit CLI's `doctor --json`, as the user runs it (exit 1 only when a check fails). */
  async function doctor(): Promise<{ code: number; checks: DoctorCheck[] }> {
    const cli = join(marketplace, 'plugins', 'glassbox-audit', 'dist', 'cli.mjs');
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home.home,
      CLAUDE_CONFIG_DIR: home.configDir,
    };
    try {
      const { stdout } = await run(process.execPath, [cli, 'doctor', '--json'], { env, cwd: home.cwd });
      return { code: 0, checks: (JSON.parse(stdout) as { checks: DoctorCheck[] }).checks };
    } catch (error) {
      const e = error as { code: number; stdout: string };
      return { code: e.code, checks: (JSON.parse(e.stdout) as { checks: DoctorCheck[] }).checks };
    }
  }

  beforeAll(async () => {
    port = await freePort();
    home = await createClaudeHome('glassbox-lite-audit-');
    agentHome = join(home.configDir, 'glassbox');
    useAgentHome(agentHome);
    marketplace = join(home.root, 'marketplace');
    await copyMarketplace(marketplace);
    const add = await runClaudeCli(['plugin', 'marketplace', 'add', marketplace], { home });
    expect(add.exitCode, add.stdout + add.stderr).toBe(0);
    for (const id of ['glassbox-lite@glassbox', 'glassbox-audit@glassbox']) {
      const install = await runClaudeCli(['plugin', 'install', id], { home });
      expect(install.exitCode, install.stdout + install.stderr).toBe(0);
    }
    // The options in the user settings, where Claude Code and doctor read them.
    const settingsFile = join(home.configDir, 'settings.json');
    const settings = JSON.parse(await readFile(settingsFile, 'utf8')) as Record<string, unknown>;
    settings.pluginConfigs = {
      'glassbox-lite@glassbox': { options: { agentPort: port, exporters: 'file', idleTimeoutMinutes: 5 } },
      'glassbox-audit@glassbox': {
        options: { agentPort: port, exporters: 'audit,file', idleTimeoutMinutes: 5 },
      },
    };
    await writeFile(settingsFile, JSON.stringify(settings));

    api = await startFakeAnthropicApi({
      fallback: {
        content: [{ type: 'text', text: 'Noted.' }],
        usage: { input_tokens: 20, output_tokens: 2 },
      },
    });
    for (let i = 0; i < 2; i++) {
      api.setScript(TURN_1);
      const session = await runClaude({
        prompt: 'run the commands',
        apiUrl: api.url,
        home,
        allowedTools: ['Bash', 'Agent'],
        timeoutMs: 150_000,
      });
      expect(session.result?.subtype, session.stderr).toBe('success');
      const result = session.result!;
      results.push(result);
      processesAfter.push(await settledAgents(port, agentHome, result.session_id));
      repeatedModEvents.push((await agentStatus(port))?.ignored.duplicate_mod_event ?? 0);
    }
    await allExported(
      port,
      results.map((r) => r.session_id),
    );
    auditLines = await readFileExport(join(auditData(), 'telemetry'));
    liteLines = await readFileExport(
      join(home.configDir, 'plugins', 'data', 'glassbox-lite-glassbox', 'telemetry'),
    );
    records = (await readFile(join(auditData(), 'audit', 'audit-000001.jsonl'), 'utf8'))
      .split('\n')
      .filter((l) => l.endsWith('}'))
      .map((l) => JSON.parse(l) as AuditRecordData);
  }, 600_000);

  afterAll(async () => {
    if (port) await stopAgent(port);
    for (const pid of home ? await agentProcesses(agentHome) : []) process.kill(pid, 'SIGTERM');
    await api?.close();
    await home?.cleanup();
  });

  it('should leave exactly one agent process, glassbox-audit’s, after each session', () => {
    expect(processesAfter.map((p) => p.pids.length)).toEqual([1, 1]);
    expect(processesAfter.map((p) => p.plugins)).toEqual([['glassbox-audit'], ['glassbox-audit']]);
  });

  it('should export each span and log record once, only through the serving agent', () => {
    expect(liteLines).toEqual([]);
    const spanIds = auditLines.filter((l) => l.event === 'span').map((l) => l.spanId);
    expect(spanIds.length).toBeGreaterThan(0);
    expect(spanIds.length - new Set(spanIds).size).toBe(0);
    const logIds = auditLines.filter((l) => l.event !== 'span').map((l) => (l as { id?: string }).id);
    expect(logIds.length - new Set(logIds).size).toBe(0);
  });

  it('should spool each tool call both mods reported once: the second copy is not spooled', () => {
    process.stderr.write(
      `lite+audit: mod events not spooled again, cumulative ${JSON.stringify(repeatedModEvents)}\n`,
    );
    // Both mods loaded and reported each of the five tool calls (start and end) of every session.
    expect(repeatedModEvents[0]).toBeGreaterThanOrEqual(10);
    expect(repeatedModEvents[1]! - repeatedModEvents[0]!).toBeGreaterThanOrEqual(10);
  });

  it('should keep a complete audit trail: every decision of each session once, in one unbroken chain', () => {
    expect(records.map((r) => r.seq)).toEqual(records.map((_, i) => i));
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const result of results) {
      const mine = records.filter((r) => r.sessionId === result.session_id);
      const tools = mine
        .filter((r) => r.decisionType !== 'response_generated')
        .map((r) => `${r.toolUseId} ${r.decisionType}`)
        .sort();
      expect(tools).toEqual([
        'toolu_agent tool_call',
        'toolu_denied tool_skip',
        'toolu_fail tool_call',
        'toolu_ok tool_call',
        'toolu_sub tool_call',
      ]);
      // One response_generated per model response: the chat spans of the session's trace.
      const ofSession = (l: FileLine): boolean =>
        (l as { sessionId?: string }).sessionId === result.session_id ||
        l.attributes?.['gen_ai.conversation.id'] === result.session_id;
      const traceIds = new Set(auditLines.filter(ofSession).map((l) => (l as { traceId?: string }).traceId));
      const chats = auditLines.filter(
        (l) =>
          l.event === 'span' &&
          l.name?.startsWith('chat ') &&
          traceIds.has((l as { traceId?: string }).traceId),
      );
      expect(chats.length).toBeGreaterThan(0);
      expect(mine.filter((r) => r.decisionType === 'response_generated')).toHaveLength(chats.length);
    }
  });

  it('should warn in doctor while both are enabled (audit serves, nothing lost), verify the trail, and not warn once Lite is disabled', async () => {
    const both = await doctor();
    expect(both.code).toBe(0);
    const bundles = both.checks.filter((c) => c.name === 'bundles');
    expect(bundles).toHaveLength(1);
    expect(bundles[0]).toMatchObject({ level: 'warn' });
    expect(bundles[0]!.message).toContain("one agent serves per user, glassbox-audit's (rank 3 > 1)");
    expect(bundles[0]!.message).toContain("none of glassbox-lite's exporters (file) is lost");
    expect(bundles[0]!.fix).toContain('claude plugin uninstall glassbox-lite@glassbox');
    expect(both.checks.find((c) => c.name === 'audit trail')).toMatchObject({
      level: 'ok',
      message: expect.stringContaining('on (the running agent runs the audit exporter)'),
    });
    expect(both.checks.find((c) => c.name === 'audit verify')).toMatchObject({
      level: 'ok',
      message: expect.stringMatching(new RegExp(`^intact: ${records.length} record\\(s\\)`)),
    });

    const disable = await runClaudeCli(['plugin', 'disable', 'glassbox-lite@glassbox'], { home });
    expect(disable.exitCode, disable.stdout + disable.stderr).toBe(0);
    const one = await doctor();
    expect(one.checks.filter((c) => c.name === 'bundles')).toEqual([
      expect.objectContaining({
        level: 'ok',
        message: expect.stringContaining(
          'Glassbox bundle glassbox-audit@glassbox (exporters audit,file); also installed: glassbox-lite@glassbox (disabled)',
        ),
      }),
    ]);
  });
});
