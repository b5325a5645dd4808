import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandOfPrompt, inheritScope, ScopeCursor } from './activity-scope.js';
import type { SessionTrace, TraceChild } from './session-trace.js';
import { SessionTracker } from './session-tracker.js';
import { traceToTelemetry } from './trace-to-telemetry.js';
import { agentIdFromPath, findSubagentTranscripts, readTranscriptIncrement } from './transcript-reader.js';

const FIXTURE = join(import.meta.dirname, '__fixtures__', 'claude-2.1.332', 'skills-commands.jsonl');
const SESSION = '9d977e14-e64a-4bcc-a761-56b2b5ddc036';

async function fixtureTrace(): Promise<SessionTrace> {
  const tracker = new SessionTracker({ sessionId: SESSION });
  tracker.addTranscriptEntries((await readTranscriptIncrement(FIXTURE, 0)).entries);
  for (const sub of await findSubagentTranscripts(FIXTURE))
    tracker.addTranscriptEntries((await readTranscriptIncrement(sub, 0)).entries, {
      agentId: agentIdFromPath(sub),
    });
  return tracker.build({ final: true });
}

/** Every model call and tool call of a trace: [kind, tool name or message id, skill, command]. */
function scopes(trace: SessionTrace): Array<[string, string, string?, string?]> {
  const out: Array<[string, string, string?, string?]> = [];
  const walk = (children: readonly TraceChild[]) => {
    for (const c of children) {
      out.push([
        c.kind,
        c.kind === 'tool' ? c.toolUseId : `${c.usage.input_tokens}`,
        c.scope?.skill,
        c.scope?.command,
      ]);
      if (c.kind === 'tool') for (const s of c.subagents) walk(s.children);
    }
  };
  for (const t of trace.turns) {
    walk(t.children);
    for (const s of t.subagents) walk(s.children);
  }
  for (const s of trace.subagents) walk(s.children);
  return out;
}

describe('commandOfPrompt', () => {
  it('should read the slash command of a prompt as a safe label', () => {
    expect(
      commandOfPrompt(
        '<command-message>review</command-message>\n<command-name>/review</command-name>\n<command-args>src</command-args>',
      ),
    ).toBe('/review');
    expect(commandOfPrompt('<command-name>/glassbox:report</command-name>')).toBe('/glassbox:report');
    expect(commandOfPrompt('please run <command-name>/a/b</command-name>')).toBeUndefined();
    expect(commandOfPrompt('just a prompt')).toBeUndefined();
  });
});

describe('ScopeCursor', () => {
  it('should scope a turn to its command, a skill from the Skill call on, and reset at the next prompt', () => {
    const c = new ScopeCursor();
    c.prompt('/review');
    expect(c.call()).toEqual({ command: '/review' });
    expect(c.tool('Bash')).toEqual({ command: '/review' });
    expect(c.tool('Skill', 'greet')).toEqual({ command: '/review', skill: 'greet' });
    // The Skill call's own expansion, after a model call: not the command's.
    c.skillExpansion();
    expect(c.call()).toEqual({ command: '/review', skill: 'greet' });
    expect(c.tool('Skill', 'other:fmt')).toEqual({ command: '/review', skill: 'other:fmt' });
    c.prompt(undefined);
    expect(c.call()).toEqual({});
    c.prompt('/greet');
    c.skillExpansion();
    expect(c.call()).toEqual({ command: '/greet', skill: 'greet' });
    c.prompt(undefined, { command: '/review' });
    expect(c.call()).toEqual({ command: '/review' });
    expect(c.tool('Skill', 'has space')).toEqual({ command: '/review' });
  });

  it('should give a subagent the command of its Agent call and its own skill over the parent one', () => {
    expect(inheritScope({ command: '/a', skill: 's' }, {})).toEqual({ command: '/a', skill: 's' });
    expect(inheritScope({ command: '/a', skill: 's' }, { skill: 't' })).toEqual({
      command: '/a',
      skill: 't',
    });
    expect(inheritScope({}, {})).toEqual({});
  });
});

describe('skill and slash-command scope on a real 2.1.332 session', () => {
  it('should put each model call and tool call under its command and skill, subagents under their Agent call', async () => {
    const trace = await fixtureTrace();
    // Script (fixture README): /review src → Bash, Agent (its subagent answers), answer; "greet me" → Skill
    // greet, Bash, answer; /greet (a skill run as a slash command) → Bash, answer; "thanks" → answer.
    expect(scopes(trace)).toEqual([
      ['llm', '100', undefined, '/review'],
      ['tool', 'toolu_cmd_bash', undefined, '/review'],
      ['llm', '110', undefined, '/review'],
      ['tool', 'toolu_cmd_agent', undefined, '/review'],
      ['llm', '60', undefined, '/review'],
      ['llm', '50', undefined, '/review'],
      ['tool', 'toolu_sub_bash', undefined, '/review'],
      ['llm', '120', undefined, '/review'],
      ['llm', '200', undefined, undefined],
      ['tool', 'toolu_skill', 'greet', undefined],
      ['llm', '210', 'greet', undefined],
      ['tool', 'toolu_skill_bash', 'greet', undefined],
      ['llm', '220', 'greet', undefined],
      ['llm', '300', 'greet', '/greet'],
      ['tool', 'toolu_slash_skill_bash', 'greet', '/greet'],
      ['llm', '310', 'greet', '/greet'],
      ['llm', '400', undefined, undefined],
    ]);
  });

  it('should carry glassbox.skill and glassbox.command on spans and skill/command on log records', async () => {
    const { spans, logs } = traceToTelemetry(await fixtureTrace(), { captureContent: false });
    const span = (id: string) => spans.find((s) => s.attributes['gen_ai.tool.call.id'] === id)!;
    expect(span('toolu_skill_bash').attributes).toMatchObject({ 'glassbox.skill': 'greet' });
    expect(span('toolu_skill_bash').attributes['glassbox.command']).toBeUndefined();
    expect(span('toolu_slash_skill_bash').attributes).toMatchObject({
      'glassbox.skill': 'greet',
      'glassbox.command': '/greet',
    });
    const chats = spans.filter((s) => s.name.startsWith('chat '));
    expect(chats.filter((s) => s.attributes['glassbox.command'] === '/review')).toHaveLength(5);
    const llmLogs = logs.filter((l) => l.event === 'llm_call');
    expect(llmLogs.filter((l) => l.attributes.skill === 'greet').map((l) => l.attributes.command)).toEqual([
      undefined,
      undefined,
      '/greet',
      '/greet',
    ]);
    const toolLog = logs.find((l) => l.event === 'tool_call' && l.attributes.toolUseId === 'toolu_sub_bash');
    expect(toolLog?.attributes).toMatchObject({ command: '/review' });
  });
});
