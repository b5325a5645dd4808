import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  type ClaudeHome,
  createClaudeHome,
  type FakeAnthropicApi,
  type RunClaudeOptions,
  runClaude,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agentStatus,
  copyPlugin,
  type FileLine,
  freePort,
  readFileExport,
  spansNamed,
  stopAgent,
  toolSpans,
  until,
  useAgentHome,
} from './e2e-helpers.js';

/*
 * Skill and slash-command attribution end to end: a real session runs a project command (`/review`), activates a
 * project skill with the Skill tool, then runs the skill as a slash command (`/greet`) and ends with a plain
 * prompt. The file export carries `glassbox.command` / `glassbox.skill` on the right spans, and the bundled
 * `glassbox report --by skill|command` shows the same responses and cost as the exported chat spans.
 */

const run = promisify(execFile);

const step = (id: string, name: string, input: Record<string, unknown>, input_tokens: number) => ({
  content: [{ type: 'tool_use' as const, id, name, input }],
  usage: { input_tokens, output_tokens: 10 },
});
const text = (answer: string, input_tokens: number) => ({
  content: [{ type: 'text' as const, text: answer }],
  usage: { input_tokens, output_tokens: 10 },
});

interface Group {
  responses: number;
  cost: number;
}

describe('skill and slash-command attribution in real Claude Code sessions (glassbox-lite)', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let port: number;
  let plugin: string;
  let exported: FileLine[];
  let chats: FileLine[];

  beforeAll(async () => {
    port = await freePort();
    home = await createClaudeHome('glassbox-scopes-e2e-');
    useAgentHome(join(home.configDir, 'glassbox'));
    plugin = await copyPlugin(join(home.root, 'plugin'), port);
    await mkdir(join(home.cwd, '.claude', 'skills', 'greet'), { recursive: true });
    await writeFile(
      join(home.cwd, '.claude', 'skills', 'greet', 'SKILL.md'),
      '---\nname: greet\ndescription: Greets the user\n---\nSay hello.\n',
    );
    await mkdir(join(home.cwd, '.claude', 'commands'), { recursive: true });
    await writeFile(
      join(home.cwd, '.claude', 'commands', 'review.md'),
      '---\ndescription: Review a path\n---\nReview $ARGUMENTS carefully.\n',
    );
    api = await startFakeAnthropicApi({
      script: [
        step('toolu_cmd_bash', 'Bash', { command: 'echo review', description: 'review' }, 1000),
        text('Reviewed.', 1100),
        step('toolu_skill', 'Skill', { skill: 'greet' }, 2000),
        step('toolu_skill_bash', 'Bash', { command: 'echo hello', description: 'hello' }, 2100),
        text('Hello.', 2200),
        step('toolu_slash_bash', 'Bash', { command: 'echo hi', description: 'hi' }, 3000),
        text('Hi.', 3100),
        text('Plain.', 4000),
      ],
      fallback: text('Noted.', 20),
    });
    const common: Omit<RunClaudeOptions, 'prompt'> = {
      apiUrl: api.url,
      home,
      pluginDirs: [plugin],
      allowedTools: ['Bash', 'Skill'],
      settings: {
        pluginConfigs: {
          'glassbox-lite@inline': { options: { agentPort: port, exporters: 'file', idleTimeoutMinutes: 0 } },
        },
      },
      timeoutMs: 240_000,
    };
    let sessionId: string | undefined;
    for (const prompt of ['/review src', 'greet me', '/greet', 'thanks']) {
      const out = await runClaude({ ...common, prompt, ...(sessionId ? { resume: sessionId } : {}) });
      expect(out.exitCode, out.stderr).toBe(0);
      sessionId ??= out.result!.session_id;
    }
    const dataDir = join(home.configDir, 'plugins', 'data', 'glassbox-lite-inline');
    await until(
      async () => {
        const status = await agentStatus(port);
        const session = status?.sessions.find((s) => s.sessionId === sessionId);
        const idle = status?.exporters.every((e) => e.pendingSpans + e.pendingLogs === 0);
        if (!session?.ended || !idle) return false;
        exported = await readFileExport(join(dataDir, 'telemetry'));
        return toolSpans(exported).has('toolu_slash_bash') && spansNamed(exported, 'chat ').length >= 8;
      },
      'the agent to export the whole session',
      3600,
    );
    // Each chat span once (the export is at least once).
    chats = [...new Map(spansNamed(exported, 'chat ').map((s) => [s.spanId, s])).values()];
  }, 600_000);

  afterAll(async () => {
    if (port) await stopAgent(port);
    await api?.close();
    await home?.cleanup();
  });

  it('should put glassbox.command and glassbox.skill on the tool spans of each turn', () => {
    const scope = (id: string) => {
      const a = toolSpans(exported).get(id)?.[0]?.attributes ?? {};
      return [a['glassbox.skill'], a['glassbox.command']];
    };
    expect(scope('toolu_cmd_bash')).toEqual([undefined, '/review']);
    expect(scope('toolu_skill')).toEqual(['greet', undefined]);
    expect(scope('toolu_skill_bash')).toEqual(['greet', undefined]);
    expect(scope('toolu_slash_bash')).toEqual(['greet', '/greet']);
  });

  it('should put them on the chat spans: a command for its turn, a skill from its Skill call on', () => {
    const of = (input: number) =>
      chats
        .filter((s) => s.attributes?.['glassbox.usage.uncached_input_tokens'] === input)
        .map((s) => [s.attributes?.['glassbox.skill'], s.attributes?.['glassbox.command']]);
    expect(of(1000)).toEqual([[undefined, '/review']]);
    expect(of(1100)).toEqual([[undefined, '/review']]);
    expect(of(2000)).toEqual([[undefined, undefined]]);
    expect(of(2100)).toEqual([['greet', undefined]]);
    expect(of(2200)).toEqual([['greet', undefined]]);
    expect(of(3000)).toEqual([['greet', '/greet']]);
    expect(of(3100)).toEqual([['greet', '/greet']]);
    expect(of(4000)).toEqual([[undefined, undefined]]);
  });

  it('should report the same responses and cost per skill and per command as the export', async () => {
    for (const [by, attribute] of [
      ['skill', 'glassbox.skill'],
      ['command', 'glassbox.command'],
    ] as const) {
      const fromExport: Record<string, Group> = {};
      for (const s of chats) {
        const key = String(s.attributes?.[attribute] ?? '(none)');
        const g = (fromExport[key] ??= { responses: 0, cost: 0 });
        g.responses += 1;
        g.cost += Number(s.attributes?.['glassbox.cost.usd'] ?? 0);
      }
      const { stdout } = await run(
        process.execPath,
        [
          join(plugin, 'dist', 'cli.mjs'),
          'report',
          '--by',
          by,
          '--json',
          '--no-cache',
          '--config-dir',
          home.configDir,
        ],
        { env: { ...process.env, HOME: home.home }, timeout: 120_000 },
      );
      const byGroup = (JSON.parse(stdout) as { byGroup: Record<string, Group> }).byGroup;
      expect(Object.keys(byGroup).sort(), by).toEqual(Object.keys(fromExport).sort());
      for (const [key, g] of Object.entries(fromExport)) {
        expect(byGroup[key]!.responses, `${by} ${key}`).toBe(g.responses);
        expect(Math.abs(byGroup[key]!.cost - g.cost), `${by} ${key}`).toBeLessThan(1e-12);
      }
      expect(byGroup[by === 'skill' ? 'greet' : '/review']!.cost).toBeGreaterThan(0);
    }
  });
});
