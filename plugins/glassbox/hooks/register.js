// Generated from packages/mod by `pnpm --filter glassbox-plugin build`. Do not edit.

// packages/mod/src/mod-batch.ts
var MOD_PROTOCOL_VERSION = 1;
var ModBuffer = class {
  constructor(maxEvents) {
    this.maxEvents = maxEvents;
  }
  maxEvents;
  events = [];
  nextSeq = 1;
  droppedCount = 0;
  get size() {
    return this.events.length;
  }
  /** Events dropped since the last call to `takeDropped`. */
  get dropped() {
    return this.droppedCount;
  }
  push(event) {
    this.events.push({ ...event, seq: this.nextSeq++ });
    this.trim();
  }
  /** Removes and returns everything waiting, oldest first. */
  take() {
    const out = this.events;
    this.events = [];
    return out;
  }
  /** Puts events of a failed send back in front of newer ones (still bounded). */
  restore(events, dropped = 0) {
    this.droppedCount += dropped;
    if (events.length === 0) return;
    this.events = [...events, ...this.events];
    this.trim();
  }
  takeDropped() {
    const n = this.droppedCount;
    this.droppedCount = 0;
    return n;
  }
  /** Gives events recorded before the session id was known the id (the mod learns it asynchronously). */
  fillSessionId(sessionId) {
    for (const e of this.events) if (!e.sessionId) e.sessionId = sessionId;
  }
  trim() {
    const excess = this.events.length - this.maxEvents;
    if (excess > 0) {
      this.events.splice(0, excess);
      this.droppedCount += excess;
    }
  }
};
function createModBatch(options) {
  return {
    v: MOD_PROTOCOL_VERSION,
    instanceId: options.instanceId,
    modVersion: options.modVersion,
    sentAtMs: options.sentAtMs,
    ...options.heartbeat ? { heartbeat: options.heartbeat } : {},
    ...options.droppedEvents ? { droppedEvents: options.droppedEvents } : {},
    events: options.events
  };
}
var LEFTOVER_STORE_KEY = "glassbox.pending";
var MAX_LEFTOVER_CHARS = 1024 * 1024;
function parseLeftovers(value) {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (b) => typeof b === "object" && b !== null && b.v === MOD_PROTOCOL_VERSION && typeof b.instanceId === "string" && Array.isArray(b.events)
  );
}
function appendLeftover(existing, batch, maxChars = MAX_LEFTOVER_CHARS) {
  const kept = [];
  let total = 0;
  const all = [...parseLeftovers(existing), batch];
  for (let i = all.length - 1; i >= 0; i--) {
    let b = all[i];
    let size = JSON.stringify(b).length;
    if (size > maxChars - total) {
      if (kept.length > 0) break;
      b = shrinkBatch(b, maxChars);
      size = JSON.stringify(b).length;
      if (size > maxChars) break;
    }
    kept.unshift(b);
    total += size;
  }
  return kept;
}
function shrinkBatch(batch, maxChars) {
  const events = [];
  let size = JSON.stringify({ ...batch, events: [] }).length;
  for (let i = batch.events.length - 1; i >= 0; i--) {
    const e = batch.events[i];
    const s = JSON.stringify(e).length + 1;
    if (size + s > maxChars) break;
    events.unshift(e);
    size += s;
  }
  const dropped = (batch.droppedEvents ?? 0) + batch.events.length - events.length;
  return { ...batch, events, ...dropped > 0 ? { droppedEvents: dropped } : {} };
}

// packages/mod/src/mod-config.ts
var DEFAULT_AGENT_PORT = 47821;
var DEFAULT_MOD_CONFIG = {
  agentPort: DEFAULT_AGENT_PORT,
  captureContent: false,
  llmTiming: false,
  flushAtEvents: 100,
  maxBufferedEvents: 5e3,
  maxContentChars: 32 * 1024
};
function parseModConfig(options) {
  const o = typeof options === "object" && options !== null ? options : {};
  return {
    ...DEFAULT_MOD_CONFIG,
    agentPort: portOf(o.agentPort),
    captureContent: booleanOf(o.captureContent, false),
    llmTiming: booleanOf(o.llmTiming, false)
  };
}
function portOf(value) {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n > 0 && n < 65536 ? n : DEFAULT_AGENT_PORT;
}
function booleanOf(value, fallback) {
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  return fallback;
}

