import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, stopAgent, useAgentHome } from '../../glassbox-lite/test/e2e-helpers.js';
import { agentProcesses, eventually, REPO_DIR } from './e2e-helpers.js';

const ROUNDS = 4;

/**
 * Lite's and the full plugin's SessionStart scripts at the same instant, with no agent running (a first session
 * with both installed): the full plugin's agent serves, and Lite's agent never listened — a Lite agent that won the
 * port could take the session's first prompt and export it before the full one replaced it.
 */
describe('ensure-agent.sh of Lite and of the full plugin at once', () => {
  let tmp: string;
  let home: string;
  let port: number;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-ensure-both-'));
    home = join(tmp, '.claude', 'glassbox');
    useAgentHome(home);
  });

  afterEach(async () => {
    await stopAgent(port);
    for (const pid of await agentProcesses(home)) process.kill(pid, 'SIGTERM');
    await eventually('no agent left', async () => (await agentProcesses(home)).length === 0, 30_000);
  });

  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  const run = (plugin: 'glassbox-lite' | 'glassbox', round: number): Promise<unknown> =>
    promisify(execFile)('bash', [join(REPO_DIR, 'plugins', plugin, 'hooks', 'ensure-agent.sh')], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: tmp,
        CLAUDE_PLUGIN_ROOT: join(REPO_DIR, 'plugins', plugin),
        CLAUDE_PLUGIN_DATA: join(tmp, `${plugin}-${round}`),
        CLAUDE_PLUGIN_OPTION_AGENTPORT: String(port),
        CLAUDE_PLUGIN_OPTION_EXPORTERS: 'file',
      },
      timeout: 10_000,
    });

  it(`should leave the full plugin's agent serving and Lite's never listening (${ROUNDS} rounds)`, async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      port = await freePort();
      await Promise.all([run('glassbox-lite', round), run('glassbox', round)]);
      // Lite's agent, if it started, has decided by now (it stands down or listens within its 10 s wait); under
      // load the full one may still be starting when the scripts give up (their 2.2 s bound).
      await eventually(
        'one agent serving, one agent process left',
        async () =>
          (await readFile(join(home, 'agent.endpoint'), 'utf8').catch(() => '')) !== '' &&
          (await agentProcesses(home)).length === 1,
        30_000,
      ).catch(() => undefined);
      const endpoint = await readFile(join(home, 'agent.endpoint'), 'utf8').catch(() => '');
      const liteLog = await readFile(join(tmp, `glassbox-lite-${round}`, 'agent.log'), 'utf8').catch(
        () => '',
      );
      outcomes.push(
        `${/^plugin=(.*)$/m.exec(endpoint)?.[1] ?? 'none'}${liteLog.includes(' listening on ') ? ' +lite listened' : ''}`,
      );
    }
    expect(outcomes).toEqual(Array.from({ length: ROUNDS }, () => 'glassbox'));
  }, 180_000);
});
