import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LEFTOVER_STORE_KEY, type ModBatch } from './mod-batch.js';
import type { HttpInit, HttpResponse, ModHost, On, Registration } from './mod-host.js';
import { register } from './register.js';

type AnyHook = ($: ModHost, e: unknown, next: (e: unknown) => unknown) => unknown;

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * A stand-in for Claude Code's hooks host: the `on` registry, `$`, and a way to raise events. Its agent checks
 * each request's signature with node:crypto (not the mod's code) and signs its replies; `hostile` makes it a
 * foreign listener that answers 200 without the key.
 */
class FakeHost {
  readonly hooks = new Map<string, AnyHook>();
  readonly sent: ModBatch[] = [];
  readonly store = new Map<string, unknown>();
  /** Everything a listener received, verified or not (what a hostile one would see). */
  readonly received: Array<{ url: string; init?: HttpInit }> = [];
  readonly key = randomBytes(32);
  readonly files = new Map<string, string>();
  readonly env: Record<string, string> = { HOME: '/home/u' };
  sessionId = 'sess-1';
  agentUp = true;
  /** When set, fetches never answer (a hung agent). */
  hang = false;
  /** A listener that is not our agent: answers 200 with no (or a wrong) signature. */
  hostile = false;
  urls: string[] = [];
  sleeps: number[] = [];

  constructor() {
    this.files.set('/home/u/.claude/glassbox/agent.key', `${this.key.toString('hex')}\n`);
  }

