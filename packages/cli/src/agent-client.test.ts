import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GlassboxAgent, loadAgentConfig, readAgentKey } from '@glassbox/agent';
import { requestAgent } from '@glassbox/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agentHomes, lockHolderState, readAgentEndpoint, readAgentKeyFile } from './agent-client.js';

describe('the CLI agent client', () => {
  let tmp: string;

  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-cli-client-'));
  });

  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('should look in GLASSBOX_HOME, else in each config directory', () => {
    expect(agentHomes(['/a', '/b'], {})).toEqual(['/a/glassbox', '/b/glassbox']);
    expect(agentHomes(['/a'], { GLASSBOX_HOME: '/g' })).toEqual(['/g']);
  });

  it('should read a good key and endpoint, and say what is wrong with a bad key', async () => {
    const home = join(tmp, 'home');
    await mkdir(home, { recursive: true });
    expect(readAgentKeyFile(home)).toMatchObject({ absent: true });
    const key = randomBytes(32);
    await writeFile(join(home, 'agent.key'), `${key.toString('hex')}\n`, { mode: 0o600 });
    expect(Buffer.from(readAgentKeyFile(home).key!)).toEqual(key);
    await chmod(join(home, 'agent.key'), 0o640);
    expect(readAgentKeyFile(home)).toMatchObject({ problem: 'has mode 0640, not 0600' });
    await writeFile(join(home, 'agent.key'), 'short\n', { mode: 0o600 });
    await chmod(join(home, 'agent.key'), 0o600);
    expect(readAgentKeyFile(home).problem).toContain('64 lowercase hex');
    await writeFile(join(home, 'agent.endpoint'), 'port=4321\npid=9\n');
    expect(readAgentEndpoint(home)).toEqual({ port: 4321, pid: 9 });
  });

  it('should tell a gone pid, another program and the agent apart', async () => {
    const gone = spawn('true');
    await new Promise((r) => gone.on('exit', r));
    expect(lockHolderState(gone.pid!)).toBe('gone');
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    const agent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)', '/x/dist/agent.mjs'], {
      stdio: 'ignore',
    });
    try {
      for (let i = 0; i < 200 && lockHolderState(agent.pid!) !== 'agent'; i++)
        await new Promise((r) => setTimeout(r, 5));
      expect(lockHolderState(other.pid!)).toBe('other');
      expect(lockHolderState(agent.pid!)).toBe('agent');
    } finally {
      other.kill('SIGKILL');
      agent.kill('SIGKILL');
    }
  });

  it('should verify a real agent reply and not a listener without the key', async () => {
    const config = {
      ...loadAgentConfig({ CLAUDE_PLUGIN_DATA: join(tmp, 'data'), CLAUDE_CONFIG_DIR: join(tmp, 'claude') })
        .config,
      port: 0,
    };
    const agent = await GlassboxAgent.start({ config, exporters: [], log: () => undefined });
    let server: Server | undefined;
    try {
      const key = (await readAgentKey(join(tmp, 'claude', 'glassbox')))!;
      expect(await requestAgent({ port: agent.port, key, path: '/v1/health' })).toMatchObject({
        status: 200,
        verified: true,
        json: { name: 'glassbox-agent' },
      });
      expect(
        await requestAgent({ port: agent.port, key: randomBytes(32), path: '/v1/health' }),
      ).toMatchObject({
        status: 401,
        verified: false,
      });
      const impostor = createServer((_req, res) => res.end('{"name":"glassbox-agent"}'));
      server = impostor;
      await new Promise<void>((r) => impostor.listen(0, '127.0.0.1', r));
      const port = (impostor.address() as { port: number }).port;
      expect(await requestAgent({ port, key, path: '/status' })).toMatchObject({
        status: 200,
        verified: false,
      });
    } finally {
      server?.close();
      await agent.stop();
    }
  });
});
