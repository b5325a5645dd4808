import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Spool, type SpoolIo, type SpoolRecord } from './spool.js';

describe('Spool', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'glassbox-spool-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const reopen = async (options = {}): Promise<{ spool: Spool; records: SpoolRecord[]; corrupt: number }> => {
    const spool = new Spool(dir, options);
    const records: SpoolRecord[] = [];
    const { corrupt } = await spool.open((r) => records.push(r));
    return { spool, records, corrupt };
  };

  it('should have a record on disk once append resolves', async () => {
    const { spool } = await reopen();
    const record = await spool.append('hook', ['s1'], { hook_event_name: 'Stop' }, 1234);
    const files = await readdir(dir);
    const text = await readFile(join(dir, files[0]!), 'utf8');
    expect(JSON.parse(text.trim())).toEqual(record);
    expect(record).toMatchObject({ n: 1, t: 1234, ch: 'hook', s: ['s1'] });
    await spool.close();
  });

  it('should replay every record in order after a restart and keep numbering', async () => {
    const first = await reopen();
    const written = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        first.spool.append(i % 2 ? 'mod' : 'hook', [`s${i % 3}`], { i }, i),
      ),
    );
    await first.spool.close();
    const second = await reopen();
    expect(second.records).toEqual(written);
    expect(second.records.map((r) => r.n)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await second.spool.append('hook', ['s9'], {}, 99)).n).toBe(21);
    await second.spool.close();
  });

  it('should skip a line a crash cut short and count it', async () => {
    const first = await reopen();
    await first.spool.append('hook', ['s1'], { ok: true }, 1);
    await first.spool.close();
    const [name] = await readdir(dir);
    await appendFile(join(dir, name!), '{"n":2,"t":2,"ch":"ho');
    const second = await reopen();
    expect(second.records).toHaveLength(1);
    expect(second.corrupt).toBe(1);
    await second.spool.close();
  });

  it('should cut a torn tail off the file, so the next record starts a clean line', async () => {
    const first = await reopen();
    await first.spool.append('hook', ['s1'], { ok: true }, 1);
    await first.spool.close();
    const [name] = await readdir(dir);
    await appendFile(join(dir, name!), '{"n":2,"t":2,"ch":"ho');
    const second = await reopen();
    await second.spool.close();
    const text = await readFile(join(dir, name!), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trim().split('\n')).toHaveLength(1);
  });

  it('should finish a short write by writing the rest', async () => {
    let calls = 0;
    const io: SpoolIo = {
      // At most 7 bytes per call.
      write: async (h, data, offset, length) => {
        calls++;
        return (await h.write(data, offset, Math.min(7, length))).bytesWritten;
      },
      sync: (h) => h.sync(),
    };
    const { spool } = await reopen({ io });
    const written = await Promise.all([1, 2, 3].map((i) => spool.append('hook', ['s'], { i }, i)));
    expect(calls).toBeGreaterThan(3);
    expect(spool.shortWrites).toBeGreaterThan(0);
    await spool.close();
    expect((await reopen()).records).toEqual(written);
  });

  it('should reject a batch hit by ENOSPC mid-write, leave no torn line and keep appending after', async () => {
    let fail = true;
    const io: SpoolIo = {
      write: async (h, data, offset, length) => {
        if (fail) {
          fail = false;
          // Half of it reaches the file, then the disk is full.
          await h.write(data, offset, Math.floor(length / 2));
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        }
        return (await h.write(data, offset, length)).bytesWritten;
      },
      sync: (h) => h.sync(),
    };
    const { spool } = await reopen({ io });
    await expect(spool.append('hook', ['s'], { lost: true }, 1)).rejects.toMatchObject({ code: 'SPOOL_IO' });
    const kept = await spool.append('hook', ['s'], { kept: true }, 2);
    expect(spool.failedWrites).toBe(1);
    await spool.close();
    const after = await reopen();
    expect(after.records).toEqual([kept]);
    expect(after.corrupt).toBe(0);
    await after.spool.close();
  });

  it('should fail an append whose fsync fails (EIO)', async () => {
    const io: SpoolIo = {
      write: async (h, data, offset, length) => (await h.write(data, offset, length)).bytesWritten,
      sync: async () => {
        throw Object.assign(new Error('i/o error'), { code: 'EIO' });
      },
    };
    const { spool } = await reopen({ io });
    await expect(spool.append('hook', ['s'], {}, 1)).rejects.toMatchObject({ code: 'SPOOL_IO' });
    await spool.close();
    expect((await reopen()).records).toEqual([]);
  });

  it('should move a segment with nothing readable aside and load the others', async () => {
    const first = await reopen();
    await first.spool.append('hook', ['s1'], { ok: true }, 1);
    await first.spool.close();
    await writeFile(join(dir, '00000000.jsonl'), 'garbage\n{"not":"a record"}\n');
    const second = await reopen();
    expect(second.records).toHaveLength(1);
    await second.spool.close();
    expect((await readdir(dir)).some((n) => /^00000000\.jsonl\.corrupt-\d+$/.test(n))).toBe(true);
  });

  it('should start new segments past the size limit and delete those whose sessions are done', async () => {
    const { spool } = await reopen({ segmentBytes: 100 });
    for (let i = 0; i < 6; i++)
      await spool.append('hook', [i < 3 ? 'done' : 'open'], { pad: 'x'.repeat(100) }, i);
    const before = spool.segmentCount;
    expect(before).toBeGreaterThan(2);
    const removed = await spool.prune((s) => s === 'done');
    expect(removed).toBeGreaterThan(0);
    expect(spool.segmentCount).toBe(before - removed);
    await spool.close();
    const after = await reopen();
    expect(after.records.every((r) => r.s[0] === 'open')).toBe(true);
    expect(after.records).toHaveLength(3);
    await after.spool.close();
  });

  it('should drop the oldest segments when it outgrows its total limit', async () => {
    const { spool } = await reopen({ segmentBytes: 150, maxTotalBytes: 600 });
    for (let i = 0; i < 20; i++) await spool.append('hook', ['s'], { pad: 'y'.repeat(100) }, i);
    expect(spool.bytes).toBeLessThanOrEqual(600 + 300);
    expect(spool.droppedSegments).toBeGreaterThan(0);
    // Every record of a dropped segment is counted.
    expect(spool.droppedRecords).toBeGreaterThanOrEqual(spool.droppedSegments);
    await spool.close();
    const after = await reopen();
    expect(after.records.length + spool.droppedRecords).toBe(20);
    await after.spool.close();
  });

  it('should refuse appends once closed', async () => {
    const { spool } = await reopen();
    await spool.close();
    await expect(spool.append('hook', [], {}, 1)).rejects.toMatchObject({ code: 'SPOOL_IO' });
  });
});
