import { execFile } from 'node:child_process';
import { chmod, cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AuditRecordData } from '@glassbox/spec';
import {
  type ClaudeHome,
  createClaudeHome,
  type FakeAnthropicApi,
  type FakeReply,
  freePort,
  isAgentLoopRequest,
  runClaude,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedFiles } from '../../../scripts/plugin-manifest.mjs';
import { stopAgent, until, useAgentHome } from '../../glassbox-lite/test/e2e-helpers.js';

const PLUGIN_DIR = join(import.meta.dirname, '..');
const CLI = join(PLUGIN_DIR, 'dist', 'cli.mjs');
const run = promisify(execFile);

async function copyPlugin(dest: string): Promise<string> {
  await rm(dest, { recursive: true, force: true });
  for (const file of shippedFiles(PLUGIN_DIR)) await cp(join(PLUGIN_DIR, file), join(dest, file));
  return dest;
}

async function readRecords(auditDir: string): Promise<AuditRecordData[]> {
  const text = await readFile(join(auditDir, 'audit-000001.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((l) => l.endsWith('}'))
    .map((l) => JSON.parse(l) as AuditRecordData);
}

/** `glassbox audit verify` of the shipped CLI: its exit code and JSON report. */
async function verify(
  auditDir: string,
): Promise<{ code: number; report: { ok: boolean; problems: unknown[] } }> {
  try {
    const { stdout } = await run(process.execPath, [CLI, 'audit', 'verify', '--dir', auditDir, '--json']);
    return { code: 0, report: JSON.parse(stdout) };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, report: JSON.parse(e.stdout) };
  }
}

const tool = (id: string, name: string, input: Record<string, unknown>): FakeReply => ({
  content: [{ type: 'tool_use', id, name, input }],
});

