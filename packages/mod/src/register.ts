/**
 * The Glassbox hooks module (a Claude Code "mod"). It runs inside Claude Code's hooks worker, with no Node and no
 * timers, so it only records: every hook appends to an in-memory buffer and returns; the buffer goes to the local
 * agent with `$.http.fetch` at turn end, at session end and when it fills, never awaited on the hot path. Every
 * request is signed with the per-user channel key and times out; a reply whose signature does not verify is no
 * agent (the batch is kept), and with `captureContent` on the peer is proven (`GET /v1/hello`) before each batch.
 *
 * Static-scan rules the host enforces: `$` is used only in the hooks and in top-level functions of this file, every
 * call is spelled `$.noun.method(...)`, event names are literals, imports are relative.
 */

import {
  appendLeftover,
  createModBatch,
  LEFTOVER_STORE_KEY,
  type ModBatch,
  ModBuffer,
  type ModHeartbeat,
  parseLeftovers,
} from './mod-batch.js';
import { channelFiles, channelOf, type ModChannel, replyVerified, signedCall } from './mod-channel.js';
import { parseModConfig } from './mod-config.js';
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
import { type ModState, newId, record, safe } from './mod-state.js';
import { MOD_VERSION } from './mod-version.js';

/** How long `session.end` waits for the last batch (all mods share a 1.5 s budget there). */
const SESSION_END_WAIT_MS = 1000;
/** Longest a batch send may take (every request in it, proof of the peer included). */
const SEND_BUDGET_MS = 1000;
/** Longest a turn-end or buffer-full flush may take. */
const TURN_FLUSH_BUDGET_MS = 500;

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
    startPending: false,
  };

  // Nothing but recording until the first turn ends: every host call and send now would compete with Claude
  // Code's first model request for its main thread (see `startUp`).
  on<SessionStartInput, unknown>('session.start', async (_$, e, next) => {
    record(
      st,
      safe(() => sessionStartEvent(st.sessionId, Date.now(), e, st.claudeVersion)),
    );
    st.startPending = true;
    return next(e);
  });

  on<PromptSubmitInput, unknown>('prompt.submit', async ($, e, next) => {
    try {
      // After `/clear` (no new session.start): the next send asks for the id anyway, this is only sooner.
      if (!st.sessionId && !st.startPending) void refreshSessionId($, st).catch(() => undefined);
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
        safe(() => toolThrewEvent(st.sessionId, startMs, Date.now(), e, error, st.config)),
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
    void send($, st, TURN_FLUSH_BUDGET_MS).catch(() => undefined);
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

/** The channel key and port from the per-user agent home (found as the agent finds it). */
async function loadChannel($: ModHost, st: ModState): Promise<ModChannel | undefined> {
  // Host round trips side by side: the first send's wait sits in the session's tail.
  const [glassboxHome, configDir, home] = await Promise.all([
    $.env.get('GLASSBOX_HOME'),
    $.env.get('CLAUDE_CONFIG_DIR'),
    $.env.get('HOME'),
  ]);
  const files = channelFiles({ GLASSBOX_HOME: glassboxHome, CLAUDE_CONFIG_DIR: configDir, HOME: home });
  if (!files) return undefined;
  const [keyText, endpointText] = await Promise.all([
    $.fs.read(files.keyPath).catch(() => undefined),
    $.fs.read(files.endpointPath).catch(() => undefined),
  ]);
  return channelOf(keyText, endpointText, st.config.agentPort);
}

async function preloadChannel($: ModHost, st: ModState): Promise<void> {
  st.channel ??= await loadChannel($, st);
}

/** One signed request, raced with the clock: the verified status, or undefined (no answer in time, or not ours). */
async function call(
  $: ModHost,
  channel: ModChannel,
  method: 'GET' | 'POST',
  path: string,
  body: string | undefined,
  deadlineMs: number,
): Promise<number | undefined> {
  const c = signedCall(channel, method, path, body, Date.now());
  const res = await Promise.race([
    $.http.fetch(c.url, c.init),
    $.clock.sleep(Math.max(0, deadlineMs - Date.now())).then(() => undefined),
  ]);
  return res && replyVerified(channel, c, res) ? res.status : undefined;
}

async function refreshSessionId($: ModHost, st: ModState): Promise<void> {
  const id = await $.session.id();
  if (typeof id === 'string' && id !== '') st.sessionId = id;
}

/** Sends what waits, the deferred start-up first if it has not run yet. */
function send($: ModHost, st: ModState, budgetMs: number): Promise<boolean> {
  if (st.startPending) {
    st.starting = startUp($, st, budgetMs);
    return st.starting;
  }
  const starting = st.starting;
  return starting
    ? starting.then(() => flush($, st, undefined, budgetMs))
    : flush($, st, undefined, budgetMs);
}

/**
 * What `session.start` used to do at once, run at the first send instead (the first turn end, a full buffer or
 * the session end): the session id and Claude Code's version (host round trips), the heartbeat with the first
 * batch, and the batches an earlier session left. Done at session start, these round trips and the signed send
 * ran on Claude Code's main thread while it prepared its first model request, and delayed it.
 */
async function startUp($: ModHost, st: ModState, budgetMs: number): Promise<boolean> {
  st.startPending = false;
  // Side by side: these host round trips sit in the session's tail when the first turn is its only one.
  const [, v] = await Promise.all([
    refreshSessionId($, st).catch(() => undefined),
    st.claudeVersion ? undefined : $.session.version().catch(() => undefined),
    preloadChannel($, st).catch(() => undefined),
  ]);
  if (v && typeof v.version === 'string') st.claudeVersion = v.version;
  if (st.claudeVersion) st.buffer.fillClaudeVersion(st.claudeVersion);
  const heartbeat: ModHeartbeat = {
    sessionId: st.sessionId,
    ...(st.claudeVersion ? { claudeVersion: st.claudeVersion } : {}),
    captureContent: st.config.captureContent,
    llmTiming: st.config.llmTiming,
  };
  const sending = flush($, st, heartbeat, budgetMs);
  await sendLeftovers($, st).catch(() => undefined);
  return await sending;
}

/** Batches an earlier session could not deliver wait in `$.store`; the agent drops what it already has. */
async function sendLeftovers($: ModHost, st: ModState): Promise<void> {
  const stored = parseLeftovers(await $.store.get(LEFTOVER_STORE_KEY));
  if (stored.length === 0) return;
  const failed: ModBatch[] = [];
  // After one failure the rest waits for the next session: a hung agent costs one timeout, not one per batch.
  for (const batch of stored)
    if (failed.length > 0 || !(await post($, st, batch, SEND_BUDGET_MS))) failed.push(batch);
  if (failed.length === 0) await $.store.delete(LEFTOVER_STORE_KEY);
  else if (failed.length < stored.length) await $.store.set(LEFTOVER_STORE_KEY, failed);
}

function flushIfFull($: ModHost, st: ModState): void {
  if (st.buffer.size >= st.config.flushAtEvents && st.inFlight.size === 0)
    void send($, st, TURN_FLUSH_BUDGET_MS).catch(() => undefined);
}

/** Sends what waits; on failure the events go back to the buffer for the next flush. Never rejects. */
async function flush(
  $: ModHost,
  st: ModState,
  heartbeat?: ModHeartbeat,
  budgetMs = SEND_BUDGET_MS,
): Promise<boolean> {
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
  const sending = post($, st, batch, budgetMs).then((ok) => {
    st.unacked.delete(sendNo);
    if (!ok) st.buffer.restore(events, dropped);
    return ok;
  });
  st.inFlight.add(sending);
  void sending.finally(() => st.inFlight.delete(sending));
  return await sending;
}

/** Delivered only when our agent (its reply signature verifies) took or refused the batch within `budgetMs`. */
async function post($: ModHost, st: ModState, batch: ModBatch, budgetMs: number): Promise<boolean> {
  const deadline = Date.now() + budgetMs;
  try {
    st.channel ??= await loadChannel($, st);
    const channel = st.channel;
    if (!channel) return false;
    // Content goes only to a peer that has just proved it holds the key.
    if (
      st.config.captureContent &&
      (await call($, channel, 'GET', '/v1/hello', undefined, deadline)) !== 200
    ) {
      st.channel = undefined;
      return false;
    }
    const status = await call($, channel, 'POST', '/v1/mod', JSON.stringify(batch), deadline);
    if (status === undefined) st.channel = undefined;
    // A verified 4xx means the agent read and refused the batch: sending it again would not help.
    return status !== undefined && status >= 200 && status < 500;
  } catch {
    st.channel = undefined;
    return false;
  }
}

async function endSession($: ModHost, st: ModState, e: SessionEndInput): Promise<void> {
  const sessionId = typeof e.sessionId === 'string' && e.sessionId ? e.sessionId : st.sessionId;
  if (!st.sessionId && sessionId) st.sessionId = sessionId;
  record(st, sessionEndEvent(sessionId, Date.now(), e));
  const last = send($, st, SEND_BUDGET_MS);
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
