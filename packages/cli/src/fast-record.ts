import {
  bytesAre,
  EMPTY,
  FieldCursor,
  hasEscape,
  isTrue,
  LBRACE,
  numberAt,
  QUOTE,
  skipValue,
  stringAt,
  timeAt,
} from './field-cursor.js';
import { MessageScratch, readMessageAt, UsageScratch } from './read-message-at.js';
import type { RawResponse, RawScanSink, ScanSink } from './scanned-records.js';
import {
  KEY_COST_USD,
  KEY_DATA,
  KEY_IS_SIDECHAIN,
  KEY_MESSAGE,
  KEY_REQUEST_ID,
  KEY_REQUESTED_MODEL,
  KEY_SESSION_ID,
  KEY_TIMESTAMP,
  KEY_TYPE,
  VAL_AGENT_PROGRESS,
  VAL_ASSISTANT,
  VAL_PROGRESS,
  VAL_SYNTHETIC,
  VAL_USER,
} from './transcript-keys.js';

// The fast path of scan-transcript.ts: one record read from its bytes, or false to let the full parse do it.

interface Inherited {
  readonly timeMs: number;
  /** Range of the session id string (in the same line), -1 when none. */
  readonly sessionS: number;
  readonly sessionE: number;
  readonly isSidechain: boolean;
}

/** Per-depth scratch: a line, and the record nested in its `agent_progress`. */
class RecordScratch {
  readonly fields = new FieldCursor();
  readonly message = new MessageScratch();
  readonly data = new FieldCursor();
  inner: RecordScratch | undefined;
}

export const TOP = new RecordScratch();
TOP.inner = new RecordScratch();

