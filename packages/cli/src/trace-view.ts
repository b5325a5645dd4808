// The session trace as `glassbox trace --json` prints it (`traceToJson`); its text rendering is in
// `render-trace-tree.ts`, its shape in `trace-json.ts`.
import type {
  LlmCallNode,
  SessionTrace,
  SubagentNode,
  ToolCallNode,
  TurnNode,
  UsageTotals,
} from '@glassbox/core';
import type { AnthropicUsage } from '@glassbox/pricing';
import type { SpanJson, TokensJson, TraceJson } from './trace-json.js';

export { renderTraceTree } from './render-trace-tree.js';
export type { SpanJson, SpanKind, TokensJson, TraceJson } from './trace-json.js';

const iso = (ms: number): string => new Date(Number.isFinite(ms) ? ms : 0).toISOString();

function totalsTokens(t: UsageTotals): TokensJson {
  return {
    input: t.inputTokens,
    output: t.outputTokens,
    cacheCreation: t.cacheCreationInputTokens,
    cacheCreation5m: t.cacheCreation5mInputTokens,
    cacheCreation1h: t.cacheCreation1hInputTokens,
    cacheRead: t.cacheReadInputTokens,
  };
}

function usageTokens(u: AnthropicUsage): TokensJson {
  // Claude Code's split: the 1-hour field clamped to the total, the rest 5-minute.
  const oneHourField = u.cache_creation?.ephemeral_1h_input_tokens ?? 0;
  const total =
    u.cache_creation_input_tokens ?? (u.cache_creation?.ephemeral_5m_input_tokens ?? 0) + oneHourField;
  const oneHour = Math.max(0, Math.min(oneHourField, total));
  return {
    input: u.input_tokens ?? 0,
    output: u.output_tokens ?? 0,
    cacheCreation: u.cache_creation_input_tokens ?? 0,
    cacheCreation5m: total - oneHour,
    cacheCreation1h: oneHour,
    cacheRead: u.cache_read_input_tokens ?? 0,
  };
}

const ZERO: TokensJson = {
  input: 0,
  output: 0,
  cacheCreation: 0,
  cacheCreation5m: 0,
  cacheCreation1h: 0,
  cacheRead: 0,
};

function addTokens(a: TokensJson, b: TokensJson): TokensJson {
  return {
    input: a.input + b.input,
    output: a.output + b.output,
    cacheCreation: a.cacheCreation + b.cacheCreation,
    cacheCreation5m: a.cacheCreation5m + b.cacheCreation5m,
    cacheCreation1h: a.cacheCreation1h + b.cacheCreation1h,
    cacheRead: a.cacheRead + b.cacheRead,
  };
}

/** Numbers LLM calls in start order within their thread (the main session, or one subagent). */
class Numbering {
  #n = 0;
  next(): number {
    this.#n += 1;
    return this.#n;
  }
}

function llmSpan(node: LlmCallNode, n: number, tools: SpanJson[]): SpanJson {
  // An LLM call's own tokens and cost: summing the LLM nodes of a tree gives the session's total.
  const span: SpanJson = {
    kind: 'llm',
    name: `LLM #${n}`,
    spanId: node.spanId,
    startTime: iso(node.startMs),
    durationMs: Math.max(0, node.endMs - node.startMs),
    status: node.status,
    tokens: usageTokens(node.usage),
    costUsd: node.costUsd ?? null,
    costUnknownResponses: node.costUsd === undefined ? 1 : 0,
    model: node.pricedModel,
    usage: node.usage,
    messageId: node.messageId,
    children: tools,
  };
  if (node.requestId) span.requestId = node.requestId;
  if (node.stopReason) span.stopReason = node.stopReason;
  if (node.error) span.error = node.error;
  if (node.agentId) span.agentId = node.agentId;
  if (node.scope?.skill) span.skill = node.scope.skill;
  if (node.scope?.command) span.command = node.scope.command;
  return span;
}

function toolSpan(node: ToolCallNode, subagents: SpanJson[]): SpanJson {
  let tokens = ZERO;
  let cost = 0;
  let unknown = 0;
  for (const s of subagents) {
    tokens = addTokens(tokens, s.tokens);
    cost += s.costUsd ?? 0;
    unknown += s.costUnknownResponses;
  }
  const span: SpanJson = {
    kind: 'tool',
    name: node.name,
    spanId: node.spanId,
    startTime: iso(node.startMs),
    durationMs: node.durationMs ?? Math.max(0, node.endMs - node.startMs),
    status: node.status,
    tokens,
    costUsd: cost,
    costUnknownResponses: unknown,
    toolUseId: node.toolUseId,
    toolStatus: node.toolStatus,
    children: subagents,
  };
  if (node.errorText) span.error = node.errorText.slice(0, 500);
  if (node.promptId) span.promptId = node.promptId;
  if (node.agentId) span.agentId = node.agentId;
  if (node.scope?.skill) span.skill = node.scope.skill;
  if (node.scope?.command) span.command = node.scope.command;
  return span;
}

