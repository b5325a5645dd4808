import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from './capture-event.js';
import { hookInputToCaptureEvents, parseHookInput } from './hook-input.js';

// Payloads as Claude Code 2.1.332 sent them (recorded from a real run, paths shortened).
const common = {
  session_id: '2bfb2844-db29-4855-9e2b-3c808ad10b89',
  transcript_path: '/home/u/.claude/projects/-p/2bfb2844-db29-4855-9e2b-3c808ad10b89.jsonl',
  cwd: '/p',
};
const prompt = 'a8148af6-9391-4434-8bf8-fbf4714c4325';
const tool = { prompt_id: prompt, permission_mode: 'default', effort: { level: 'medium' } };
const PAYLOADS = {
  sessionStart: { ...common, hook_event_name: 'SessionStart', source: 'startup' },
  resume: {
    ...common,
    hook_event_name: 'SessionStart',
    source: 'resume',
    seconds_since_last_response: 0,
    context_tokens: 5112,
  },
  prompt: {
    ...common,
    prompt_id: prompt,
    permission_mode: 'default',
    hook_event_name: 'UserPromptSubmit',
    prompt: 'MAIN TASK: do several things',
  },
  pre: {
    ...common,
    ...tool,
    hook_event_name: 'PreToolUse',
    tool_name: 'Bash',
    tool_input: { command: 'echo hello', description: 'echo' },
    tool_use_id: 'toolu_ok1',
  },
  post: {
    ...common,
    ...tool,
    hook_event_name: 'PostToolUse',
    tool_name: 'Bash',
    tool_input: { command: 'echo hello', description: 'echo' },
    tool_response: {
      stdout: 'hello',
      stderr: '',
      interrupted: false,
      isImage: false,
      noOutputExpected: false,
    },
    tool_use_id: 'toolu_ok1',
    duration_ms: 39,
  },
  failure: {
    ...common,
    ...tool,
    hook_event_name: 'PostToolUseFailure',
    tool_name: 'Bash',
    tool_input: { command: 'ls /nope', description: 'fail' },
    tool_use_id: 'toolu_fail1',
    error: "Exit code 2\nls: cannot access '/nope': No such file or directory",
    is_interrupt: false,
    duration_ms: 24,
  },
  agentPost: {
    ...common,
    ...tool,
    hook_event_name: 'PostToolUse',
    tool_name: 'Agent',
    tool_input: { description: 'sub job', prompt: 'SUBTASK', subagent_type: 'general-purpose' },
    tool_response: {
      isAsync: true,
      status: 'async_launched',
      agentId: 'aefa63876379bdd66',
      resolvedModel: 'claude-opus-5-5',
    },
    tool_use_id: 'toolu_agent1',
  },
  subagentStart: {
    ...common,
    prompt_id: prompt,
    agent_id: 'aefa63876379bdd66',
    agent_type: 'general-purpose',
    hook_event_name: 'SubagentStart',
  },
  subagentStop: {
    ...common,
    ...tool,
    agent_id: 'aefa63876379bdd66',
    agent_type: 'general-purpose',
    hook_event_name: 'SubagentStop',
    stop_hook_active: false,
    agent_transcript_path: '/home/u/.claude/projects/-p/2bfb/subagents/agent-aefa63876379bdd66.jsonl',
    last_assistant_message: 'Subagent done.',
    background_tasks: [],
    session_crons: [],
  },
  stop: {
    ...common,
    ...tool,
    hook_event_name: 'Stop',
    stop_hook_active: false,
    last_assistant_message: 'All done.',
    background_tasks: [],
    session_crons: [],
  },
  sessionEnd: { ...common, prompt_id: prompt, hook_event_name: 'SessionEnd', reason: 'other' },
};

function convert(payload: unknown, captureContent = false): CaptureEvent[] {
  const parsed = parseHookInput(payload);
  if (!parsed.ok) throw new Error(parsed.reason);
  return hookInputToCaptureEvents(parsed.input, 1_000, { captureContent });
}

