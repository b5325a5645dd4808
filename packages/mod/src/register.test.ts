import { describe, expect, it } from 'vitest';
import { LEFTOVER_STORE_KEY, type ModBatch } from './mod-batch.js';
import type { HttpInit, HttpResponse, ModHost, On, Registration } from './mod-host.js';
import { register } from './register.js';

type AnyHook = ($: ModHost, e: unknown, next: (e: unknown) => unknown) => unknown;

/** A stand-in for Claude Code's hooks host: the `on` registry, `$`, and a way to raise events. */
class FakeHost {
  readonly hooks = new Map<string, AnyHook>();
  readonly sent: ModBatch[] = [];
  readonly store = new Map<string, unknown>();
  sessionId = 'sess-1';
  agentUp = true;
  /** When set, fetches never answer (a hung agent). */
  hang = false;
  urls: string[] = [];

  readonly $: ModHost = {
    session: {
      id: async () => this.sessionId,
      version: async () => ({ version: '2.1.332' }),
    },
    http: {
      fetch: (url: string, init?: HttpInit): Promise<HttpResponse> => {
        this.urls.push(url);
        if (this.hang) return new Promise(() => undefined);
        if (!this.agentUp) return Promise.reject(new Error('connect ECONNREFUSED'));
        this.sent.push(JSON.parse(init?.body ?? '{}') as ModBatch);
        return Promise.resolve({ status: 200, ok: true, text: '{}' });
      },
    },
    store: {
      get: async (key) => this.store.get(key),
      set: async (key, value) => {
        this.store.set(key, value);
      },
      delete: async (key) => {
        this.store.delete(key);
      },
    },
    // The mock clock: a wait is over at once.
    clock: { sleep: async () => undefined },
  };

  readonly on = ((event: string, hook: AnyHook): Registration => {
    this.hooks.set(event, hook);
    return { catch: () => undefined };
  }) as unknown as On;

  async raise<R>(
    event: string,
    e: unknown,
    next: (e: unknown) => R | Promise<R> = () => undefined as R,
  ): Promise<R> {
    const hook = this.hooks.get(event);
    if (!hook) throw new Error(`no hook for ${event}`);
    return (await hook(this.$, e, async (x) => next(x))) as R;
  }

  /** Lets fire-and-forget sends settle. */
  async settle(): Promise<void> {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  }

  events(): Array<Record<string, unknown>> {
    return this.sent.flatMap((b) => b.events as unknown as Array<Record<string, unknown>>);
  }
}

async function oneTurn(
  host: FakeHost,
  toolResult: unknown = { text: 'hi', result: { stdout: 'hi' } },
): Promise<void> {
  await host.raise('prompt.submit', { text: 'do it' });
  await host.raise('turn.start', { text: 'do it', turnId: 'turn-1' });
  await host.raise(
    'tool.call',
    { tool: 'Bash', tool_use_id: 'toolu_1', command: 'echo hi' },
    () => toolResult,
  );
  await host.raise('turn.complete', { turnId: 'turn-1', durationMs: 300, reason: 'answer' });
  await host.settle();
}

