/**
 * The Glassbox hooks module (a Claude Code "mod"). It runs inside Claude Code's hooks worker, with no Node and no
 * timers, so it only records: every hook appends to an in-memory buffer and returns; the buffer goes to the local
 * agent with `$.http.fetch` at turn end, at session end and when it fills, never awaited on the hot path.
 *
 * Static-scan rules the host enforces: `$` is used only in the hooks and in top-level functions of this file, every
 * call is spelled `$.noun.method(...)`, event names are literals, imports are relative.
 */

import type { CaptureEvent } from '@glassbox/core';
import {
  appendLeftover,
  createModBatch,
  LEFTOVER_STORE_KEY,
  type ModBatch,
  ModBuffer,
  type ModHeartbeat,
  type ModWireEvent,
  parseLeftovers,
} from './mod-batch.js';
import { type ModConfig, parseModConfig } from './mod-config.js';
import {
  agentSpawnEvent,
  compactEvent,
  measureEvent,
  promptSubmitEvent,
  sessionEndEvent,
  sessionStartEvent,
  toolEndEvent,
  toolStartEvent,
  toolThrewEvent,
  turnCompleteEvent,
  turnStartEvent,
  turnStepEvent,
} from './mod-events.js';
import type {
  AgentSpawnInput,
  AgentSpawnResult,
  CompactInput,
  MeasureInput,
  ModHost,
  On,
  PromptSubmitInput,
  SessionEndInput,
  SessionStartInput,
  ToolCallInput,
  TurnCompleteInput,
  TurnStartInput,
  TurnStepInput,
  TurnStepResult,
} from './mod-host.js';
import { MOD_VERSION } from './mod-version.js';

interface ModState {
  readonly config: ModConfig;
  readonly instanceId: string;
  readonly buffer: ModBuffer;
  /** Empty until `$.session.id()` answers, and again after `session.end` (a `/clear` starts another session). */
  sessionId: string;
  claudeVersion?: string;
  /** Events sent but not acknowledged yet, by send number. */
  readonly unacked: Map<number, readonly ModWireEvent[]>;
  readonly inFlight: Set<Promise<boolean>>;
  sends: number;
}

/** How long `session.end` waits for the last batch (all mods share a 1.5 s budget there). */
const SESSION_END_WAIT_MS = 1000;

export function register(on: On, options: unknown): void {
  const config = parseModConfig(options);
  const st: ModState = {
    config,
    instanceId: newId(),
    buffer: new ModBuffer(config.maxBufferedEvents),
    sessionId: '',
    unacked: new Map(),
    inFlight: new Set(),
    sends: 0,
  };

  on<SessionStartInput, unknown>('session.start', async ($, e, next) => {
    try {
      void startSession($, st, e).catch(() => undefined);
    } catch {
      // Capture never stands in Claude Code's way.
    }
    return next(e);
  });

  on<PromptSubmitInput, unknown>('prompt.submit', async ($, e, next) => {
    try {
      if (!st.sessionId) void refreshSessionId($, st).catch(() => undefined);
      record(st, promptSubmitEvent(st.sessionId, Date.now(), e, st.config));
    } catch {
      // ignore
    }
    return next(e);
  }).catch(failOpen);

  on<TurnStartInput, unknown>('turn.start', async (_$, e, next) => {
    record(
      st,
      safe(() => turnStartEvent(st.sessionId, Date.now(), e)),
    );
    return next(e);
  });

  on<ToolCallInput, unknown>('tool.call', async ($, e, next) => {
    const startMs = Date.now();
    record(
      st,
      safe(() => toolStartEvent(st.sessionId, startMs, e, st.config)),
    );
    let result: unknown;
    try {
      result = await next(e);
    } catch (error) {
      record(
        st,
        safe(() => toolThrewEvent(st.sessionId, startMs, Date.now(), e, error)),
      );
      flushIfFull($, st);
      throw error;
    }
    record(
      st,
      safe(() => toolEndEvent(st.sessionId, startMs, Date.now(), e, result, st.config)),
    );
    flushIfFull($, st);
    return result;
  }).catch(failOpen);

  on<AgentSpawnInput, AgentSpawnResult>('agent.spawn', async (_$, e, next) => {
    const result = await next(e);
    record(
      st,
      safe(() => agentSpawnEvent(st.sessionId, Date.now(), e, result)),
    );
    return result;
  }).catch(failOpen);

  on<TurnCompleteInput, unknown>('turn.complete', async ($, e, next) => {
    record(
      st,
      safe(() => turnCompleteEvent(st.sessionId, Date.now(), e)),
    );
    void flush($, st).catch(() => undefined);
    return next(e);
  });

  on<CompactInput, unknown>('session.compact', async (_$, e, next) => {
    record(
      st,
      safe(() => compactEvent(st.sessionId, Date.now(), e)),
    );
    return next(e);
  }).catch(failOpen);

  on<MeasureInput, unknown>('session.measure', async (_$, e, next) => {
    record(
      st,
      safe(() => measureEvent(st.sessionId, Date.now(), e)),
    );
    return next(e);
  });

  on<SessionEndInput, unknown>('session.end', async ($, e, next) => {
    try {
      await endSession($, st, e);
    } catch {
      // ignore
    }
    return next(e);
  });

  if (st.config.llmTiming) {
    on<TurnStepInput, unknown, TurnStepResult>('turn.step', async function* (_$, e, next) {
      const startMs = Date.now();
      let firstChunkMs: number | undefined;
      const stream = next(e);
      let result: TurnStepResult | undefined;
      try {
        let step = await stream.next();
        while (!step.done) {
          firstChunkMs ??= Date.now();
          yield step.value;
          step = await stream.next();
        }
        result = step.value;
      } finally {
        record(
          st,
          safe(() => turnStepEvent(st.sessionId, startMs, firstChunkMs, Date.now(), e, result)),
        );
      }
      return result as TurnStepResult;
    });
  }
}

