import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GlassboxAgent, loadAgentConfig, loadOrCreateAgentKey, readAgentKey } from '@glassbox/agent';
import { requestAgent } from '@glassbox/core';
import { type Exporter, GlassboxError } from '@glassbox/spec';
import { freePort, repoFixture } from '@glassbox/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from './cli-io.js';
import type { DoctorJson } from './doctor-command.js';
import { runCli } from './run-cli.js';

const TRANSCRIPT = repoFixture(
  'transcripts-real',
  'spotter',
  'projects',
  '-home-USER-projects-spotter',
  'ae4a77f8-aedd-4bc1-888f-c94edc91af04.jsonl',
);

let backendDown = true;

/** An exporter whose backend is down (until the test brings it back): batches fail, retryably. */
const failing: Exporter = {
  specificationVersion: 'v1',
  name: 'otlp',
  export: async () =>
    backendDown
      ? {
          code: 'failed',
          error: new GlassboxError('EXPORT_FAILED', 'connect ECONNREFUSED 127.0.0.1:4318', {
            retryable: true,
          }),
          retryable: true,
        }
      : { code: 'success' },
  forceFlush: async () => undefined,
  shutdown: async () => undefined,
};

describe('glassbox doctor', () => {
  let root: string;
  let configDir: string;
  let dataDir: string;
  let agent: GlassboxAgent | undefined;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'glassbox-doctor-'));
    configDir = join(root, 'claude');
    dataDir = join(configDir, 'plugins', 'data', 'glassbox-lite-test-marketplace');
    await mkdir(join(configDir, 'projects'), { recursive: true });
  });

  afterEach(async () => {
    // The backend is back: the agent's final flush succeeds at once.
    backendDown = false;
    await agent?.stop();
    agent = undefined;
    await rm(root, { recursive: true, force: true });
  });

  async function doctor(...args: string[]): Promise<{ code: number; json: DoctorJson; text: string }> {
    const io = memoryIo({ env: { HOME: root } });
    const code = await runCli(['doctor', '--config-dir', configDir, '--json', ...args], io);
    const textIo = memoryIo({ env: { HOME: root } });
    await runCli(['doctor', '--config-dir', configDir, ...args], textIo);
    return { code, json: JSON.parse(io.out()) as DoctorJson, text: textIo.out() };
  }

  it('should say the agent is not running, and what happens next, without failing', async () => {
    const { code, json, text } = await doctor('--port', String(await freePort()));
    expect(code).toBe(0);
    expect(json.healthy).toBe(true);
    expect(json.agent.running).toBe(false);
    const check = json.checks.find((c) => c.name === 'agent')!;
    expect(check.message).toContain('not running');
    expect(check.fix).toContain('starts with the next Claude Code session');
    expect(text).toContain('· agent: the agent is not running');
    expect(text).toContain('Nothing needs doing.');
  });

  it('should list every agent data directory it finds, and read the one whose agent holds its lock', async () => {
    const port = await freePort();
    const full = join(configDir, 'plugins', 'data', 'glassbox-glassbox');
    // glassbox-glassbox sorts first, but glassbox-lite's agent holds the lock.
    await mkdir(full, { recursive: true });
    await writeFile(join(full, 'hash.key'), 'f'.repeat(64));
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'agent.lock'), JSON.stringify({ pid: 999_999_999, port }));
    // Not the agent's: another plugin named glassbox-…
    await mkdir(join(configDir, 'plugins', 'data', 'glassbox-tools-acme'), { recursive: true });
    const { json, text } = await doctor();
    expect(json.agent).toMatchObject({ running: false, port, dataDir, dataDirs: [dataDir, full] });
    expect(text).toContain(`✓ plugin data: agent data directory ${dataDir} (also: ${full})`);
  });

  it('should read a real agent’s status: version, spool, configuration problems, a failing exporter', async () => {
    // Down before the agent starts: an earlier test's afterEach brought it back, and the export may run at once.
    backendDown = true;
    const port = await freePort();
    const { config, problems } = loadAgentConfig({
      CLAUDE_PLUGIN_DATA: dataDir,
      CLAUDE_PLUGIN_OPTION_AGENTPORT: String(port),
      CLAUDE_PLUGIN_OPTION_SAMPLINGRATE: 'lots',
      CLAUDE_PLUGIN_OPTION_IDLETIMEOUTMINUTES: '0',
      CLAUDE_CONFIG_DIR: configDir,
    });
    agent = await GlassboxAgent.start({
      config,
      problems,
      exporters: [{ name: 'otlp', exporter: failing }],
      exportBackoffMs: 60_000,
      log: () => undefined,
    });
    // A turn ends: the agent reconciles the transcript and tries to export (and fails).
    const key = (await readAgentKey(join(configDir, 'glassbox')))!;
    const res = await requestAgent({
      port,
      key,
      path: '/v1/hooks',
      body: JSON.stringify({
        hook_event_name: 'Stop',
        session_id: 'ae4a77f8-aedd-4bc1-888f-c94edc91af04',
        transcript_path: TRANSCRIPT,
        cwd: root,
        stop_hook_active: false,
      }),
      timeoutMs: 5000,
    });
    expect(res).toMatchObject({ status: 200, verified: true });
    let json: DoctorJson | undefined;
    let code = 0;
    let text = '';
    // Export runs right after the hook answers; wait for its first failure to be recorded.
    for (let i = 0; i < 100; i++) {
      ({ code, json, text } = await doctor());
      if (json.checks.some((c) => c.name === 'exporter otlp' && c.level === 'fail')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(json!.agent).toMatchObject({ running: true, port, dataDir });
    expect(json!.agent.version).toMatch(/^\d+\.\d+\.\d+/);
    const exporter = json!.checks.find((c) => c.name === 'exporter otlp')!;
    expect(exporter.level).toBe('fail');
    expect(exporter.message).toContain('ECONNREFUSED');
    expect(exporter.fix).toContain('retried');
    expect(code).toBe(1);
    expect(json!.healthy).toBe(false);
    const configuration = json!.checks.find((c) => c.name === 'configuration')!;
    expect(configuration.level).toBe('warn');
    expect(configuration.message.toLowerCase()).toContain('sampling');
    expect(json!.checks.find((c) => c.name === 'spool')?.level).toBe('ok');
    expect(text).toMatch(/✗ exporter otlp: last export never/);
    expect(text).toContain('Something needs attention');
    expect(json!.checks.find((c) => c.name === 'agent key')?.level).toBe('ok');

    // A key file others can read is refused, and doctor says so (and then cannot ask the agent).
    await chmod(join(configDir, 'glassbox', 'agent.key'), 0o644);
    const loose = await doctor();
    const keyCheck = loose.json.checks.find((c) => c.name === 'agent key')!;
    expect(keyCheck).toMatchObject({ level: 'warn' });
    expect(keyCheck.message).toContain('has mode 0644, not 0600');
    expect(keyCheck.fix).toContain('chmod 600');
    expect(loose.text).not.toContain('Nothing needs doing.');
    await chmod(join(configDir, 'glassbox', 'agent.key'), 0o600);
  });

  it('should call a lock of a gone pid stale and safe to remove, tell no one to kill, and remove nothing', async () => {
    const gone = spawn('true');
    await new Promise((r) => gone.on('exit', r));
    await mkdir(dataDir, { recursive: true });
    const port = await freePort();
    await writeFile(join(dataDir, 'agent.lock'), JSON.stringify({ pid: gone.pid, port }));
    const { json, text } = await doctor();
    const check = json.checks.find((c) => c.name === 'agent')!;
    expect(check.message).toContain(`pid ${gone.pid}, which no longer exists: the lock is stale`);
    expect(check.fix).toContain('safe to remove');
    expect(check.fix).toContain('removed nothing');
    expect(text).not.toMatch(/kill/i);
    expect(text).toContain('Nothing needs doing.');
    expect((await stat(join(dataDir, 'agent.lock'))).isFile()).toBe(true);
  });

  it('should never advise killing a live pid that is not the agent (pid reused)', async () => {
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await mkdir(dataDir, { recursive: true });
      const port = await freePort();
      await writeFile(join(dataDir, 'agent.lock'), JSON.stringify({ pid: other.pid, port }));
      const { json, text } = await doctor();
      const check = json.checks.find((c) => c.name === 'agent')!;
      expect(check.message).toContain(`pid ${other.pid}, which now runs another program`);
      expect(check.fix).toContain('leave it alone');
      expect(text).not.toMatch(/\bkill\b/i);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('should not say an agent process that does not answer holds the lock, nor advise killing it', async () => {
    const silent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)', '/x/dist/agent.mjs'], {
      stdio: 'ignore',
    });
    try {
      await mkdir(dataDir, { recursive: true });
      await new Promise((r) => setTimeout(r, 200));
      await writeFile(
        join(dataDir, 'agent.lock'),
        JSON.stringify({ pid: silent.pid, port: await freePort() }),
      );
      const { json, text } = await doctor();
      const check = json.checks.find((c) => c.name === 'agent')!;
      expect(check.level).toBe('warn');
      expect(check.message).toContain(`names pid ${silent.pid}, whose command line is the agent,`);
      expect(check.message).toContain('nothing proves it is your agent');
      expect(text).not.toMatch(/\bkill\b|holds its lock/i);
      expect(text).toContain('see the warnings');
    } finally {
      silent.kill('SIGKILL');
    }
  });

  it('should not take an unsigned listener on the port for the agent, and warn in the verdict', async () => {
    // The user's key exists; the listener does not have it and answers everything with a fake status.
    await loadOrCreateAgentKey(join(configDir, 'glassbox'));
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-glassbox-sig': 'ab'.repeat(32) });
      res.end(JSON.stringify({ name: 'glassbox-agent', version: '9.9.9', pid: 1 }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as { port: number }).port;
      const { json, text } = await doctor('--port', String(port));
      expect(json.agent.running).toBe(false);
      expect(json.warnings).toBeGreaterThan(0);
      expect(json.checks.find((c) => c.name === 'agent')?.message).toContain('is not your Glassbox agent');
      expect(text).not.toContain('Nothing needs doing.');
      expect(text).toContain('see the warnings');
    } finally {
      server.close();
    }
  });
});
