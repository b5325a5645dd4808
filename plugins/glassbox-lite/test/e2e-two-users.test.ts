import { spawn, spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requestAgent } from '@glassbox/core';
import {
  type ClaudeHome,
  claudeBinary,
  claudeEnv,
  type FakeAnthropicApi,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CANARY_FALLBACK,
  canaryScript,
  type SessionCanaries,
  sessionCanaries,
  writeCanaryFiles,
} from './e2e-canary-scenario.js';
import { copyShippedPlugin, freePort } from './e2e-helpers.js';

const IS_ROOT = process.getuid?.() === 0;
const HAS_USERADD = spawnSync('sh', ['-c', 'command -v useradd && command -v userdel']).status === 0;
const SKIP = !IS_ROOT
  ? 'needs root to create two OS users (useradd)'
  : !HAS_USERADD
    ? 'useradd/userdel not installed'
    : '';

interface TestUser {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly home: ClaudeHome;
  readonly canaries: SessionCanaries;
  sessionId?: string;
  totalCostUsd?: number;
  key?: Buffer;
  agentPort?: number;
  agentPid?: number;
}

/** Runs `argv` as `user` (uid/gid), with the user's isolated environment; never throws. */
function runAs(
  user: TestUser,
  argv: string[],
  env: Record<string, string>,
  timeoutMs = 150_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: user.home.cwd,
      env,
      uid: user.uid,
      gid: user.gid,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: -1, stdout, stderr: String(e) });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Every file below `dir` (none when absent). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** The uid a process runs as (`/proc/<pid>/status`). */
async function uidOf(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const uid = /^Uid:\s+(\d+)/m.exec(status)?.[1];
  return uid === undefined ? undefined : Number(uid);
}

/**
 * Two OS users on one machine, each running a real Claude Code session with Glassbox Lite at the same time and on
 * the same configured agent port: each has their own agent home (0700), key (0600) and agent (running as them);
 * each sees only their own data (spool, exports, `glassbox report`); neither can make the other's agent accept a
 * request. The users are created here and removed after.
 */
