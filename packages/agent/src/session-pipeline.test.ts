import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionPipeline } from './session-pipeline.js';

const FIXTURE = join(import.meta.dirname, '__fixtures__', 'two-tools.jsonl');
const SESSION = 'a47a450d-d36d-4623-8aed-a6a3f6fad8b7';

describe('SessionPipeline', () => {
  let tmp: string;
  let transcript: string;

  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-pipeline-'));
    await mkdir(join(tmp, 'projects', '-p'), { recursive: true });
    transcript = join(tmp, 'projects', '-p', `${SESSION}.jsonl`);
    await cp(FIXTURE, transcript);
  });

  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('should skip an id only once every exporter has checkpointed it', () => {
    const p = new SessionPipeline({ sessionId: SESSION, claudeConfigDir: tmp, exporters: ['a', 'b'] });
    p.markDelivered('a', ['s1', 's2'], ['l1']);
    expect([...p.skip]).toEqual([]);
    p.markDelivered('b', ['s1'], ['l1']);
    expect([...p.skip].sort()).toEqual(['l1', 's1']);
    // Checkpoints stay duplicate-free arrays (the state file's JSON).
    p.markDelivered('a', ['s1'], []);
    expect(p.state.delivered).toEqual({
      a: { spans: ['s1', 's2'], logs: ['l1'] },
      b: { spans: ['s1'], logs: ['l1'] },
    });
    expect(p.deliveredView().a?.spans.has('s2')).toBe(true);
  });

  it('should start its skip set from persisted and adopted checkpoints', () => {
    const state = {
      sessionId: SESSION,
      offsets: {},
      ended: false,
      lastActivityMs: 0,
      delivered: { a: { spans: ['s1'], logs: [] } },
      modAlive: false,
      counted: ['s1'],
    };
    const p = new SessionPipeline({ sessionId: SESSION, claudeConfigDir: tmp, exporters: ['a'], state });
    expect(p.skip.has('s1')).toBe(true);
    p.adoptPersisted({ ...state, delivered: { a: { spans: ['s2'], logs: ['l2'] } }, counted: ['s1', 's2'] });
    expect([...p.skip].sort()).toEqual(['l2', 's1', 's2']);
    expect([...p.counted]).toEqual(['s1', 's2']);
    expect(p.state.counted).toEqual(['s1', 's2']);
    // Without exporters nothing is ever skipped (the metrics still need every span).
    const none = new SessionPipeline({ sessionId: SESSION, claudeConfigDir: tmp, exporters: [] });
    none.markDelivered('x', ['s1'], []);
    expect(none.skip.size).toBe(0);
  });

  it('should list a counted id in its state only once metrics.json holds it, and drop it once the state does', () => {
    const p = new SessionPipeline({ sessionId: SESSION, claudeConfigDir: tmp });
    p.noteCounted(['s1', 's2']);
    const first = p.journalForMetrics();
    expect(first).toEqual({ ids: ['s1', 's2'], upTo: 2 });
    // Counted after that metrics.json was serialised: not covered by its write.
    p.noteCounted(['s3']);
    // A state written before any metrics.json lists nothing (a crash then loses count and ids together).
    expect(p.journalForState()).toBe(0);
    expect(p.state.counted).toEqual([]);
    expect(p.metricsWritten(first.upTo)).toBe(true);
    expect(p.metricsWritten(first.upTo)).toBe(false);
    expect(p.state.counted).toEqual(['s1', 's2']);
    const stateUpTo = p.journalForState();
    // The next metrics.json still carries s1 and s2 until a state file listing them is written.
    expect(p.journalForMetrics()).toEqual({ ids: ['s1', 's2', 's3'], upTo: 3 });
    p.stateWritten(stateUpTo);
    expect(p.journalForMetrics()).toEqual({ ids: ['s3'], upTo: 3 });
    // A late, older state write completing changes nothing.
    p.stateWritten(1);
    expect(p.journalPending).toBe(true);
    p.metricsWritten(3);
    p.stateWritten(p.journalForState());
    expect(p.journalPending).toBe(false);
    expect(p.state.counted).toEqual(['s1', 's2', 's3']);
  });

  it('should, caught up during the turn, build at its end the trace one read of the whole transcript builds', async () => {
    const lines = (await readFile(FIXTURE, 'utf8')).split('\n').filter(Boolean);
    const whole = new SessionPipeline({ sessionId: SESSION, claudeConfigDir: tmp, now: () => 1 });
    const expected = await whole.reconcile();

    const other = join(tmp, 'other');
    await mkdir(join(other, 'projects', '-p'), { recursive: true });
    const path = join(other, 'projects', '-p', `${SESSION}.jsonl`);
    const p = new SessionPipeline({ sessionId: SESSION, claudeConfigDir: other, now: () => 1 });
    p.transcriptToBe = path;
    expect(await p.catchUp()).toBe(false);
    // Line by line, the last one written in two parts (a catch-up may find a line half-written).
    for (const line of lines.slice(0, -1)) {
      await appendFile(path, `${line}\n`);
      expect(await p.catchUp()).toBe(true);
    }
    const last = lines.at(-1)!;
    await appendFile(path, last.slice(0, 40));
    await p.catchUp();
    expect(p.reconciles).toBe(0);
    await appendFile(path, `${last.slice(40)}\n`);
    expect(await p.reconcile()).toEqual(expected);
    expect(p.reconciles).toBe(1);
    // Built once, then caught up to the end with nothing new since: the next reconciliation builds what the
    // catch-up read (it is not "nothing changed").
    await writeFile(path, `${lines.slice(0, 3).join('\n')}\n`);
    const q = new SessionPipeline({ sessionId: SESSION, claudeConfigDir: other, now: () => 1 });
    q.transcriptToBe = path;
    const early = await q.reconcile();
    await appendFile(path, `${lines.slice(3).join('\n')}\n`);
    expect(await q.catchUp()).toBe(true);
    const built = await q.reconcile();
    expect(built).not.toBe(early);
    expect(built).toEqual(expected);
  });

  it('should read a transcript a hook named before it existed once it does, and not search for one meanwhile', async () => {
    const other = join(tmp, 'other');
    const path = join(other, 'projects', '-p', `${SESSION}.jsonl`);
    // Claude Code's own file sits elsewhere under claudeConfigDir: a catch-up does not search, a reconcile does.
    const p = new SessionPipeline({ sessionId: SESSION, claudeConfigDir: tmp, now: () => 1 });
    p.transcriptToBe = path;
    expect(await p.catchUp()).toBe(false);
    expect(p.state.transcriptPath).toBeUndefined();
    await mkdir(join(other, 'projects', '-p'), { recursive: true });
    await cp(FIXTURE, path);
    expect(await p.catchUp()).toBe(true);
    expect(p.state.transcriptPath).toBe(path);
  });

  it('should return the same trace when nothing changed since the last reconciliation', async () => {
    const p = new SessionPipeline({ sessionId: SESSION, claudeConfigDir: tmp });
    const first = await p.reconcile();
    expect(first.turns).toHaveLength(1);
    expect(await p.reconcile()).toBe(first);
    expect(p.reconciles).toBe(1);
    // A final build is a change, and so is a new live event.
    const final = await p.reconcile({ final: true });
    expect(final).not.toBe(first);
    p.addEvent({ source: 'hook', type: 'turn.end', sessionId: SESSION, atMs: 1 });
    expect(await p.reconcile({ final: true })).not.toBe(final);
    expect(p.reconciles).toBe(3);
  });
});
