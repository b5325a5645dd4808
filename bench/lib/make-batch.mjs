// One session's worth of spec spans for the exporter benches (otlp-export, datadog-export).

function hex(n, width) {
  return n.toString(16).padStart(width, '0');
}

/**
 * One session's worth of spans with realistic GenAI attributes; ids unique per batch, deterministic. With `logs`,
 * also the log record the tracker makes for each model and tool call (`llm_call`, `tool_call`) on its span.
 */
export function makeBatch(batchIndex, spanCount, { logs = false } = {}) {
  const traceId = `a${hex(batchIndex + 1, 31)}`;
  const t0 = Date.parse('2026-04-28T10:23:45.000Z') + batchIndex * 60_000;
  const root = `b${hex(batchIndex * 100_000 + 1, 15)}`;
  const spans = [];
  for (let i = 0; i < spanCount; i++) {
    const spanId = i === 0 ? root : `c${hex(batchIndex * 100_000 + i + 1, 15)}`;
    const llm = i % 3 !== 2;
    spans.push({
      traceId,
      spanId,
      ...(i === 0 ? {} : { parentSpanId: root }),
      name: i === 0 ? 'invoke_agent claude-code' : llm ? 'chat claude-opus-5-5' : 'execute_tool Bash',
      kind: llm && i !== 0 ? 'client' : 'internal',
      startTimeMs: t0 + i * 10,
      endTimeMs: t0 + i * 10 + 8.5,
      status: i % 17 === 0 ? { code: 'error', message: 'exit code 2' } : { code: 'ok' },
      attributes: llm
        ? {
            // What the tracker sets, and what the Datadog exporter maps to APM span types and LLM Obs kinds.
            'glassbox.span.type': i === 0 ? 'session' : 'llm',
            'session.id': `sess_${batchIndex}`,
            'gen_ai.operation.name': 'chat',
            'gen_ai.provider.name': 'anthropic',
            'gen_ai.request.model': 'claude-opus-5-5',
            'gen_ai.response.id': `msg_${hex(i, 24)}`,
            'gen_ai.usage.input_tokens': 1847 + i,
            'gen_ai.usage.output_tokens': 312,
            'gen_ai.usage.cache_read.input_tokens': 12_000,
            'gen_ai.response.finish_reasons': ['tool_use'],
          }
        : {
            'glassbox.span.type': 'tool',
            'session.id': `sess_${batchIndex}`,
            'gen_ai.operation.name': 'execute_tool',
            'gen_ai.tool.name': 'Bash',
            'gen_ai.tool.call.id': `toolu_${hex(i, 20)}`,
          },
      events: llm ? [{ name: 'gen_ai.first_token', timeMs: t0 + i * 10 + 2 }] : [],
    });
  }
  return {
    id: `bench-${batchIndex}`,
    resource: { attributes: { 'service.name': 'claude-code', 'user.id': 'u_bench', 'host.name': 'bench' } },
    spans,
    metrics: [],
    logs: logs ? spans.slice(1).map((s) => logOf(s, batchIndex)) : [],
    audit: [],
  };
}

/** The log record of a model or tool call span, with the attribution the agent puts on every record. */
function logOf(span, batchIndex) {
  const a = span.attributes;
  const llm = a['glassbox.span.type'] === 'llm';
  return {
    id: `log-${span.spanId}`,
    timeMs: span.endTimeMs,
    severity: span.status.code === 'error' ? 'error' : 'info',
    event: llm ? 'llm_call' : 'tool_call',
    traceId: span.traceId,
    spanId: span.spanId,
    attributes: {
      'user.id': 'u_bench',
      'glassbox.team': 'bench',
      'vcs.repository.url.full': 'https://github.com/acme/app',
      'vcs.ref.head.name': 'main',
      sessionId: `sess_${batchIndex}`,
      ...(llm
        ? { model: a['gen_ai.request.model'], inputTokens: a['gen_ai.usage.input_tokens'], outputTokens: 312 }
        : { toolName: 'Bash', toolUseId: a['gen_ai.tool.call.id'], status: span.status.code }),
      latencyMs: span.endTimeMs - span.startTimeMs,
    },
  };
}