  /** The agent side of the channel, per the protocol text (method, path, ts, nonce, body hash). */
  private answer(url: string, init: HttpInit | undefined): HttpResponse {
    const u = new URL(url);
    const h = init?.headers ?? {};
    const body = init?.body ?? '';
    const text = `GB1\n${init?.method ?? 'GET'}\n${u.pathname}\n${h['x-glassbox-ts']}\n${h['x-glassbox-nonce']}\n${sha256(body)}`;
    const want = createHmac('sha256', this.key).update(text).digest('hex');
    if (h['x-glassbox-sig'] !== want || !/^[0-9a-f]{32}$/.test(h['x-glassbox-nonce'] ?? ''))
      return { status: 401, ok: false, text: '' };
    if (u.pathname === '/v1/mod') this.sent.push(JSON.parse(body) as ModBatch);
    const reply = u.pathname === '/v1/hello' ? '{"name":"glassbox-agent"}' : '{"accepted":1}';
    const sig = createHmac('sha256', this.key)
      .update(`GB1-reply\n${h['x-glassbox-nonce']}\n200\n${sha256(reply)}`)
      .digest('hex');
    return { status: 200, ok: true, text: reply, headers: { 'x-glassbox-sig': sig } };
  }

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
        this.received.push({ url, ...(init ? { init } : {}) });
        if (this.hostile)
          return Promise.resolve({
            status: 200,
            ok: true,
            text: '{}',
            headers: { 'x-glassbox-sig': 'ab'.repeat(32) },
          });
        return Promise.resolve(this.answer(url, init));
      },
    },
    env: { get: async (name: string) => this.env[name] },
    fs: {
      read: async (path: string) => {
        const text = this.files.get(path);
        if (text === undefined) throw new Error(`ENOENT: ${path}`);
        return text;
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
    // The mock clock: a wait is over after the next macrotask (any answer already given wins the race).
    clock: {
      sleep: (ms: number) => {
        this.sleeps.push(ms);
        return new Promise<void>((resolve) => setTimeout(resolve, 1));
      },
    },
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
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 2));
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

  it('should call the host for nothing before the first turn ends, then send the heartbeat with the turn', async () => {
    const host = new FakeHost();
    let hostCalls = 0;
    for (const api of [host.$.session, host.$.env, host.$.fs, host.$.store, host.$.http] as unknown as Array<
      Record<string, (...a: unknown[]) => unknown>
    >)
      for (const [name, fn] of Object.entries(api))
        api[name] = (...a: unknown[]) => {
          hostCalls++;
          return fn(...a);
        };
    register(host.on, { agentPort: 41999 });
    const started = await host.raise('session.start', { cwd: '/p', isInteractive: false }, () => ({
      cwd: '/p',
    }));
    expect(started).toEqual({ cwd: '/p' });
    await host.raise('prompt.submit', { text: 'do it' });
    await host.raise('turn.start', { text: 'do it', turnId: 'turn-1' });
    await host.settle();
    // Claude Code's first model request goes out now: the mod has not competed with it for the main thread.
    expect(hostCalls).toBe(0);
    expect(host.sent).toHaveLength(0);

    await host.raise('turn.complete', { turnId: 'turn-1', durationMs: 300, reason: 'answer' });
    await host.settle();
    expect(host.sent).toHaveLength(1);
    expect(host.sent[0]!.heartbeat).toEqual({
      sessionId: 'sess-1',
      claudeVersion: '2.1.332',
      captureContent: false,
      llmTiming: false,
    });
    expect(host.urls[0]).toBe('http://127.0.0.1:41999/v1/mod');
    const start = host.events()[0]!;
    expect([start.type, start.sessionId, start.claudeVersion, start.cwd]).toEqual([
      'session.start',
      'sess-1',
      '2.1.332',
      '/p',
    ]);

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

  it('should deliver a start-up still under way at session end first, and wait for it there', async () => {
    const host = new FakeHost();
    register(host.on, {});
    await host.raise('session.start', {});
    // The session ends while the first send still waits for the host's answers (nothing settled in between).
    await host.raise('turn.complete', { turnId: 'turn-1' });
    await host.raise('session.end', { reason: 'other', sessionId: 'sess-1' });
    expect(host.sent[0]!.heartbeat?.sessionId).toBe('sess-1');
    expect(host.events().map((e) => e.type)).toEqual(['session.start', 'turn.complete', 'session.end']);
    expect(host.store.has(LEFTOVER_STORE_KEY)).toBe(false);
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
    // The first send (with the heartbeat): session.start and 100 tool events.
    expect(host.sent).toHaveLength(1);
    expect(host.sent[0]!.heartbeat?.sessionId).toBe('sess-1');
    expect(host.sent[0]!.events).toHaveLength(101);
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
    await second.raise('turn.complete', { turnId: 'turn-1' });
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
    await host.raise('turn.complete', { turnId: 'turn-1' });
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

  it('should sign every request, never send the key, and read the port from agent.endpoint', async () => {
    const host = new FakeHost();
    host.files.set(
      '/home/u/.claude/glassbox/agent.endpoint',
      'port=45555\npid=1\nstarted=2\nplugin=glassbox-lite\n',
    );
    register(host.on, { agentPort: 41999 });
    await host.raise('session.start', {});
    await oneTurn(host);
    await oneTurn(host);
    expect(host.sent).toHaveLength(2);
    expect(host.urls.every((u) => u === 'http://127.0.0.1:45555/v1/mod')).toBe(true);
    const hex = host.key.toString('hex');
    for (const r of host.received) {
      expect(r.init?.headers?.['x-glassbox-sig']).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(r)).not.toContain(hex);
    }
  });

  it('should find the key under GLASSBOX_HOME, else CLAUDE_CONFIG_DIR, like the agent', async () => {
    for (const [env, dir] of [
      [{ GLASSBOX_HOME: '/gb', CLAUDE_CONFIG_DIR: '/cc', HOME: '/home/u' }, '/gb'],
      [{ CLAUDE_CONFIG_DIR: '/cc', HOME: '/home/u' }, '/cc/glassbox'],
    ] as const) {
      const host = new FakeHost();
      host.files.clear();
      host.files.set(`${dir}/agent.key`, `${host.key.toString('hex')}\n`);
      Object.assign(host.env, env);
      register(host.on, {});
      await host.raise('session.start', {});
      await host.raise('turn.complete', { turnId: 'turn-1' });
      await host.settle();
      expect(host.sent).toHaveLength(1);
    }
  });

  it('should send nothing without a key and keep the events', async () => {
    const host = new FakeHost();
    host.files.clear();
    register(host.on, {});
    await host.raise('session.start', {});
    await oneTurn(host);
    expect(host.received).toHaveLength(0);
    host.files.set('/home/u/.claude/glassbox/agent.key', `${host.key.toString('hex')}\n`);
    await host.raise('turn.complete', { turnId: 'turn-2' });
    await host.settle();
    expect(host.events().map((e) => e.type)).toContain('tool.end');
  });

  it('should count a listener whose replies do not verify as no agent: the batch is kept, then delivered to ours', async () => {
    const host = new FakeHost();
    host.hostile = true;
    register(host.on, {});
    await host.raise('session.start', {});
    await oneTurn(host);
    expect(host.sent).toHaveLength(0);
    expect(host.received.length).toBeGreaterThan(0);
    host.hostile = false;
    await host.raise('turn.complete', { turnId: 'turn-2' });
    await host.settle();
    const types = host.events().map((e) => e.type);
    expect(types.slice(0, 3)).toEqual(['session.start', 'prompt.submit', 'turn.start']);
    expect(new Set(host.events().map((e) => e.seq)).size).toBe(types.length);
  });

  it('should, with captureContent on, send no batch to a peer that does not prove itself', async () => {
    const host = new FakeHost();
    host.hostile = true;
    register(host.on, { captureContent: true });
    await host.raise('session.start', {});
    await oneTurn(host, { text: 'CANARY-OUTPUT', result: { stdout: 'CANARY-OUTPUT' } });
    await host.raise('prompt.submit', { text: 'CANARY-PROMPT' });
    await host.raise('turn.complete', { turnId: 'turn-2' });
    await host.settle();
    expect(host.received.length).toBeGreaterThan(0);
    for (const r of host.received) {
      expect(r.url).toMatch(/\/v1\/hello$/);
      expect(r.init?.method).toBe('GET');
      expect(r.init?.body).toBeUndefined();
    }
    expect(JSON.stringify(host.received)).not.toContain('CANARY');
    // Our agent proves itself: hello, then the batch, every flush.
    host.hostile = false;
    host.received.length = 0;
    await host.raise('turn.complete', { turnId: 'turn-3' });
    await host.settle();
    expect(host.received.map((r) => new URL(r.url).pathname)).toEqual(['/v1/hello', '/v1/mod']);
    expect(JSON.stringify(host.sent)).toContain('CANARY-PROMPT');
  });

  it('should time out every request: at most 0.5 s for a turn flush, 1 s otherwise', async () => {
    const host = new FakeHost();
    register(host.on, {});
    host.hang = true;
    await host.raise('session.start', {});
    await oneTurn(host);
    await host.raise('session.end', { reason: 'other', sessionId: 'sess-1' });
    expect(host.sleeps.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...host.sleeps)).toBeLessThanOrEqual(1000);
    // The hung sends gave their events back (kept for the next session), none stays in flight.
    const stored = host.store.get(LEFTOVER_STORE_KEY) as ModBatch[];
    expect(stored.flatMap((b) => b.events.map((e) => e.type))).toContain('tool.end');
  });
});
