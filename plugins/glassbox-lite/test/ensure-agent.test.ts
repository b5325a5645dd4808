import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  agentHealth,
  agentStatus,
  freePort,
  PLUGIN_DIR,
  stopAgent,
  until,
  useAgentHome,
} from './e2e-helpers.js';

const SCRIPT = join(PLUGIN_DIR, 'hooks', 'ensure-agent.sh');

describe('hooks/ensure-agent.sh (the SessionStart hook)', () => {
  let tmp: string;
  let home: string;
  let port: number;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-ensure-'));
    home = join(tmp, '.claude', 'glassbox');
    useAgentHome(home);
  });

  afterEach(async () => {
    await stopAgent(port);
    const moved = await endpointPort();
    if (moved) await stopAgent(moved);
  });

  /** The user's agent, verified, on the port agent.endpoint names, which is not the held one (it may still start). */
  const ourAgentElsewhere = (held = port) =>
    until(async () => {
      const moved = await endpointPort();
      return moved !== undefined && moved !== held && (await agentHealth(moved));
    }, 'our agent on another port');

  /** The agent's request counters by route (its signed /status). */
  const agentRequests = async (port: number): Promise<Record<string, number>> =>
    ((await agentStatus(port)) as unknown as { requests: Record<string, number> }).requests;

  /** The port agent.endpoint names (where the hooks go). */
  const endpointPort = async (): Promise<number | undefined> => {
    const text = await readFile(join(home, 'agent.endpoint'), 'utf8').catch(() => '');
    const port = /^port=(\d+)$/m.exec(text)?.[1];
    return port ? Number(port) : undefined;
  };

  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  const run = async (env: Record<string, string> = {}, data = join(tmp, 'data')): Promise<void> => {
    await promisify(execFile)('bash', [SCRIPT], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: tmp,
        CLAUDE_PLUGIN_ROOT: PLUGIN_DIR,
        CLAUDE_PLUGIN_DATA: data,
        CLAUDE_PLUGIN_OPTION_AGENTPORT: String(port),
        ...env,
      },
      timeout: 10_000,
    });
  };

  it('should start the agent when none runs, and leave it alone when its configuration is the same', async () => {
    port = await freePort();
    await run();
    // The script waits (at most 2.5 s) until the agent answers before it returns.
    const first = await until(() => agentHealth(port), 'the agent');
    expect(first).toMatchObject({ port });
    // Warm: the script trusts agent.endpoint after checking /proc, and sends the agent nothing.
    const healthChecks = async () => (await agentRequests(port))['GET /v1/health'] ?? 0;
    const before = await healthChecks();
    await run();
    expect(await healthChecks()).toBe(before);
    expect((await agentHealth(port))?.pid).toBe(first?.pid);
  });

  it('should not trust agent.endpoint naming a gone pid, another program or a wrong command line', async () => {
    port = await freePort();
    const seen: string[] = [];
    const stranger: Server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ name: 'glassbox-agent', pid: 1, configKey: '', decision: 'block' }));
    });
    await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve));
    const strangerPort = (stranger.address() as { port: number }).port;
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: tmp,
      GLASSBOX_HOME: home,
      GLASSBOX_PLUGIN: 'glassbox-lite',
      CLAUDE_PLUGIN_ROOT: PLUGIN_DIR,
      CLAUDE_PLUGIN_DATA: join(tmp, 'data'),
      CLAUDE_PLUGIN_OPTION_AGENTPORT: String(port),
    };
    const gone = spawn('sleep', ['60']);
    gone.kill('SIGKILL');
    await new Promise((resolve) => gone.on('exit', resolve));
    // Ours and alive, but not an agent; and a node process with the agent's very environment but another script.
    const other = spawn('sleep', ['60'], { stdio: 'ignore' });
    const impostor = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], {
      env,
      stdio: 'ignore',
    });
    try {
      for (const pid of [gone.pid, other.pid, impostor.pid]) {
        seen.length = 0;
        await writeFile(
          join(home, 'agent.endpoint'),
          `port=${strangerPort}\npid=${pid}\nstarted=1\nplugin=glassbox-lite\n`,
        );
        await run();
        // The full signed check went to the port named, and nothing else: no shutdown, no trust.
        expect(seen.length).toBeGreaterThan(0);
        expect(seen.every((r) => r === 'GET /v1/health')).toBe(true);
        // Our own agent was started and agent.endpoint now names it, so hooks and the mod go there.
        const ours = await ourAgentElsewhere(strangerPort);
        expect(ours.pid).not.toBe(pid);
        await stopAgent(ours.port);
      }
    } finally {
      other.kill('SIGKILL');
      impostor.kill('SIGKILL');
      stranger.closeAllConnections();
      await new Promise((resolve) => stranger.close(resolve));
    }
  });

  it('should restart the agent when an option changed', async () => {
    port = await freePort();
    await run({ CLAUDE_PLUGIN_OPTION_SAMPLINGRATE: '1' });
    const before = await until(() => agentHealth(port), 'the agent');
    await run({ CLAUDE_PLUGIN_OPTION_SAMPLINGRATE: '0.5' });
    const after = await until(async () => {
      const h = await agentHealth(port);
      return h?.pid !== before.pid && h;
    }, 'the new agent');
    expect(after?.pid).not.toBe(before?.pid);
    expect(after?.configHash).not.toBe(before?.configHash);
  });

  it('should not loop on restarts when paths hold characters JSON escapes', async () => {
    port = await freePort();
    const data = join(tmp, 'odd "data" \\ dir');
    await run({}, data);
    // On a loaded machine the agent may still be starting when the script's 2.5 s are up.
    const first = await until(() => agentHealth(port), 'the agent');
    await run({}, data);
    expect((await agentHealth(port))?.pid).toBe(first?.pid);
  });

  it('should create the per-user key (0600 in a 0700 home) once and never replace it', async () => {
    port = await freePort();
    await run();
    const key = await readFile(join(home, 'agent.key'), 'utf8');
    expect(key).toMatch(/^[0-9a-f]{64}\n$/);
    expect((await stat(join(home, 'agent.key'))).mode & 0o777).toBe(0o600);
    expect((await stat(home)).mode & 0o777).toBe(0o700);
    await run();
    expect(await readFile(join(home, 'agent.key'), 'utf8')).toBe(key);
  });

  it('should never tell a stranger on the port to stop, and start the agent on another port', async () => {
    port = await freePort();
    const seen: string[] = [];
    const other: Server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ name: 'glassbox-agent', pid: 1, configHash: 'x', decision: 'block' }));
    });
    await new Promise<void>((resolve) => other.listen(port, '127.0.0.1', resolve));
    try {
      await run();
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((r) => r === 'GET /v1/health')).toBe(true);
      expect(await agentHealth(port)).toBeUndefined();
      expect((await ourAgentElsewhere()).pid).toBeGreaterThan(1);
    } finally {
      other.closeAllConnections();
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('should return within 2.5 s when a listener accepts and never answers', async () => {
    port = await freePort();
    const sockets: Socket[] = [];
    const hung = createTcpServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => hung.listen(port, '127.0.0.1', resolve));
    try {
      const started = performance.now();
      await run();
      const ms = performance.now() - started;
      process.stdout.write(`ensure-agent against a hung listener: ${Math.round(ms)} ms\n`);
      expect(ms).toBeLessThan(2500);
      // Ours still runs, on another port.
      expect((await ourAgentElsewhere()).pid).toBeGreaterThan(0);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => hung.close(resolve));
    }
  });
});
