import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requestAgent } from '@glassbox/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAgentKey } from './agent-key.js';
import type { GlassboxAgent } from './glassbox-agent.js';
import { raw } from './raw-request.fixture.js';
import { prepareRequestDrops, takeRequestDrop } from './request-drop.js';
import { startTestAgent } from './start-test-agent.fixture.js';

const nonce = (): string => randomBytes(16).toString('hex');

describe('takeRequestDrop', () => {
  let home: string;
  let dir: string;

  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'glassbox-request-drop-'));
    dir = join(home, 'requests');
    await prepareRequestDrops(home, Date.now());
  });

  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });

  const leave = async (n: string, text: string, mode = 0o600): Promise<void> => {
    await writeFile(join(dir, n), text, { mode });
    await chmod(join(dir, n), mode);
  };

  it('should take a fresh 0600 request of ours once: read, then removed', async () => {
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    const n = nonce();
    await leave(n, '{"hook_event_name":"Stop"}');
    const taken = await takeRequestDrop(home, n, 1024, Date.now());
    expect(taken.ok && taken.bytes.toString()).toBe('{"hook_event_name":"Stop"}');
    expect(await readdir(dir)).toEqual([]);
    expect(await takeRequestDrop(home, n, 1024, Date.now())).toEqual({
      ok: false,
      reason: 'auth_drop_missing',
    });
  });

  it('should refuse a link, a file others may read, a stale or a large one, a bad nonce, and a shared directory', async () => {
    const refused = async (n: string, maxBytes = 1024, nowMs = Date.now()) => {
      const taken = await takeRequestDrop(home, n, maxBytes, nowMs);
      return taken.ok ? 'taken' : taken.reason;
    };
    const target = join(home, 'elsewhere');
    await writeFile(target, '{}', { mode: 0o600 });
    const link = nonce();
    await symlink(target, join(dir, link));
    expect(await refused(link)).toBe('auth_drop_missing');
    const open = nonce();
    await leave(open, '{}', 0o644);
    expect(await refused(open)).toBe('auth_drop_untrusted');
    const old = nonce();
    await leave(old, '{}');
    await utimes(join(dir, old), new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    expect(await refused(old)).toBe('auth_stale');
    const large = nonce();
    await leave(large, 'x'.repeat(2000));
    expect(await refused(large)).toBe('body_too_large');
    expect(await refused('../elsewhere')).toBe('auth_malformed');
    // Refused files stay (the hook removes its own); none was read as a request.
    expect((await readdir(dir)).length).toBe(4);
    const fresh = nonce();
    await leave(fresh, '{}');
    await chmod(dir, 0o770);
    expect(await refused(fresh)).toBe('auth_drop_untrusted');
  });

  it('should make the directory private again and prune what hooks left long ago', async () => {
    const stale = nonce();
    await leave(stale, '{}');
    await utimes(join(dir, stale), new Date(Date.now() - 300_000), new Date(Date.now() - 300_000));
    const recent = nonce();
    await leave(recent, '{}');
    await chmod(dir, 0o755);
    await prepareRequestDrops(home, Date.now());
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect(await readdir(dir)).toEqual([recent]);
  });
});

describe('a hook request left as a file, through a real agent', () => {
  let tmp: string;
  let home: string;
  let agent: GlassboxAgent;

  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-drop-agent-'));
    await mkdir(join(tmp, 'claude'), { recursive: true });
    agent = await startTestAgent(tmp);
    home = join(tmp, 'claude', 'glassbox');
  });

  afterEach(async () => {
    await agent.stop('test over');
    await rm(tmp, { recursive: true, force: true });
  });

  const headers = (n: string, ts = Date.now()) => ({
    host: `127.0.0.1:${agent.port}`,
    'content-type': 'application/json',
    'x-glassbox-ts': String(ts),
    'x-glassbox-drop': n,
  });
  const hook = JSON.stringify({ session_id: 's-drop', hook_event_name: 'UserPromptSubmit', prompt_id: 'p1' });

  it('should take it as the request, answer signed to its nonce, and refuse it a second time', async () => {
    const n = nonce();
    await writeFile(join(home, 'requests', n), hook, { mode: 0o600 });
    const res = await raw(agent.port, 'POST', '/v1/hooks', headers(n));
    expect(res).toMatchObject({ status: 200, text: '{}' });
    expect(res.headers['x-glassbox-sig']).toMatch(/^[0-9a-f]{64}$/);
    expect(agent.status().sessions.map((s) => s.sessionId)).toEqual(['s-drop']);
    expect(await readdir(join(home, 'requests'))).toEqual([]);
    // The same nonce again (a replay, or a stranger that saw it on the port): nothing to take.
    expect((await raw(agent.port, 'POST', '/v1/hooks', headers(n))).status).toBe(401);
    expect(agent.status().ignored).toMatchObject({ auth_drop_missing: 1 });
  });

  it('should refuse it on any other route, with a body on the wire, or stale, and change nothing', async () => {
    const key = (await readAgentKey(home))!;
    const attempts: Array<[string, string, string, number]> = [
      ['/v1/mod', '', 'auth_drop_route', Date.now()],
      ['/v1/shutdown', '', 'auth_drop_route', Date.now()],
      ['/v1/hooks', hook, 'auth_malformed', Date.now()],
      ['/v1/hooks', '', 'auth_stale', Date.now() - 61_000],
    ];
    for (const [path, body, reason, ts] of attempts) {
      const n = nonce();
      await writeFile(join(home, 'requests', n), hook, { mode: 0o600 });
      const res = await raw(agent.port, 'POST', path, headers(n, ts), body);
      expect({ path, reason, status: res.status, text: res.text }).toEqual({
        path,
        reason,
        status: 401,
        text: '',
      });
      expect(agent.status().ignored[reason]).toBeGreaterThan(0);
    }
    expect(agent.status().sessions).toEqual([]);
    expect(await requestAgent({ port: agent.port, key, path: '/v1/hello' })).toMatchObject({
      verified: true,
    });
  });
});
