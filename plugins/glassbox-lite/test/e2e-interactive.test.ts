import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  type ClaudeHome,
  createClaudeHome,
  type FakeAnthropicApi,
  findTranscripts,
  isAgentLoopRequest,
  startFakeAnthropicApi,
  startTmuxClaude,
  type TmuxClaude,
} from '@glassbox/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { copyPlugin, freePort, PATIENT_HOOKS_ENV, stopAgent } from './e2e-helpers.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.mjs');
/** How many interactive sessions one run drives (the race this guards against showed in 1 of 9 by hand). */
const RUNS = Number(process.env.GLASSBOX_INTERACTIVE_RUNS ?? 3);

/** The Stop hook's summary line as the terminal UI shows it. */
const SUMMARY =
  /glassbox · (\d+) model calls? · ([\d,]+) in \/ ([\d,]+) out tokens(?: \(([\d,]+) cached\))? · \$([\d.]+)\+? \(session \$([\d.]+)\)/g;

interface Summary {
  calls: number;
  input: number;
  output: number;
  cached: number;
  cost: string;
}

const num = (s: string | undefined) => Number((s ?? '0').replaceAll(',', ''));

function summaries(screen: string): Summary[] {
  return [...screen.matchAll(SUMMARY)].map((m) => ({
    calls: num(m[1]),
    input: num(m[2]),
    output: num(m[3]),
    cached: num(m[4]),
    cost: m[5]!,
  }));
}

/** `formatUsd` of the agent's turn summary: the figure the screen must show for `usd`. */
function shownUsd(usd: number): string {
  if (usd === 0) return '0';
  if (usd < 0.01) return usd.toFixed(4);
  if (usd < 1) return usd.toFixed(3);
  return usd.toFixed(2);
}

interface SpanJson {
  kind: string;
  tokens?: { input: number; output: number; cacheCreation: number; cacheRead: number };
  costUsd?: number;
  children: SpanJson[];
}

const llmCalls = (span: SpanJson): number =>
  span.children.reduce((n, c) => n + (c.kind === 'llm' ? 1 : 0) + llmCalls(c), 0);

function script(): Parameters<typeof startFakeAnthropicApi>[0] {
  return {
    script: [
      // Turn 1: a tool call, then the answer.
      {
        when: isAgentLoopRequest,
        reply: {
          content: [
            { type: 'text', text: 'Running it.' },
            {
              type: 'tool_use',
              id: 'toolu_i1',
              name: 'Bash',
              input: { command: 'echo one', description: '1' },
            },
          ],
          usage: { input_tokens: 1300, output_tokens: 45, cache_creation_input_tokens: 2500 },
          delayMs: 150,
        },
      },
      {
        when: isAgentLoopRequest,
        reply: {
          content: [{ type: 'text', text: 'First turn done.' }],
          usage: { input_tokens: 1400, output_tokens: 21, cache_read_input_tokens: 2500 },
          delayMs: 150,
        },
      },
      // Turn 2: one call.
      {
        when: isAgentLoopRequest,
        reply: {
          content: [{ type: 'text', text: 'Second turn done.' }],
          usage: { input_tokens: 1500, output_tokens: 9, cache_read_input_tokens: 2500 },
          delayMs: 150,
        },
      },
    ],
    fallback: { content: [{ type: 'text', text: 'ok' }], usage: { input_tokens: 10, output_tokens: 1 } },
  };
}

describe('glassbox-lite in the interactive terminal UI (tmux)', () => {
  let api: FakeAnthropicApi | undefined;
  let claude: TmuxClaude | undefined;
  let port: number | undefined;
  let home: ClaudeHome | undefined;

  afterEach(async () => {
    await claude?.close();
    if (port) await stopAgent(port);
    await api?.close();
    await home?.cleanup();
    claude = undefined;
    api = undefined;
    home = undefined;
  });

  for (let run = 1; run <= RUNS; run++) {
    it(`should show each turn's summary with every model call, token and cent of it, as glassbox trace does (run ${run})`, async () => {
      port = await freePort();
      api = await startFakeAnthropicApi(script());
      home = await createClaudeHome('glassbox-e2e-tmux-');
      const plugin = await copyPlugin(join(home.root, 'plugin'), port);
      const dataDir = join(home.configDir, 'plugins', 'data', 'glassbox-lite-inline');
      claude = await startTmuxClaude({
        apiUrl: api.url,
        home,
        pluginDirs: [plugin],
        allowedTools: ['Bash'],
        env: { ...PATIENT_HOOKS_ENV },
        settings: {
          pluginConfigs: { 'glassbox-lite@inline': { options: { agentPort: port, exporters: 'file' } } },
        },
      });
      const idleWith = (n: number) => (screen: string) =>
        summaries(screen).length >= n && /^❯\s*$/m.test(screen);

      await claude.submit('run one command');
      await claude.waitFor(idleWith(1), { timeoutMs: 60_000 });
      await claude.submit('and say something');
      const screen = await claude.waitFor(idleWith(2), { timeoutMs: 60_000 });
      const shown = summaries(screen);
      expect(shown, screen).toHaveLength(2);

      const sessionId = await findSessionId(home.configDir);
      const { stdout } = await promisify(execFile)('node', [CLI, 'trace', sessionId, '--json'], {
        env: { ...process.env, CLAUDE_CONFIG_DIR: home.configDir, GLASSBOX_AGENT_DATA_DIR: dataDir },
      });
      const trace = JSON.parse(stdout) as { spans: SpanJson[] };
      const turns = trace.spans[0]!.children.filter((s) => s.kind === 'turn');
      expect(turns.map(llmCalls)).toEqual([2, 1]);
      const expected = turns.map((t) => ({
        calls: llmCalls(t),
        input: t.tokens!.input,
        output: t.tokens!.output,
        cached: t.tokens!.cacheRead + t.tokens!.cacheCreation,
        cost: shownUsd(t.costUsd!),
      }));
      expect(shown).toEqual(expected);
      expect(shown.map((s) => [s.calls, s.input, s.output])).toEqual([
        [2, 2700, 66],
        [1, 1500, 9],
      ]);
    }, 150_000);
  }
});

async function findSessionId(configDir: string): Promise<string> {
  const main = (await findTranscripts(configDir)).filter((t) => !t.includes('/subagents/'));
  expect(main).toHaveLength(1);
  return main[0]!
    .split('/')
    .pop()!
    .replace(/\.jsonl$/, '');
}
