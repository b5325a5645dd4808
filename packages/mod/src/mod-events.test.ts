import { describe, expect, it } from 'vitest';
import { DEFAULT_MOD_CONFIG } from './mod-config.js';
import {
  agentSpawnEvent,
  approxSize,
  measureEvent,
  promptSubmitEvent,
  toolArguments,
  toolEndEvent,
  toolOutcome,
  toolStartEvent,
  toolThrewEvent,
  turnCompleteEvent,
  turnStartEvent,
  turnStepEvent,
} from './mod-events.js';

const withContent = { ...DEFAULT_MOD_CONFIG, captureContent: true, maxContentChars: 20 };

// Results as `await next(e)` of `tool.call` returned them on Claude Code 2.1.332.
const OK = {
  ref: 1,
  result: { stdout: 'hi', stderr: '', interrupted: false, isImage: false, noOutputExpected: false },
  text: 'hi',
  isReadOnly: true,
};
const FAILED = {
  ref: 1,
  result: "Error: Exit code 2\nls: cannot access '/nope/nope': No such file or directory",
  text: "Exit code 2\nls: cannot access '/nope/nope': No such file or directory",
  isError: true,
  isReadOnly: true,
};
const NOT_GRANTED = {
  ref: 1,
  result: "Error: Claude requested permissions to write to /tmp/x.txt, but you haven't granted it yet.",
  text: "Claude requested permissions to write to /tmp/x.txt, but you haven't granted it yet.",
  isError: true,
};

describe('toolOutcome', () => {
  it('should classify the results Claude Code returns', () => {
    expect(toolOutcome(OK)).toEqual({ status: 'ok', outputBytes: 2 });
    expect(toolOutcome(FAILED)).toMatchObject({ status: 'error', errorText: FAILED.text });
    expect(toolOutcome(NOT_GRANTED)).toMatchObject({ status: 'denied' });
  });

  it('should read a mod refusal and an interruption', () => {
    expect(toolOutcome({ deny: 'policy says no' })).toMatchObject({
      status: 'denied',
      errorText: 'policy says no',
    });
    expect(toolOutcome({ result: { stdout: '', interrupted: true }, text: '' })).toMatchObject({
      status: 'interrupted',
    });
    expect(toolOutcome({ isError: true, text: '[Request interrupted by user for tool use]' })).toMatchObject({
      status: 'interrupted',
    });
  });

  it('should never throw on odd results', () => {
    for (const odd of [undefined, null, 42, 'text', [], { isError: 'yes' }])
      expect(toolOutcome(odd).status).toBe('ok');
  });
});

describe('tool events', () => {
  const call = {
    tool: 'Bash',
    tool_use_id: 'toolu_1',
    command: 'echo hello world, a long one',
    description: 'd',
  };

  it('should record sizes only when content capture is off', () => {
    const start = toolStartEvent('s1', 100, call, DEFAULT_MOD_CONFIG)!;
    expect(start).toMatchObject({ type: 'tool.start', toolUseId: 'toolu_1', toolName: 'Bash', atMs: 100 });
    expect(start.inputBytes).toBe(approxSize(toolArguments(call)));
    expect('input' in start).toBe(false);
    const end = toolEndEvent('s1', 100, 142, call, OK, DEFAULT_MOD_CONFIG)!;
    expect(end).toMatchObject({ type: 'tool.end', status: 'ok', durationMs: 42, outputBytes: 2, atMs: 142 });
    expect('output' in end).toBe(false);
  });

  it('should carry truncated content when content capture is on', () => {
    const start = toolStartEvent('s1', 100, call, withContent)!;
    expect(start.input).toBe(`${JSON.stringify(toolArguments(call)).slice(0, 20)}…`);
    const end = toolEndEvent('s1', 100, 110, call, OK, withContent)!;
    expect(end.output).toBe('hi');
  });

  it('should keep the subagent id and drop calls without a tool_use_id', () => {
    expect(toolStartEvent('s1', 1, { ...call, agentId: 'a1' }, DEFAULT_MOD_CONFIG)?.agentId).toBe('a1');
    expect(toolStartEvent('s1', 1, { tool: 'Bash' }, DEFAULT_MOD_CONFIG)).toBeUndefined();
    expect(toolEndEvent('s1', 1, 2, { tool: 'Bash' }, OK, DEFAULT_MOD_CONFIG)).toBeUndefined();
  });

  it('should report a tool whose next() threw', () => {
    const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
    const content = { ...DEFAULT_MOD_CONFIG, captureContent: true };
    expect(toolThrewEvent('s1', 10, 15, call, abort, content)).toMatchObject({
      status: 'interrupted',
      durationMs: 5,
    });
    expect(toolThrewEvent('s1', 10, 15, call, new Error('boom'), content)).toMatchObject({
      status: 'error',
      errorText: 'boom',
    });
  });

  it('should send only the kind and length of error text without content capture', () => {
    const secret = 'cat: /home/user/.netrc: password hunter2 not found';
    const threw = toolThrewEvent('s1', 10, 15, call, new Error(secret), DEFAULT_MOD_CONFIG);
    expect(threw?.errorText).toBe(`error (${secret.length} chars)`);
    const failed = toolEndEvent('s1', 1, 2, call, { isError: true, text: secret }, DEFAULT_MOD_CONFIG);
    expect(failed?.status).toBe('error');
    expect(JSON.stringify(failed)).not.toContain('hunter2');
    expect(failed?.errorText).toBe(`error (${secret.length} chars)`);
  });
});

