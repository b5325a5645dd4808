import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClaudeResult, ScriptStep } from '@glassbox/testkit';
import { mainLoop } from './e2e-scenario.js';

/** Text that must never reach a stranger: where it appears in the session. */
export interface SessionCanaries {
  /** In the user's prompt. */
  readonly prompt: string;
  /** In a tool's input (the command). */
  readonly toolInput: string;
  /** In a successful tool's output (a file the command prints). */
  readonly toolOutput: string;
  /** In a failing tool's error text. */
  readonly errorText: string;
  /** In the assistant's reply. */
  readonly reply: string;
}

/** Unique canaries for one test (`tag` keeps runs apart). */
export function sessionCanaries(tag: string): SessionCanaries {
  const id = `${tag}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`.toUpperCase();
  return {
    prompt: `PROMPTCANARY${id}`,
    toolInput: `INPUTCANARY${id}`,
    toolOutput: `OUTPUTCANARY${id}`,
    errorText: `ERRORCANARY${id}`,
    reply: `REPLYCANARY${id}`,
  };
}

/** The files the scenario's commands read, written into the session's working directory. */
export async function writeCanaryFiles(cwd: string, canaries: SessionCanaries): Promise<void> {
  await writeFile(join(cwd, 'canary-output.txt'), `${canaries.toolOutput}\n`);
}

/**
 * One turn with canaries everywhere: the prompt, two Bash calls (one prints a file holding the output canary,
 * the other fails with the error canary in its error text; the input canary is in a command), then a reply
 * holding the reply canary. Deterministic: the same script gives the same result with or without a plugin.
 */
export function canaryScript(canaries: SessionCanaries): { prompt: string; script: ScriptStep[] } {
  return {
    prompt: `please check the file (${canaries.prompt})`,
    script: [
      {
        when: mainLoop,
        reply: {
          content: [
            { type: 'text', text: 'Reading.' },
            {
              type: 'tool_use',
              id: 'toolu_canary_ok',
              name: 'Bash',
              input: { command: `cat canary-output.txt # ${canaries.toolInput}`, description: 'read' },
            },
            {
              type: 'tool_use',
              id: 'toolu_canary_fail',
              name: 'Bash',
              input: { command: `cat ${canaries.errorText}.txt`, description: 'fail' },
            },
          ],
          usage: { input_tokens: 1200, output_tokens: 60, cache_creation_input_tokens: 2000 },
        },
      },
      {
        when: mainLoop,
        reply: {
          content: [{ type: 'text', text: `The file says ${canaries.reply}.` }],
          usage: { input_tokens: 1300, output_tokens: 20, cache_read_input_tokens: 2000 },
        },
      },
    ],
  };
}

/** A fallback answer for side requests (titles…), the same in every run. */
export const CANARY_FALLBACK = {
  content: [{ type: 'text' as const, text: 'Noted.' }],
  usage: { input_tokens: 20, output_tokens: 2 },
};

/** What a session did, as far as the user can tell: compared with and without a plugin. */
export interface SessionOutcome {
  readonly isError: boolean;
  readonly subtype: string;
  readonly numTurns: number;
  readonly result: string | undefined;
  readonly totalCostUsd: number;
  /** Every tool call with its result, by id (parallel calls finish in any order). */
  readonly toolCalls: Array<{ id: string; name: string; isError: boolean; output: string }>;
}

/** The outcome of a run: Claude Code's result and the tool calls its transcript holds. */
export async function sessionOutcome(result: ClaudeResult, transcriptPath: string): Promise<SessionOutcome> {
  const uses = new Map<string, string>();
  const toolCalls: SessionOutcome['toolCalls'] = [];
  for (const line of (await readFile(transcriptPath, 'utf8')).split('\n')) {
    if (!line) continue;
    const entry = JSON.parse(line) as { message?: { content?: unknown } };
    const content = entry.message?.content;
    if (!Array.isArray(content)) continue;
    for (const block of content as Array<Record<string, unknown>>) {
      if (block.type === 'tool_use') uses.set(String(block.id), String(block.name));
      if (block.type === 'tool_result') {
        const id = String(block.tool_use_id);
        const output =
          typeof block.content === 'string' ? block.content : JSON.stringify(block.content ?? '');
        toolCalls.push({ id, name: uses.get(id) ?? '?', isError: block.is_error === true, output });
      }
    }
  }
  return {
    isError: result.is_error,
    subtype: result.subtype,
    numTurns: result.num_turns,
    result: result.result,
    totalCostUsd: result.total_cost_usd,
    toolCalls: toolCalls.sort((a, b) => a.id.localeCompare(b.id)),
  };
}
