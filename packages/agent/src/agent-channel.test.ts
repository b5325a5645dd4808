import { createHmac, randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requestAgent } from '@glassbox/core';
import { bodyDigest, requestSigningText, signAgentRequest } from '@glassbox/spec';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAgentKey } from './agent-key.js';
import type { GlassboxAgent } from './glassbox-agent.js';
import { raw } from './raw-request.fixture.js';
import { startTestAgent } from './start-test-agent.fixture.js';

const FIXTURE = join(import.meta.dirname, '__fixtures__', 'two-tools.jsonl');
const SESSION = 'a47a450d-d36d-4623-8aed-a6a3f6fad8b7';

/** Every route, with a body that would change something if it were accepted. */
const ROUTES: ReadonlyArray<{ method: string; path: string; body?: string }> = [
  { method: 'GET', path: '/v1/health' },
  { method: 'GET', path: '/v1/hello' },
  { method: 'GET', path: '/status' },
  { method: 'POST', path: '/v1/shutdown', body: '{}' },
  { method: 'POST', path: '/v1/hooks', body: 'HOOK' },
  { method: 'POST', path: '/v1/mod', body: 'MOD' },
  { method: 'GET', path: '/nope' },
];

describe('the agent channel', () => {
  let tmp: string;
  let transcript: string;
  let agent: GlassboxAgent;
  let key: Buffer;
  let host: string;

  const hookBody = (): string =>
    JSON.stringify({
      session_id: SESSION,
      transcript_path: transcript,
      cwd: '/p',
      hook_event_name: 'Stop',
    });
  const modBody = (): string =>
    JSON.stringify({
      v: 1,
      instanceId: 'i1',
      events: [{ type: 'turn.start', sessionId: SESSION, atMs: 1, seq: 1, turnId: 't1' }],
    });
  const bodyOf = (r: { body?: string }): string | undefined =>
    r.body === 'HOOK' ? hookBody() : r.body === 'MOD' ? modBody() : r.body;

  const signed = (method: string, path: string, body = '', nowMs = Date.now()) =>
    signAgentRequest({ key, method, path, body, nowMs, random: (b) => b.set(randomBytes(b.length)) }).headers;

  const spoolBytes = async (): Promise<number> => {
    const dir = join(tmp, 'data', 'spool');
    let total = 0;
    for (const f of await readdir(dir).catch(() => [] as string[])) total += (await stat(join(dir, f))).size;
    return total;
  };

  /** Nothing was accepted: no spool append, no session, still serving. */
  const expectUnchanged = async (): Promise<void> => {
    expect(await spoolBytes()).toBe(0);
    expect(agent.status().sessions).toEqual([]);
    const alive = await requestAgent({ port: agent.port, key, path: '/v1/hello' });
    expect(alive).toMatchObject({ status: 200, verified: true });
  };

  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-channel-'));
    const project = join(tmp, 'claude', 'projects', '-p');
    await mkdir(project, { recursive: true });
    transcript = join(project, `${SESSION}.jsonl`);
    await cp(FIXTURE, transcript);
    agent = await startTestAgent(tmp, { sweepIntervalMs: 50 });
    key = (await readAgentKey(join(tmp, 'claude', 'glassbox')))!;
    host = `127.0.0.1:${agent.port}`;
  });

  afterEach(async () => {
    await agent.stop('test over');
    await rm(tmp, { recursive: true, force: true });
  });

  it('should create a 0600 key in a 0700 home and publish its endpoint', async () => {
    const home = join(tmp, 'claude', 'glassbox');
    expect((await stat(home)).mode & 0o777).toBe(0o700);
    expect((await stat(join(home, 'agent.key'))).mode & 0o777).toBe(0o600);
    expect(await readFile(join(home, 'agent.key'), 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    const endpoint = await readFile(join(home, 'agent.endpoint'), 'utf8');
    expect(endpoint).toContain(`port=${agent.port}\n`);
    expect(endpoint).toContain(`pid=${process.pid}\n`);
    expect(endpoint).toMatch(/^started=\d+$/m);
    expect(endpoint).toMatch(/^plugin=\S+$/m);
  });

  it('should say only {"ok":true} to a bare GET /health', async () => {
    const res = await raw(agent.port, 'GET', '/health', { host });
    expect(res).toMatchObject({ status: 200, text: '{"ok":true}' });
    expect(res.headers['x-glassbox-sig']).toBeUndefined();
  });

  it('should answer 401 to unsigned, wrong-signature, replayed and stale requests on every route', async () => {
    for (const route of ROUTES) {
      const body = bodyOf(route) ?? '';
      const json: Record<string, string> =
        route.method === 'POST' ? { 'content-type': 'application/json' } : {};
      const attempts: Array<[string, Record<string, string>]> = [
        ['unsigned', { host, ...json }],
        [
          'wrong key',
          {
            host,
            ...json,
            ...signAgentRequest({
              key: randomBytes(32),
              method: route.method,
              path: route.path,
              body,
              nowMs: Date.now(),
              random: (b) => b.set(randomBytes(b.length)),
            }).headers,
          },
        ],
        ['other path', { host, ...json, ...signed(route.method, '/v1/other', body) }],
        ['other body', { host, ...json, ...signed(route.method, route.path, `${body} `) }],
        ['stale', { host, ...json, ...signed(route.method, route.path, body, Date.now() - 61_000) }],
        ['future', { host, ...json, ...signed(route.method, route.path, body, Date.now() + 61_000) }],
      ];
      for (const [what, headers] of attempts) {
        const res = await raw(agent.port, route.method, route.path, headers, body);
        expect({ route: route.path, what, status: res.status, text: res.text }).toEqual({
          route: route.path,
          what,
          status: 401,
          text: '',
        });
        expect(res.headers['x-glassbox-sig']).toBeUndefined();
      }
    }
    await expectUnchanged();
    expect(agent.status().ignored).toMatchObject({
      auth_missing: ROUTES.length,
      auth_stale: ROUTES.length * 2,
    });
  });

  it('should refuse an unsigned request before reading its body', async () => {
    const big = 'x'.repeat(1024 * 1024);
    const res = await raw(agent.port, 'POST', '/v1/mod', { host, 'content-type': 'application/json' }, big);
    expect(res).toMatchObject({ status: 401, text: '' });
    expect(agent.status().ignored).toMatchObject({ auth_missing: 1 });
    expect(agent.status().ignored.body_too_large).toBeUndefined();
    await expectUnchanged();
  });

  it('should refuse a replayed request, however good its signature', async () => {
    const body = hookBody();
    const headers = { host, 'content-type': 'application/json', ...signed('POST', '/v1/hooks', body) };
    expect((await raw(agent.port, 'POST', '/v1/hooks', headers, body)).status).toBe(200);
    const before = await spoolBytes();
    expect((await raw(agent.port, 'POST', '/v1/hooks', headers, body)).status).toBe(401);
    expect(await spoolBytes()).toBe(before);
    const shutdown = { host, 'content-type': 'application/json', ...signed('POST', '/v1/hello', '{}') };
    // A signature for one route does not open another.
    expect((await raw(agent.port, 'POST', '/v1/shutdown', shutdown, '{}')).status).toBe(401);
    expect(agent.status().ignored).toMatchObject({ auth_replay: 1 });
  });

  it('should answer 403 to a foreign Host or any Origin and 415 to a POST that is not JSON, on every route', async () => {
    for (const route of ROUTES) {
      const body = bodyOf(route) ?? '';
      const ok = { 'content-type': 'application/json', ...signed(route.method, route.path, body) };
      for (const bad of ['evil.example', `evil.example:${agent.port}`, '127.0.0.1:1', '[::1]']) {
        const res = await raw(agent.port, route.method, route.path, { ...ok, host: bad }, body);
        expect({ route: route.path, bad, status: res.status, text: res.text }).toEqual({
          route: route.path,
          bad,
          status: 403,
          text: '',
        });
      }
      const fresh = { 'content-type': 'application/json', ...signed(route.method, route.path, body) };
      const origin = await raw(
        agent.port,
        route.method,
        route.path,
        { ...fresh, host, origin: `http://127.0.0.1:${agent.port}` },
        body,
      );
      expect([route.path, origin.status]).toEqual([route.path, 403]);
      if (route.method === 'POST') {
        const plain = { ...signed(route.method, route.path, body), host, 'content-type': 'text/plain' };
        const res = await raw(agent.port, route.method, route.path, plain, body);
        expect([route.path, res.status, res.text]).toEqual([route.path, 415, '']);
      }
    }
    await expectUnchanged();
  });

  it('should reject a browser-style cross-origin shutdown and keep running', async () => {
    const res = await raw(
      agent.port,
      'POST',
      '/v1/shutdown',
      { host, origin: 'http://evil.example', 'content-type': 'text/plain' },
      '{}',
    );
    expect(res.status).toBe(403);
    const rebinding = await raw(
      agent.port,
      'POST',
      '/v1/shutdown',
      { host: `evil.example:${agent.port}`, 'content-type': 'text/plain' },
      '{}',
    );
    expect(rebinding.status).toBe(403);
    await expectUnchanged();
  });

  it('should sign its replies to the request nonce, and stop only on a signed shutdown', async () => {
    const hello = await requestAgent({ port: agent.port, key, path: '/v1/hello' });
    expect(hello).toMatchObject({ status: 200, verified: true, json: { name: 'glassbox-agent' } });
    const wrongKey = await requestAgent({ port: agent.port, key: randomBytes(32), path: '/v1/hello' });
    expect(wrongKey).toMatchObject({ status: 401, verified: false, text: '' });
    // The reply signature is HMAC(key, "GB1-reply\n" + nonce + "\n" + status + "\n" + sha256(body)).
    const headers = signed('GET', '/v1/hello');
    const res = await raw(agent.port, 'GET', '/v1/hello', { host, ...headers });
    const nonce = headers['x-glassbox-nonce']!;
    expect(res.headers['x-glassbox-sig']).toBe(
      createHmac('sha256', key)
        .update(`GB1-reply\n${nonce}\n200\n${bodyDigest(res.text)}`)
        .digest('hex'),
    );
    expect(requestSigningText('GET', '/v1/hello', headers['x-glassbox-ts']!, nonce, bodyDigest(''))).toMatch(
      /^GB1\nGET\n\/v1\/hello\n\d+\n[0-9a-f]{32}\n[0-9a-f]{64}$/,
    );
    const stop = await requestAgent({ port: agent.port, key, path: '/v1/shutdown', body: '{}' });
    expect(stop).toMatchObject({ status: 202, verified: true });
    await agent.closed;
  });

  it('should ignore and count a transcript_path that is not the session own transcript', async () => {
    const outside = join(tmp, 'secret.jsonl');
    await cp(FIXTURE, outside);
    const renamed = join(tmp, 'claude', 'projects', '-p', 'other.jsonl');
    await cp(FIXTURE, renamed);
    for (const path of [outside, renamed, `${tmp}/claude/projects/-p/../-p/${SESSION}.jsonl`]) {
      const body = JSON.stringify({
        session_id: SESSION,
        transcript_path: path,
        cwd: '/p',
        hook_event_name: 'Stop',
      });
      expect((await requestAgent({ port: agent.port, key, path: '/v1/hooks', body }))?.status).toBe(200);
    }
    expect(agent.status().ignored).toMatchObject({ transcript_path_refused: 3 });
    expect(agent.status().sessions[0]?.transcriptPath).not.toBe(outside);
    const good = await requestAgent({ port: agent.port, key, path: '/v1/hooks', body: hookBody() });
    expect(good?.status).toBe(200);
    expect(agent.status().sessions[0]?.transcriptPath).toBe(transcript);
  });
});
