// What every record of one trace → telemetry mapping shares: the options resolved, the common attributes, redaction
// and the skip of records already delivered.
import type { Attributes, LogRecordData, SpanData } from '@glassbox/spec';
import { redactSecrets } from './redact-secrets.js';
import type { SessionTrace } from './session-trace.js';
import type { Attrs } from './telemetry-attributes.js';

export interface TraceToTelemetryOptions {
  /** Put prompt text and tool input/output in log bodies and span attributes (redacted). */
  readonly captureContent: boolean;
  /** Applied to every piece of content and error text that leaves. Default: `redactSecrets`. */
  readonly redact?: (value: unknown) => unknown;
  /** Added to every span and log (e.g. `user`, `project`, `team`), for spend by owner in any backend. */
  readonly resource?: Attributes;
  /** Ids (span ids and log ids) already delivered: those records are left out. Children are still visited. */
  readonly skip?: { has(id: string): boolean };
  /** `gen_ai.agent.name` of the main agent. Default `claude-code`. */
  readonly agentName?: string;
}

/** Error text in spans and logs is cut to this many characters after redaction. */
export const MAX_ERROR = 1000;
/** Content attributes on spans (opt-in) are cut to this many characters. */
const MAX_CONTENT_ATTR = 8192;

export interface TelemetryWalk {
  readonly trace: SessionTrace;
  readonly opts: TraceToTelemetryOptions;
  readonly redact: (value: unknown) => unknown;
  readonly agentName: string;
  readonly resource: Attrs;
  readonly sid: string;
  /** On every span: the resource, the conversation id, the provider. */
  readonly common: Attrs;
  /** Redacted error text, cut to `max` characters. */
  cleanText(text: string | undefined, max: number): string | undefined;
  /** A redacted content attribute (opt-in), cut to 8 KiB. */
  contentAttr(value: unknown): string | undefined;
  addSpan(spanId: string, make: () => SpanData): void;
  addLog(id: string, make: (id: string) => LogRecordData): void;
}

/** The walk of `trace` into `spans` and `logs`. */
export function createTelemetryWalk(
  trace: SessionTrace,
  opts: TraceToTelemetryOptions,
  spans: SpanData[],
  logs: LogRecordData[],
): TelemetryWalk {
  const redact = opts.redact ?? ((v: unknown) => redactSecrets(v));
  const agentName = opts.agentName ?? 'claude-code';
  const resource: Attrs = { ...(opts.resource ?? {}) };
  const skip = opts.skip;
  const sid = trace.sessionId;
  const common: Attrs = {
    ...resource,
    'gen_ai.conversation.id': sid,
    'gen_ai.provider.name': 'anthropic',
  };

  const cleanText = (text: string | undefined, max: number): string | undefined => {
    if (text === undefined) return undefined;
    const out = redact(text);
    const s = typeof out === 'string' ? out : JSON.stringify(out);
    return s.length > max ? `${s.slice(0, max)}…` : s;
  };
  const contentAttr = (value: unknown): string | undefined => {
    if (value === undefined) return undefined;
    const out = redact(value);
    const s = typeof out === 'string' ? out : (JSON.stringify(out) ?? '');
    return s.length > MAX_CONTENT_ATTR ? `${s.slice(0, MAX_CONTENT_ATTR)}…` : s;
  };

  // Records already delivered are not even built: repeated mapping of a long session stays cheap.
  const addSpan = (spanId: string, make: () => SpanData): void => {
    if (!skip?.has(spanId)) spans.push(make());
  };
  // The id is hashed once and handed to `make` (log ids are sha256 digests: the walk's hottest part).
  const addLog = (id: string, make: (id: string) => LogRecordData): void => {
    if (!skip?.has(id)) logs.push(make(id));
  };
  return { trace, opts, redact, agentName, resource, sid, common, cleanText, contentAttr, addSpan, addLog };
}
