import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { channelFiles, channelOf, replyVerified, signedCall } from './mod-channel.js';

const key = randomBytes(32);
const keyText = `${key.toString('hex')}\n`;

describe('mod channel', () => {
  it('should find the files like the agent does', () => {
    expect(channelFiles({ HOME: '/h' })).toEqual({
      keyPath: '/h/.claude/glassbox/agent.key',
      endpointPath: '/h/.claude/glassbox/agent.endpoint',
    });
    expect(channelFiles({ GLASSBOX_HOME: '/g', HOME: '/h' })?.keyPath).toBe('/g/agent.key');
    expect(channelFiles({})).toBeUndefined();
  });

  it('should take the port from agent.endpoint, else the configured one, and refuse a bad key', () => {
    expect(channelOf(keyText, 'port=4000\npid=1\n', 47821)?.port).toBe(4000);
    expect(channelOf(keyText, undefined, 47821)?.port).toBe(47821);
    expect(channelOf(keyText, 'garbage', 47821)?.port).toBe(47821);
    expect(channelOf('nope', 'port=4000\n', 47821)).toBeUndefined();
    expect(channelOf(undefined, 'port=4000\n', 47821)).toBeUndefined();
  });

  it('should sign the body as node:crypto would and verify only a reply signed for its nonce', () => {
    const channel = channelOf(keyText, 'port=4000\n', 1)!;
    const body = '{"events":["é"]}';
    const c = signedCall(channel, 'POST', '/v1/mod', body, 1_700_000_000_000);
    expect(c.url).toBe('http://127.0.0.1:4000/v1/mod');
    const h = c.init.headers!;
    expect(h['content-type']).toBe('application/json');
    const digest = createHash('sha256').update(body, 'utf8').digest('hex');
    expect(h['x-glassbox-sig']).toBe(
      createHmac('sha256', key)
        .update(`GB1\nPOST\n/v1/mod\n1700000000000\n${c.nonce}\n${digest}`)
        .digest('hex'),
    );
    const text = '{"accepted":1}';
    const sig = createHmac('sha256', key)
      .update(`GB1-reply\n${c.nonce}\n200\n${createHash('sha256').update(text).digest('hex')}`)
      .digest('hex');
    expect(
      replyVerified(channel, c, { status: 200, ok: true, text, headers: { 'x-glassbox-sig': sig } }),
    ).toBe(true);
    expect(replyVerified(channel, c, { status: 200, ok: true, text })).toBe(false);
    expect(
      replyVerified(channel, c, { status: 201, ok: true, text, headers: { 'x-glassbox-sig': sig } }),
    ).toBe(false);
    const other = signedCall(channel, 'POST', '/v1/mod', body, 1_700_000_000_000);
    expect(other.nonce).not.toBe(c.nonce);
    expect(
      replyVerified(channel, other, { status: 200, ok: true, text, headers: { 'x-glassbox-sig': sig } }),
    ).toBe(false);
  });
});
