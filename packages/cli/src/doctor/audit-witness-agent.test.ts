import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GlassboxAgent, loadAgentConfig, loadAgentExporters } from '@glassbox/agent';
import { AuditLog } from '@glassbox/audit';
import { freePort } from '@glassbox/testkit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryIo } from '../cli-io.js';
import { runCli } from '../run-cli.js';
import type { DoctorCheck } from './doctor-check.js';
import type { DoctorJson } from './run-doctor.js';

describe('doctor: the audit witness the running agent uses', () => {
  let root: string;
  let configDir: string;
  let dataDir: string;
  let witness: string;
  let agent: GlassboxAgent | undefined;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'glassbox-doctor-witness-'));
    configDir = join(root, 'claude');
    dataDir = join(configDir, 'plugins', 'data', 'glassbox-audit-glassbox');
    witness = join(root, 'elsewhere', 'witness.jsonl');
    await mkdir(join(root, 'elsewhere'), { recursive: true });
    await mkdir(join(configDir, 'projects'), { recursive: true });
    // The settings name no witness: only the agent's environment does.
    await writeFile(
      join(configDir, 'settings.json'),
      JSON.stringify({
        pluginConfigs: { 'glassbox-audit@glassbox': { options: { exporters: 'audit,file' } } },
      }),
    );
    // A trail with a signed checkpoint, kept by the witness too.
    const log = await AuditLog.open({ dir: join(dataDir, 'audit'), fsync: false, witnessFile: witness });
    await log.append([
      {
        id: 's1:0',
        timestamp: new Date().toISOString(),
        sessionId: 's1',
        userId: 'u1',
        decisionType: 'tool_call',
        inputHash: 'a'.repeat(64),
        toolName: 'Bash',
        toolUseId: 'toolu_0',
        metadata: { turnIndex: 0 },
      },
    ]);
    await log.close();
  });

  afterEach(async () => {
    await agent?.stop();
    agent = undefined;
    vi.unstubAllEnvs();
    await rm(root, { recursive: true, force: true });
  });

  async function startAgent(): Promise<number> {
    const port = await freePort();
    const { config, problems: read } = loadAgentConfig({
      CLAUDE_PLUGIN_DATA: dataDir,
      CLAUDE_PLUGIN_OPTION_AGENTPORT: String(port),
      CLAUDE_PLUGIN_OPTION_EXPORTERS: 'audit,file',
      CLAUDE_PLUGIN_OPTION_IDLETIMEOUTMINUTES: '0',
      CLAUDE_CONFIG_DIR: configDir,
    });
    const problems = [...read];
    const exporters = await loadAgentExporters(config, problems);
    agent = await GlassboxAgent.start({ config, problems, exporters, log: () => undefined });
    return port;
  }

  async function auditChecks(port: number): Promise<DoctorCheck[]> {
    const io = memoryIo({ env: { HOME: root } });
    await runCli(['doctor', '--config-dir', configDir, '--json', '--port', String(port)], io);
    return (JSON.parse(io.out()) as DoctorJson).checks.filter((c) => c.name.startsWith('audit'));
  }
  const witnessCheck = async (port: number) =>
    (await auditChecks(port)).find((c) => c.name === 'audit witness');

  it("reports the witness file set in the agent's environment (GLASSBOX_AUDIT_WITNESS), which the settings do not show", async () => {
    vi.stubEnv('GLASSBOX_AUDIT_WITNESS', witness);
    const port = await startAgent();
    const checks = await auditChecks(port);
    expect(checks.find((c) => c.name === 'audit witness')).toEqual({
      name: 'audit witness',
      level: 'ok',
      message: `the running agent's witness file ${witness}: its last checkpoint covers 1 record(s)`,
    });
    // The verification used that witness's checkpoint too.
    expect(checks.find((c) => c.name === 'audit verify')?.message).toContain('the witness included');
    // Without the agent, doctor has only the settings (and its own environment): no witness.
    await agent!.stop();
    agent = undefined;
    vi.unstubAllEnvs();
    expect((await witnessCheck(1))?.message).toMatch(/^no witness file: /);
  });

  it('says the running agent writes no witness when its environment and options name none', async () => {
    vi.stubEnv('GLASSBOX_AUDIT_WITNESS', '');
    const port = await startAgent();
    expect(await witnessCheck(port)).toMatchObject({
      level: 'info',
      message: expect.stringMatching(/^the running agent writes no witness file: /),
    });
  });
});
