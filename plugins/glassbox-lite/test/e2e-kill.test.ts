import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ClaudeHome,
  createClaudeHome,
  type FakeAnthropicApi,
  isAgentLoopRequest,
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

type ExportLine = FileLine & { timestamp?: string; error?: string; sessionId?: string };

const USAGE_1 = { input_tokens: 900, output_tokens: 40, cache_creation_input_tokens: 2000 };
const USAGE_2 = { input_tokens: 950, output_tokens: 30, cache_read_input_tokens: 2000 };

/** Records of the main transcript, parsed. */
async function transcriptRecords(path: string): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}

describe('Claude Code killed (kill -9) in the middle of a turn', () => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let port: number;
  let dataDir: string;
  let sessionId: string;
  let inFlight: { id: string; startMs: number };
  let killToExportMs: number;
  let exported: ExportLine[];

  beforeAll(async () => {
    port = await freePort();
    home = await createClaudeHome('glassbox-e2e-kill-');
    useAgentHome(join(home.configDir, 'glassbox'));
    const plugin = await copyPlugin(join(home.root, 'plugin'), port);
    dataDir = join(home.configDir, 'plugins', 'data', 'glassbox-lite-inline');
    api = await startFakeAnthropicApi({
      script: [
        {
          when: isAgentLoopRequest,
          reply: {
            content: [
              {
                type: 'tool_use',
                id: 'toolu_k1',
                name: 'Bash',
                input: { command: 'echo one', description: '1' },
              },
            ],
            usage: USAGE_1,
          },
        },
        {
          when: isAgentLoopRequest,
          reply: {
            content: [
              {
                type: 'tool_use',
                id: 'toolu_k2',
                name: 'Bash',
                input: { command: 'echo two', description: '2' },
              },
            ],
            usage: USAGE_2,
          },
        },
        // The third request stalls: Claude Code is killed while it waits.
        {
          when: isAgentLoopRequest,
          reply: { content: [{ type: 'text', text: 'never' }], delayMs: 120_000 },
        },
      ],
      fallback: { content: [{ type: 'text', text: 'ok' }], usage: { input_tokens: 10, output_tokens: 1 } },
    });
    const run = runClaude({
      prompt: 'run two commands',
      apiUrl: api.url,
      home,
      pluginDirs: [plugin],
      allowedTools: ['Bash'],
      settings: {
        pluginConfigs: { 'glassbox-lite@inline': { options: { agentPort: port, exporters: 'file' } } },
      },
      timeoutMs: 150_000,
    });

    // Claude Code's own session file names its pid; the transcript logs the third request before it is sent.
    const found = await until(
      async () => {
        const dir = join(home.configDir, 'sessions');
        for (const name of await readdir(dir)) {
          if (!/^\d+\.json$/.test(name)) continue;
          const info = JSON.parse(await readFile(join(dir, name), 'utf8')) as {
            pid: number;
            sessionId: string;
          };
          const projects = join(home.configDir, 'projects');
          for (const project of await readdir(projects)) {
            const records = await transcriptRecords(join(projects, project, `${info.sessionId}.jsonl`));
            const answered = new Set(records.filter((r) => r.type === 'assistant').map((r) => r.requestRef));
            const requests = records.filter((r) => r.type === 'api-request' && !r.agentId);
            const open = requests.find((r) => !answered.has(r.id));
            if (
              requests.length >= 3 &&
              open &&
              api.messageRequests().filter((r) => r.body && isAgentLoopRequest(r.body)).length >= 3
            )
              return { ...info, open: { id: String(open.id), startMs: Date.parse(String(open.timestamp)) } };
          }
        }
        return undefined;
      },
      'the third model request to be in flight',
      2_400,
    );
    sessionId = found.sessionId;
    inFlight = found.open;
    const killedAt = Date.now();
    process.kill(found.pid, 'SIGKILL');
    await run;

    await until(
      async () => {
        const lines = (await readFileExport(join(dataDir, 'telemetry'))) as ExportLine[];
        return lines.some((l) => l.attributes?.['glassbox.span.type'] === 'llm_unanswered') &&
          lines.some((l) => l.attributes?.['glassbox.span.type'] === 'session')
          ? lines
          : undefined;
      },
      'the interrupted session to be exported',
      1_200,
    );
    killToExportMs = Date.now() - killedAt;
    // Anything else still on its way would show as a duplicate below: give it a moment.
    await new Promise((r) => setTimeout(r, 1_500));
    exported = (await readFileExport(join(dataDir, 'telemetry'))) as ExportLine[];
  }, 200_000);

  afterAll(async () => {
    if (port) await stopAgent(port);
    await api?.close();
    await home?.cleanup();
  });

  it('should export the interrupted session within 5 s of the kill', () => {
    process.stderr.write(`kill -9 → interrupted session exported in ${killToExportMs} ms\n`);
    expect(killToExportMs).toBeLessThan(5_000);
  });

  it('should export the two finished model calls and their tool calls exactly once', () => {
    const chats = exported.filter(
      (l) => l.event === 'span' && l.attributes?.['glassbox.span.type'] === 'llm',
    );
    expect(chats).toHaveLength(2);
    const tokens = chats
      .map((c) => [
        c.attributes?.['glassbox.usage.uncached_input_tokens'],
        c.attributes?.['gen_ai.usage.output_tokens'],
      ])
      .sort();
    expect(tokens).toEqual([
      [USAGE_1.input_tokens, USAGE_1.output_tokens],
      [USAGE_2.input_tokens, USAGE_2.output_tokens],
    ]);
    for (const chat of chats) expect(chat.attributes?.['glassbox.cost.usd']).toBeGreaterThan(0);
    const tools = toolSpans(exported);
    expect([...tools.keys()].sort()).toEqual(['toolu_k1', 'toolu_k2']);
    for (const [id, spans] of tools) {
      expect(spans, id).toHaveLength(1);
      expect(spans[0]!.attributes?.['glassbox.tool.status'], id).toBe('ok');
    }
  });

  it('should mark the turn and the session interrupted, not ok, and the session ended', async () => {
    const turns = spansNamed(exported, 'invoke_agent ').filter(
      (l) => l.attributes?.['glassbox.span.type'] === 'turn',
    );
    expect(turns).toHaveLength(1);
    expect(turns[0]!.status).toBe('error');
    expect(turns[0]!.attributes?.['glassbox.turn.interrupted']).toBe(true);
    expect(turns[0]!.attributes?.['glassbox.llm.calls']).toBe(2);
    const session = exported.filter((l) => l.attributes?.['glassbox.span.type'] === 'session');
    expect(session).toHaveLength(1);
    expect(session[0]!.status).toBe('error');
    expect(session[0]!.attributes?.['glassbox.session.interrupted']).toBe(true);
    expect(session[0]!.attributes?.['claude.session.end_reason']).toBe('process_exited');
    const status = await agentStatus(port);
    const mine = status?.sessions.find((s) => s.sessionId === sessionId) as
      | { ended: boolean; interrupted?: boolean }
      | undefined;
    // Retired from memory once exported; when still listed, it is ended and interrupted.
    if (mine) expect(mine).toMatchObject({ ended: true, interrupted: true });
  });

  it('should record the request in flight as started and unanswered, with no cost', () => {
    const unanswered = exported.filter((l) => l.attributes?.['glassbox.span.type'] === 'llm_unanswered');
    expect(unanswered).toHaveLength(1);
    const span = unanswered[0]!;
    expect(span.status).toBe('error');
    expect(span.error).toBe('interrupted: no response');
    expect(span.timestamp).toBe(new Date(inFlight.startMs).toISOString());
    expect(span.attributes?.['claude.request.ref']).toBe(inFlight.id);
    expect(
      Object.keys(span.attributes ?? {}).filter((k) => k.includes('cost') || k.includes('usage')),
    ).toEqual([]);
    const turn = exported.find((l) => l.attributes?.['glassbox.span.type'] === 'turn');
    expect(span.parentSpanId).toBe(turn?.spanId);
    const logs = exported.filter((l) => l.event === 'llm_request_unanswered');
    expect(logs).toHaveLength(1);
  });
});
