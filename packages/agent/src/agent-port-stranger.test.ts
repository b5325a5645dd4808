import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requestAgent } from '@glassbox/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAgentKey } from './agent-key.js';
import type { GlassboxAgent } from './glassbox-agent.js';
import { startTestAgent } from './start-test-agent.fixture.js';

/** An agent for one "user": its own config dir, so its own home, key and data. */
function startAgentOf(root: string, port: number): Promise<GlassboxAgent> {
  return startTestAgent(root, { port }, { bindRetryMs: 10_000 });
}

describe('an agent whose configured port is held by a stranger', () => {
  let tmp: string;
  const stops: Array<() => Promise<unknown>> = [];

  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-port-'));
  });

  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
    await rm(tmp, { recursive: true, force: true });
  });

  it("should listen on a free port at once when another user's agent holds it, and each serves its own key", async () => {
    const a = await startAgentOf(join(tmp, 'a'), 0);
    stops.push(() => a.stop('test over'));
    const started = Date.now();
    const b = await startAgentOf(join(tmp, 'b'), a.port);
    stops.push(() => b.stop('test over'));
    // Not the whole 10 s bind retry: the holder's reply does not verify with b's key, so b does not wait for it.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(b.port).not.toBe(a.port);
    const homeB = join(tmp, 'b', 'claude', 'glassbox');
    expect(await readFile(join(homeB, 'agent.endpoint'), 'utf8')).toContain(`port=${b.port}\n`);
    const keyA = (await readAgentKey(join(tmp, 'a', 'claude', 'glassbox')))!;
    const keyB = (await readAgentKey(homeB))!;
    expect(await requestAgent({ port: b.port, key: keyB, path: '/v1/hello' })).toMatchObject({
      verified: true,
    });
    expect(await requestAgent({ port: a.port, key: keyA, path: '/v1/hello' })).toMatchObject({
      verified: true,
    });
    expect((await requestAgent({ port: a.port, key: keyB, path: '/v1/hello' }))?.verified).not.toBe(true);
  });

  it('should not wait for a listener that answers unsigned', async () => {
    const stranger: Server = createServer((_req, res) => res.end('{"ok":true}'));
    await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve));
    stops.push(() => new Promise((resolve) => stranger.close(resolve)));
    const port = (stranger.address() as AddressInfo).port;
    const agent = await startAgentOf(join(tmp, 'c'), port);
    stops.push(() => agent.stop('test over'));
    expect(agent.port).not.toBe(port);
  });
});
