import { secretCanaries } from '@glassbox/testkit';
import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from './capture-event.js';
import { hookInputToCaptureEvents, parseHookInput } from './hook-input.js';
import { stripEventContent, stripHookContent } from './strip-content.js';

const KEY = 'k'.repeat(64);
const MARK = 'CANARY_TEXT_7f3e';
const payload = `${MARK} ${secretCanaries('strip')
  .map((c) => c.text)
  .join(' ')}`;
const base = { session_id: 's1', transcript_path: '/t/projects/p/s1.jsonl', cwd: '/p', prompt_id: 'p1' };

const leaks = (value: unknown): boolean => JSON.stringify(value).includes(MARK);

describe('stripHookContent', () => {
  const hooks = [
    { ...base, hook_event_name: 'UserPromptSubmit', prompt: payload },
    {
      ...base,
      hook_event_name: 'PreToolUse',
      tool_name: 'Bash',
      tool_use_id: 't1',
      tool_input: { command: payload },
    },
    {
      ...base,
      hook_event_name: 'PostToolUse',
      tool_name: 'Bash',
      tool_use_id: 't1',
      tool_input: { command: payload },
      tool_response: { stdout: payload },
    },
    { ...base, hook_event_name: 'PostToolUseFailure', tool_name: 'Bash', tool_use_id: 't2', error: payload },
    { ...base, hook_event_name: 'PermissionDenied', tool_name: 'Write', tool_use_id: 't3', reason: payload },
    { ...base, hook_event_name: 'Stop', last_assistant_message: payload, stop_hook_active: false },
    { ...base, hook_event_name: 'StopFailure', error: 'rate_limit', error_details: payload },
    { ...base, hook_event_name: 'PreCompact', trigger: 'manual', custom_instructions: payload },
    { ...base, hook_event_name: 'Notification', message: payload, future_field: payload },
  ];

  it('should keep ids, codes and shapes and drop every piece of content', () => {
    for (const hook of hooks) {
      const parsed = parseHookInput(hook);
      if (!parsed.ok) throw new Error(parsed.reason);
      const stripped = stripHookContent(parsed.input, KEY);
      expect(leaks(stripped), hook.hook_event_name).toBe(false);
      expect(stripped).toMatchObject({
        session_id: 's1',
        prompt_id: 'p1',
        hook_event_name: hook.hook_event_name,
      });
      // What the stripped payload yields is what the raw one yields without content capture.
      const fromStripped = hookInputToCaptureEvents(stripped, 1, { hashKey: KEY });
      const fromRaw = hookInputToCaptureEvents(parsed.input, 1, { hashKey: KEY });
      expect(fromStripped).toEqual(fromRaw);
      expect(leaks(fromStripped)).toBe(false);
    }
  });

  it('should summarise errors, keep Claude Code codes and the Agent tool ids', () => {
    const failure = stripHookContent(
      {
        ...base,
        hook_event_name: 'PostToolUseFailure',
        tool_name: 'Bash',
        error: 'Exit code 1\nsecret stuff',
      },
      KEY,
    );
    expect(failure.error).toBe('exit_code (24 chars)');
    const stop = stripHookContent({ ...base, hook_event_name: 'StopFailure', error: 'rate_limit' }, KEY);
    expect(stop.error).toBe('rate_limit');
    const stopped = stripHookContent(
      { ...base, hook_event_name: 'Stop', last_assistant_message: 'hello' },
      KEY,
    );
    expect(stopped).toMatchObject({ last_assistant_message_length: 5 });
    expect(stopped.last_assistant_message_hmac).toMatch(/^[0-9a-f]{32}$/);
    const agent = stripHookContent(
      {
        ...base,
        hook_event_name: 'PostToolUse',
        tool_name: 'Agent',
        tool_use_id: 'ta',
        tool_input: { subagent_type: 'Explore', prompt: payload },
        tool_response: { agentId: 'a1', resolvedModel: 'm', content: payload },
      },
      KEY,
    );
    expect(leaks(agent)).toBe(false);
    expect(hookInputToCaptureEvents(agent, 1)).toContainEqual(
      expect.objectContaining({
        type: 'agent.spawn',
        spawnedAgentId: 'a1',
        subagentType: 'Explore',
        model: 'm',
      }),
    );
  });
});

describe('stripEventContent', () => {
  it('should drop text, input and output and summarise errors of live events', () => {
    const common = { source: 'mod' as const, sessionId: 's1', atMs: 1 };
    const events: CaptureEvent[] = [
      { ...common, type: 'prompt.submit', text: payload, textLength: payload.length },
      { ...common, type: 'tool.start', toolUseId: 't', toolName: 'Bash', input: { command: payload } },
      {
        ...common,
        type: 'tool.end',
        toolUseId: 't',
        toolName: 'Bash',
        status: 'error',
        output: payload,
        errorText: payload,
      },
      { ...common, type: 'turn.end', failed: true, error: payload },
    ];
    for (const e of events) {
      const out = stripEventContent(e, KEY);
      expect(leaks(out), e.type).toBe(false);
      expect(out.type).toBe(e.type);
    }
    const end = stripEventContent(events[2]!, KEY) as {
      errorText: string;
      outputShape: unknown;
      outputBytes: number;
    };
    expect(end.errorText).toMatch(/^[a-z_]+ \(\d+ chars\)$/);
    expect(end.outputBytes).toBeGreaterThan(0);
    expect(end.outputShape).toMatchObject({ type: 'string', length: payload.length });
    const plain = { ...common, type: 'turn.start' as const, turnId: 'x' };
    expect(stripEventContent(plain, KEY)).toBe(plain);
  });
});