describe('other events', () => {
  it('should keep prompt text only with content capture', () => {
    expect(promptSubmitEvent('s1', 1, { text: 'hello' }, DEFAULT_MOD_CONFIG)).toEqual({
      source: 'mod',
      type: 'prompt.submit',
      sessionId: 's1',
      atMs: 1,
      textLength: 5,
    });
    expect(promptSubmitEvent('s1', 1, { text: 'hello' }, withContent).text).toBe('hello');
  });

  it('should map turns, spawns and measures', () => {
    expect(turnStartEvent('s1', 1, { turnId: 't1' })).toMatchObject({ turnId: 't1' });
    expect(turnStartEvent('s1', 1, {})).toBeUndefined();
    expect(
      turnCompleteEvent('s1', 5, { turnId: 't1', durationMs: 502, reason: 'answer', agentId: 'a1' }),
    ).toMatchObject({
      type: 'turn.complete',
      durationMs: 502,
      reason: 'answer',
      agentId: 'a1',
    });
    expect(turnCompleteEvent('s1', 5, { isAborted: true }).reason).toBe('aborted');
    expect(
      agentSpawnEvent(
        's1',
        1,
        { tool_use_id: 'toolu_agent', subagentType: 'general-purpose' },
        { agentId: 'a333', model: 'claude-opus-5-5' },
      ),
    ).toMatchObject({
      toolUseId: 'toolu_agent',
      spawnedAgentId: 'a333',
      subagentType: 'general-purpose',
      model: 'claude-opus-5-5',
    });
    expect(measureEvent('s1', 1, { cost: { usd: 0.0039 }, context: { tokens: 60 } })).toMatchObject({
      costUsd: 0.0039,
      contextTokens: 60,
    });
    expect(measureEvent('s1', 1, { cost: { usd: Number.NaN } }).costUsd).toBeUndefined();
  });

  it('should map a model request timed by turn.step', () => {
    const step = turnStepEvent(
      's1',
      100,
      130,
      180,
      { turnId: 't1', index: 2, model: 'claude-opus-5-5' },
      {
        stopReason: 'tool_use',
        usage: { input_tokens: 10, output_tokens: 3, model: 'claude-opus-5-5' },
      },
    );
    expect(step).toMatchObject({
      type: 'turn.step',
      index: 2,
      startMs: 100,
      firstChunkMs: 130,
      endMs: 180,
      stopReason: 'tool_use',
      usage: {
        input_tokens: 10,
        output_tokens: 3,
        cache_read_input_tokens: 0,
        cache_creation_input_tokens: 0,
      },
    });
  });

  it('should size values without serialising them', () => {
    expect(approxSize('abc')).toBe(3);
    // Close to the JSON size (within the quotes and separators it does not count exactly).
    const value = { command: 'x'.repeat(1000), flags: [1, 2, 3], nested: { deep: true } };
    const json = JSON.stringify(value).length;
    expect(Math.abs(approxSize(value) - json)).toBeLessThan(20);
    expect(approxSize(undefined)).toBe(0);
  });
});
