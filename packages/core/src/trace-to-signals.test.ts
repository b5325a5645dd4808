import { join } from 'node:path';
import type { LogRecordData } from '@glassbox/spec';
import { describe, expect, it } from 'vitest';
import { MetricsRegistry } from './metrics-registry.js';
import { SessionTracker } from './session-tracker.js';
import { traceToSignals } from './trace-to-signals.js';
import { traceToTelemetry } from './trace-to-telemetry.js';
import { readTranscriptIncrement } from './transcript-reader.js';

const FIXTURES = join(import.meta.dirname, '__fixtures__', 'claude-2.1.332');

async function fixtureTrace(file: string, sessionId: string, options: { content?: boolean } = {}) {
  const tracker = new SessionTracker({ sessionId });
  tracker.addTranscriptEntries((await readTranscriptIncrement(join(FIXTURES, file), 0, options)).entries);
  return tracker.build({ final: true });
}

const MAIN = ['signals.jsonl', 'bb349f27-b7fb-4f14-9b88-486dde7cf68e'] as const;
const HOOKS = ['signals-hooks.jsonl', '19049ec8-c883-48f7-b253-9623bfbb52aa'] as const;

const of = (logs: LogRecordData[], event: string) =>
  logs.filter((l) => l.event === event).map((l) => l.attributes);

describe('traceToSignals on real 2.1.332 transcripts', () => {
  it('should count lines, the commit, the PR, API errors and retries, the skill, MCP, the refusal and active time', async () => {
    const logs = traceToSignals(await fixtureTrace(...MAIN), { resource: { 'user.id': 'ada' } });
    expect(
      of(logs, 'code_edit').map((a) => [a.toolUseId, a.toolName, a.language, a.linesAdded, a.linesRemoved]),
    ).toEqual([
      ['toolu_write_new', 'Write', 'TypeScript', 3, 0],
      ['toolu_edit', 'Edit', 'TypeScript', 2, 1],
      ['toolu_write_update', 'Write', 'Text', 1, 2],
    ]);
    // Claude Code's own totals (the transcript's cost-state) say 7 added, 3 removed: it counts a new file that
    // ends in a newline one line longer ('a\nb\nc\n'.split('\n') has 4 items); a 3-line file adds 3 lines here.
    // The failing `git commit` (nothing to commit, exit 1) counts nothing.
    expect(of(logs, 'commit')).toEqual([
      expect.objectContaining({ toolUseId: 'toolu_commit', commits: 1, commitId: '3026a22' }),
    ]);
    expect(of(logs, 'pull_request')).toEqual([
      expect.objectContaining({ toolUseId: 'toolu_pr', pullRequests: 1, pullRequestNumber: 7 }),
    ]);
    expect(of(logs, 'api_error').map((a) => [a.statusCode, a.attempt, a.retrying, a.maxRetries])).toEqual([
      ['529', 1, true, 10],
      ['500', 2, true, 10],
    ]);
    expect(of(logs, 'skill_activated')).toEqual([
      expect.objectContaining({ skill: 'greet', toolUseId: 'toolu_skill', trigger: 'model' }),
    ]);
    // The server that never connected is not in the transcript.
    expect(of(logs, 'mcp_server_connection')).toEqual([
      expect.objectContaining({ mcpServer: 'demo', status: 'connected' }),
    ]);
    expect(of(logs, 'api_refusal')).toHaveLength(1);
    expect(of(logs, 'hook_execution')).toEqual([
      expect.objectContaining({ hookEvent: 'Stop', outcome: 'success', durationMs: 14 }),
    ]);
    const active = of(logs, 'active_time');
    expect(active).toHaveLength(1);
    expect(active[0]!.cliSeconds).toBeGreaterThan(0);
    expect(active[0]!.userSeconds).toBe(0);
    for (const l of logs) expect(l.attributes['user.id']).toBe('ada');
    // Deterministic ids: the same trace gives the same records, and delivered ones are left out.
    expect(traceToSignals(await fixtureTrace(...MAIN), { resource: { 'user.id': 'ada' } })).toEqual(logs);
    const skip = new Set(logs.map((l) => l.id));
    expect(traceToSignals(await fixtureTrace(...MAIN), { skip })).toEqual([]);
  });

  it('should keep no path, command or text, with or without content capture', async () => {
    for (const content of [false, true]) {
      const text = JSON.stringify(traceToSignals(await fixtureTrace(...MAIN, { content })));
      expect(text).not.toMatch(/glassbox-claude-fixture|git add|const a|fake 529|pong/);
    }
  });

  it('should count hook runs by outcome and the lines of notebook edits', async () => {
    const logs = traceToSignals(await fixtureTrace(...HOOKS));
    expect(of(logs, 'hook_execution').map((a) => `${a.hookEvent}:${a.outcome}`)).toEqual([
      'SessionStart:success',
      'UserPromptSubmit:success',
      'PreToolUse:success',
      'PostToolUse:non_blocking_error',
      'PreToolUse:success',
      'PostToolUse:non_blocking_error',
      'PreToolUse:success',
      'PostToolUse:non_blocking_error',
      'PreToolUse:success',
      'PostToolUse:non_blocking_error',
      'Stop:success',
    ]);
    expect(of(logs, 'code_edit').map((a) => [a.toolName, a.language, a.linesAdded, a.linesRemoved])).toEqual([
      ['NotebookEdit', 'Jupyter Notebook', 3, 2],
      ['NotebookEdit', 'Jupyter Notebook', 1, 0],
    ]);
  });

  it('should reach the metrics through traceToTelemetry, each record counted once', async () => {
    const trace = await fixtureTrace(...MAIN);
    const { spans, logs } = traceToTelemetry(trace, { captureContent: false });
    const registry = new MetricsRegistry();
    const counted = new Set<string>();
    registry.recordSpans(spans, {}, counted);
    registry.recordLogs(logs, {}, counted);
    expect(registry.recordLogs(traceToTelemetry(trace, { captureContent: false }).logs, {}, counted)).toEqual(
      [],
    );
    const total = (name: string, type?: string) =>
      registry
        .collect(Date.now(), 'cumulative')
        .filter((m) => m.name === name)
        .flatMap((m) => (m.kind === 'sum' ? m.points : []))
        .filter((p) => type === undefined || p.attributes.type === type)
        .reduce((n, p) => n + p.value, 0);
    expect(total('claude.lines_of_code.count', 'added')).toBe(6);
    expect(total('claude.lines_of_code.count', 'removed')).toBe(3);
    expect(total('claude.commit.count')).toBe(1);
    expect(total('claude.pull_request.count')).toBe(1);
    expect(total('claude.api.errors_total')).toBe(2);
    expect(total('claude.api.retries_total')).toBe(2);
    expect(total('claude.api.refusals_total')).toBe(1);
    expect(total('claude.skill.activations_total')).toBe(1);
    expect(total('claude.mcp.connections_total')).toBe(1);
    expect(total('claude.hook.executions_total')).toBe(1);
    expect(total('claude.active_time.total', 'cli')).toBeGreaterThan(0);
  });
});