describe('glassbox-audit in a real session: every decision kind, in order', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let port: number;
  let auditDir: string;
  let records: AuditRecordData[];

  beforeAll(async () => {
    port = await freePort();
    home = await createClaudeHome('glassbox-e2e-audit-');
    useAgentHome(join(home.configDir, 'glassbox'));
    const plugin = await copyPlugin(join(home.root, 'plugin'));
    auditDir = join(home.configDir, 'plugins', 'data', 'glassbox-audit-inline', 'audit');
    const hook = join(home.root, 'block.sh');
    await writeFile(hook, '#!/bin/bash\necho "blocked by the audit test hook" >&2\nexit 2\n');
    await chmod(hook, 0o755);
    // A Stop hook that keeps the turn going once, and a UserPromptSubmit hook that refuses the next prompt.
    const stopOnce = join(home.root, 'stop-once.sh');
    await writeFile(
      stopOnce,
      `#!/bin/bash\nin=$(cat); case "$in" in *'"stop_hook_active":true'*) exit 0;; esac\necho '{"decision":"block","reason":"Keep going: check the result"}'\n`,
    );
    const refuse = join(home.root, 'refuse.sh');
    await writeFile(
      refuse,
      `#!/bin/bash\ncat >/dev/null\necho '{"decision":"block","reason":"Prompt refused by the audit test"}'\n`,
    );
    await Promise.all([chmod(stopOnce, 0o755), chmod(refuse, 0o755)]);
    const pluginConfigs = {
      'glassbox-audit@inline': {
        options: { agentPort: port, exporters: 'audit,file', captureContent: true },
      },
    };
    const script: FakeReply[] = [
      {
        content: [
          { type: 'thinking', thinking: 'List the files first, then try the rest.' },
          { type: 'tool_use', id: 'toolu_ok', name: 'Bash', input: { command: 'echo hi' } },
          { type: 'tool_use', id: 'toolu_fail', name: 'Bash', input: { command: 'exit 3' } },
        ],
      },
      tool('toolu_rule', 'Bash', { command: 'rm -rf nothing-here' }),
      tool('toolu_hook', 'Bash', { command: 'echo blocked' }),
      { content: [{ type: 'text', text: 'I cannot help with that.' }], stopReason: 'refusal' },
      { content: [{ type: 'text', text: 'done' }] },
    ];
    api = await startFakeAnthropicApi({
      script: script.map((reply) => ({ when: isAgentLoopRequest, reply })),
      fallback: { content: [{ type: 'text', text: 'ok' }] },
    });
    const result = await runClaude({
      prompt: 'do the audited things',
      apiUrl: api.url,
      home,
      pluginDirs: [plugin],
      allowedTools: ['Bash'],
      settings: {
        permissions: { deny: ['Bash(rm:*)'] },
        hooks: {
          PreToolUse: [
            {
              matcher: 'Bash',
              hooks: [{ type: 'command', command: `bash ${hook}`, if: 'Bash(echo blocked*)' }],
            },
          ],
          Stop: [{ hooks: [{ type: 'command', command: `bash ${stopOnce}` }] }],
        },
        pluginConfigs,
      },
      timeoutMs: 150_000,
    });
    expect(result.exitCode, result.stderr).toBe(0);
    const refused = await runClaude({
      prompt: 'print the forbidden file',
      apiUrl: api.url,
      home,
      pluginDirs: [plugin],
      resume: result.result!.session_id,
      settings: {
        hooks: { UserPromptSubmit: [{ hooks: [{ type: 'command', command: `bash ${refuse}` }] }] },
        pluginConfigs,
      },
      timeoutMs: 150_000,
    });
    expect(refused.exitCode, refused.stderr).toBe(0);
    records = await until(
      async () => {
        const r = await readRecords(auditDir);
        return r.length >= 13 ? r : undefined;
      },
      'the decisions in the audit log',
      2_400,
    );
    // Anything written twice would show below: give a late export a moment.
    await new Promise((r) => setTimeout(r, 1_000));
    records = await readRecords(auditDir);
  }, 200_000);

  afterAll(async () => {
    if (port) await stopAgent(port);
    await api?.close();
    await home?.cleanup();
  });

  it('should write exactly the expected decisions, in order, with their types, sources and reasons', () => {
    expect(
      records.map((r) => [
        r.decisionType,
        r.toolUseId ?? r.metadata.stopReason,
        r.decisionSource,
        r.metadata.reasonCode,
      ]),
    ).toEqual([
      ['response_generated', 'tool_use', 'model', undefined],
      ['tool_call', 'toolu_ok', 'config', 'rule:cliArg'],
      ['tool_call', 'toolu_fail', 'config', 'rule:cliArg'],
      ['response_generated', 'tool_use', 'model', undefined],
      ['tool_skip', 'toolu_rule', 'config', 'rule:flagSettings'],
      ['response_generated', 'tool_use', 'model', undefined],
      ['safety_block', 'toolu_hook', 'hook', 'hook:PreToolUse'],
      ['response_generated', 'refusal', 'model', undefined],
      ['safety_block', 'refusal', 'model', 'refusal'],
      ['response_generated', 'end_turn', 'model', undefined],
      // The Stop hook kept the turn going once; the resumed session's prompt was refused by a hook.
      ['safety_block', undefined, 'hook', 'hook:Stop'],
      ['response_generated', 'end_turn', 'model', undefined],
      ['safety_block', undefined, 'hook', 'hook:UserPromptSubmit'],
    ]);
    expect(records.map((r) => r.metadata.outcome).filter(Boolean)).toEqual([
      'ok',
      'failed',
      'denied',
      'blocked',
      'continued',
      'blocked',
    ]);
    const firstRun = records.slice(0, 12);
    expect(firstRun.every((r) => r.metadata.turnIndex === 0 && typeof r.metadata.promptId === 'string')).toBe(
      true,
    );
    // Content capture is on: the hooks' own text is the reason.
    expect(records.slice(10).map((r) => r.metadata.reason)).toEqual([
      'Keep going: check the result',
      undefined,
      'Prompt refused by the audit test',
    ]);
    expect(records[12]!.metadata).toMatchObject({ hookEvent: 'UserPromptSubmit', turnIndex: -1 });
    // Content capture is on here: the thinking's start, redacted, is the first response's reasoning.
    expect(records[0]!.reasoning).toBe('List the files first, then try the rest.');
    expect(records[1]!.inputHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should pass glassbox audit verify (the shipped CLI), and fail it once a record is edited', async () => {
    const intact = await verify(auditDir);
    expect(intact.code).toBe(0);
    expect(intact.report.ok).toBe(true);
    await stopAgent(port);
    const file = join(auditDir, 'audit-000001.jsonl');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"toolu_hook"', '"toolu_h00k"'));
    const edited = await verify(auditDir);
    expect(edited.code).toBe(1);
    expect(edited.report.problems).toContainEqual(expect.objectContaining({ kind: 'modified' }));
    await writeFile(file, text);
  });
});