describe.skipIf(SKIP !== '')(`two OS users at once (${SKIP || 'root'})`, () => {
  const tag = `gb${process.pid.toString(36)}${Date.now().toString(36).slice(-4)}`;
  const users: TestUser[] = [];
  let shared: string;
  let api: FakeAnthropicApi;
  let plugin: string;
  let claude: string;
  let port: number;
  const reports = new Map<string, string>();

  beforeAll(async () => {
    // Everything both users run (the claude binary, node, the plugin) must be readable by them: a 0755 copy.
    shared = await mkdtemp(join(tmpdir(), 'glassbox-two-users-'));
    await chmod(shared, 0o755);
    plugin = await copyShippedPlugin('glassbox-lite', join(shared, 'plugin'));
    claude = join(shared, 'claude');
    await cp(claudeBinary(), claude);
    spawnSync('chmod', ['-R', 'a+rX', shared]);
    port = await freePort();
    const script: ReturnType<typeof canaryScript>['script'] = [];
    for (const who of ['a', 'b']) {
      const name = `${tag}${who}`;
      const root = join(shared, name);
      await mkdir(join(root, 'home', '.claude'), { recursive: true });
      await mkdir(join(root, 'project'), { recursive: true });
      const add = spawnSync('useradd', ['-M', '-d', join(root, 'home'), '-s', '/bin/bash', '-U', name]);
      if (add.status !== 0) throw new Error(`useradd ${name}: ${add.stderr}`);
      const id = (flag: string) => Number(spawnSync('id', [flag, name]).stdout.toString().trim());
      const home: ClaudeHome = {
        root,
        home: join(root, 'home'),
        configDir: join(root, 'home', '.claude'),
        cwd: join(root, 'project'),
        cleanup: async () => undefined,
      };
      const user: TestUser = { name, uid: id('-u'), gid: id('-g'), home, canaries: sessionCanaries(who) };
      await writeCanaryFiles(home.cwd, user.canaries);
      spawnSync('chown', ['-R', `${user.uid}:${user.gid}`, root]);
      await chmod(root, 0o700);
      users.push(user);
      // Each user's conversation is picked by its prompt canary.
      for (const step of canaryScript(user.canaries).script)
        script.push({
          ...step,
          when: (r) => step.when!(r) && JSON.stringify(r).includes(user.canaries.prompt),
        });
    }
    api = await startFakeAnthropicApi({ script, fallback: CANARY_FALLBACK });

    const envOf = (user: TestUser) => ({
      ...claudeEnv(user.home, api.url),
      USER: user.name,
      LOGNAME: user.name,
    });
    const sessions = users.map(async (user) => {
      const settings = join(user.home.root, 'settings.json');
      await writeFile(
        settings,
        JSON.stringify({
          pluginConfigs: {
            'glassbox-lite@inline': {
              options: { agentPort: port, exporters: 'file', captureContent: true, idleTimeoutMinutes: 1 },
            },
          },
        }),
      );
      spawnSync('chown', [`${user.uid}:${user.gid}`, settings]);
      const { prompt } = canaryScript(user.canaries);
      const run = await runAs(
        user,
        [
          claude,
          '-p',
          prompt,
          '--output-format',
          'json',
          '--plugin-dir',
          plugin,
          '--settings',
          settings,
          '--allowedTools',
          'Bash',
        ],
        envOf(user),
      );
      const result = JSON.parse(run.stdout.trim() || '{}') as {
        session_id?: string;
        total_cost_usd?: number;
      };
      expect(result.session_id, `${user.name}: ${run.stderr}`).toBeDefined();
      user.sessionId = result.session_id;
      user.totalCostUsd = result.total_cost_usd;
    });
    await Promise.all(sessions);

    for (const user of users) {
      const agentHome = join(user.home.configDir, 'glassbox');
      user.key = Buffer.from((await readFile(join(agentHome, 'agent.key'), 'utf8')).trim(), 'hex');
      const endpoint = await readFile(join(agentHome, 'agent.endpoint'), 'utf8');
      user.agentPort = Number(/^port=(\d+)$/m.exec(endpoint)?.[1]);
      user.agentPid = Number(/^pid=(\d+)$/m.exec(endpoint)?.[1]);
      // Until the agent has the session ended and exported.
      for (let i = 0; i < 600; i++) {
        const reply = await requestAgent({
          port: user.agentPort,
          key: user.key,
          path: '/status',
          timeoutMs: 2000,
        });
        const status = reply?.verified
          ? (reply.json as {
              sessions?: Array<{ sessionId: string; ended: boolean }>;
              exporters?: Array<{ pendingSpans: number; pendingLogs: number }>;
            })
          : undefined;
        const ended = status?.sessions?.find((s) => s.sessionId === user.sessionId)?.ended;
        if (ended && status?.exporters?.every((e) => e.pendingSpans + e.pendingLogs === 0)) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const report = await runAs(
        user,
        [
          process.execPath,
          join(plugin, 'dist', 'cli.mjs'),
          'report',
          '--by',
          'session',
          '--json',
          '--no-cache',
        ],
        envOf(user),
        60_000,
      );
      reports.set(user.name, report.stdout);
    }
  }, 600_000);

  afterAll(async () => {
    for (const user of users) {
      if (user.agentPid) {
        try {
          process.kill(user.agentPid, 'SIGKILL');
        } catch {
          // gone
        }
      }
      // Any other process the test's user still runs (a stray agent), by pid, then the user.
      for (const name of await readdir('/proc').catch(() => [] as string[]))
        if (/^\d+$/.test(name) && (await uidOf(Number(name))) === user.uid) {
          try {
            process.kill(Number(name), 'SIGKILL');
          } catch {
            // gone
          }
        }
      spawnSync('userdel', [user.name]);
    }
    await api?.close();
    if (shared && process.env.GLASSBOX_KEEP_TMP !== '1') await rm(shared, { recursive: true, force: true });
  });

  it('should run both sessions, each with its own agent running as its user', async () => {
    const [a, b] = users as [TestUser, TestUser];
    expect(a.sessionId).not.toBe(b.sessionId);
    expect(a.agentPid).not.toBe(b.agentPid);
    expect(a.agentPort).not.toBe(b.agentPort);
    expect(await uidOf(a.agentPid!)).toBe(a.uid);
    expect(await uidOf(b.agentPid!)).toBe(b.uid);
    // One of them found the other's agent on the configured port and started its own elsewhere.
    expect([a.agentPort, b.agentPort]).toContain(port);
  });

  it('should keep each agent home 0700 and each key 0600, owned by its user', async () => {
    for (const user of users) {
      const home = await stat(join(user.home.configDir, 'glassbox'));
      const key = await stat(join(user.home.configDir, 'glassbox', 'agent.key'));
      expect([home.mode & 0o777, home.uid]).toEqual([0o700, user.uid]);
      expect([key.mode & 0o777, key.uid]).toEqual([0o600, user.uid]);
    }
  });

  it('should refuse each agent a request signed with the other user’s key, or unsigned (401)', async () => {
    const [a, b] = users as [TestUser, TestUser];
    for (const [target, other] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const path of ['/v1/health', '/status', '/v1/hooks', '/v1/mod', '/v1/shutdown']) {
        const body = path.startsWith('/v1/health') || path === '/status' ? undefined : '{}';
        const wrong = await requestAgent({
          port: target.agentPort!,
          key: other.key!,
          path,
          ...(body ? { body } : {}),
        });
        expect(wrong?.status, `${path} with the other key`).toBe(401);
        expect(wrong?.verified).toBe(false);
        const unsigned = await requestAgent({ port: target.agentPort!, path, ...(body ? { body } : {}) });
        expect(unsigned?.status, `${path} unsigned`).toBe(401);
      }
      // Still serving its user after the attempted shutdowns.
      const own = await requestAgent({ port: target.agentPort!, key: target.key!, path: '/v1/health' });
      expect(own?.verified && own.status).toBe(200);
    }
  });

  it('should keep each user’s spool, exports and state to their own session and content', async () => {
    const [a, b] = users as [TestUser, TestUser];
    for (const [user, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const data = join(user.home.configDir, 'plugins', 'data', 'glassbox-lite-inline');
      const files = await filesUnder(data);
      const text = (await Promise.all(files.map((f) => readFile(f, 'latin1')))).join('\n');
      expect(files.some((f) => f.includes(`${join(data, 'spool')}`))).toBe(true);
      expect(text).toContain(user.sessionId);
      // Content capture is on: the user's own text is there, the other user's never.
      expect(text).toContain(user.canaries.toolOutput);
      expect(text).not.toContain(other.sessionId);
      for (const canary of Object.values(other.canaries)) expect(text).not.toContain(canary);
      // And the other user cannot read it.
      const peek = spawnSync('cat', [join(user.home.configDir, 'glassbox', 'agent.key')], {
        uid: other.uid,
        gid: other.gid,
      });
      expect(peek.status).not.toBe(0);
    }
  });

  it('should show each user only their own session in `glassbox report`', () => {
    const [a, b] = users as [TestUser, TestUser];
    for (const [user, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const report = reports.get(user.name) ?? '';
      expect(report).toContain(user.sessionId);
      expect(report).not.toContain(other.sessionId);
    }
  });
});