/** Nests the turn's flat children by their parent links: a tool under the LLM call that requested it. */
function threadChildren(
  children: readonly (LlmCallNode | ToolCallNode)[],
  numbering: Numbering,
  subagentSpans: (tool: ToolCallNode) => SpanJson[],
): SpanJson[] {
  const byRequester = new Map<string, ToolCallNode[]>();
  const llmIds = new Set(children.filter((c) => c.kind === 'llm').map((c) => c.spanId));
  for (const c of children)
    if (c.kind === 'tool' && c.parentSpanId !== undefined && llmIds.has(c.parentSpanId)) {
      const list = byRequester.get(c.parentSpanId) ?? [];
      list.push(c);
      byRequester.set(c.parentSpanId, list);
    }
  const out: SpanJson[] = [];
  for (const c of children) {
    if (c.kind === 'llm') {
      const n = numbering.next();
      const tools = (byRequester.get(c.spanId) ?? []).map((t) => toolSpan(t, subagentSpans(t)));
      out.push(llmSpan(c, n, tools));
    } else if (c.parentSpanId === undefined || !llmIds.has(c.parentSpanId))
      out.push(toolSpan(c, subagentSpans(c)));
  }
  return out;
}

function subagentSpan(node: SubagentNode): SpanJson {
  const numbering = new Numbering();
  const children = threadChildren(node.children, numbering, (tool) => tool.subagents.map(subagentSpan));
  const span: SpanJson = {
    kind: 'subagent',
    name: `Subagent ${node.agentType ?? node.agentId}`,
    spanId: node.spanId,
    startTime: iso(node.startMs),
    durationMs: Math.max(0, node.endMs - node.startMs),
    status: node.status,
    tokens: totalsTokens(node.totals),
    costUsd: node.totals.costUsd,
    costUnknownResponses: node.totals.unpricedCalls,
    agentId: node.agentId,
    children,
  };
  if (node.agentType) span.agentType = node.agentType;
  if (node.model) span.model = node.model;
  return span;
}

function turnSpan(node: TurnNode, n: number, numbering: Numbering): SpanJson {
  const children = [
    ...threadChildren(node.children, numbering, (tool) => tool.subagents.map(subagentSpan)),
    ...node.subagents.map(subagentSpan),
  ].sort((a, b) => (a.startTime < b.startTime ? -1 : a.startTime > b.startTime ? 1 : 0));
  const span: SpanJson = {
    kind: 'turn',
    name: `Turn ${n}`,
    spanId: node.spanId,
    startTime: iso(node.startMs),
    durationMs: Math.max(0, node.endMs - node.startMs),
    status: node.status,
    tokens: totalsTokens(node.totals),
    costUsd: node.totals.costUsd,
    costUnknownResponses: node.totals.unpricedCalls,
    children,
  };
  if (node.promptId) span.promptId = node.promptId;
  if (node.error) span.error = node.error;
  return span;
}

/** The trace as `glassbox trace --json` prints it. */
export function traceToJson(
  trace: SessionTrace,
  extra: { source: 'transcript' | 'agent'; transcriptPath?: string; project?: string },
): TraceJson {
  const numbering = new Numbering();
  const turns = trace.turns.map((t, i) => turnSpan(t, i + 1, numbering));
  const orphans = trace.subagents.map(subagentSpan);
  let subagents = 0;
  const countAgents = (s: SpanJson): void => {
    if (s.kind === 'subagent') subagents += 1;
    s.children.forEach(countAgents);
  };
  const root: SpanJson = {
    kind: 'session',
    name: `Session ${trace.sessionId}`,
    spanId: trace.spanId,
    startTime: iso(trace.startMs),
    durationMs: Math.max(0, trace.endMs - trace.startMs),
    status: trace.status,
    tokens: totalsTokens(trace.totals),
    costUsd: trace.totals.costUsd,
    costUnknownResponses: trace.totals.unpricedCalls,
    children: [...turns, ...orphans],
  };
  if (trace.model) root.model = trace.model;
  countAgents(root);
  const link = (s: SpanJson): void => {
    for (const c of s.children) {
      c.parentSpanId = s.spanId;
      link(c);
    }
  };
  link(root);
  const json: TraceJson = {
    sessionId: trace.sessionId,
    traceId: trace.traceId,
    source: extra.source,
    startTime: root.startTime,
    durationMs: root.durationMs,
    costUsd: trace.totals.costUsd,
    costUnknownResponses: trace.totals.unpricedCalls,
    tokens: root.tokens,
    counts: {
      turns: trace.turns.length,
      llmCalls: trace.totals.llmCalls,
      toolCalls: trace.totals.toolCalls,
      toolFailures: trace.totals.toolFailures,
      subagents,
    },
    spans: [root],
  };
  if (extra.transcriptPath) json.transcriptPath = extra.transcriptPath;
  if (extra.project) json.project = extra.project;
  if (trace.model) json.model = trace.model;
  if (trace.claudeCostUsd !== undefined) json.claudeCostUsd = trace.claudeCostUsd;
  return json;
}
