import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGENT_ENDPOINT_FILE, formatAgentEndpoint } from '@glassbox/spec';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AgentProcess,
  agentProcessesOf,
  higherRankAgent,
  standDownForHigherRank,
} from './higher-rank-agent.js';

describe('higherRankAgent (a lower-ranked agent makes way before it listens)', () => {
  let home: string;
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'glassbox-rank-'));
  });

  afterEach(async () => {
    for (const c of children.splice(0)) c.kill('SIGKILL');
    await rm(home, { recursive: true, force: true });
  });

  /** A live process that looks like `node …/glassbox/dist/agent.mjs` started for `plugin` in `agentHome`. */
  async function fakeAgent(plugin: string, agentHome: string): Promise<number> {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)', '/p/dist/agent.mjs'], {
      stdio: 'ignore',
      env: { ...process.env, GLASSBOX_HOME: agentHome, GLASSBOX_PLUGIN: plugin },
    });
    children.push(child);
    for (let i = 0; i < 400; i++) {
      if (agentProcessesOf(agentHome).some((p) => p.pid === child.pid)) return child.pid!;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('the fake agent did not start');
  }

  it('should find the agent processes of one home by their environment', async () => {
    const pid = await fakeAgent('glassbox', home);
    const other = await fakeAgent('glassbox', join(home, 'elsewhere'));
    const found = agentProcessesOf(home);
    expect(found).toContainEqual({ pid, plugin: 'glassbox' });
    expect(found.map((p) => p.pid)).not.toContain(other);
  });

  it('should wait while a higher-ranked agent starts and return it once it serves', async () => {
    const pid = await fakeAgent('glassbox', home);
    setTimeout(
      () =>
        void writeFile(
          join(home, AGENT_ENDPOINT_FILE),
          formatAgentEndpoint({ port: 41999, pid, plugin: 'glassbox' }),
        ),
      300,
    );
    const started = Date.now();
    const serving = await higherRankAgent({ home, plugin: 'glassbox-lite', waitMs: 10_000, pollMs: 20 });
    expect(serving).toMatchObject({ port: 41999, pid, plugin: 'glassbox' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    // The agent's start rejects with the code its process exits 0 on.
    await expect(
      standDownForHigherRank({ home, plugin: 'glassbox-lite', waitMs: 1_000 }),
    ).rejects.toMatchObject({ code: 'AGENT_UNAVAILABLE', data: { pid, port: 41999 } });
    await expect(
      standDownForHigherRank({ home, plugin: 'glassbox', waitMs: 1_000 }),
    ).resolves.toBeUndefined();
  });

  it('should start when the higher-ranked agent exits without serving, or none runs', async () => {
    let alive = true;
    const list = (): AgentProcess[] => (alive ? [{ pid: 1, plugin: 'glassbox' }] : []);
    setTimeout(() => {
      alive = false;
    }, 200);
    const args = { home, plugin: 'glassbox-lite', waitMs: 10_000, pollMs: 20, agentProcesses: list };
    expect(await higherRankAgent(args)).toBeUndefined();
    expect(alive).toBe(false);
    expect(await higherRankAgent({ ...args, agentProcesses: () => [] })).toBeUndefined();
  });

  it('should not wait for an agent of equal or lower rank, nor past its wait', async () => {
    const lower = (): AgentProcess[] => [
      { pid: 1, plugin: 'glassbox-lite' },
      { pid: 2, plugin: 'glassbox' },
    ];
    // The highest rank waits for nobody; Lite for nobody of its own rank.
    expect(await higherRankAgent({ home, plugin: 'glassbox', waitMs: 5_000, agentProcesses: lower })).toBe(
      undefined,
    );
    const same = (): AgentProcess[] => [{ pid: 1, plugin: 'glassbox-lite' }];
    expect(
      await higherRankAgent({ home, plugin: 'glassbox-lite', waitMs: 5_000, agentProcesses: same }),
    ).toBeUndefined();
    const started = Date.now();
    const hung = (): AgentProcess[] => [{ pid: 1, plugin: 'glassbox-audit' }];
    expect(
      await higherRankAgent({ home, plugin: 'glassbox-lite', waitMs: 200, pollMs: 20, agentProcesses: hung }),
    ).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('should not stand down for an endpoint naming a lower rank or a gone process', async () => {
    await writeFile(
      join(home, AGENT_ENDPOINT_FILE),
      formatAgentEndpoint({ port: 41999, pid: 999_999_999, plugin: 'glassbox' }),
    );
    expect(
      await higherRankAgent({ home, plugin: 'glassbox-lite', waitMs: 1_000, agentProcesses: () => [] }),
    ).toBeUndefined();
  });
});
