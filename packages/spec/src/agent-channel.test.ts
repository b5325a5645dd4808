import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  agentHomeOf,
  formatAgentEndpoint,
  parseAgentEndpoint,
  parseAgentKey,
  replySigningText,
  requestSigningText,
  signAgentRequest,
  verifyAgentReply,
} from './agent-channel.js';

const key = randomBytes(32);
const random = (b: Uint8Array): void => {
  b.set(randomBytes(b.length));
};

describe('signAgentRequest', () => {
  it('should sign the BRIEF message with the raw key bytes, lowercase hex, as node:crypto would', () => {
    const body = '{"prompt":"é ✓"}';
    const signed = signAgentRequest({ key, method: 'POST', path: '/v1/mod', body, nowMs: 1234.5, random });
    const { 'x-glassbox-ts': ts, 'x-glassbox-nonce': nonce, 'x-glassbox-sig': sig } = signed.headers;
    expect(ts).toBe('1234');
    expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(nonce).toBe(signed.nonce);
    const digest = createHash('sha256').update(Buffer.from(body, 'utf8')).digest('hex');
    const text = `GB1\nPOST\n/v1/mod\n1234\n${nonce}\n${digest}`;
    expect(requestSigningText('POST', '/v1/mod', '1234', nonce!, digest)).toBe(text);
    expect(sig).toBe(createHmac('sha256', key).update(text).digest('hex'));
  });

  it('should give a fresh nonce each time', () => {
    const a = signAgentRequest({ key, method: 'GET', path: '/v1/hello', nowMs: 1, random });
    const b = signAgentRequest({ key, method: 'GET', path: '/v1/hello', nowMs: 1, random });
    expect(a.nonce).not.toBe(b.nonce);
  });
});

describe('verifyAgentReply', () => {
  const nonce = 'ab'.repeat(16);
  const body = '{"ok":true}';
  const sig = createHmac('sha256', key)
    .update(replySigningText(nonce, 200, createHash('sha256').update(body).digest('hex')))
    .digest('hex');

  it('should accept the signature node:crypto makes over nonce, status and body', () => {
    expect(verifyAgentReply(key, nonce, 200, body, sig)).toBe(true);
  });

  it('should refuse another nonce, status, body, key, or a missing or malformed signature', () => {
    expect(verifyAgentReply(key, 'cd'.repeat(16), 200, body, sig)).toBe(false);
    expect(verifyAgentReply(key, nonce, 201, body, sig)).toBe(false);
    expect(verifyAgentReply(key, nonce, 200, '{"ok":false}', sig)).toBe(false);
    expect(verifyAgentReply(randomBytes(32), nonce, 200, body, sig)).toBe(false);
    expect(verifyAgentReply(key, nonce, 200, body, undefined)).toBe(false);
    expect(verifyAgentReply(key, nonce, 200, body, sig.toUpperCase())).toBe(false);
    expect(verifyAgentReply(key, nonce, 200, body, sig.slice(2))).toBe(false);
  });
});

describe('parseAgentKey', () => {
  it('should take 64 lowercase hex digits with or without the newline, nothing else', () => {
    const hex = key.toString('hex');
    expect(Buffer.from(parseAgentKey(`${hex}\n`)!)).toEqual(key);
    expect(Buffer.from(parseAgentKey(hex)!)).toEqual(key);
    expect(parseAgentKey(hex.toUpperCase())).toBeUndefined();
    expect(parseAgentKey(`${hex}\n\n`)).toBeUndefined();
    expect(parseAgentKey(hex.slice(1))).toBeUndefined();
  });
});

describe('agentHomeOf', () => {
  it('should prefer GLASSBOX_HOME, then CLAUDE_CONFIG_DIR, then HOME/.claude', () => {
    expect(agentHomeOf({ GLASSBOX_HOME: '/g', CLAUDE_CONFIG_DIR: '/c', HOME: '/h' })).toBe('/g');
    expect(agentHomeOf({ CLAUDE_CONFIG_DIR: '/c/', HOME: '/h' })).toBe('/c/glassbox');
    expect(agentHomeOf({ HOME: '/h' })).toBe('/h/.claude/glassbox');
    expect(agentHomeOf({ GLASSBOX_HOME: '', CLAUDE_CONFIG_DIR: '', HOME: '/h' })).toBe('/h/.claude/glassbox');
    expect(agentHomeOf({})).toBeUndefined();
  });
});

describe('agent.endpoint', () => {
  it('should round-trip and refuse a file without a valid port', () => {
    const e = { port: 47821, pid: 12, startedMs: 1700000000000, plugin: 'glassbox-lite' };
    expect(parseAgentEndpoint(formatAgentEndpoint(e))).toEqual(e);
    expect(parseAgentEndpoint('port=80\n')).toEqual({ port: 80 });
    expect(parseAgentEndpoint('pid=3\n')).toBeUndefined();
    expect(parseAgentEndpoint('port=70000\n')).toBeUndefined();
    expect(parseAgentEndpoint('port=-1\n')).toBeUndefined();
  });
});
