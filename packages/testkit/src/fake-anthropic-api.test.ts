import { afterEach, describe, expect, it } from 'vitest';
import { type FakeAnthropicApi, promptIncludes, startFakeAnthropicApi } from './fake-anthropic-api.js';

const TOOLS = [{ name: 'Bash' }];

function post(api: FakeAnthropicApi, body: unknown): Promise<Response> {
  return fetch(`${api.url}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function parseSse(text: string): Array<{ event: string; data: { type: string; [k: string]: unknown } }> {
  return text
    .split('\n\n')
    .filter((chunk) => chunk.trim())
    .map((chunk) => {
      const [eventLine, dataLine] = chunk.split('\n');
      return {
        event: eventLine!.slice('event: '.length),
        data: JSON.parse(dataLine!.slice('data: '.length)),
      };
    });
}

describe('startFakeAnthropicApi', () => {
  let api: FakeAnthropicApi;
  afterEach(async () => api?.close());

  it('should stream SSE events in the real API order with a request-id header', async () => {
    api = await startFakeAnthropicApi({
      script: [
        {
          content: [
            { type: 'thinking', thinking: 'hmm' },
            { type: 'text', text: 'hello world' },
            { type: 'tool_use', id: 'toolu_1', name: 'Bash', input: { command: 'ls' } },
          ],
          usage: {
            input_tokens: 7,
            output_tokens: 9,
            cache_creation: { ephemeral_5m_input_tokens: 1, ephemeral_1h_input_tokens: 2 },
            cache_creation_input_tokens: 3,
            speed: 'fast',
          },
          requestId: 'req_abc',
        },
      ],
    });
    const res = await post(api, {
      model: 'claude-x',
      stream: true,
      messages: [{ role: 'user', content: 'hi' }],
      tools: TOOLS,
    });
    expect(res.headers.get('request-id')).toBe('req_abc');
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const events = parseSse(await res.text());
    expect(events.map((e) => e.event)).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'content_block_start',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    expect(events.every((e) => e.event === e.data.type)).toBe(true);
    const delta = events.at(-2)!.data as unknown as {
      delta: { stop_reason: string };
      usage: Record<string, unknown>;
    };
    expect(delta.delta.stop_reason).toBe('tool_use');
    expect(delta.usage).toMatchObject({
      input_tokens: 7,
      output_tokens: 9,
      cache_creation_input_tokens: 3,
      speed: 'fast',
    });
    const start = events[0]!.data as unknown as {
      message: { model: string; usage: Record<string, unknown> };
    };
    expect(start.message.model).toBe('claude-x');
    expect(start.message.usage.cache_creation).toEqual({
      ephemeral_5m_input_tokens: 1,
      ephemeral_1h_input_tokens: 2,
    });
    expect(api.requests[0]!.body!.model).toBe('claude-x');
  });

  it('should answer non-streaming requests with one JSON message', async () => {
    api = await startFakeAnthropicApi({
      script: [
        { content: [{ type: 'text', text: 'x' }], model: 'claude-reported', usage: { input_tokens: 3 } },
      ],
    });
    const res = await post(api, {
      model: 'claude-asked',
      messages: [{ role: 'user', content: 'hi' }],
      tools: TOOLS,
    });
    const body = (await res.json()) as {
      model: string;
      stop_reason: string;
      usage: { input_tokens: number };
    };
    expect(body).toMatchObject({
      model: 'claude-reported',
      stop_reason: 'end_turn',
      usage: { input_tokens: 3 },
    });
  });

  it('should send scripted HTTP errors with the API error shape', async () => {
    api = await startFakeAnthropicApi({
      script: [{ error: { status: 529 } }, { error: { status: 429, retryAfterSeconds: 2 } }],
    });
    const overloaded = await post(api, { model: 'm', messages: [], tools: TOOLS });
    expect(overloaded.status).toBe(529);
    expect(await overloaded.json()).toMatchObject({ type: 'error', error: { type: 'overloaded_error' } });
    const limited = await post(api, { model: 'm', messages: [], tools: TOOLS });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
  });

  it('should cut a stream mid-way', async () => {
    api = await startFakeAnthropicApi({
      script: [{ cut: { afterEvents: 2, message: { content: [{ type: 'text', text: 'partial answer' }] } } }],
    });
    const res = await post(api, { model: 'm', stream: true, messages: [], tools: TOOLS });
    await expect(res.text()).rejects.toThrow();
    expect(api.requests[0]!.answered).toBe('cut');
  });

  it('should route steps by conversation and answer side requests with the fallback', async () => {
    api = await startFakeAnthropicApi({
      script: [
        { reply: { content: [{ type: 'text', text: 'sub' }] }, when: promptIncludes('subtask') },
        { content: [{ type: 'text', text: 'main' }] },
      ],
      fallback: { content: [{ type: 'text', text: 'title' }] },
    });
    const text = async (r: Response) =>
      ((await r.json()) as { content: Array<{ text: string }> }).content[0]!.text;
    expect(
      await text(await post(api, { model: 'm', messages: [{ role: 'user', content: 'generate a title' }] })),
    ).toBe('title');
    expect(
      await text(
        await post(api, { model: 'm', messages: [{ role: 'user', content: 'main prompt' }], tools: TOOLS }),
      ),
    ).toBe('main');
    expect(
      await text(
        await post(api, {
          model: 'm',
          messages: [{ role: 'user', content: [{ type: 'text', text: 'do the subtask' }] }],
          tools: TOOLS,
        }),
      ),
    ).toBe('sub');
    expect(api.remainingSteps()).toBe(0);
  });

  it('should reject malformed bodies with 400 and record them', async () => {
    api = await startFakeAnthropicApi();
    const res = await fetch(`${api.url}/v1/messages`, { method: 'POST', body: '{not json' });
    expect(res.status).toBe(400);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.body).toBeUndefined();
    const hello = await fetch(`${api.url}/api/hello`, { method: 'HEAD' });
    expect(hello.status).toBe(200);
  });
});
