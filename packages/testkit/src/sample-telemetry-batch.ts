import type { AuditRecordData, LogRecordData, MetricData, SpanData, TelemetryBatch } from '@glassbox/spec';

export interface SampleTelemetryBatchOptions {
  /** Epoch ms at which the sample session starts. Default 2026-04-28T10:23:45.000Z. */
  readonly startMs?: number;
  /** Session id; also seeds the ids so two sessions do not collide. Default `sess_abc123`. */
  readonly sessionId?: string;
}

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const ZERO_HASH = '0'.repeat(64);

/**
 * A realistic batch for one short Claude Code session: a turn with two model requests and one tool call,
 * every metric kind, the seed's log records and a two-link audit chain. Every signal is present and every
 * optional field used somewhere (parent ids, span events, error status, content `body`, shapes). The audit
 * hashes are well-formed but are not a verifiable chain.
 */
export function sampleTelemetryBatch(options: SampleTelemetryBatchOptions = {}): TelemetryBatch {
  const t0 = options.startMs ?? Date.parse('2026-04-28T10:23:45.000Z');
  const sessionId = options.sessionId ?? 'sess_abc123';
  const traceId = options.sessionId === undefined ? TRACE_ID : hexFrom(sessionId, 32);
  const span = (label: string) => hexFrom(`${sessionId}:${label}`, 16);
  const sessionSpan = span('session');
  const turnSpan = span('turn-1');
  const llm1 = span('req_011CX1');
  const llm2 = span('req_011CX2');
  const tool = span('toolu_01A');
  const model = 'claude-opus-5-5';
  const common = { 'session.id': sessionId, 'gen_ai.system': 'anthropic' };

  const spans: SpanData[] = [
    {
      traceId,
      spanId: sessionSpan,
      name: 'invoke_agent claude-code',
      kind: 'internal',
      startTimeMs: t0,
      endTimeMs: t0 + 3400,
      status: { code: 'ok' },
      attributes: { ...common, 'claude.version': '2.1.332', 'gen_ai.usage.cost_usd': 0.0412 },
      events: [],
    },
    {
      traceId,
      spanId: turnSpan,
      parentSpanId: sessionSpan,
      name: 'turn',
      kind: 'internal',
      startTimeMs: t0 + 5,
      endTimeMs: t0 + 3390,
      status: { code: 'ok' },
      attributes: { ...common, 'claude.prompt.id': 'prm_7f3a', 'claude.prompt.length': 58 },
      events: [{ name: 'prompt.submitted', timeMs: t0 + 5, attributes: { 'claude.prompt.length': 58 } }],
    },
    {
      traceId,
      spanId: llm1,
      parentSpanId: turnSpan,
      name: `chat ${model}`,
      kind: 'client',
      startTimeMs: t0 + 10,
      endTimeMs: t0 + 1210,
      status: { code: 'ok' },
      attributes: {
        ...common,
        'gen_ai.request.model': model,
        'gen_ai.response.id': 'msg_01XFDUDYJgAACzvnptvVoYEL',
        'gen_ai.usage.input_tokens': 1847,
        'gen_ai.usage.output_tokens': 312,
        'gen_ai.usage.cache_read_input_tokens': 12_000,
        'gen_ai.response.finish_reasons': ['tool_use'],
      },
      events: [{ name: 'gen_ai.first_token', timeMs: t0 + 420.5 }],
    },
    {
      traceId,
      spanId: tool,
      parentSpanId: llm1,
      name: 'execute_tool Bash',
      kind: 'internal',
      startTimeMs: t0 + 1215,
      endTimeMs: t0 + 1449,
      status: { code: 'error', message: 'exit code 2' },
      attributes: { ...common, 'gen_ai.tool.name': 'Bash', 'gen_ai.tool.call.id': 'toolu_01A' },
      events: [
        {
          name: 'exception',
          timeMs: t0 + 1449,
          attributes: { 'exception.message': 'ls: cannot access /nope: No such file or directory' },
        },
      ],
    },
    {
      traceId,
      spanId: llm2,
      parentSpanId: turnSpan,
      name: `chat ${model}`,
      kind: 'client',
      startTimeMs: t0 + 1455,
      endTimeMs: t0 + 2255,
      status: { code: 'unset' },
      attributes: {
        ...common,
        'gen_ai.request.model': model,
        'gen_ai.usage.input_tokens': 2210,
        'gen_ai.usage.output_tokens': 95,
        'gen_ai.response.finish_reasons': ['end_turn'],
      },
      events: [],
    },
  ];

  const metrics: MetricData[] = [
    {
      kind: 'sum',
      name: 'claude.tool.calls_total',
      unit: '{call}',
      description: 'Tool calls by tool and outcome',
      temporality: 'cumulative',
      monotonic: true,
      points: [
        { attributes: { tool: 'Bash', success: 'false' }, startTimeMs: t0, timeMs: t0 + 3400, value: 1 },
        { attributes: { tool: 'Read', success: 'true' }, startTimeMs: t0, timeMs: t0 + 3400, value: 0 },
      ],
    },
    {
      kind: 'sum',
      name: 'claude.cost.usd',
      unit: 'USD',
      temporality: 'delta',
      monotonic: true,
      points: [{ attributes: { model }, startTimeMs: t0, timeMs: t0 + 3400, value: 0.0412 }],
    },
    {
      kind: 'histogram',
      name: 'claude.tool.latency_ms',
      unit: 'ms',
      temporality: 'cumulative',
      boundaries: [10, 50, 100, 250, 500, 1000, 5000],
      points: [
        {
          attributes: { tool: 'Bash' },
          startTimeMs: t0,
          timeMs: t0 + 3400,
          count: 1,
          sum: 234,
          min: 234,
          max: 234,
          bucketCounts: [0, 0, 0, 1, 0, 0, 0, 0],
        },
      ],
    },
    {
      kind: 'gauge',
      name: 'claude.context.tokens',
      unit: '{token}',
      points: [{ attributes: { model }, timeMs: t0 + 3400, value: 14_057 }],
    },
  ];

  const logs: LogRecordData[] = [
    {
      id: `${sessionId}:prompt:prm_7f3a`,
      timeMs: t0 + 5,
      severity: 'info',
      event: 'prompt',
      traceId,
      spanId: turnSpan,
      attributes: { sessionId, promptId: 'prm_7f3a', promptLength: 58 },
    },
    {
      id: `${sessionId}:llm_call:req_011CX1`,
      timeMs: t0 + 1210,
      severity: 'info',
      event: 'llm_call',
      traceId,
      spanId: llm1,
      attributes: {
        sessionId,
        promptId: 'prm_7f3a',
        model,
        latencyMs: 1200,
        inputTokens: 1847,
        outputTokens: 312,
        costUsd: 0.0386,
        status: 'ok',
      },
    },
    {
      // Content capture on: the producer put the (already redacted) content in `body`.
      id: `${sessionId}:tool_call:toolu_01A`,
      timeMs: t0 + 1449,
      severity: 'error',
      event: 'tool_call',
      traceId,
      spanId: tool,
      attributes: {
        sessionId,
        promptId: 'prm_7f3a',
        toolName: 'Bash',
        toolUseId: 'toolu_01A',
        latencyMs: 234,
        status: 'error',
        error: 'exit code 2',
      },
      body: {
        input: { command: 'ls /nope', description: 'List a missing folder' },
        output: { stdout: '', stderr: 'ls: cannot access /nope: No such file or directory', exitCode: 2 },
      },
    },
    {
      // Content capture off: only the shape of the content travels, as attributes.
      id: `${sessionId}:tool_call:toolu_01B`,
      timeMs: t0 + 2300,
      severity: 'info',
      event: 'tool_call',
      traceId,
      spanId: span('toolu_01B'),
      attributes: {
        sessionId,
        toolName: 'Read',
        toolUseId: 'toolu_01B',
        latencyMs: 12,
        status: 'ok',
        inputShape: '{file_path:string}',
        outputShape: '{content:string(1843)}',
      },
    },
    {
      id: `${sessionId}:session_end`,
      timeMs: t0 + 3400,
      severity: 'debug',
      event: 'session_end',
      traceId,
      spanId: sessionSpan,
      attributes: { sessionId, reason: 'prompt_input_exit', costUsd: 0.0412 },
    },
  ];

  const firstHash = hexFrom(`${sessionId}:audit:0`, 64);
  const audit: AuditRecordData[] = [
    {
      id: hexFrom(`${sessionId}:decision:0`, 32),
      seq: 0,
      timestamp: new Date(t0 + 5).toISOString(),
      sessionId,
      userId: 'u_5b1f0c',
      decisionType: 'prompt_submitted',
      inputHash: hexFrom('prompt', 64),
      metadata: { model, turnIndex: 0 },
      prevHash: ZERO_HASH,
      hash: firstHash,
    },
    {
      id: hexFrom(`${sessionId}:decision:1`, 32),
      seq: 1,
      timestamp: new Date(t0 + 1215).toISOString(),
      sessionId,
      userId: 'u_5b1f0c',
      decisionType: 'tool_call',
      toolName: 'Bash',
      toolUseId: 'toolu_01A',
      decisionSource: 'config',
      inputHash: hexFrom('ls /nope', 64),
      outputHash: hexFrom('exit 2', 64),
      metadata: { model, turnIndex: 0, permissionMode: 'default' },
      prevHash: firstHash,
      hash: hexFrom(`${sessionId}:audit:1`, 64),
    },
  ];

  return {
    id: hexFrom(`${sessionId}:batch`, 32),
    resource: {
      attributes: {
        'service.name': 'claude-code',
        'service.version': '2.1.332',
        'host.name': 'dev-box',
        'user.id': 'u_5b1f0c',
      },
    },
    spans,
    metrics,
    logs,
    audit,
  };
}

/** Deterministic lowercase hex of `length` digits (FNV-1a rounds); never all zeros. */
function hexFrom(seed: string, length: number): string {
  let out = '';
  for (let round = 0; out.length < length; round++) {
    let hash = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) {
      hash ^= seed.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    out += (hash >>> 0).toString(16).padStart(8, '0');
  }
  out = out.slice(0, length);
  return /^0+$/.test(out) ? `1${out.slice(1)}` : out;
}
