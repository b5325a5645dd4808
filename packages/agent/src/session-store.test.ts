import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSafeSessionId, type SessionState, SessionStore } from './session-store.js';

const state = (sessionId: string): SessionState => ({
  sessionId,
  offsets: { '/t.jsonl': 120 },
  ended: true,
  lastActivityMs: 5,
  delivered: { file: { spans: ['a'], logs: ['b'] } },
  modAlive: true,
  counted: ['a'],
});

describe('SessionStore', () => {
  let dir: string;
  let store: SessionStore;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'glassbox-store-'));
    store = new SessionStore(dir);
    await store.init();
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('should keep traces and checkpoints apart: sessions/ holds only traces', async () => {
    await store.saveState(state('s1'));
    await store.saveTrace('s1', { kind: 'session' });
    expect(await readdir(join(dir, 'sessions'))).toEqual(['s1.json']);
    expect(await readdir(join(dir, 'state'))).toEqual(['s1.json']);
    expect(await store.loadState('s1')).toEqual(state('s1'));
    expect(await store.loadState('missing')).toBeUndefined();
  });

  it('should load a state written before it listed the counted span ids', async () => {
    const { counted: _, ...old } = state('s1');
    await writeFile(store.statePath('s1'), JSON.stringify(old));
    expect(await store.loadState('s1')).toEqual({ ...old, counted: [] });
  });

  it('should load a state missing any one field, with that field defaulted and counted', async () => {
    for (const field of ['offsets', 'ended', 'lastActivityMs', 'delivered', 'modAlive'] as const) {
      const { [field]: _, ...rest } = state('s1');
      await writeFile(store.statePath('s1'), JSON.stringify(rest));
      const loaded = await store.loadState('s1');
      expect(loaded, field).toMatchObject({ sessionId: 's1', counted: ['a'] });
    }
    expect(store.repaired).toBe(5);
  });

  it('should coerce fields of the wrong type instead of failing the session', async () => {
    await writeFile(
      store.statePath('s1'),
      JSON.stringify({
        ...state('s1'),
        offsets: { a: 'x', b: 3 },
        delivered: { file: 5, otlp: { spans: [1, 'z'] } },
        lastActivityMs: 'now',
      }),
    );
    expect(await store.loadState('s1')).toMatchObject({
      offsets: { b: 3 },
      delivered: { otlp: { spans: ['z'], logs: [] } },
      lastActivityMs: 0,
    });
  });

  it('should move a corrupt state file aside, count it and keep loading the others', async () => {
    await store.saveState(state('good'));
    await writeFile(store.statePath('bad'), '{"sessionId":"bad","offs');
    await writeFile(store.statePath('arr'), '[1,2]');
    expect(await store.loadState('bad')).toBeUndefined();
    expect(await store.loadState('arr')).toBeUndefined();
    expect(await store.loadState('good')).toEqual(state('good'));
    expect(store.quarantined).toBe(2);
    const names = await readdir(join(dir, 'state'));
    expect(names.filter((n) => /\.json\.corrupt-\d+$/.test(n))).toHaveLength(2);
    expect((await store.list()).map((s) => s.sessionId)).toEqual(['good']);
  });

  it('should refuse session ids that could leave its directories', async () => {
    for (const id of ['../x', 'a/b', '', '.', '..', 'x'.repeat(201)])
      expect(isSafeSessionId(id), id).toBe(false);
    expect(isSafeSessionId('6eb9f5e5-5b64-490c-86cb-0817febb3931')).toBe(true);
    await store.saveState(state('../escape'));
    expect(await readdir(dir)).toEqual(['sessions', 'state']);
  });

  it('should delete the files of sessions idle past the retention', async () => {
    await store.saveState(state('old'));
    await store.saveTrace('old', {});
    await store.saveState(state('new'));
    const longAgo = new Date(Date.now() - 40 * 24 * 3600_000);
    await utimes(store.statePath('old'), longAgo, longAgo);
    expect(await store.pruneOlderThan(30 * 24 * 3600_000, Date.now())).toBe(1);
    expect(await readdir(join(dir, 'state'))).toEqual(['new.json']);
    expect(await readdir(join(dir, 'sessions'))).toEqual([]);
  });
});
