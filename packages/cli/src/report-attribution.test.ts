import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from './cli-io.js';
import { groupToolsByMcpServer } from './report-attribution.js';
import { runCli } from './run-cli.js';

const SESSION = '3f1c2a9e-0000-4000-8000-000000000001';
const OTHER = '3f1c2a9e-0000-4000-8000-000000000002';

function assistant(session: string, cwd: string, branch: string, n: number): string {
  return JSON.stringify({
    type: 'assistant',
    sessionId: session,
    timestamp: '2026-12-01T10:00:00.000Z',
    cwd,
    gitBranch: branch,
    requestId: `req_${session}_${n}`,
    message: {
      id: `msg_${session}_${n}`,
      role: 'assistant',
      model: 'claude-sonnet-4-5',
      content: [{ type: 'text', text: 'ok' }],
      usage: { input_tokens: 1000, output_tokens: 100 },
    },
  });
}

describe('glassbox report --by user|team|repo|branch', () => {
  let tmp: string;
  let config: string;

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'glassbox-report-attr-'));
    const repo = join(tmp, 'widgets');
    mkdirSync(join(repo, '.git', 'refs', 'heads'), { recursive: true });
    writeFileSync(join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(
      join(repo, '.git', 'config'),
      '[remote "origin"]\n\turl = https://u:secret@git.example/acme/widgets.git\n',
    );
    config = join(tmp, 'claude');
    mkdirSync(join(config, 'projects', '-widgets'), { recursive: true });
    writeFileSync(
      join(config, 'projects', '-widgets', `${SESSION}.jsonl`),
      `${assistant(SESSION, repo, 'feature/login', 1)}\n${assistant(SESSION, repo, 'feature/login', 2)}\n`,
    );
    writeFileSync(
      join(config, 'projects', '-widgets', `${OTHER}.jsonl`),
      `${assistant(OTHER, tmp, 'main', 1)}\n`,
    );
    writeFileSync(
      join(config, 'settings.json'),
      JSON.stringify({
        pluginConfigs: { 'glassbox@glassbox': { options: { userId: 'ada', team: 'platform' } } },
      }),
    );
  });

  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  async function groups(by: string): Promise<Record<string, { responses: number }>> {
    const io = memoryIo();
    const code = await runCli(['report', '--config-dir', config, '--no-cache', '--by', by, '--json'], io);
    expect(code, io.err()).toBe(0);
    const json = JSON.parse(io.out()) as { byGroup: Record<string, { responses: number }> };
    return Object.fromEntries(Object.entries(json.byGroup).map(([k, v]) => [k, { responses: v.responses }]));
  }

  it('should sum sessions by the branch Claude Code recorded and by the repository of their cwd', async () => {
    expect(await groups('branch')).toEqual({ 'feature/login': { responses: 2 }, main: { responses: 1 } });
    expect(await groups('repo')).toEqual({
      'https://git.example/acme/widgets.git': { responses: 2 },
      '(none)': { responses: 1 },
    });
  });

  it('should take user and team from the glassbox plugin settings', async () => {
    expect(await groups('team')).toEqual({ platform: { responses: 3 } });
    expect(await groups('user')).toEqual({ ada: { responses: 3 } });
    const io = memoryIo();
    expect(await runCli(['report', '--config-dir', config, '--no-cache', '--by', 'team'], io)).toBe(0);
    expect(io.out()).toContain('platform');
  });

  it('should sum tool calls by MCP server, a plugin server under its plugin, built-in tools left out', () => {
    const t = (calls: number, errors: number, totalMs: number, maxMs: number) => ({
      calls,
      completed: calls,
      errors,
      errorRate: errors / calls,
      p50Ms: 1,
      p95Ms: 2,
      maxMs,
      meanMs: totalMs / calls,
      totalMs,
    });
    expect(
      groupToolsByMcpServer({
        Bash: t(9, 1, 90, 20),
        mcp__github__create_issue: t(2, 1, 40, 30),
        mcp__github__list_prs: t(2, 0, 20, 15),
        mcp__plugin_deploy_k8s__apply: t(1, 0, 5, 5),
      }),
    ).toEqual({
      github: {
        calls: 4,
        completed: 4,
        errors: 1,
        errorRate: 0.25,
        p50Ms: null,
        p95Ms: null,
        maxMs: 30,
        meanMs: 15,
        totalMs: 60,
      },
      'deploy/k8s': {
        calls: 1,
        completed: 1,
        errors: 0,
        errorRate: 0,
        p50Ms: null,
        p95Ms: null,
        maxMs: 5,
        meanMs: 5,
        totalMs: 5,
      },
    });
  });
});
