import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { agentHealth, freePort, PLUGIN_DIR, stopAgent } from './e2e-helpers.js';

const SCRIPT = join(PLUGIN_DIR, 'hooks', 'ensure-agent.sh');

describe('hooks/ensure-agent.sh (the SessionStart hook)', () => {
  let tmp: string;
  let port: number;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-ensure-'));
  });

  afterEach(async () => {
    await stopAgent(port);
  });

  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  const run = async (env: Record<string, string> = {}, data = join(tmp, 'data')): Promise<void> => {
    await promisify(execFile)('bash', [SCRIPT], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: tmp,
        CLAUDE_PLUGIN_ROOT: PLUGIN_DIR,
        CLAUDE_PLUGIN_DATA: data,
        CLAUDE_PLUGIN_OPTION_AGENTPORT: String(port),
        ...env,
      },
      timeout: 10_000,
    });
  };

  it('should start the agent when none runs, and leave it alone when its configuration is the same', async () => {
    port = await freePort();
    await run();
    // The script waits until the agent answers before it returns.
    const first = await agentHealth(port);
    expect(first).toMatchObject({ port });
    await run();
    expect((await agentHealth(port))?.pid).toBe(first?.pid);
  });

  it('should restart the agent when an option changed', async () => {
    port = await freePort();
    await run({ CLAUDE_PLUGIN_OPTION_SAMPLINGRATE: '1' });
    const before = await agentHealth(port);
    await run({ CLAUDE_PLUGIN_OPTION_SAMPLINGRATE: '0.5' });
    const after = await agentHealth(port);
    expect(after?.pid).not.toBe(before?.pid);
    expect(after?.configHash).not.toBe(before?.configHash);
  });

  it('should not loop on restarts when paths hold characters JSON escapes', async () => {
    port = await freePort();
    const data = join(tmp, 'odd "data" \\ dir');
    await run({}, data);
    const first = await agentHealth(port);
    expect(first).toBeDefined();
    await run({}, data);
    expect((await agentHealth(port))?.pid).toBe(first?.pid);
  });

  it('should exit 0 and start nothing when something else holds the port', async () => {
    port = await freePort();
    const other: Server = createServer((_req, res) => res.end('not glassbox'));
    await new Promise<void>((resolve) => other.listen(port, '127.0.0.1', resolve));
    try {
      await run();
      expect(await agentHealth(port)).toBeUndefined();
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