// packages/mod/src/mod-events.ts
var RESERVED_TOOL_KEYS = /* @__PURE__ */ new Set(["tool", "tool_use_id", "agentId"]);
var MAX_ERROR_CHARS = 2e3;
var DENIED_TEXT = /requested permissions? to|haven't granted it|permission to use \S+ (?:has been|was) denied|doesn't want to proceed with this tool use|tool use was rejected|was blocked by (?:a |the )?(?:\S+ )?(?:hook|policy)|denied by (?:a |the )?(?:\S+ )?(?:hook|policy|permission)|Permission denied by|blocked by permission rules/i;
var INTERRUPTED_TEXT = /interrupted by user|Request interrupted|was interrupted/i;
function str(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function num(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max)}\u2026` : text;
}
function approxSize(value, depth = 0) {
  if (value === null || value === void 0) return 0;
  if (typeof value === "string") return value.length;
  if (typeof value === "number" || typeof value === "boolean") return String(value).length;
  if (typeof value !== "object" || depth > 4) return 0;
  let size = 2;
  if (Array.isArray(value)) {
    for (const item of value) size += approxSize(item, depth + 1) + 1;
    return size;
  }
  for (const [key, item] of Object.entries(value)) size += key.length + 3 + approxSize(item, depth + 1) + 1;
  return size;
}
function toolArguments(e) {
  const args = {};
  for (const [key, value] of Object.entries(e)) if (!RESERVED_TOOL_KEYS.has(key)) args[key] = value;
  return args;
}
function contentOf(value, config) {
  if (typeof value === "string") return truncate(value, config.maxContentChars);
  if (approxSize(value) <= config.maxContentChars) return value;
  try {
    return truncate(JSON.stringify(value), config.maxContentChars);
  } catch {
    return void 0;
  }
}
function toolOutcome(result) {
  if (typeof result !== "object" || result === null) return { status: "ok", outputBytes: 0 };
  const r = result;
  const text = typeof r.text === "string" ? r.text : typeof r.result === "string" ? r.result : "";
  const outputBytes = text ? text.length : approxSize(r.result);
  if (r.deny !== void 0) {
    const reason = typeof r.deny === "string" ? r.deny : "denied by a mod";
    return { status: "denied", errorText: truncate(reason, MAX_ERROR_CHARS), outputBytes };
  }
  const interrupted = typeof r.result === "object" && r.result !== null && r.result.interrupted === true;
  if (r.isError === true) {
    const head = text.slice(0, 500);
    const status = DENIED_TEXT.test(head) ? "denied" : interrupted || INTERRUPTED_TEXT.test(head) ? "interrupted" : "error";
    return { status, errorText: truncate(text, MAX_ERROR_CHARS), outputBytes };
  }
  return { status: interrupted ? "interrupted" : "ok", outputBytes };
}
function sessionStartEvent(sessionId, atMs, e, claudeVersion) {
  return {
    source: "mod",
    type: "session.start",
    sessionId,
    atMs,
    ...str(e.cwd) ? { cwd: e.cwd } : {},
    ...claudeVersion ? { claudeVersion } : {}
  };
}
function sessionEndEvent(sessionId, atMs, e) {
  return {
    source: "mod",
    type: "session.end",
    sessionId,
    atMs,
    ...str(e.reason) ? { reason: e.reason } : {}
  };
}
function promptSubmitEvent(sessionId, atMs, e, config) {
  const text = typeof e.text === "string" ? e.text : "";
  return {
    source: "mod",
    type: "prompt.submit",
    sessionId,
    atMs,
    textLength: text.length,
    ...config.captureContent ? { text: truncate(text, config.maxContentChars) } : {}
  };
}
function turnStartEvent(sessionId, atMs, e) {
  const turnId = str(e.turnId);
  if (!turnId) return void 0;
  return {
    source: "mod",
    type: "turn.start",
    sessionId,
    atMs,
    turnId,
    ...str(e.agentId) ? { agentId: e.agentId } : {}
  };
}
function turnCompleteEvent(sessionId, atMs, e) {
  const reason = str(e.reason) ?? (e.isAborted === true ? "aborted" : void 0);
  return {
    source: "mod",
    type: "turn.complete",
    sessionId,
    atMs,
    ...str(e.turnId) ? { turnId: e.turnId } : {},
    ...str(e.agentId) ? { agentId: e.agentId } : {},
    ...num(e.durationMs) !== void 0 ? { durationMs: e.durationMs } : {},
    ...reason ? { reason } : {}
  };
}
function toolStartEvent(sessionId, atMs, e, config) {
  const toolUseId = str(e.tool_use_id);
  if (!toolUseId) return void 0;
  const args = toolArguments(e);
  return {
    source: "mod",
    type: "tool.start",
    sessionId,
    atMs,
    toolUseId,
    toolName: str(e.tool) ?? "unknown",
    inputBytes: approxSize(args),
    ...str(e.agentId) ? { agentId: e.agentId } : {},
    ...config.captureContent ? { input: contentOf(args, config) } : {}
  };
}
function toolEndEvent(sessionId, startMs, endMs, e, result, config) {
  const toolUseId = str(e.tool_use_id);
  if (!toolUseId) return void 0;
  const outcome = toolOutcome(result);
  const output = config.captureContent && typeof result === "object" && result !== null ? result.text : void 0;
  return {
    source: "mod",
    type: "tool.end",
    sessionId,
    atMs: endMs,
    toolUseId,
    toolName: str(e.tool) ?? "unknown",
    status: outcome.status,
    durationMs: Math.max(0, endMs - startMs),
    outputBytes: outcome.outputBytes,
    ...str(e.agentId) ? { agentId: e.agentId } : {},
    ...outcome.errorText ? { errorText: outcome.errorText } : {},
    ...output !== void 0 ? { output: contentOf(output, config) } : {}
  };
}
function toolThrewEvent(sessionId, startMs, endMs, e, error) {
  const toolUseId = str(e.tool_use_id);
  if (!toolUseId) return void 0;
  const message = error instanceof Error ? error.message : String(error);
  const aborted = error instanceof Error && error.name === "AbortError";
  return {
    source: "mod",
    type: "tool.end",
    sessionId,
    atMs: endMs,
    toolUseId,
    toolName: str(e.tool) ?? "unknown",
    status: aborted ? "interrupted" : "error",
    durationMs: Math.max(0, endMs - startMs),
    errorText: truncate(message, MAX_ERROR_CHARS),
    ...str(e.agentId) ? { agentId: e.agentId } : {}
  };
}
function agentSpawnEvent(sessionId, atMs, e, result) {
  const model = str(result?.model) ?? str(e.model);
  return {
    source: "mod",
    type: "agent.spawn",
    sessionId,
    atMs,
    ...str(e.tool_use_id) ? { toolUseId: e.tool_use_id } : {},
    ...str(result?.agentId) ? { spawnedAgentId: result?.agentId } : {},
    ...str(e.subagentType) ? { subagentType: e.subagentType } : {},
    ...model ? { model } : {},
    ...str(e.parentAgentId) ? { agentId: e.parentAgentId } : {}
  };
}
function compactEvent(sessionId, atMs, e) {
  return {
    source: "mod",
    type: "session.compact",
    sessionId,
    atMs,
    ...str(e.trigger) ? { trigger: e.trigger } : {},
    ...str(e.agentId) ? { agentId: e.agentId } : {}
  };
}
function measureEvent(sessionId, atMs, e) {
  const costUsd = num(e.cost?.usd);
  const contextTokens = num(e.context?.tokens);
  return {
    source: "mod",
    type: "session.measure",
    sessionId,
    atMs,
    ...costUsd !== void 0 ? { costUsd } : {},
    ...contextTokens !== void 0 ? { contextTokens } : {}
  };
}
function turnStepEvent(sessionId, startMs, firstChunkMs, endMs, e, result) {
  const turnId = str(e.turnId);
  if (!turnId) return void 0;
  const u = result?.usage;
  return {
    source: "mod",
    type: "turn.step",
    sessionId,
    atMs: endMs,
    turnId,
    index: num(e.index) ?? 0,
    startMs,
    endMs,
    ...firstChunkMs !== void 0 ? { firstChunkMs } : {},
    ...str(e.model) ? { model: e.model } : {},
    ...str(e.agentId) ? { agentId: e.agentId } : {},
    ...result && result.stopReason !== void 0 ? { stopReason: result.stopReason } : {},
    ...u ? {
      usage: {
        input_tokens: num(u.input_tokens) ?? 0,
        output_tokens: num(u.output_tokens) ?? 0,
        cache_read_input_tokens: num(u.cache_read_input_tokens) ?? 0,
        cache_creation_input_tokens: num(u.cache_creation_input_tokens) ?? 0,
        ...str(u.model) ? { model: u.model } : {}
      }
    } : {}
  };
}

// packages/mod/src/mod-version.ts
var MOD_VERSION = true ? "0.1.0" : "0.0.0-dev";

// packages/mod/src/register.ts
var SESSION_END_WAIT_MS = 1e3;
function register(on, options) {
  const config = parseModConfig(options);
  const st = {
    config,
    instanceId: newId(),
    buffer: new ModBuffer(config.maxBufferedEvents),
    sessionId: "",
    unacked: /* @__PURE__ */ new Map(),
    inFlight: /* @__PURE__ */ new Set(),
    sends: 0
  };
  on("session.start", async ($, e, next) => {
    try {
      void startSession($, st, e).catch(() => void 0);
    } catch {
    }
    return next(e);
  });
  on("prompt.submit", async ($, e, next) => {
    try {
      if (!st.sessionId) void refreshSessionId($, st).catch(() => void 0);
      record(st, promptSubmitEvent(st.sessionId, Date.now(), e, st.config));
    } catch {
    }
    return next(e);
  }).catch(failOpen);
  on("turn.start", async (_$, e, next) => {
    record(
      st,
      safe(() => turnStartEvent(st.sessionId, Date.now(), e))
    );
    return next(e);
  });
  on("tool.call", async ($, e, next) => {
    const startMs = Date.now();
    record(
      st,
      safe(() => toolStartEvent(st.sessionId, startMs, e, st.config))
    );
    let result;
    try {
      result = await next(e);
    } catch (error) {
      record(
        st,
        safe(() => toolThrewEvent(st.sessionId, startMs, Date.now(), e, error))
      );
      flushIfFull($, st);
      throw error;
    }
    record(
      st,
      safe(() => toolEndEvent(st.sessionId, startMs, Date.now(), e, result, st.config))
    );
    flushIfFull($, st);
    return result;
  }).catch(failOpen);
  on("agent.spawn", async (_$, e, next) => {
    const result = await next(e);
    record(
      st,
      safe(() => agentSpawnEvent(st.sessionId, Date.now(), e, result))
    );
    return result;
  }).catch(failOpen);
  on("turn.complete", async ($, e, next) => {
    record(
      st,
      safe(() => turnCompleteEvent(st.sessionId, Date.now(), e))
    );
    void flush($, st).catch(() => void 0);
    return next(e);
  });
  on("session.compact", async (_$, e, next) => {
    record(
      st,
      safe(() => compactEvent(st.sessionId, Date.now(), e))
    );
    return next(e);
  }).catch(failOpen);
  on("session.measure", async (_$, e, next) => {
    record(
      st,
      safe(() => measureEvent(st.sessionId, Date.now(), e))
    );
    return next(e);
  });
  on("session.end", async ($, e, next) => {
    try {
      await endSession($, st, e);
    } catch {
    }
    return next(e);
  });
  if (st.config.llmTiming) {
    on("turn.step", async function* (_$, e, next) {
      const startMs = Date.now();
      let firstChunkMs;
      const stream = next(e);
      let result;
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
          safe(() => turnStepEvent(st.sessionId, startMs, firstChunkMs, Date.now(), e, result))
        );
      }
      return result;
    });
  }
}
function failOpen(_$, e, next) {
  return next(e);
}
function record(st, event) {
  if (event) st.buffer.push(event);
}
function safe(build) {
  try {
    return build();
  } catch {
    return void 0;
  }
}
function newId() {
  try {
    return crypto.randomUUID();
  } catch {
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  }
}
function agentUrl(st) {
  return `http://127.0.0.1:${st.config.agentPort}/v1/mod`;
}
async function refreshSessionId($, st) {
  const id = await $.session.id();
  if (typeof id === "string" && id !== "") st.sessionId = id;
}
async function startSession($, st, e) {
  await refreshSessionId($, st);
  if (!st.claudeVersion) {
    const v = await $.session.version().catch(() => void 0);
    if (v && typeof v.version === "string") st.claudeVersion = v.version;
  }
  record(st, sessionStartEvent(st.sessionId, Date.now(), e, st.claudeVersion));
  const heartbeat = {
    sessionId: st.sessionId,
    ...st.claudeVersion ? { claudeVersion: st.claudeVersion } : {},
    captureContent: st.config.captureContent,
    llmTiming: st.config.llmTiming
  };
  void flush($, st, heartbeat).catch(() => void 0);
  await sendLeftovers($, st);
}
async function sendLeftovers($, st) {
  const stored = parseLeftovers(await $.store.get(LEFTOVER_STORE_KEY));
  if (stored.length === 0) return;
  const failed = [];
  for (const batch of stored) if (!await post($, st, batch)) failed.push(batch);
  if (failed.length === 0) await $.store.delete(LEFTOVER_STORE_KEY);
  else if (failed.length < stored.length) await $.store.set(LEFTOVER_STORE_KEY, failed);
}
function flushIfFull($, st) {
  if (st.buffer.size >= st.config.flushAtEvents && st.inFlight.size === 0)
    void flush($, st).catch(() => void 0);
}
async function flush($, st, heartbeat) {
  if (!st.sessionId) await refreshSessionId($, st).catch(() => void 0);
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
    ...heartbeat ? { heartbeat } : {},
    droppedEvents: dropped
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
async function post($, st, batch) {
  try {
    const res = await $.http.fetch(agentUrl(st), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(batch)
    });
    return res.status >= 200 && res.status < 500;
  } catch {
    return false;
  }
}
async function endSession($, st, e) {
  const sessionId = typeof e.sessionId === "string" && e.sessionId ? e.sessionId : st.sessionId;
  if (!st.sessionId && sessionId) st.sessionId = sessionId;
  record(st, sessionEndEvent(sessionId, Date.now(), e));
  const last = flush($, st);
  const delivered = await Promise.race([
    Promise.all([...st.inFlight, last]).then((all) => all.every(Boolean)),
    $.clock.sleep(SESSION_END_WAIT_MS).then(() => false)
  ]);
  if (!delivered) await keepLeftovers($, st);
  st.sessionId = "";
}
async function keepLeftovers($, st) {
  const events = [...[...st.unacked.values()].flat(), ...st.buffer.take()];
  const dropped = st.buffer.takeDropped();
  if (events.length === 0) return;
  const batch = createModBatch({
    instanceId: st.instanceId,
    modVersion: MOD_VERSION,
    sentAtMs: Date.now(),
    events,
    droppedEvents: dropped
  });
  const existing = await $.store.get(LEFTOVER_STORE_KEY);
  await $.store.set(LEFTOVER_STORE_KEY, appendLeftover(existing, batch));
}
export {
  register
};