/** Reads one record (a line, or the record nested in an `agent_progress`). False: let the full parse do it. */
export function fastRecord(
  b: Buffer,
  s: number,
  e: number,
  inherited: Inherited | undefined,
  sink: ScanSink,
  scratch: RecordScratch,
): boolean {
  const f = scratch.fields;
  const m = scratch.message;
  m.reset();
  let typeS = -1;
  let typeE = -1;
  let requestIdS = -1;
  let requestIdE = -1;
  let requestedS = -1;
  let requestedE = -1;
  let timeS = -1;
  let timeE = -1;
  let sessionS = -1;
  let sessionE = -1;
  let costS = -1;
  let costE = -1;
  let sidechain = false;
  let progressS = -1;
  let progressE = -1;
  let state = f.open(b, s, e);
  while (state === 1) {
    const vs = f.vs;
    let ve: number;
    switch (f.ke - f.ks) {
      case 6:
        ve = skipValue(b, vs, e);
        if (f.keyIs(b, KEY_TYPE)) {
          typeS = vs;
          typeE = ve;
        } else if (f.keyIs(b, KEY_DATA)) {
          progressS = vs;
          progressE = ve;
        }
        break;
      case 9:
        if (f.keyIs(b, KEY_MESSAGE) && b[vs] === LBRACE) ve = readMessageAt(b, vs, e, m);
        else {
          ve = skipValue(b, vs, e);
          if (f.keyIs(b, KEY_COST_USD)) {
            costS = vs;
            costE = ve;
          }
        }
        break;
      case 11:
        ve = skipValue(b, vs, e);
        if (f.keyIs(b, KEY_REQUEST_ID)) {
          requestIdS = vs;
          requestIdE = ve;
        } else if (f.keyIs(b, KEY_TIMESTAMP)) {
          timeS = vs;
          timeE = ve;
        } else if (f.keyIs(b, KEY_SESSION_ID)) {
          sessionS = vs;
          sessionE = ve;
        }
        break;
      case 13:
        ve = skipValue(b, vs, e);
        if (f.keyIs(b, KEY_IS_SIDECHAIN)) sidechain = isTrue(b, vs, ve);
        break;
      case 16:
        ve = skipValue(b, vs, e);
        if (f.keyIs(b, KEY_REQUESTED_MODEL)) {
          requestedS = vs;
          requestedE = ve;
        }
        break;
      default:
        ve = skipValue(b, vs, e);
        break;
    }
    state = f.next(b, ve);
  }
  if (state < 0) return false;

  // The record's kind: its `type`, else (oldest versions) its message's role.
  let kind: 'assistant' | 'user' | 'progress' | undefined;
  if (typeS >= 0) {
    if (b[typeS] !== QUOTE) return false;
    kind = bytesAre(b, typeS, typeE, VAL_ASSISTANT)
      ? 'assistant'
      : bytesAre(b, typeS, typeE, VAL_USER)
        ? 'user'
        : bytesAre(b, typeS, typeE, VAL_PROGRESS)
          ? 'progress'
          : undefined;
  } else kind = m.present ? m.role : undefined;
  if (kind === undefined) return true;
  if (kind === 'progress' && inherited) return false;

  const own = timeS >= 0 ? timeAt(b, timeS, timeE) : Number.NaN;
  if (timeS >= 0 && b[timeS] !== QUOTE) return false;
  // A session id counts only as a non-empty string; otherwise the enclosing record's.
  const ownSession = sessionS >= 0 && b[sessionS] === QUOTE && sessionE - sessionS > 2;
  const env: Inherited = {
    timeMs: Number.isNaN(own) ? (inherited?.timeMs ?? Number.NaN) : own,
    sessionS: ownSession ? sessionS : (inherited?.sessionS ?? -1),
    sessionE: ownSession ? sessionE : (inherited?.sessionE ?? -1),
    isSidechain: sidechain || inherited?.isSidechain === true,
  };

  if (kind === 'progress')
    return progressS >= 0 ? fastProgress(b, progressS, progressE, env, sink, scratch) : true;
  if (!m.present) return true;
  if (kind === 'user') {
    const r = m.results;
    // Decoded before any is emitted: a bad escape in a later id skips the whole line, as the reference does.
    for (let i = 0; i < r.length; i += 3) if (hasEscape(b, r[i]!, r[i + 1]!)) stringAt(b, r[i]!, r[i + 1]!);
    for (let i = 0; i < r.length; i += 3) {
      const id = stringAt(b, r[i]!, r[i + 1]!);
      if (id) sink.toolResult({ id, timeMs: env.timeMs, isError: r[i + 2] === 1 });
    }
    return true;
  }
  // An assistant message: one API response (or one content block of it).
  if (m.idS < 0 || m.modelS < 0) return true;
  if (b[m.idS] !== QUOTE || m.idE - m.idS < 3 || b[m.modelS] !== QUOTE || m.modelE - m.modelS < 3)
    return true;
  if (bytesAre(b, m.modelS, m.modelE, VAL_SYNTHETIC)) return true;
  const requested = requestedS >= 0 && b[requestedS] === QUOTE && requestedE - requestedS > 2;
  const hasRequest = requestIdS >= 0 && b[requestIdS] === QUOTE && requestIdE - requestIdS > 2;
  const recordedCostUsd = costS >= 0 ? numberAt(b, costS, costE) : undefined;
  const usage = m.usage;
  if (!m.hasUsage) usage.reset();
  const raw = isRawSink(sink) ? RAW : undefined;
  // Tool-use ids and names with escapes are checked before the response is emitted (a bad one skips the line).
  for (let i = 0; i < m.uses.length; i += 4) {
    const [idS, idE, nameS, nameE] = [m.uses[i]!, m.uses[i + 1]!, m.uses[i + 2]!, m.uses[i + 3]!];
    if (b[idS] === QUOTE && hasEscape(b, idS, idE)) stringAt(b, idS, idE);
    if (nameS >= 0 && b[nameS] === QUOTE && hasEscape(b, nameS, nameE)) stringAt(b, nameS, nameE);
  }
  if (env.sessionS >= 0 && b[env.sessionS] === QUOTE && hasEscape(b, env.sessionS, env.sessionE))
    stringAt(b, env.sessionS, env.sessionE);
  if (
    raw &&
    !usage.escaped &&
    !hasEscape(b, m.idS, m.idE) &&
    !(hasRequest && hasEscape(b, requestIdS, requestIdE)) &&
    !hasEscape(b, requested ? requestedS : m.modelS, requested ? requestedE : m.modelE) &&
    !(env.sessionS >= 0 && hasEscape(b, env.sessionS, env.sessionE))
  ) {
    raw.b = b;
    raw.idS = m.idS;
    raw.idE = m.idE;
    raw.requestS = hasRequest ? requestIdS : -1;
    raw.requestE = hasRequest ? requestIdE : -1;
    raw.modelS = requested ? requestedS : m.modelS;
    raw.modelE = requested ? requestedE : m.modelE;
    raw.sessionS = env.sessionS;
    raw.sessionE = env.sessionE;
    raw.timeMs = env.timeMs;
    raw.isSidechain = env.isSidechain;
    raw.recordedCostUsd = recordedCostUsd;
    raw.usage = usage;
    (sink as RawScanSink).rawResponse(raw);
  } else {
    const sessionId = env.sessionS >= 0 ? stringAt(b, env.sessionS, env.sessionE) : undefined;
    sink.response({
      messageId: stringAt(b, m.idS, m.idE)!,
      requestId: (hasRequest ? stringAt(b, requestIdS, requestIdE) : undefined) ?? '',
      model:
        (requested ? stringAt(b, requestedS, requestedE) : undefined) ?? stringAt(b, m.modelS, m.modelE)!,
      timeMs: env.timeMs,
      sessionId,
      isSidechain: env.isSidechain,
      usage: m.hasUsage ? usage.toUsage() : {},
      recordedCostUsd,
    });
  }
  const u = m.uses;
  for (let i = 0; i < u.length; i += 4) {
    const idS = u[i]!;
    const idE = u[i + 1]!;
    if (b[idS] !== QUOTE || idE - idS < 3) continue;
    const nameS = u[i + 2]!;
    const nameE = u[i + 3]!;
    const named = nameS >= 0 && b[nameS] === QUOTE && nameE - nameS > 2;
    if (
      raw &&
      !hasEscape(b, idS, idE) &&
      !(named && hasEscape(b, nameS, nameE)) &&
      !(env.sessionS >= 0 && hasEscape(b, env.sessionS, env.sessionE))
    )
      (sink as RawScanSink).rawToolUse(
        b,
        idS,
        idE,
        named ? nameS : -1,
        named ? nameE : -1,
        env.timeMs,
        env.sessionS,
        env.sessionE,
      );
    else
      sink.toolUse({
        id: stringAt(b, idS, idE)!,
        name: (named ? stringAt(b, nameS, nameE) : undefined) ?? 'unknown',
        timeMs: env.timeMs,
        sessionId: env.sessionS >= 0 ? stringAt(b, env.sessionS, env.sessionE) : undefined,
      });
  }
  return true;
}

