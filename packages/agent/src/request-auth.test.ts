import { randomBytes } from 'node:crypto';
import { signAgentRequest, verifyAgentReply } from '@glassbox/spec';
import { describe, expect, it } from 'vitest';
import { RequestAuth } from './request-auth.js';

const key = randomBytes(32);
const random = (b: Uint8Array): void => b.set(randomBytes(b.length));

describe('RequestAuth', () => {
  const auth = (now = () => 1_000_000, maxNonces?: number) =>
    new RequestAuth({ key, port: () => 4000, now, ...(maxNonces !== undefined ? { maxNonces } : {}) });
  const headers = (
    over: Record<string, string> = {},
    nowMs = 1_000_000,
    body = '',
  ): Record<string, string> => ({
    host: '127.0.0.1:4000',
    ...signAgentRequest({ key, method: 'POST', path: '/v1/mod', body, nowMs, random }).headers,
    ...over,
  });

  it('should screen Host, Origin and Content-Type before the body is read', () => {
    const a = auth();
    const json = { 'content-type': 'application/json; charset=utf-8' };
    for (const host of ['127.0.0.1:4000', 'localhost:4000', '127.0.0.1', 'LOCALHOST'])
      expect(a.screen('POST', { host, ...json })).toEqual({ ok: true });
    for (const host of [
      undefined,
      'evil.example',
      '127.0.0.1:4001',
      'localhost.evil.example:4000',
      '[::1]:4000',
    ])
      expect(a.screen('GET', { ...(host ? { host } : {}) })).toMatchObject({ ok: false, status: 403 });
    expect(a.screen('GET', { host: 'localhost', origin: 'null' })).toMatchObject({ status: 403 });
    expect(a.screen('POST', { host: 'localhost' })).toMatchObject({ status: 415 });
    expect(a.screen('POST', { host: 'localhost', 'content-type': 'text/plain' })).toMatchObject({
      status: 415,
    });
    expect(a.screen('GET', { host: 'localhost' })).toEqual({ ok: true });
  });

  it('should accept a good signature once and refuse its replay', () => {
    const a = auth();
    const h = headers({}, 1_000_000, '{"a":1}');
    expect(a.verify('POST', '/v1/mod', h, Buffer.from('{"a":1}'))).toMatchObject({ ok: true });
    expect(a.verify('POST', '/v1/mod', h, Buffer.from('{"a":1}'))).toMatchObject({ reason: 'auth_replay' });
  });

  it('should refuse other bodies, paths, methods, stale or malformed headers', () => {
    const a = auth();
    const body = Buffer.from('{}');
    const h = headers({}, 1_000_000, '{}');
    expect(a.verify('POST', '/v1/mod', h, Buffer.from('{ }'))).toMatchObject({ reason: 'auth_bad_sig' });
    expect(a.verify('POST', '/v1/hooks', h, body)).toMatchObject({ reason: 'auth_bad_sig' });
    expect(a.verify('GET', '/v1/mod', h, body)).toMatchObject({ reason: 'auth_bad_sig' });
    expect(a.verify('POST', '/v1/mod', headers({}, 1_000_000 - 60_001, '{}'), body)).toMatchObject({
      reason: 'auth_stale',
    });
    expect(a.verify('POST', '/v1/mod', headers({}, 1_000_000 + 60_001, '{}'), body)).toMatchObject({
      reason: 'auth_stale',
    });
    const upper = { ...h, 'x-glassbox-sig': h['x-glassbox-sig']!.toUpperCase() };
    expect(a.verify('POST', '/v1/mod', upper, body)).toMatchObject({ status: 401, reason: 'auth_malformed' });
    expect(a.verify('POST', '/v1/mod', { host: 'localhost' }, body)).toMatchObject({
      reason: 'auth_missing',
    });
    // Still valid after all those refusals: they spent nothing.
    expect(a.verify('POST', '/v1/mod', h, body)).toMatchObject({ ok: true });
  });

  it('should keep at most maxNonces, never refuse a fresh request when full, and forget nonces after two minutes', () => {
    let now = 1_000_000;
    const a = auth(() => now, 3);
    const accepted: Record<string, string>[] = [];
    for (let i = 0; i < 5; i++) {
      now += 1;
      const h = headers({}, now);
      expect(a.verify('POST', '/v1/mod', h, Buffer.alloc(0))).toMatchObject({ ok: true });
      accepted.push(h);
    }
    expect(a.nonceCount).toBe(3);
    // Every accepted request's replay is refused: the remembered ones by nonce, the evicted ones by the floor.
    for (const [i, h] of accepted.entries())
      expect(a.verify('POST', '/v1/mod', h, Buffer.alloc(0))).toMatchObject({
        status: 401,
        reason: i < 2 ? 'auth_before_floor' : 'auth_replay',
      });
    now += 1;
    expect(a.verify('POST', '/v1/mod', headers({}, now), Buffer.alloc(0))).toMatchObject({ ok: true });
    expect(a.nonceCount).toBe(3);
    now += 120_001;
    expect(a.verify('POST', '/v1/mod', headers({}, now), Buffer.alloc(0))).toMatchObject({ ok: true });
    expect(a.nonceCount).toBe(1);
  });

  it('should sign replies the clients verify', () => {
    const sig = auth().signReply('ab'.repeat(16), 200, '{"ok":true}');
    expect(verifyAgentReply(key, 'ab'.repeat(16), 200, '{"ok":true}', sig)).toBe(true);
    expect(verifyAgentReply(key, 'ab'.repeat(16), 500, '{"ok":true}', sig)).toBe(false);
  });
});
