import type { AnthropicUsage } from '@glassbox/pricing';
import type { ScanSink } from './scanned-records.js';

/**
 * The reference reading of one parsed transcript record: what the scanner's fast path must produce, and
 * what it falls back to whenever it is unsure. It reads records exactly as `@glassbox/core`'s
 * `normalizeTranscriptRecord` does (tests hold the two to the same answers on real transcripts) but
 * only the few fields a report needs, and without loading the tracker, so `glassbox report` starts fast.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function parseTime(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v !== 'string') return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
}

/** A usage object as the normaliser reads it: finite numbers only, the rest dropped. */
export function readUsage(raw: unknown): AnthropicUsage {
  if (!isObject(raw)) return {};
  const out: { -readonly [K in keyof AnthropicUsage]: AnthropicUsage[K] } = {};
  const input = num(raw.input_tokens);
  if (input !== undefined) out.input_tokens = input;
  const output = num(raw.output_tokens);
  if (output !== undefined) out.output_tokens = output;
  const write = num(raw.cache_creation_input_tokens);
  if (write !== undefined) out.cache_creation_input_tokens = write;
  const read = num(raw.cache_read_input_tokens);
  if (read !== undefined) out.cache_read_input_tokens = read;
  if (isObject(raw.cache_creation))
    out.cache_creation = {
      ephemeral_5m_input_tokens: num(raw.cache_creation.ephemeral_5m_input_tokens),
      ephemeral_1h_input_tokens: num(raw.cache_creation.ephemeral_1h_input_tokens),
    };
  if (isObject(raw.server_tool_use))
    out.server_tool_use = {
      web_search_requests: num(raw.server_tool_use.web_search_requests),
      web_fetch_requests: num(raw.server_tool_use.web_fetch_requests),
    };
  const speed = str(raw.speed);
  if (speed) out.speed = speed;
  if (typeof raw.inference_geo === 'string') out.inference_geo = raw.inference_geo;
  const tier = str(raw.service_tier);
  if (tier) out.service_tier = tier;
  // Server-side iterations, priced one by one above a long-context threshold (kept as the tracker keeps them).
  const iterations = Array.isArray(raw.iterations) ? raw.iterations.filter(isObject) : [];
  if (iterations.length > 0) (out as { iterations?: unknown }).iterations = iterations;
  return out;
}

interface Envelope {
  timeMs: number;
  sessionId: string | undefined;
  isSidechain: boolean;
}

/** Reads one parsed record into the sink. `inherited` is set for the record inside an `agent_progress`. */
export function extractRecord(record: unknown, sink: ScanSink, inherited?: Envelope): void {
  if (!isObject(record)) return;
  const message = isObject(record.message) ? record.message : undefined;
  // The oldest versions wrote messages without `type`: the message's role says what they are.
  const role = message?.role;
  const type =
    typeof record.type === 'string' ? record.type : role === 'assistant' || role === 'user' ? role : '';
  const env: Envelope = {
    timeMs: parseTime(record.timestamp) ?? inherited?.timeMs ?? Number.NaN,
    sessionId: str(record.sessionId) ?? inherited?.sessionId,
    isSidechain: record.isSidechain === true || inherited?.isSidechain === true,
  };
  if (type === 'assistant') {
    const id = str(message?.id);
    const model = str(message?.model);
    // Locally generated messages (`<synthetic>`) were never billed.
    if (!message || !id || !model || model === '<synthetic>') return;
    sink.response({
      messageId: id,
      requestId: str(record.requestId) ?? '',
      model: str(record.requestedModel) ?? model,
      timeMs: env.timeMs,
      sessionId: env.sessionId,
      isSidechain: env.isSidechain,
      usage: readUsage(message.usage),
      recordedCostUsd: num(record.costUSD),
    });
    const content = Array.isArray(message.content) ? message.content : [];
    for (const block of content) {
      if (!isObject(block) || block.type !== 'tool_use') continue;
      const useId = str(block.id);
      if (useId)
        sink.toolUse({
          id: useId,
          name: str(block.name) ?? 'unknown',
          timeMs: env.timeMs,
          sessionId: env.sessionId,
        });
    }
    return;
  }
  if (type === 'user') {
    if (!message || !Array.isArray(message.content)) return;
    for (const block of message.content) {
      if (!isObject(block) || block.type !== 'tool_result') continue;
      const useId = str(block.tool_use_id);
      if (useId) sink.toolResult({ id: useId, timeMs: env.timeMs, isError: block.is_error === true });
    }
    return;
  }
  if (type === 'progress') {
    const data = isObject(record.data) ? record.data : undefined;
    if (data?.type !== 'agent_progress' || !isObject(data.message)) return;
    // Older versions mirror a subagent's messages here: read them as the subagent's (sidechain) records.
    extractRecord(data.message, sink, { timeMs: env.timeMs, sessionId: env.sessionId, isSidechain: true });
  }
}