const isRawSink = (sink: ScanSink): sink is RawScanSink =>
  typeof (sink as Partial<RawScanSink>).rawResponse === 'function';

/** The one raw response object the fast path fills and hands over (the sink copies what it keeps). */
const RAW: { -readonly [K in keyof RawResponse]: RawResponse[K] } = {
  b: EMPTY,
  idS: -1,
  idE: -1,
  requestS: -1,
  requestE: -1,
  modelS: -1,
  modelE: -1,
  sessionS: -1,
  sessionE: -1,
  timeMs: Number.NaN,
  isSidechain: false,
  recordedCostUsd: undefined,
  usage: new UsageScratch(),
};

function fastProgress(
  b: Buffer,
  s: number,
  e: number,
  env: Inherited,
  sink: ScanSink,
  scratch: RecordScratch,
): boolean {
  const f = scratch.data;
  let agentProgress = false;
  let msgS = -1;
  let msgE = -1;
  let state = f.open(b, s, e);
  if (state < 0) return true;
  while (state === 1) {
    const vs = f.vs;
    const ve = skipValue(b, vs, e);
    if (f.keyIs(b, KEY_TYPE)) agentProgress = bytesAre(b, vs, ve, VAL_AGENT_PROGRESS);
    else if (f.keyIs(b, KEY_MESSAGE)) {
      msgS = vs;
      msgE = ve;
    }
    state = f.next(b, ve);
  }
  if (state < 0) return false;
  if (!agentProgress || msgS < 0 || b[msgS] !== LBRACE) return true;
  // Older versions mirror a subagent's messages here: read them as the subagent's (sidechain) records.
  return fastRecord(
    b,
    msgS,
    msgE,
    { timeMs: env.timeMs, sessionS: env.sessionS, sessionE: env.sessionE, isSidechain: true },
    sink,
    scratch.inner ?? (scratch.inner = new RecordScratch()),
  );
}
