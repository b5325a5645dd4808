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
    this.events = [...events, ...this.events].sort((a, b) => a.seq - b.seq);
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
  /** Gives a `session.start` recorded before Claude Code's version was known the version. */
  fillClaudeVersion(claudeVersion) {
    for (const e of this.events)
      if (e.type === "session.start" && !e.claudeVersion)
        e.claudeVersion = claudeVersion;
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

// packages/spec/src/sha256.ts
var K = new Uint32Array([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
var rotr = (x, n) => x >>> n | x << 32 - n;
function sha256(data) {
  const h = new Uint32Array([
    1779033703,
    3144134277,
    1013904242,
    2773480762,
    1359893119,
    2600822924,
    528734635,
    1541459225
  ]);
  const total = Math.ceil((data.length + 9) / 64) * 64;
  const block = new Uint8Array(total);
  block.set(data);
  block[data.length] = 128;
  const view = new DataView(block.buffer);
  const bits = data.length * 8;
  view.setUint32(total - 8, Math.floor(bits / 4294967296));
  view.setUint32(total - 4, bits >>> 0);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < total; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a2 = w[i - 15];
      const b2 = w[i - 2];
      const s0 = rotr(a2, 7) ^ rotr(a2, 18) ^ a2 >>> 3;
      const s1 = rotr(b2, 17) ^ rotr(b2, 19) ^ b2 >>> 10;
      w[i] = w[i - 16] + s0 + w[i - 7] + s1 | 0;
    }
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let d = h[3];
    let e = h[4];
    let f = h[5];
    let g = h[6];
    let hh = h[7];
    for (let i = 0; i < 64; i++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = e & f ^ ~e & g;
      const t1 = hh + S1 + ch + K[i] + w[i] | 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = a & b ^ a & c ^ b & c;
      const t2 = S0 + maj | 0;
      hh = g;
      g = f;
      f = e;
      e = d + t1 | 0;
      d = c;
      c = b;
      b = a;
      a = t1 + t2 | 0;
    }
    h[0] = h[0] + a | 0;
    h[1] = h[1] + b | 0;
    h[2] = h[2] + c | 0;
    h[3] = h[3] + d | 0;
    h[4] = h[4] + e | 0;
    h[5] = h[5] + f | 0;
    h[6] = h[6] + g | 0;
    h[7] = h[7] + hh | 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]);
  return out;
}
function hmacSha256(key, data) {
  const k = new Uint8Array(64);
  k.set(key.length > 64 ? sha256(key) : key);
  const inner = new Uint8Array(64 + data.length);
  const outer = new Uint8Array(64 + 32);
  for (let i = 0; i < 64; i++) {
    inner[i] = k[i] ^ 54;
    outer[i] = k[i] ^ 92;
  }
  inner.set(data, 64);
  outer.set(sha256(inner), 64);
  return sha256(outer);
}
var HEX = "0123456789abcdef";
function toHex(bytes) {
  let out = "";
  for (const b of bytes) out += HEX[b >> 4] + HEX[b & 15];
  return out;
}
function timingSafeEqualText(a, b) {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}

