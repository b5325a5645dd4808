import type { AuditDecisionData, LogRecordData, SpanData, TelemetryBatch } from '@glassbox/spec';

// Shared by the exporter's tests (not part of the package's entry).
export const T0 = Date.parse('2026-03-04T05:06:07.000Z');
export const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
export const id = (n: number) => `00f067aa0ba902b${n}`;

/** A session as the tracker shapes it: session → turn → chat → Agent tool → subagent → chat, and a failed Bash. */
export function sessionBatch(extra: Partial<Record<string, string>> = {}): TelemetryBatch {
  const base = { 'session.id': 'sess-dd-1' };
  const span = (
    n: number,
    parent: number | undefined,
    type: string,
    name: string,
    start: number,
    end: number,
    attributes: SpanData['attributes'] = {},
    error = false,
  ): SpanData => ({
    traceId: TRACE,
    spanId: id(n),
    ...(parent !== undefined ? { parentSpanId: id(parent) } : {}),
    name,
    kind: type === 'llm' ? 'client' : 'internal',
    startTimeMs: T0 + start,
    endTimeMs: T0 + end,
    status: error ? { code: 'error', message: 'exit code 2' } : { code: 'ok' },
    attributes: { ...base, 'glassbox.span.type': type, ...attributes },
    events: [],
  });
  const llm = (cost: number) => ({
    'gen_ai.request.model': 'claude-sonnet-4-5',
    'gen_ai.usage.input_tokens': 1300,
    'gen_ai.usage.output_tokens': 40,
    'gen_ai.usage.cache_read.input_tokens': 1000,
    'gen_ai.usage.cache_creation.input_tokens': 200,
    'glassbox.usage.uncached_input_tokens': 100,
    'glassbox.usage.cache_creation.5m.input_tokens': 200,
    'glassbox.cost.usd': cost,
    'glassbox.cost.known': true,
  });
  return {
    id: `batch-${extra.id ?? '1'}`,
    resource: { attributes: { 'service.name': 'claude-code', 'claude.version': '2.1.332' } },
    spans: [
      span(1, undefined, 'session', 'invoke_agent claude-code', 0, 9000),
      span(2, 1, 'turn', 'invoke_agent claude-code', 10, 8990),
      span(3, 2, 'llm', 'chat claude-sonnet-4-5', 20, 1020, llm(0.0125)),
      span(4, 3, 'tool', 'execute_tool Agent', 1030, 6000, { 'gen_ai.tool.name': 'Agent' }),
      span(5, 4, 'subagent', 'invoke_agent general-purpose', 1040, 5990),
      span(6, 5, 'llm', 'chat claude-sonnet-4-5', 1050, 2050, llm(0.0075)),
      span(
        7,
        3,
        'tool',
        'execute_tool Bash',
        6010,
        6244,
        {
          'gen_ai.tool.name': 'Bash',
          'gen_ai.tool.call.id': 'toolu_bash',
          'glassbox.tool.status': 'error',
          'error.type': 'tool_error',
          ...(extra.args ? { 'gen_ai.tool.call.arguments': extra.args } : {}),
        },
        true,
      ),
    ],
    metrics: [],
    logs: [],
    audit: [],
  };
}

/** Who and where, as the agent puts it on every record of a session. */
export const ATTRIBUTION = {
  'user.id': 'ada',
  'glassbox.team': 'ml',
  'vcs.repository.url.full': 'https://github.com/acme/app',
  'vcs.ref.head.name': 'feature/x',
};

/**
 * The batch's log records as the tracker makes them (a prompt, the model call, the failed Bash call with its
 * content when `content` is set, an audit checkpoint) and two audit decisions.
 */
export function withLogs(batch: TelemetryBatch, options: { content?: boolean } = {}): TelemetryBatch {
  const log = (
    n: number,
    event: string,
    spanN: number | undefined,
    attributes: LogRecordData['attributes'],
    extra: Partial<LogRecordData> = {},
  ): LogRecordData => ({
    id: `log-${n}`,
    timeMs: T0 + n,
    severity: 'info',
    event,
    ...(spanN !== undefined ? { traceId: TRACE, spanId: id(spanN) } : {}),
    attributes: { ...ATTRIBUTION, sessionId: 'sess-dd-1', ...attributes },
    ...extra,
  });
  const decision = (
    n: number,
    type: AuditDecisionData['decisionType'],
    toolName?: string,
  ): AuditDecisionData => ({
    id: `audit-${n}`,
    timestamp: new Date(T0 + n).toISOString(),
    sessionId: 'sess-dd-1',
    userId: 'ada',
    decisionType: type,
    ...(toolName ? { toolName, toolUseId: 'toolu_bash', decisionSource: 'hook' } : {}),
    inputHash: 'ab'.repeat(32),
    metadata: { turnIndex: 0 },
  });
  return {
    ...batch,
    logs: [
      log(10, 'prompt', 2, { promptLength: 12 }),
      log(20, 'llm_call', 3, { model: 'claude-sonnet-4-5', inputTokens: 1300 }),
      log(
        30,
        'tool_call',
        7,
        { toolName: 'Bash', status: 'error', latencyMs: 234 },
        {
          severity: 'error',
          ...(options.content ? { body: { input: { command: 'ls /nope' }, output: 'No such file' } } : {}),
        },
      ),
      {
        id: 'audit-checkpoint:2:abcd',
        timeMs: T0 + 40,
        severity: 'info',
        event: 'audit_checkpoint',
        attributes: { 'glassbox.audit.size': 2, 'glassbox.audit.root_hash': 'abcd' },
      },
    ],
    audit: [decision(50, 'response_generated'), decision(60, 'safety_block', 'Bash')],
  };
}
