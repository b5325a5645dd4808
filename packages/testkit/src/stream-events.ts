// A scripted reply built into a full Messages API message, and its SSE events in the real API's order.
import { randomBytes } from 'node:crypto';
import type { FakeMessage, FakeUsage } from './fake-anthropic-types.js';

let toolIdCounter = 0;

function toolUseId(): string {
  toolIdCounter += 1;
  return `toolu_fake${String(toolIdCounter).padStart(4, '0')}${randomBytes(6).toString('hex')}`;
}

function fullUsage(usage: FakeUsage = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {
    input_tokens: usage.input_tokens ?? 10,
    cache_creation_input_tokens: usage.cache_creation_input_tokens ?? 0,
    cache_read_input_tokens: usage.cache_read_input_tokens ?? 0,
    output_tokens: usage.output_tokens ?? 5,
    service_tier: usage.service_tier ?? 'standard',
  };
  if (usage.cache_creation) out.cache_creation = usage.cache_creation;
  if (usage.server_tool_use) {
    out.server_tool_use = {
      web_search_requests: usage.server_tool_use.web_search_requests ?? 0,
      web_fetch_requests: usage.server_tool_use.web_fetch_requests ?? 0,
    };
  }
  if (usage.speed !== undefined) out.speed = usage.speed;
  if (usage.inference_geo !== undefined) out.inference_geo = usage.inference_geo;
  return out;
}

export interface BuiltMessage {
  id: string;
  model: string;
  content: Array<Record<string, unknown>>;
  stopReason: string;
  usage: Record<string, unknown>;
}

export function buildMessage(reply: FakeMessage, requestedModel: string): BuiltMessage {
  const content = reply.content.map((block) => {
    if (block.type === 'tool_use')
      return { type: 'tool_use', id: block.id ?? toolUseId(), name: block.name, input: block.input };
    if (block.type === 'thinking')
      return { type: 'thinking', thinking: block.thinking, signature: block.signature ?? 'sig-fake' };
    return { type: 'text', text: block.text };
  });
  const hasTool = content.some((b) => b.type === 'tool_use');
  return {
    id: `msg_fake${randomBytes(10).toString('hex')}`,
    model: reply.model ?? requestedModel,
    content,
    stopReason: reply.stopReason ?? (hasTool ? 'tool_use' : 'end_turn'),
    usage: fullUsage(reply.usage),
  };
}

/** The SSE events of one streamed message, exactly in the order the real API sends them. */
export function streamEvents(message: BuiltMessage): Array<{ event: string; data: unknown }> {
  const startUsage = { ...message.usage, output_tokens: Math.min(1, Number(message.usage.output_tokens)) };
  const events: Array<{ event: string; data: unknown }> = [
    {
      event: 'message_start',
      data: {
        type: 'message_start',
        message: {
          id: message.id,
          type: 'message',
          role: 'assistant',
          model: message.model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: startUsage,
        },
      },
    },
  ];
  message.content.forEach((block, index) => {
    if (block.type === 'text') {
      events.push({
        event: 'content_block_start',
        data: { type: 'content_block_start', index, content_block: { type: 'text', text: '' } },
      });
      const text = String(block.text);
      const mid = Math.ceil(text.length / 2);
      for (const part of [text.slice(0, mid), text.slice(mid)].filter((p) => p.length > 0)) {
        events.push({
          event: 'content_block_delta',
          data: { type: 'content_block_delta', index, delta: { type: 'text_delta', text: part } },
        });
      }
    } else if (block.type === 'thinking') {
      events.push({
        event: 'content_block_start',
        data: {
          type: 'content_block_start',
          index,
          content_block: { type: 'thinking', thinking: '', signature: '' },
        },
      });
      events.push({
        event: 'content_block_delta',
        data: {
          type: 'content_block_delta',
          index,
          delta: { type: 'thinking_delta', thinking: block.thinking },
        },
      });
      events.push({
        event: 'content_block_delta',
        data: {
          type: 'content_block_delta',
          index,
          delta: { type: 'signature_delta', signature: block.signature },
        },
      });
    } else {
      events.push({
        event: 'content_block_start',
        data: {
          type: 'content_block_start',
          index,
          content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} },
        },
      });
      events.push({
        event: 'content_block_delta',
        data: {
          type: 'content_block_delta',
          index,
          delta: { type: 'input_json_delta', partial_json: JSON.stringify(block.input) },
        },
      });
    }
    events.push({ event: 'content_block_stop', data: { type: 'content_block_stop', index } });
  });
  // The real API repeats the cumulative usage in message_delta; clients take the final figures from here.
  const { service_tier: _tier, ...deltaUsage } = message.usage;
  events.push({
    event: 'message_delta',
    data: {
      type: 'message_delta',
      delta: { stop_reason: message.stopReason, stop_sequence: null },
      usage: deltaUsage,
    },
  });
  events.push({ event: 'message_stop', data: { type: 'message_stop' } });
  return events;
}