describe('parseHookInput', () => {
  it('should accept every real payload and keep unknown fields', () => {
    for (const payload of Object.values(PAYLOADS)) expect(parseHookInput(payload).ok).toBe(true);
    const resumed = parseHookInput(PAYLOADS.resume);
    expect(resumed.ok && resumed.input.context_tokens).toBe(5112);
    const unknownEvent = parseHookInput({ ...common, hook_event_name: 'SomethingNew', extra: [1] });
    expect(unknownEvent).toEqual({
      ok: true,
      input: { ...common, hook_event_name: 'SomethingNew', extra: [1] },
      coerced: 0,
    });
  });

  it('should accept raw JSON text', () => {
    const result = parseHookInput(JSON.stringify(PAYLOADS.stop));
    expect(result.ok && result.input.hook_event_name).toBe('Stop');
  });

  it.each([
    ['not JSON', '{"hook_event_name": ', 'not JSON'],
    ['an array', [], 'not a JSON object'],
    ['null', null, 'not a JSON object'],
    ['no event', { session_id: 's' }, 'missing hook_event_name'],
    ['no session', { hook_event_name: 'Stop' }, 'Stop: missing session_id'],
    [
      'a numeric tool_use_id',
      { ...PAYLOADS.pre, tool_use_id: 42 },
      'PreToolUse: tool_use_id must be a string',
    ],
    [
      'a tool event without tool_name',
      { ...PAYLOADS.pre, tool_name: undefined },
      'PreToolUse: missing tool_name',
    ],
  ])('should reject %s with a reason', (_name, payload, reason) => {
    expect(parseHookInput(payload)).toEqual({ ok: false, reason });
  });

  it('should drop descriptive fields of the wrong type instead of failing', () => {
    const result = parseHookInput({ ...PAYLOADS.post, duration_ms: 'fast', cwd: 7 });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.input.duration_ms).toBeUndefined();
      expect(result.input.cwd).toBeUndefined();
    }
  });
});