/** A hook of ours that throws never blocks Claude Code: the chain goes on as if the hook were absent. */
function failOpen(_$: ModHost, e: unknown, next: (e: unknown) => Promise<unknown>): Promise<unknown> {
  return next(e);
}

function record(st: ModState, event: CaptureEvent | undefined): void {
  if (event) st.buffer.push(event);
}

function safe<T>(build: () => T): T | undefined {
  try {
    return build();
  } catch {
    return undefined;
  }
}

function newId(): string {
  try {
    return crypto.randomUUID();
  } catch {
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  }
}

function agentUrl(st: ModState): string {
  return `http://127.0.0.1:${st.config.agentPort}/v1/mod`;
}

async function refreshSessionId($: ModHost, st: ModState): Promise<void> {
  const id = await $.session.id();
  if (typeof id === 'string' && id !== '') st.sessionId = id;
}

async function startSession($: ModHost, st: ModState, e: SessionStartInput): Promise<void> {
  await refreshSessionId($, st);
  if (!st.claudeVersion) {
    const v = await $.session.version().catch(() => undefined);
    if (v && typeof v.version === 'string') st.claudeVersion = v.version;
  }
  record(st, sessionStartEvent(st.sessionId, Date.now(), e, st.claudeVersion));
  const heartbeat: ModHeartbeat = {
    sessionId: st.sessionId,
    ...(st.claudeVersion ? { claudeVersion: st.claudeVersion } : {}),
    captureContent: st.config.captureContent,
    llmTiming: st.config.llmTiming,
  };
  void flush($, st, heartbeat).catch(() => undefined);
  await sendLeftovers($, st);
}

/** Batches an earlier session could not deliver wait in `$.store`; the agent drops what it already has. */
async function sendLeftovers($: ModHost, st: ModState): Promise<void> {
  const stored = parseLeftovers(await $.store.get(LEFTOVER_STORE_KEY));
  if (stored.length === 0) return;
  const failed: ModBatch[] = [];
  for (const batch of stored) if (!(await post($, st, batch))) failed.push(batch);
  if (failed.length === 0) await $.store.delete(LEFTOVER_STORE_KEY);
  else if (failed.length < stored.length) await $.store.set(LEFTOVER_STORE_KEY, failed);
}

function flushIfFull($: ModHost, st: ModState): void {
  if (st.buffer.size >= st.config.flushAtEvents && st.inFlight.size === 0)
    void flush($, st).catch(() => undefined);
}

/** Sends what waits; on failure the events go back to the buffer for the next flush. Never rejects. */
async function flush($: ModHost, st: ModState, heartbeat?: ModHeartbeat): Promise<boolean> {
  // Events recorded before `$.session.id()` answered carry no id yet; the agent cannot place them without one.
  if (!st.sessionId) await refreshSessionId($, st).catch(() => undefined);
  if (st.sessionId) st.buffer.fillSessionId(st.sessionId);
  const events = st.buffer.take();
  const dropped = st.buffer.takeDropped();
  if (events.length === 0 && dropped === 0 && !heartbeat) return true;
  const sendNo = ++st.sends;
  st.unacked.set(sendNo, events);
  const batch = createModBatch({
    instanceId: st.instanceId,
    modVersion: MOD_VERSION,
    sentAtMs: Date.now(),
    events,
    ...(heartbeat ? { heartbeat } : {}),
    droppedEvents: dropped,
  });
  const sending = post($, st, batch).then((ok) => {
    st.unacked.delete(sendNo);
    if (!ok) st.buffer.restore(events, dropped);
    return ok;
  });
  st.inFlight.add(sending);
  void sending.finally(() => st.inFlight.delete(sending));
  return await sending;
}

async function post($: ModHost, st: ModState, batch: ModBatch): Promise<boolean> {
  try {
    const res = await $.http.fetch(agentUrl(st), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(batch),
    });
    // A 4xx means the agent read and refused the batch: sending it again would not help.
    return res.status >= 200 && res.status < 500;
  } catch {
    return false;
  }
}

async function endSession($: ModHost, st: ModState, e: SessionEndInput): Promise<void> {
  const sessionId = typeof e.sessionId === 'string' && e.sessionId ? e.sessionId : st.sessionId;
  if (!st.sessionId && sessionId) st.sessionId = sessionId;
  record(st, sessionEndEvent(sessionId, Date.now(), e));
  const last = flush($, st);
  const delivered = await Promise.race([
    Promise.all([...st.inFlight, last]).then((all) => all.every(Boolean)),
    $.clock.sleep(SESSION_END_WAIT_MS).then(() => false),
  ]);
  if (!delivered) await keepLeftovers($, st);
  // The next prompt belongs to another session (`/clear`, `/resume`): ask for its id again then.
  st.sessionId = '';
}

async function keepLeftovers($: ModHost, st: ModState): Promise<void> {
  const events = [...[...st.unacked.values()].flat(), ...st.buffer.take()];
  const dropped = st.buffer.takeDropped();
  if (events.length === 0) return;
  const batch = createModBatch({
    instanceId: st.instanceId,
    modVersion: MOD_VERSION,
    sentAtMs: Date.now(),
    events,
    droppedEvents: dropped,
  });
  const existing = await $.store.get(LEFTOVER_STORE_KEY);
  await $.store.set(LEFTOVER_STORE_KEY, appendLeftover(existing, batch));
}
