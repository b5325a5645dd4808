import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAgentEndpoint } from './agent-key.js';
import { AGENT_SEEN_FILE, claimIdleExit } from './idle-exit.js';

describe('claimIdleExit', () => {
  let home: string;
  const endpoint = { port: 41234, pid: process.pid, startedMs: 1, plugin: 'glassbox-lite' };
  const endpointText = () => readFile(join(home, 'agent.endpoint'), 'utf8').catch(() => undefined);
  const markSeen = async (atMs: number): Promise<void> => {
    await writeFile(join(home, AGENT_SEEN_FILE), 'x\n');
    await utimes(join(home, AGENT_SEEN_FILE), atMs / 1000, atMs / 1000);
  };

  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'glassbox-idle-'));
    await writeAgentEndpoint(home, endpoint);
  });
  afterEach(() => rm(home, { recursive: true, force: true }));

  it('should withdraw agent.endpoint and allow the exit when no session start marked agent.seen since', async () => {
    expect(await claimIdleExit(home, endpoint, Date.now() - 1000)).toBe(true);
    expect(await endpointText()).toBeUndefined();
    await writeAgentEndpoint(home, endpoint);
    await markSeen(Date.now() - 60_000);
    expect(await claimIdleExit(home, endpoint, Date.now() - 1000)).toBe(true);
    expect(await endpointText()).toBeUndefined();
  });

  it('should stay, endpoint untouched, when a session start trusted it within the idle time', async () => {
    const before = await endpointText();
    await markSeen(Date.now());
    expect(await claimIdleExit(home, endpoint, Date.now() - 60_000)).toBe(false);
    expect(await endpointText()).toBe(before);
  });

  it("should leave a newer agent's endpoint alone", async () => {
    await writeAgentEndpoint(home, { ...endpoint, pid: 999_999_999, port: 1 });
    expect(await claimIdleExit(home, endpoint, Date.now() - 1000)).toBe(true);
    expect(await endpointText()).toMatch(/^pid=999999999$/m);
  });
});