describe('hookInputToCaptureEvents', () => {
  it('should map the session, prompt and turn events', () => {
    expect(convert(PAYLOADS.sessionStart)).toEqual([
      {
        source: 'hook',
        sessionId: common.session_id,
        atMs: 1_000,
        transcriptPath: common.transcript_path,
        cwd: '/p',
        type: 'session.start',
        trigger: 'startup',
      },
    ]);
    expect(convert(PAYLOADS.prompt)).toMatchObject([
      { type: 'prompt.submit', promptId: prompt, textLength: 28 },
    ]);
    expect(convert(PAYLOADS.prompt)[0]).not.toHaveProperty('text');
    expect(convert(PAYLOADS.prompt, true)[0]).toHaveProperty('text', 'MAIN TASK: do several things');
    expect(convert(PAYLOADS.stop)).toMatchObject([{ type: 'turn.end', promptId: prompt }]);
    expect(convert({ ...common, hook_event_name: 'StopFailure', error: 'rate_limit' })).toMatchObject([
      { type: 'turn.end', failed: true, error: 'rate_limit' },
    ]);
    expect(convert({ ...common, hook_event_name: 'PreCompact', trigger: 'auto' })).toMatchObject([
      { type: 'session.compact', trigger: 'auto' },
    ]);
    expect(convert(PAYLOADS.sessionEnd)).toMatchObject([{ type: 'session.end', reason: 'other' }]);
    expect(convert({ ...common, hook_event_name: 'Notification', message: 'x' })).toEqual([]);
  });

  it('should map tool events with sizes only unless content capture is on', () => {
    const [start] = convert(PAYLOADS.pre);
    expect(start).toMatchObject({
      type: 'tool.start',
      toolUseId: 'toolu_ok1',
      toolName: 'Bash',
      promptId: prompt,
    });
    expect(start).toHaveProperty('inputBytes', JSON.stringify(PAYLOADS.pre.tool_input).length);
    expect(start).not.toHaveProperty('input');
    expect(convert(PAYLOADS.pre, true)[0]).toHaveProperty('input', PAYLOADS.pre.tool_input);
    const [end] = convert(PAYLOADS.post);
    expect(end).toMatchObject({ type: 'tool.end', status: 'ok', durationMs: 39 });
    expect(end).not.toHaveProperty('output');
    const [failed] = convert(PAYLOADS.failure);
    expect(failed).toMatchObject({ type: 'tool.end', status: 'error', durationMs: 24 });
    // Without content capture the error text is only its kind and length.
    expect((failed as { errorText: string }).errorText).toMatch(/^[a-z_]+ \(\d+ chars\)$/);
    expect((convert(PAYLOADS.failure, true)[0] as { errorText: string }).errorText).toContain('Exit code 2');
    expect(convert({ ...PAYLOADS.failure, is_interrupt: true })[0]).toMatchObject({ status: 'interrupted' });
    expect(
      convert({
        ...common,
        hook_event_name: 'PermissionDenied',
        tool_name: 'Write',
        tool_use_id: 't',
        reason: 'auto mode',
      }),
    ).toMatchObject([{ type: 'tool.end', status: 'denied', errorText: 'permission_denied (9 chars)' }]);
  });

  it('should carry shapes instead of content when a hash key is given', () => {
    const parsed = parseHookInput(PAYLOADS.pre);
    if (!parsed.ok) throw new Error(parsed.reason);
    const [start] = hookInputToCaptureEvents(parsed.input, 1, { hashKey: 'k' });
    expect(start).toHaveProperty('inputShape.keys', ['command', 'description']);
    expect(start).not.toHaveProperty('input');
  });

  it('should link an Agent call to its subagent and keep the subagent id where it belongs', () => {
    expect(convert(PAYLOADS.agentPost)).toMatchObject([
      { type: 'tool.end', toolUseId: 'toolu_agent1', status: 'ok' },
      {
        type: 'agent.spawn',
        toolUseId: 'toolu_agent1',
        spawnedAgentId: 'aefa63876379bdd66',
        subagentType: 'general-purpose',
        model: 'claude-opus-5-5',
      },
    ]);
    const [spawn] = convert(PAYLOADS.subagentStart);
    expect(spawn).toMatchObject({ type: 'agent.spawn', spawnedAgentId: 'aefa63876379bdd66' });
    // SubagentStart is sent by the parent: it is not an event inside the subagent.
    expect(spawn).not.toHaveProperty('agentId');
    expect(convert(PAYLOADS.subagentStop)).toMatchObject([
      {
        type: 'subagent.stop',
        agentId: 'aefa63876379bdd66',
        agentTranscriptPath: PAYLOADS.subagentStop.agent_transcript_path,
      },
    ]);
  });

  it('should never throw, whatever it is given', () => {
    const hostile = {
      hook_event_name: 'PostToolUse',
      session_id: 's',
      tool_name: 'Agent',
      tool_use_id: 't',
    } as const;
    const withGetter = Object.defineProperty({ ...hostile }, 'tool_response', {
      get() {
        throw new Error('boom');
      },
      enumerable: false,
    });
    expect(hookInputToCaptureEvents(withGetter, 1)).toEqual([]);
  });

  it('should drop descriptive fields of the wrong type and say how many', () => {
    const parsed = parseHookInput({
      hook_event_name: 'SessionStart',
      session_id: 's1',
      cwd: { not: 'a path' },
      transcript_path: 5,
      duration_ms: -3,
      stop_hook_active: 'yes',
    });
    expect(parsed).toMatchObject({ ok: true, coerced: 4 });
    if (!parsed.ok) return;
    expect(parsed.input).toEqual({ hook_event_name: 'SessionStart', session_id: 's1' });
    expect(parseHookInput({ hook_event_name: 'Stop', session_id: 's1', cwd: '/p' })).toMatchObject({
      coerced: 0,
    });
  });
});
