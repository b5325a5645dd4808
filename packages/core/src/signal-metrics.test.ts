import type { LogRecordData } from '@glassbox/spec';
import { describe, expect, it } from 'vitest';
import { MetricsRegistry } from './metrics-registry.js';
import { signalIncrements } from './signal-metrics.js';

const log = (id: string, event: string, attributes: LogRecordData['attributes']): LogRecordData => ({
  id: id.padStart(32, '0'),
  timeMs: 1000,
  severity: 'info',
  event,
  attributes: { sessionId: 's', ...attributes },
});

const LOGS: LogRecordData[] = [
  log('1', 'code_edit', { toolName: 'Write', language: 'TypeScript', linesAdded: 3, linesRemoved: 0 }),
  log('2', 'code_edit', { toolName: 'Edit', language: 'TypeScript', linesAdded: 2, linesRemoved: 1 }),
  log('3', 'commit', { commits: 1, commitId: 'abcdef0' }),
  log('4', 'pull_request', { pullRequests: 1 }),
  log('5', 'api_error', { statusCode: '529', attempt: 1, retrying: true, model: 'claude-opus-5-5' }),
  log('6', 'api_error', { statusCode: '400', retrying: false, model: 'claude-opus-5-5' }),
  log('7', 'api_refusal', { model: 'claude-opus-5-5' }),
  log('8', 'skill_activated', { skill: 'greet' }),
  log('9', 'hook_execution', { hookEvent: 'PreToolUse', outcome: 'success' }),
  log('a', 'mcp_server_connection', { mcpServer: 'demo', status: 'connected' }),
  log('b', 'active_time', { cliSeconds: 2.5, userSeconds: 0 }),
  log('c', 'tool_call', { toolName: 'Bash' }),
];

describe('signalIncrements', () => {
  it('should map each derived-signal record to its metric increments and ignore other records', () => {
    expect(signalIncrements(LOGS[1]!)).toEqual([
      {
        name: 'claude.lines_of_code.count',
        attributes: { tool: 'Edit', language: 'TypeScript', type: 'added' },
        value: 2,
      },
      {
        name: 'claude.lines_of_code.count',
        attributes: { tool: 'Edit', language: 'TypeScript', type: 'removed' },
        value: 1,
      },
    ]);
    expect(signalIncrements(LOGS[4]!).map((i) => i.name)).toEqual([
      'claude.api.errors_total',
      'claude.api.retries_total',
    ]);
    expect(signalIncrements(LOGS[5]!).map((i) => i.name)).toEqual(['claude.api.errors_total']);
    expect(signalIncrements(LOGS[10]!)).toEqual([
      { name: 'claude.active_time.total', attributes: { type: 'cli' }, value: 2.5 },
    ]);
    expect(signalIncrements(LOGS[11]!)).toEqual([]);
  });
});

describe('MetricsRegistry.recordLogs', () => {
  const sum = (registry: MetricsRegistry, name: string, match: Record<string, string> = {}) =>
    registry
      .collect(2000, 'cumulative')
      .filter((m) => m.name === name)
      .flatMap((m) => (m.kind === 'sum' ? m.points : []))
      .filter((p) => Object.entries(match).every(([k, v]) => p.attributes[k] === v))
      .reduce((n, p) => n + p.value, 0);

  it('should count each record once by id, also across a restart, with the session attribution', () => {
    const registry = new MetricsRegistry();
    const counted = new Set<string>();
    const who = { 'user.id': 'ada', 'glassbox.team': 'platform', 'vcs.ref.head.revision': 'abc' };
    const added = registry.recordLogs(LOGS, who, counted);
    expect(added).toHaveLength(11);
    expect(registry.recordLogs(LOGS, who, counted)).toEqual([]);
    const restored = MetricsRegistry.fromJSON(JSON.parse(JSON.stringify(registry.toJSON())));
    expect(restored.recordLogs(LOGS, who, counted)).toEqual([]);
    for (const r of [registry, restored]) {
      expect(sum(r, 'claude.lines_of_code.count', { type: 'added' })).toBe(5);
      expect(sum(r, 'claude.lines_of_code.count', { type: 'removed' })).toBe(1);
      expect(sum(r, 'claude.commit.count')).toBe(1);
      expect(sum(r, 'claude.pull_request.count')).toBe(1);
      expect(sum(r, 'claude.api.errors_total')).toBe(2);
      expect(sum(r, 'claude.api.retries_total', { status_code: '529' })).toBe(1);
      expect(sum(r, 'claude.api.refusals_total')).toBe(1);
      expect(sum(r, 'claude.skill.activations_total', { 'skill.name': 'greet', 'user.id': 'ada' })).toBe(1);
      expect(sum(r, 'claude.hook.executions_total', { hook_event: 'PreToolUse' })).toBe(1);
      expect(sum(r, 'claude.mcp.connections_total', { 'mcp_server.name': 'demo' })).toBe(1);
      expect(sum(r, 'claude.active_time.total', { type: 'cli' })).toBe(2.5);
    }
    // The commit is on the session's records, not on every series.
    const points = registry.collect(2000, 'cumulative').flatMap((m) => (m.kind === 'sum' ? m.points : []));
    for (const p of points) expect(p.attributes['vcs.ref.head.revision']).toBeUndefined();
  });
});
