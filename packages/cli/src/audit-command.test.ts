import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLog, CHECKPOINTS_FILE } from '@glassbox/audit';
import type { AuditDecisionData } from '@glassbox/spec';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from './cli-io.js';
import { runCli } from './run-cli.js';

const decision = (n: number, session = 'sess-a'): AuditDecisionData => ({
  id: `${session}:${n}`,
  timestamp: new Date(Date.UTC(2026, 11, 1) + n * 60_000).toISOString(),
  sessionId: session,
  userId: 'u',
  decisionType: n % 3 === 0 ? 'response_generated' : n % 3 === 1 ? 'tool_call' : 'safety_block',
  ...(n % 3 === 0 ? {} : { toolName: n % 2 ? 'Bash' : 'Read', toolUseId: `toolu_${n}` }),
  decisionSource: n % 3 === 2 ? 'hook' : 'config',
  inputHash: 'ab'.repeat(32),
  metadata: { turnIndex: n, ...(n % 3 === 2 ? { reasonCode: 'hook:PreToolUse' } : {}) },
});

describe('glassbox audit', () => {
  let dir: string;
  const run = async (...args: string[]) => {
    const io = memoryIo({ env: {}, columns: 160 });
    const code = await runCli(['audit', ...args, '--dir', dir], io);
    return { code, out: io.out(), err: io.err() };
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'glassbox-cli-audit-'));
    const log = await AuditLog.open({ dir, checkpointEvery: 4, fsync: false });
    await log.append([0, 1, 2, 3, 4, 5].map((n) => decision(n)));
    await log.append([6, 7, 8].map((n) => decision(n, 'sess-b')));
    await log.close();
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('verify: should exit 0 on an intact log and 1 naming a modified record', async () => {
    const ok = await run('verify');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('intact: 9 records');
    const file = join(dir, 'audit-000001.jsonl');
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[1] = lines[1]!.replace('"toolName":"Bash"', '"toolName":"Read"');
    await writeFile(file, lines.join('\n'));
    const bad = await run('verify', '--json');
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.out) as { ok: boolean; problems: Array<{ kind: string; seq?: number }> };
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'modified', seq: 1 }));
  });

  it('verify: should report a tail cut against a checkpoint kept outside, and a torn last line only as a notice', async () => {
    const witness = join(dir, '..', `${dir.split('/').pop()}-witness.jsonl`);
    await writeFile(witness, await readFile(join(dir, CHECKPOINTS_FILE), 'utf8'));
    const file = join(dir, 'audit-000001.jsonl');
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    await writeFile(file, `${lines.slice(0, 7).join('\n')}\n`);
    await writeFile(join(dir, CHECKPOINTS_FILE), '');
    const cut = await run('verify', '--checkpoint', witness);
    expect(cut.code).toBe(1);
    expect(cut.out).toMatch(/PROBLEM truncated/);
    await rm(witness);

    await writeFile(file, `${lines.join('\n')}\n`);
    await appendFile(file, '{"id":"torn');
    const log = await AuditLog.open({ dir, fsync: false });
    await log.append([decision(9, 'sess-b')]);
    await log.close();
    const resumed = await run('verify');
    expect(resumed.code).toBe(0);
    expect(resumed.out).toMatch(/notice torn_last_line/);
    expect(resumed.out).toContain('intact: 10 records');
  });

  it('show: should filter by session, type, tool and time', async () => {
    const all = JSON.parse((await run('show', '--json')).out) as AuditDecisionData[];
    expect(all).toHaveLength(9);
    const blocks = JSON.parse(
      (await run('show', '--type', 'safety_block', '--json')).out,
    ) as AuditDecisionData[];
    expect(blocks.map((d) => d.id)).toEqual(['sess-a:2', 'sess-a:5', 'sess-b:8']);
    const bash = JSON.parse((await run('show', '--tool', 'Bash', '--session', 'sess-b', '--json')).out);
    expect(bash.map((d: AuditDecisionData) => d.id)).toEqual(['sess-b:7']);
    const since = JSON.parse((await run('show', '--since', '2026-12-01T00:07:00Z', '--json')).out);
    expect(since.map((d: AuditDecisionData) => d.id)).toEqual(['sess-b:7', 'sess-b:8']);
    const table = await run('show', '--type', 'safety_block');
    expect(table.out).toContain('hook:PreToolUse');
    expect(table.out).toContain('3 decisions');
    expect((await run('show', '--since', 'yesterday-ish')).code).toBe(2);
  });

  it('export: should write JSON lines, or one OTLP/JSON logs request', async () => {
    const jsonl = (await run('export', '--session', 'sess-b')).out.trim().split('\n');
    expect(jsonl.map((l) => JSON.parse(l).seq)).toEqual([6, 7, 8]);
    const otlp = JSON.parse((await run('export', '--format', 'otlp', '--type', 'tool_call')).out);
    const records = otlp.resourceLogs[0].scopeLogs[0].logRecords as Array<{
      body: { stringValue: string };
      attributes: Array<{ key: string; value: Record<string, unknown> }>;
    }>;
    expect(records).toHaveLength(3);
    expect(records.every((r) => r.body.stringValue === 'tool_call')).toBe(true);
    const keys = records[0]!.attributes.map((a) => a.key);
    expect(keys).toEqual(expect.arrayContaining(['glassbox.audit.hash', 'session.id', 'gen_ai.tool.name']));
  });

  it('should exit 1 when there is no log and 2 on an unknown action', async () => {
    const io = memoryIo({ env: { HOME: dir } });
    expect(await runCli(['audit', 'verify'], io)).toBe(2);
    expect(io.err()).toContain('no audit log found');
    expect((await run('rewrite')).code).toBe(2);
  });
});
