import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLog } from '@glassbox/audit';
import type { AuditDecisionData } from '@glassbox/spec';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../cli-io.js';
import { runCli } from '../run-cli.js';
import type { DoctorJson } from './run-doctor.js';

const decision = (n: number): AuditDecisionData => ({
  id: `s1:${n}`,
  timestamp: new Date(1_765_000_000_000 + n * 1000).toISOString(),
  sessionId: 's1',
  userId: 'u1',
  decisionType: 'tool_call',
  inputHash: 'a'.repeat(64),
  toolName: 'Bash',
  toolUseId: `toolu_${n}`,
  metadata: { turnIndex: n },
});

describe('doctor: the audit trail', () => {
  let root: string;
  let configDir: string;
  let dataDir: string;
  let auditDir: string;
  let witness: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'glassbox-doctor-audit-'));
    configDir = join(root, 'claude');
    dataDir = join(configDir, 'plugins', 'data', 'glassbox-audit-glassbox');
    auditDir = join(dataDir, 'audit');
    witness = join(root, 'witness.jsonl');
    await mkdir(join(dataDir, 'spool'), { recursive: true });
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function auditChecks(): Promise<{ code: number; json: DoctorJson; text: string }> {
    const io = memoryIo({ env: { HOME: root }, cwd: root });
    const code = await runCli(['doctor', '--config-dir', configDir, '--json', '--port', '1'], io);
    const textIo = memoryIo({ env: { HOME: root }, cwd: root });
    await runCli(['doctor', '--config-dir', configDir, '--port', '1'], textIo);
    const json = JSON.parse(io.out()) as DoctorJson;
    return {
      code,
      json: { ...json, checks: json.checks.filter((c) => c.name.startsWith('audit')) },
      text: textIo.out(),
    };
  }

  async function writeLog(records: number, witnessFile?: string): Promise<void> {
    const log = await AuditLog.open({ dir: auditDir, fsync: false, ...(witnessFile ? { witnessFile } : {}) });
    await log.append(Array.from({ length: records }, (_, i) => decision(i)));
    await log.close();
  }

  it('says the trail is off and there is no log when no bundle runs audit', async () => {
    await writeFile(
      join(configDir, 'settings.json'),
      JSON.stringify({ pluginConfigs: { 'glassbox-lite@glassbox': { options: { exporters: 'file' } } } }),
    );
    const { json } = await auditChecks();
    expect(json.checks).toEqual([
      expect.objectContaining({
        name: 'audit trail',
        level: 'info',
        message: expect.stringMatching(/^off \(glassbox-lite@glassbox's exporters do not include audit/),
      }),
    ]);
  });

  it('shows the directory, last record and checkpoint, verifies the log with its witness', async () => {
    await writeFile(
      join(configDir, 'settings.json'),
      JSON.stringify({
        pluginConfigs: {
          'glassbox-audit@glassbox': {
            options: { exporters: JSON.stringify([['audit', { witnessFile: witness }], 'file']) },
          },
        },
      }),
    );
    await writeLog(12, witness);
    const { json, code } = await auditChecks();
    expect(code).toBe(0);
    const [trail, wit, verify] = json.checks;
    expect(trail).toMatchObject({ name: 'audit trail', level: 'ok' });
    expect(trail!.message).toContain("on (glassbox-audit@glassbox's exporters include audit");
    expect(trail!.message).toContain(`${auditDir}: 1 file(s), last record #11 at ${decision(11).timestamp}`);
    expect(trail!.message).toMatch(/last checkpoint: 12 record\(s\), signed .* ago/);
    expect(wit).toMatchObject({ name: 'audit witness', level: 'ok' });
    expect(wit!.message).toContain('its last checkpoint covers 12 record(s)');
    expect(verify).toMatchObject({ name: 'audit verify', level: 'ok' });
    // The log's checkpoint and the witness's copy of it.
    expect(verify!.message).toBe('intact: 12 record(s), 2 checkpoint(s), the witness included');
  });

  it('fails when a record was changed, and when the tail was cut against the witness', async () => {
    await writeLog(6, witness);
    await writeFile(
      join(configDir, 'settings.json'),
      JSON.stringify({
        pluginConfigs: {
          'glassbox-audit@glassbox': {
            options: { exporters: JSON.stringify([['audit', { witnessFile: witness }]]) },
          },
        },
      }),
    );
    const segment = join(auditDir, 'audit-000001.jsonl');
    const original = await readFile(segment, 'utf8');
    await writeFile(segment, original.replace('toolu_2', 'toolu_X'));
    let { json, code, text } = await auditChecks();
    expect(code).toBe(1);
    expect(json.checks.find((c) => c.name === 'audit verify')).toMatchObject({
      level: 'fail',
      message: expect.stringMatching(/problem\(s\) \(modified/),
      fix: expect.stringContaining(`glassbox audit verify --dir ${auditDir} --checkpoint ${witness}`),
    });
    expect(text).toContain('✗ audit verify');
    // The last two records cut: only the witness can tell.
    await writeFile(segment, `${original.split('\n').slice(0, 4).join('\n')}\n`);
    ({ json, code } = await auditChecks());
    expect(code).toBe(1);
    expect(json.checks.find((c) => c.name === 'audit verify')!.message).toMatch(/truncated/);
  });

  it('says no witness file is configured, and that a log too large is left to audit verify', async () => {
    await writeLog(3);
    const { json } = await auditChecks();
    expect(json.checks.find((c) => c.name === 'audit witness')).toMatchObject({
      level: 'info',
      message: expect.stringContaining('no witness file'),
    });
    await appendFile(join(auditDir, 'audit-000001.jsonl'), Buffer.alloc(33 * 1024 * 1024, 0x20));
    const after = await auditChecks();
    expect(after.json.checks.find((c) => c.name === 'audit verify')).toMatchObject({
      level: 'info',
      fix: `run glassbox audit verify --dir ${auditDir}`,
    });
  });
});
