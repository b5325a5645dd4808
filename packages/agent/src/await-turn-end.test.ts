import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LlmCallNode, SessionTrace, ToolCallNode, TurnNode } from '@glassbox/core';
import { requestAgent } from '@glassbox/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAgentKey } from './agent-key.js';
import { awaitTurnEnd, turnHasEnded } from './await-turn-end.js';
import type { GlassboxAgent } from './glassbox-agent.js';
import { startTestAgent } from './start-test-agent.fixture.js';

const FIXTURE = join(import.meta.dirname, '__fixtures__', 'two-tools.jsonl');
const SESSION = 'a47a450d-d36d-4623-8aed-a6a3f6fad8b7';
const PROMPT = '70e5fad7-255d-4edc-ba6e-5936261429d1';

const llm = (startMs: number, stopReason: string): LlmCallNode =>
  ({ kind: 'llm', startMs, stopReason }) as unknown as LlmCallNode;
const tool = (toolStatus: ToolCallNode['toolStatus']): ToolCallNode =>
  ({ kind: 'tool', startMs: 5, toolStatus }) as unknown as ToolCallNode;
const turn = (children: TurnNode['children'], promptId = PROMPT): TurnNode =>
  ({ kind: 'turn', promptId, children }) as unknown as TurnNode;
const trace = (turns: TurnNode[]): SessionTrace => ({ turns }) as unknown as SessionTrace;

describe('turnHasEnded', () => {
  it('should want a turn-ending stop reason on the latest call and every tool call answered', () => {
    expect(turnHasEnded(turn([]))).toBe(false);
    expect(turnHasEnded(turn([llm(1, 'tool_use'), tool('ok')]))).toBe(false);
    expect(turnHasEnded(turn([llm(1, 'tool_use'), tool('ok'), llm(9, 'end_turn')]))).toBe(true);
    expect(turnHasEnded(turn([llm(9, 'end_turn'), llm(1, 'tool_use')]))).toBe(true);
    expect(turnHasEnded(turn([llm(1, 'tool_use'), tool('running'), llm(9, 'end_turn')]))).toBe(false);
    for (const reason of ['max_tokens', 'stop_sequence', 'refusal', 'pause_turn'])
      expect(turnHasEnded(turn([llm(1, reason)])), reason).toBe(true);
  });
});

describe('awaitTurnEnd', () => {
  it('should build again until the turn has ended, and not take the previous turn for it', async () => {
    const builds = [
      trace([turn([llm(1, 'end_turn')], 'earlier')]),
      trace([turn([llm(1, 'end_turn')], 'earlier'), turn([llm(2, 'tool_use')])]),
      trace([
        turn([llm(1, 'end_turn')], 'earlier'),
        turn([llm(2, 'tool_use'), tool('ok'), llm(3, 'end_turn')]),
      ]),
    ];
    let n = 0;
    const got = await awaitTurnEnd(async () => builds[Math.min(n++, 2)]!, PROMPT, { pollMs: 1 });
    expect(n).toBe(3);
    expect(got).toBe(builds[2]);
  });

  it('should give up after maxWaitMs with the last build', async () => {
    const open = trace([turn([llm(2, 'tool_use')])]);
    const started = Date.now();
    expect(await awaitTurnEnd(async () => open, PROMPT, { maxWaitMs: 60, pollMs: 5 })).toBe(open);
    expect(Date.now() - started).toBeLessThan(400);
  });
});

describe('the Stop answer of a real agent', () => {
  let tmp: string;
  let agent: GlassboxAgent | undefined;

  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-turn-end-'));
  });

  afterEach(async () => {
    await agent?.stop('test over');
    await rm(tmp, { recursive: true, force: true });
  });

  it('should count the whole turn when its last response reaches the transcript after the Stop hook', async () => {
    const project = join(tmp, 'claude', 'projects', '-p');
    await mkdir(project, { recursive: true });
    const transcript = join(project, `${SESSION}.jsonl`);
    const lines = (await readFile(FIXTURE, 'utf8')).split('\n').filter(Boolean);
    const lastResponse = lines.findIndex((l) => JSON.parse(l).message?.stop_reason === 'end_turn');
    // Written up to the request of the turn's last call: its response lands 150 ms after the Stop hook.
    await writeFile(transcript, `${lines.slice(0, lastResponse).join('\n')}\n`);
    agent = await startTestAgent(tmp);
    const key = (await readAgentKey(join(tmp, 'claude', 'glassbox')))!;
    const hook = (event: string) =>
      requestAgent({
        port: agent!.port,
        key,
        method: 'POST',
        path: '/v1/hooks',
        body: JSON.stringify({
          session_id: SESSION,
          transcript_path: transcript,
          cwd: '/home/user/project',
          prompt_id: PROMPT,
          hook_event_name: event,
        }),
        timeoutMs: 5000,
      });
    await hook('UserPromptSubmit');
    const late = new Promise((r) => setTimeout(r, 150)).then(() =>
      appendFile(transcript, `${lines.slice(lastResponse).join('\n')}\n`),
    );
    const started = Date.now();
    const stop = await hook('Stop');
    const waitedMs = Date.now() - started;
    await late;
    expect(stop?.verified).toBe(true);
    expect((stop?.json as { systemMessage?: string } | undefined)?.systemMessage).toMatch(
      /^glassbox · 2 model calls · 160 in \/ 27 out tokens \(600 cached\) · .* · 2 tool calls, 1 failed$/,
    );
    expect(waitedMs).toBeLessThan(1000);
  });
});
