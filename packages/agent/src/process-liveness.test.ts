import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configDirOf, ProcessLiveness, processState } from './process-liveness.js';

const linux = process.platform === 'linux';

async function procStart(pid: number): Promise<string> {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ')[19]!;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

describe('ProcessLiveness', () => {
  let root: string;
  let child: ChildProcess;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'glassbox-liveness-'));
    await mkdir(join(root, 'sessions'));
    await mkdir(join(root, 'projects', 'p'), { recursive: true });
    child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    await new Promise((resolve) => child.once('spawn', resolve));
  });

  afterEach(async () => {
    child.kill('SIGKILL');
    await exited(child);
    await rm(root, { recursive: true, force: true });
  });

  const writeSessionFile = (pid: number, sessionId: string, start?: string) =>
    writeFile(
      join(root, 'sessions', `${pid}.json`),
      JSON.stringify({ pid, sessionId, ...(start ? { procStart: start } : {}), kind: 'interactive' }),
    );

  it('should derive the config dir from a transcript path', () => {
    expect(configDirOf(join(root, 'projects', 'p', 's.jsonl'))).toBe(root);
    expect(configDirOf('/x/y/s.jsonl')).toBeUndefined();
  });

  it('should report a session gone once its process is killed, and only then', async () => {
    const pid = child.pid!;
    await writeSessionFile(pid, 's1', linux ? await procStart(pid) : undefined);
    const liveness = new ProcessLiveness({ claudeConfigDir: join(root, 'elsewhere') });
    const sessions = [{ sessionId: 's1', transcriptPath: join(root, 'projects', 'p', 's1.jsonl') }];
    expect(await liveness.gone(sessions)).toEqual([]);
    expect(await liveness.gone(sessions)).toEqual([]);
    child.kill('SIGKILL');
    await exited(child);
    expect(await liveness.gone(sessions)).toEqual(['s1']);
  });

  it.runIf(linux)('should not take a reused pid for the session process (start time differs)', async () => {
    const pid = child.pid!;
    const start = await procStart(pid);
    expect(await processState({ pid, procStart: start })).toBe('alive');
    expect(await processState({ pid, procStart: String(Number(start) + 1) })).toBe('gone');
  });

  it('should prefer the live process of a resumed session over the stale file of a killed one', async () => {
    const pid = child.pid!;
    await writeSessionFile(pid, 's2', linux ? await procStart(pid) : undefined);
    // A pid that cannot run: its process was killed and left its file behind.
    await writeSessionFile(2_147_483_646, 's2');
    const liveness = new ProcessLiveness({ claudeConfigDir: root });
    expect(await liveness.gone([{ sessionId: 's2' }])).toEqual([]);
  });

  it('should ignore sessions it finds no process for, and files that are not session files', async () => {
    await writeFile(join(root, 'sessions', '123.json'), '{not json');
    await writeFile(join(root, 'sessions', 'x.json'), JSON.stringify({ pid: 5, sessionId: 's3' }));
    await writeSessionFile(2_147_483_645, 'other');
    const liveness = new ProcessLiveness({ claudeConfigDir: root });
    expect(await liveness.gone([{ sessionId: 's3' }])).toEqual([]);
  });
});