describe('the hooks module', () => {
  it('should register the capture hooks, and turn.step only when asked to', () => {
    const host = new FakeHost();
    register(host.on, {});
    expect([...host.hooks.keys()].sort()).toEqual([
      'agent.spawn',
      'prompt.submit',
      'session.compact',
      'session.end',
      'session.measure',
      'session.start',
      'tool.call',
      'turn.complete',
      'turn.start',
    ]);
    const timed = new FakeHost();
    register(timed.on, { llmTiming: true });
    expect(timed.hooks.has('turn.step')).toBe(true);
  });

  it('should send a heartbeat at session start and the turn at turn end, to the configured port', async () => {
    const host = new FakeHost();
    register(host.on, { agentPort: 41999 });
    const started = await host.raise('session.start', { cwd: '/p', isInteractive: false }, () => ({
      cwd: '/p',
    }));
    expect(started).toEqual({ cwd: '/p' });
    await host.settle();
    expect(host.sent).toHaveLength(1);
    expect(host.sent[0]!.heartbeat).toEqual({
      sessionId: 'sess-1',
      claudeVersion: '2.1.332',
      captureContent: false,
      llmTiming: false,
    });
    expect(host.urls[0]).toBe('http://127.0.0.1:41999/v1/mod');

    await oneTurn(host);
    expect(host.sent).toHaveLength(2);
    expect(host.sent[1]!.events.map((e) => e.type)).toEqual([
      'prompt.submit',
      'turn.start',
      'tool.start',
      'tool.end',
      'turn.complete',
    ]);
    expect(host.events().every((e) => e.sessionId === 'sess-1')).toBe(true);
    const seqs = host.events().map((e) => e.seq as number);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('should hand back the tool result untouched, and rethrow what the tool threw after recording it', async () => {
    const host = new FakeHost();
    register(host.on, {});
    await host.raise('session.start', {});
    const result = { text: 'hi', result: { stdout: 'hi' } };
    expect(await host.raise('tool.call', { tool: 'Bash', tool_use_id: 't1' }, () => result)).toBe(result);
    await expect(
      host.raise('tool.call', { tool: 'Bash', tool_use_id: 't2' }, () => {
        throw new Error('tool crashed');
      }),
    ).rejects.toThrow('tool crashed');
    await host.raise('turn.complete', {});
    await host.settle();
    const ends = host.events().filter((e) => e.type === 'tool.end');
    expect(ends.map((e) => [e.toolUseId, e.status])).toEqual([
      ['t1', 'ok'],
      ['t2', 'error'],
    ]);
  });

  it('should keep events while the agent is down and deliver them, once, when it is back', async () => {
    const host = new FakeHost();
    register(host.on, {});
    host.agentUp = false;
    await host.raise('session.start', {});
    await oneTurn(host);
    expect(host.sent).toHaveLength(0);
    host.agentUp = true;
    await host.raise('session.measure', { cost: { usd: 0.01 } });
    await host.raise('turn.complete', { turnId: 'turn-2' });
    await host.settle();
    const types = host.events().map((e) => e.type);
    expect(types).toEqual([
      'session.start',
      'prompt.submit',
      'turn.start',
      'tool.start',
      'tool.end',
      'turn.complete',
      'session.measure',
      'turn.complete',
    ]);
    expect(new Set(host.events().map((e) => e.seq)).size).toBe(types.length);
  });

  it('should flush from the hot path once 100 events wait, without waiting for the send', async () => {
    const host = new FakeHost();
    register(host.on, {});
    await host.raise('session.start', {});
    await host.settle();
    for (let i = 0; i < 50; i++)
      await host.raise('tool.call', { tool: 'Read', tool_use_id: `t${i}` }, () => ({ text: '' }));
    await host.settle();
    expect(host.sent).toHaveLength(2);
    expect(host.sent[1]!.events).toHaveLength(100);
  });

  it('should keep what it could not send at session end in $.store, and send it at the next session start', async () => {
    const first = new FakeHost();
    register(first.on, {});
    first.agentUp = false;
    await first.raise('session.start', {});
    await oneTurn(first);
    await first.raise('session.end', { reason: 'other', sessionId: 'sess-1' });
    const stored = first.store.get(LEFTOVER_STORE_KEY) as ModBatch[];
    expect(stored).toHaveLength(1);
    expect(stored[0]!.events.map((e) => e.type)).toContain('session.end');

    // The next session (another Claude Code process) shares the store.
    const second = new FakeHost();
    second.sessionId = 'sess-2';
    second.store.set(LEFTOVER_STORE_KEY, stored);
    register(second.on, {});
    await second.raise('session.start', {});
    await second.settle();
    const sessions = second.events().map((e) => e.sessionId);
    expect(sessions).toContain('sess-1');
    expect(sessions).toContain('sess-2');
    expect(second.store.has(LEFTOVER_STORE_KEY)).toBe(false);
  });

  it('should not wait past its budget for a hung agent at session end', async () => {
    const host = new FakeHost();
    register(host.on, {});
    await host.raise('session.start', {});
    await host.settle();
    host.hang = true;
    await host.raise('prompt.submit', { text: 'x' });
    await host.raise('session.end', { reason: 'other', sessionId: 'sess-1' }, () => 'ended');
    const stored = host.store.get(LEFTOVER_STORE_KEY) as ModBatch[];
    expect(stored[0]!.events.map((e) => e.type)).toEqual(['prompt.submit', 'session.end']);
  });

  it('should ask for the session id again after a session ends (/clear starts another)', async () => {
    const host = new FakeHost();
    register(host.on, {});
    await host.raise('session.start', {});
    await host.raise('session.end', { reason: 'clear', sessionId: 'sess-1' });
    host.sessionId = 'sess-2';
    await oneTurn(host);
    const turn = host.events().filter((e) => e.type === 'turn.complete');
    expect(turn.map((e) => e.sessionId)).toEqual(['sess-2']);
  });

  it('should let Claude Code go on when the host API fails', async () => {
    const host = new FakeHost();
    host.$.session.id = () => Promise.reject(new Error('host gone'));
    register(host.on, {});
    await expect(host.raise('session.start', {}, () => 'next ran')).resolves.toBe('next ran');
    await expect(host.raise('prompt.submit', { text: 'x' }, () => 'next ran')).resolves.toBe('next ran');
    await expect(host.raise('session.end', {}, () => 'next ran')).resolves.toBe('next ran');
  });
});
