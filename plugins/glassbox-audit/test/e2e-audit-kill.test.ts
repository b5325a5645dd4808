import { execFile } from 'node:child_process';
import { appendFile, cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AuditRecordData } from '@glassbox/spec';
import {
  type ClaudeHome,
  createClaudeHome,
  type FakeAnthropicApi,
  firstUserText,
  freePort,
  isAgentLoopRequest,
  type MessagesRequestBody,
  runClaude,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedFiles } from '../../../scripts/plugin-manifest.mjs';
import { stopAgent, until, useAgentHome } from '../../glassbox-lite/test/e2e-helpers.js';

const PLUGIN_DIR = join(import.meta.dirname, '..');
const CLI = join(PLUGIN_DIR, 'dist', 'cli.mjs');
const SESSIONS = 8;
const TOOLS_PER_SESSION = 3;
/** Per session: a response per tool call, the tool calls, and the final answer. */
const DECISIONS_PER_SESSION = 2 * TOOLS_PER_SESSION + 1;

/** How many tool results a conversation has had so far. */
function toolResults(request: MessagesRequestBody): number {
  let n = 0;
  for (const m of request.messages)
    if (Array.isArray(m.content))
      for (const b of m.content as Array<{ type?: string }>) if (b?.type === 'tool_result') n++;
  return n;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function readRecords(auditDir: string): Promise<AuditRecordData[]> {
  const out: AuditRecordData[] = [];
  for (const file of (await readdir(auditDir).catch(() => []))
    .filter((f) => /^audit-\d+\.jsonl$/.test(f))
    .sort())
    for (const line of (await readFile(join(auditDir, file), 'utf8')).split('\n'))
      if (line.endsWith('}')) out.push(JSON.parse(line) as AuditRecordData);
  return out;
}

describe('glassbox-audit: kill -9 of the agent while 8 sessions write', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let port: number;
  let auditDir: string;
  let records: AuditRecordData[];
  let recordsAtKill: number;
  let verified: {
    code: number;
    report: { ok: boolean; problems: Array<{ kind: string; severity: string }> };
  };

  beforeAll(async () => {
    port = await freePort();
    home = await createClaudeHome('glassbox-e2e-audit-kill-');
    const agentHome = join(home.configDir, 'glassbox');
    useAgentHome(agentHome);
    const plugin = join(home.root, 'plugin');
    for (const file of shippedFiles(PLUGIN_DIR)) await cp(join(PLUGIN_DIR, file), join(plugin, file));
    auditDir = join(home.configDir, 'plugins', 'data', 'glassbox-audit-inline', 'audit');
    api = await startFakeAnthropicApi({
      responder: (request) => {
        if (!isAgentLoopRequest(request)) return { content: [{ type: 'text', text: 'ok' }] };
        const session = /session (\d+)/.exec(firstUserText(request))?.[1];
        const n = toolResults(request);
        if (session === undefined || n >= TOOLS_PER_SESSION)
          return { content: [{ type: 'text', text: `session ${session} done` }] };
        return {
          content: [
            {
              type: 'tool_use',
              id: `toolu_s${session}_${n}`,
              name: 'Bash',
              input: { command: `echo ${session}-${n}` },
            },
          ],
          delayMs: 400,
        };
      },
    });
    const settings = {
      pluginConfigs: { 'glassbox-audit@inline': { options: { agentPort: port, exporters: 'audit,file' } } },
    };
    const session = (k: number | string) =>
      runClaude({
        prompt: `audited session ${k}`,
        apiUrl: api.url,
        home,
        pluginDirs: [plugin],
        allowedTools: ['Bash'],
        settings,
        timeoutMs: 200_000,
      });
    const runs = Array.from({ length: SESSIONS }, (_, k) => session(k));
    // Kill the agent once decisions are being written, then leave a half-written line as a crash mid-append would.
    recordsAtKill = (
      await until(
        async () => {
          const r = await readRecords(auditDir);
          return r.length >= 4 ? r : undefined;
        },
        'the first decisions',
        4_000,
      )
    ).length;
    const endpoint = await readFile(join(agentHome, 'agent.endpoint'), 'utf8');
    const pid = Number(/^pid=(\d+)$/m.exec(endpoint)![1]);
    process.kill(pid, 'SIGKILL');
    await until(async () => !alive(pid), 'the agent to die', 400);
    const segments = (await readdir(auditDir)).filter((f) => /^audit-\d+\.jsonl$/.test(f)).sort();
    await appendFile(join(auditDir, segments[segments.length - 1]!), '{"id":"half-written","seq":');
    const results = await Promise.all(runs);
    for (const r of results) expect(r.exitCode, r.stderr).toBe(0);
    // The next session's SessionStart starts a new agent: it replays its spool and reconciles every session.
    const after = await session('after');
    expect(after.exitCode, after.stderr).toBe(0);
    const ids = new Set(results.map((r) => r.result!.session_id));
    records = await until(
      async () => {
        const r = await readRecords(auditDir);
        const perSession = [...ids].map((id) => r.filter((x) => x.sessionId === id).length);
        return perSession.every((n) => n >= DECISIONS_PER_SESSION) ? r : undefined;
      },
      "every session's decisions after the restart",
      4_800,
    );
    await stopAgent(port);
    records = await readRecords(auditDir);
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [
        CLI,
        'audit',
        'verify',
        '--dir',
        auditDir,
        '--json',
      ]);
      verified = { code: 0, report: JSON.parse(stdout) };
    } catch (error) {
      const e = error as { code: number; stdout: string };
      verified = { code: e.code, report: JSON.parse(e.stdout) };
    }
  }, 400_000);

  afterAll(async () => {
    if (port) await stopAgent(port);
    await api?.close();
    await home?.cleanup();
  });

  it('should still verify: the torn last line reported as a notice, the chain resumed after it', () => {
    process.stderr.write(`audit kill -9: ${recordsAtKill} records at the kill, ${records.length} after\n`);
    expect(verified.code).toBe(0);
    expect(verified.report.ok).toBe(true);
    expect(verified.report.problems).toContainEqual(
      expect.objectContaining({ kind: 'torn_last_line', severity: 'notice' }),
    );
    expect(verified.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(records.map((r) => r.seq)).toEqual(records.map((_, i) => i));
  });

  it("should hold every session's decisions once", () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    const bySession = new Map<string, AuditRecordData[]>();
    for (const r of records) bySession.set(r.sessionId, [...(bySession.get(r.sessionId) ?? []), r]);
    const audited = [...bySession.values()].filter((list) =>
      list.some((r) => r.toolUseId?.startsWith('toolu_s')),
    );
    expect(audited).toHaveLength(SESSIONS);
    for (const list of audited) {
      expect(list.filter((r) => r.decisionType === 'tool_call')).toHaveLength(TOOLS_PER_SESSION);
      expect(list.filter((r) => r.decisionType === 'response_generated')).toHaveLength(TOOLS_PER_SESSION + 1);
    }
  });
});