// packages/spec/src/agent-channel.ts
var CHANNEL_HEADER_TS = "x-glassbox-ts";
var CHANNEL_HEADER_NONCE = "x-glassbox-nonce";
var CHANNEL_HEADER_SIG = "x-glassbox-sig";
var AGENT_KEY_FILE = "agent.key";
var AGENT_ENDPOINT_FILE = "agent.endpoint";
var encoder = new TextEncoder();
function utf8(text) {
  return encoder.encode(text);
}
function bodyDigest(body) {
  return toHex(sha256(typeof body === "string" ? utf8(body) : body));
}
function requestSigningText(method, path, ts, nonce, bodySha256Hex) {
  return `GB1
${method}
${path}
${ts}
${nonce}
${bodySha256Hex}`;
}
function replySigningText(nonce, status, bodySha256Hex) {
  return `GB1-reply
${nonce}
${status}
${bodySha256Hex}`;
}
function parseAgentKey(text) {
  const hex = text.endsWith("\n") ? text.slice(0, -1) : text;
  if (!/^[0-9a-f]{64}$/.test(hex)) return void 0;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
function agentHomeOf(env) {
  if (env.GLASSBOX_HOME) return env.GLASSBOX_HOME;
  const config = env.CLAUDE_CONFIG_DIR || (env.HOME ? `${env.HOME.replace(/\/+$/, "")}/.claude` : void 0);
  return config ? `${config.replace(/\/+$/, "")}/glassbox` : void 0;
}
function parseAgentEndpoint(text) {
  const fields = {};
  for (const line of text.split("\n")) {
    const eq = line.indexOf("=");
    if (eq > 0) fields[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  const int = (v) => v !== void 0 && /^\d{1,15}$/.test(v) ? Number(v) : void 0;
  const port = int(fields.port);
  if (port === void 0 || port < 1 || port > 65535) return void 0;
  const pid = int(fields.pid);
  const startedMs = int(fields.started);
  return {
    port,
    ...pid !== void 0 ? { pid } : {},
    ...startedMs !== void 0 ? { startedMs } : {},
    ...fields.plugin ? { plugin: fields.plugin } : {}
  };
}
function signAgentRequest(options) {
  const nonceBytes = new Uint8Array(16);
  options.random(nonceBytes);
  const nonce = toHex(nonceBytes);
  const ts = String(Math.floor(options.nowMs));
  const text = requestSigningText(options.method, options.path, ts, nonce, bodyDigest(options.body ?? ""));
  return {
    nonce,
    headers: {
      [CHANNEL_HEADER_TS]: ts,
      [CHANNEL_HEADER_NONCE]: nonce,
      [CHANNEL_HEADER_SIG]: toHex(hmacSha256(options.key, utf8(text)))
    }
  };
}
function verifyAgentReply(key, nonce, status, body, signature) {
  if (typeof signature !== "string" || signature.length !== 64) return false;
  const want = toHex(hmacSha256(key, utf8(replySigningText(nonce, status, bodyDigest(body)))));
  return timingSafeEqualText(want, signature);
}

// packages/mod/src/mod-channel.ts
function channelFiles(env) {
  const home = agentHomeOf(env);
  return home ? { keyPath: `${home}/${AGENT_KEY_FILE}`, endpointPath: `${home}/${AGENT_ENDPOINT_FILE}` } : void 0;
}
function channelOf(keyText, endpointText, fallbackPort) {
  const key = typeof keyText === "string" ? parseAgentKey(keyText) : void 0;
  if (!key) return void 0;
  const endpoint = typeof endpointText === "string" ? parseAgentEndpoint(endpointText) : void 0;
  return { key, port: endpoint?.port ?? fallbackPort };
}
function fillRandom(bytes) {
  try {
    crypto.getRandomValues(bytes);
    return;
  } catch {
  }
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Math.floor(Math.random() * 256) ^ Date.now() >> i % 8 & 255;
}
function signedCall(channel, method, path, body, nowMs) {
  const signed = signAgentRequest({
    key: channel.key,
    method,
    path,
    body: body ?? "",
    nowMs,
    random: fillRandom
  });
  return {
    url: `http://127.0.0.1:${channel.port}${path}`,
    nonce: signed.nonce,
    init: {
      method,
      headers: { ...body !== void 0 ? { "content-type": "application/json" } : {}, ...signed.headers },
      ...body !== void 0 ? { body } : {}
    }
  };
}
function replyVerified(channel, call2, res) {
  const sig = res.headers?.[CHANNEL_HEADER_SIG];
  return verifyAgentReply(
    channel.key,
    call2.nonce,
    res.status,
    res.text ?? "",
    typeof sig === "string" ? sig : void 0
  );
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
function errorTextOf(text, status, config) {
  if (config.captureContent) return text;
  const kind = status === "denied" ? "permission_denied" : status === "interrupted" ? "interrupted" : "error";
  return `${kind} (${text.length} chars)`;
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
  const errorText = outcome.errorText && errorTextOf(outcome.errorText, outcome.status, config);
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
    ...errorText ? { errorText } : {},
    ...output !== void 0 ? { output: contentOf(output, config) } : {}
  };
}
function toolThrewEvent(sessionId, startMs, endMs, e, error, config) {
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
    errorText: errorTextOf(truncate(message, MAX_ERROR_CHARS), aborted ? "interrupted" : "error", config),
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

// packages/mod/src/mod-state.ts
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

// packages/mod/src/mod-version.ts
var MOD_VERSION = true ? "0.1.0" : "0.0.0-dev";

// packages/mod/src/register.ts
var SESSION_END_WAIT_MS = 1e3;
var SEND_BUDGET_MS = 1e3;
var TURN_FLUSH_BUDGET_MS = 500;
function register(on, options) {
  const config = parseModConfig(options);
  const st = {
    config,
    instanceId: newId(),
    buffer: new ModBuffer(config.maxBufferedEvents),
    sessionId: "",
    unacked: /* @__PURE__ */ new Map(),
    inFlight: /* @__PURE__ */ new Set(),
    sends: 0,
    startPending: false
  };
  on("session.start", async (_$, e, next) => {
    record(
      st,
      safe(() => sessionStartEvent(st.sessionId, Date.now(), e, st.claudeVersion))
    );
    st.startPending = true;
    return next(e);
  });
  on("prompt.submit", async ($, e, next) => {
    try {
      if (!st.sessionId && !st.startPending) void refreshSessionId($, st).catch(() => void 0);
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
        safe(() => toolThrewEvent(st.sessionId, startMs, Date.now(), e, error, st.config))
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
    void send($, st, TURN_FLUSH_BUDGET_MS).catch(() => void 0);
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
async function loadChannel($, st) {
  const [glassboxHome, configDir, home] = await Promise.all([
    $.env.get("GLASSBOX_HOME"),
    $.env.get("CLAUDE_CONFIG_DIR"),
    $.env.get("HOME")
  ]);
  const files = channelFiles({ GLASSBOX_HOME: glassboxHome, CLAUDE_CONFIG_DIR: configDir, HOME: home });
  if (!files) return void 0;
  const [keyText, endpointText] = await Promise.all([
    $.fs.read(files.keyPath).catch(() => void 0),
    $.fs.read(files.endpointPath).catch(() => void 0)
  ]);
  return channelOf(keyText, endpointText, st.config.agentPort);
}
async function preloadChannel($, st) {
  st.channel ??= await loadChannel($, st);
}
async function call($, channel, method, path, body, deadlineMs) {
  const c = signedCall(channel, method, path, body, Date.now());
  const res = await Promise.race([
    $.http.fetch(c.url, c.init),
    $.clock.sleep(Math.max(0, deadlineMs - Date.now())).then(() => void 0)
  ]);
  return res && replyVerified(channel, c, res) ? res.status : void 0;
}
async function refreshSessionId($, st) {
  const id = await $.session.id();
  if (typeof id === "string" && id !== "") st.sessionId = id;
}
function send($, st, budgetMs) {
  if (st.startPending) {
    st.starting = startUp($, st, budgetMs);
    return st.starting;
  }
  const starting = st.starting;
  return starting ? starting.then(() => flush($, st, void 0, budgetMs)) : flush($, st, void 0, budgetMs);
}
async function startUp($, st, budgetMs) {
  st.startPending = false;
  const [, v] = await Promise.all([
    refreshSessionId($, st).catch(() => void 0),
    st.claudeVersion ? void 0 : $.session.version().catch(() => void 0),
    preloadChannel($, st).catch(() => void 0)
  ]);
  if (v && typeof v.version === "string") st.claudeVersion = v.version;
  if (st.claudeVersion) st.buffer.fillClaudeVersion(st.claudeVersion);
  const heartbeat = {
    sessionId: st.sessionId,
    ...st.claudeVersion ? { claudeVersion: st.claudeVersion } : {},
    captureContent: st.config.captureContent,
    llmTiming: st.config.llmTiming
  };
  const sending = flush($, st, heartbeat, budgetMs);
  await sendLeftovers($, st).catch(() => void 0);
  return await sending;
}
async function sendLeftovers($, st) {
  const stored = parseLeftovers(await $.store.get(LEFTOVER_STORE_KEY));
  if (stored.length === 0) return;
  const failed = [];
  for (const batch of stored)
    if (failed.length > 0 || !await post($, st, batch, SEND_BUDGET_MS)) failed.push(batch);
  if (failed.length === 0) await $.store.delete(LEFTOVER_STORE_KEY);
  else if (failed.length < stored.length) await $.store.set(LEFTOVER_STORE_KEY, failed);
}
function flushIfFull($, st) {
  if (st.buffer.size >= st.config.flushAtEvents && st.inFlight.size === 0)
    void send($, st, TURN_FLUSH_BUDGET_MS).catch(() => void 0);
}
async function flush($, st, heartbeat, budgetMs = SEND_BUDGET_MS) {
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
  const sending = post($, st, batch, budgetMs).then((ok) => {
    st.unacked.delete(sendNo);
    if (!ok) st.buffer.restore(events, dropped);
    return ok;
  });
  st.inFlight.add(sending);
  void sending.finally(() => st.inFlight.delete(sending));
  return await sending;
}
async function post($, st, batch, budgetMs) {
  const deadline = Date.now() + budgetMs;
  try {
    st.channel ??= await loadChannel($, st);
    const channel = st.channel;
    if (!channel) return false;
    if (st.config.captureContent && await call($, channel, "GET", "/v1/hello", void 0, deadline) !== 200) {
      st.channel = void 0;
      return false;
    }
    const status = await call($, channel, "POST", "/v1/mod", JSON.stringify(batch), deadline);
    if (status === void 0) st.channel = void 0;
    return status !== void 0 && status >= 200 && status < 500;
  } catch {
    st.channel = void 0;
    return false;
  }
}
async function endSession($, st, e) {
  const sessionId = typeof e.sessionId === "string" && e.sessionId ? e.sessionId : st.sessionId;
  if (!st.sessionId && sessionId) st.sessionId = sessionId;
  record(st, sessionEndEvent(sessionId, Date.now(), e));
  const last = send($, st, SEND_BUDGET_MS);
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
