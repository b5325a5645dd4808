import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dropReply, pruneReplyDrops, REPLY_DROP_DIR } from './reply-drop.js';

const NONCE = '0123456789abcdef0123456789abcdef';
const homes: string[] = [];
async function home(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'glassbox-drop-'));
  homes.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of homes.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('dropReply', () => {
  it('should leave a non-empty answer under the nonce, 0600 in a 0700 directory, as the JSON sent', async () => {
    const h = await home();
    const body = { systemMessage: 'glassbox · 1 model call' };
    expect(await dropReply(h, NONCE, { status: 200, body })).toBe(true);
    const path = join(h, REPLY_DROP_DIR, NONCE);
    expect(await readFile(path, 'utf8')).toBe(JSON.stringify(body));
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(h, REPLY_DROP_DIR))).mode & 0o777).toBe(0o700);
    expect(await readdir(join(h, REPLY_DROP_DIR))).toEqual([NONCE]);
  });

  it('should leave nothing for an empty answer, a refusal or a nonce that is not one', async () => {
    const h = await home();
    expect(await dropReply(h, NONCE, { status: 200, body: {} })).toBe(false);
    expect(await dropReply(h, NONCE, { status: 503, body: { error: 'x' } })).toBe(false);
    expect(await dropReply(h, '../agent.key', { status: 200, body: { systemMessage: 'x' } })).toBe(false);
    await expect(readdir(join(h, REPLY_DROP_DIR))).rejects.toThrow();
  });

  it('should remove drops older than a minute once several wait, and keep fresh ones', async () => {
    const h = await home();
    const dir = join(h, REPLY_DROP_DIR);
    for (let i = 0; i < 20; i++)
      await dropReply(h, i.toString(16).padStart(32, '0'), { status: 200, body: { systemMessage: `${i}` } });
    const now = Date.now();
    for (let i = 0; i < 10; i++) {
      const old = new Date(now - 120_000);
      await utimes(join(dir, i.toString(16).padStart(32, '0')), old, old);
    }
    await writeFile(join(dir, 'unrelated'), '');
    await pruneReplyDrops(h, now);
    expect((await readdir(dir)).length).toBe(11);
  });
});
