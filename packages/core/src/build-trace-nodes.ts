import type { ToolStatus } from './capture-event.js';
import { cutOff, unansweredRequests } from './process-exit.js';
import { priceEntry, type UsagePricer } from './resolve-pricing.js';
import type {
  LlmCallNode,
  NodeStatus,
  SubagentNode,
  ToolCallNode,
  TraceChild,
  TurnNode,
} from './session-trace.js';
import { mergeToolSignals } from './tool-signal.js';
import { agentSpanId, llmSpanId, sessionSpanId, toolSpanId, turnSpanId } from './trace-ids.js';
import {
  type AgentState,
  agentCid,
  type Cid,
  compareStr,
  type LlmState,
  maxOf,
  minOf,
  type ToolState,
  type TurnState,
  turnCid,
} from './tracker-records.js';
import type { TrackerState } from './tracker-state.js';
import type { AgentPlaces } from './tree-placement.js';
import { defaultSum, type SumCosts, sumTotals, totalsOf } from './usage-totals.js';

/** What one build reads: the state, where the subagents sit, and the nodes still valid from earlier builds. */
export interface BuildContext extends AgentPlaces {
  readonly state: TrackerState;
  readonly pricer: UsagePricer;
  readonly sum: SumCosts;
  /** The session is over (`build({ final: true })`). */
  readonly final: boolean;
  readonly sessionComplete: boolean;
  /** Subagent nodes of earlier builds; change tracking drops the changed ones before a build. */
  readonly agentSnap: Map<string, SubagentNode>;
}

/*
 * Trace nodes from the tracker's state: a turn's spans, a subagent run's, each response (priced) and tool
 * call (its status from both channels). Parent links follow tree-placement.ts; a tool hangs under the model
 * call that requested it when that call is in the same container.
 */

/**
 * A child's place among its siblings: by the start of its group (a response with the tools it requested, else the
 * child alone), the group, then the place in the group (the response, then its tool_use blocks in order).
 */
interface Placed {
  readonly node: TraceChild;
  readonly atMs: number;
  readonly anchor: string;
  readonly rank: number;
}

function buildChildren(
  ctx: BuildContext,
  cid: Cid,
  parentSpanId: string,
  visiting: Set<string>,
): { children: TraceChild[]; nested: SubagentNode[] } {
  const { state } = ctx;
  const bucket = state.buckets.get(cid);
  const children: TraceChild[] = [];
  const nested: SubagentNode[] = [];
  if (!bucket) return { children, nested };
  const placed: Placed[] = [];
  const llmNodes = new Map<string, LlmCallNode>();
  for (const response of bucket.llm) {
    const node = buildLlm(ctx, response, parentSpanId);
    llmNodes.set(response.spanKey, node);
    placed.push({ node, atMs: node.startMs, anchor: node.spanId, rank: -1 });
  }
  for (const tool of bucket.tools) {
    const toolSpan = toolSpanId(state.sessionId, tool.id);
    const subagents = (ctx.agentsByTool.get(tool.id) ?? []).map((id) =>
      buildAgent(ctx, id, toolSpan, visiting),
    );
    nested.push(...subagents);
    // One tree everywhere (docs/architecture.md): a tool hangs under the model call that requested it, as
    // `glassbox trace` shows it; one whose request is not in this turn stays under the turn.
    const requester = tool.requestedBy !== undefined ? llmNodes.get(tool.requestedBy) : undefined;
    const node = buildTool(ctx, tool, requester?.spanId ?? parentSpanId, subagents);
    // A response's tools follow it in the order it asked for them, whichever of their live starts has
    // arrived: the audit trail is written in this order across reconciliations and never rewritten.
    placed.push(
      requester
        ? {
            node,
            atMs: requester.startMs,
            anchor: requester.spanId,
            rank: tool.requestIndex ?? Number.MAX_SAFE_INTEGER,
          }
        : { node, atMs: node.startMs, anchor: node.spanId, rank: -1 },
    );
  }
  placed.sort(
    (a, b) =>
      a.atMs - b.atMs ||
      compareStr(a.anchor, b.anchor) ||
      a.rank - b.rank ||
      compareStr(a.node.spanId, b.node.spanId),
  );
  for (const p of placed) children.push(p.node);
  return { children, nested };
}

export function buildTurn(ctx: BuildContext, turn: TurnState): TurnNode {
  const { state } = ctx;
  const spanId = turnSpanId(state.sessionId, turn.key);
  const visiting = new Set<string>();
  const { children, nested } = buildChildren(ctx, turnCid(turn.key), spanId, visiting);
  const direct = (ctx.agentsByTurn.get(turn.key) ?? []).map((id) => buildAgent(ctx, id, spanId, visiting));
  let startMs = minOf(turn.promptMs, turn.liveSubmitMs);
  let endMs = turn.endSignalMs;
  for (const child of children) {
    startMs = minOf(startMs, child.startMs);
    endMs = maxOf(endMs, child.endMs);
  }
  startMs ??= endMs ?? 0;
  endMs = Math.max(endMs ?? startMs, startMs);
  const complete = turn.ended || ctx.sessionComplete || ctx.final;
  const cut = cutOff(state, turn.ended);
  const unanswered = unansweredRequests(state, turn.key, spanId);
  for (const u of unanswered) endMs = Math.max(endMs, u.endMs);
  let error = turn.error ?? (cut ? 'interrupted: Claude Code exited mid-turn' : undefined);
  for (const child of children) if (child.kind === 'llm' && child.error) error ??= child.error;
  const failed = cut || turn.failed || children.some((c) => c.kind === 'llm' && c.status === 'error');
  const status: NodeStatus = failed ? 'error' : complete ? 'ok' : 'unset';
  const node: {
    -readonly [K in keyof TurnNode]: TurnNode[K];
  } = {
    kind: 'turn',
    key: turn.key,
    spanId,
    parentSpanId: sessionSpanId(state.sessionId),
    startMs,
    endMs,
    complete,
    status,
    interrupted: turn.interrupted || cut,
    children,
    subagents: direct,
    totals: totalsOf(children, [...nested, ...direct], ctx.sum),
  };
  if (turn.promptId) node.promptId = turn.promptId;
  if (turn.textLength !== undefined) node.textLength = turn.textLength;
  if (turn.text !== undefined) node.text = turn.text;
  if (turn.textShape) node.textShape = turn.textShape;
  if (turn.origin) node.origin = turn.origin;
  if (failed) node.error = error ?? 'turn failed';
  if (unanswered.length > 0) node.unanswered = unanswered;
  return node;
}

export function buildAgent(
  ctx: BuildContext,
  id: string,
  parentSpanId: string,
  visiting: Set<string>,
): SubagentNode {
  const { state } = ctx;
  const cached = ctx.agentSnap.get(id);
  if (cached && cached.parentSpanId === parentSpanId) return cached;
  const agent = state.agents.get(id)!;
  const spanId = agentSpanId(state.sessionId, id);
  let result: SubagentNode;
  if (visiting.has(id)) {
    // A link cycle (corrupt input): stop here rather than recurse forever.
    result = emptyAgent(agent, spanId, parentSpanId);
  } else {
    visiting.add(id);
    const { children, nested } = buildChildren(ctx, agentCid(id), spanId, visiting);
    visiting.delete(id);
    let startMs = minOf(agent.liveStartMs, agent.firstMs);
    let endMs = maxOf(agent.lastMs, agent.liveStopMs);
    for (const child of children) {
      startMs = minOf(startMs, child.startMs);
      endMs = maxOf(endMs, child.endMs);
    }
    startMs ??= endMs ?? 0;
    endMs = Math.max(endMs ?? startMs, startMs);
    const complete =
      agent.stopped ||
      agent.resultCompleted ||
      agent.notifiedStatus !== undefined ||
      ctx.sessionComplete ||
      ctx.final;
    const failed = agent.notifiedStatus !== undefined && agent.notifiedStatus !== 'completed';
    const node: {
      -readonly [K in keyof SubagentNode]: SubagentNode[K];
    } = {
      kind: 'subagent',
      agentId: id,
      spanId,
      parentSpanId,
      startMs,
      endMs,
      complete,
      status: failed ? 'error' : complete ? 'ok' : 'unset',
      children,
      totals: totalsOf(children, nested, ctx.sum),
    };
    if (agent.type) node.agentType = agent.type;
    if (agent.model) node.model = agent.model;
    if (agent.parentToolUseId) node.parentToolUseId = agent.parentToolUseId;
    if (agent.promptId) node.promptId = agent.promptId;
    result = node;
  }
  ctx.agentSnap.set(id, result);
  return result;
}

function buildLlm(ctx: BuildContext, response: LlmState, parentSpanId: string): LlmCallNode {
  const { state } = ctx;
  const e = response.entry;
  if (!response.priced || response.priced.entry !== e)
    response.priced = { entry: e, ...priceEntry(ctx.pricer, e) };
  const { result: price, model: pricedModel } = response.priced;
  const requestStart = e.requestRef ? state.requestStart.get(e.requestRef) : undefined;
  const startMs = response.step?.startMs ?? requestStart ?? e.firstTimeMs ?? e.timeMs ?? 0;
  const endMs = Math.max(response.step?.endMs ?? e.lastTimeMs ?? startMs, startMs);
  const node: {
    -readonly [K in keyof LlmCallNode]: LlmCallNode[K];
  } = {
    kind: 'llm',
    key: response.spanKey,
    spanId: llmSpanId(state.sessionId, response.spanKey),
    parentSpanId,
    startMs,
    endMs,
    complete: true,
    status: e.apiError ? 'error' : 'ok',
    messageId: e.messageId,
    model: e.model,
    pricedModel,
    usage: e.usage,
    costKnown: price.known && price.costUsd !== undefined,
    toolUseIds: e.toolUses.map((t) => t.id),
  };
  if (e.requestId) node.requestId = e.requestId;
  if (e.requestedModel) node.requestedModel = e.requestedModel;
  if (price.costUsd !== undefined && price.known) node.costUsd = price.costUsd;
  if (price.rule) node.costRule = price.rule;
  if (price.canonicalModel) node.canonicalModel = price.canonicalModel;
  if (e.stopReason) node.stopReason = e.stopReason;
  const first = response.step?.firstChunkMs ?? e.firstTimeMs;
  if (first !== undefined) node.firstContentMs = Math.max(first, startMs);
  if (e.agentId) node.agentId = e.agentId;
  if (e.apiError) node.error = e.apiError;
  if (e.thinking) node.thinking = e.thinking;
  const scope = state.scopes.response(e.messageId, (id) => state.agents.get(id)?.parentToolUseId);
  if (scope.skill || scope.command) node.scope = scope;
  return node;
}

function buildTool(
  ctx: BuildContext,
  tool: ToolState,
  parentSpanId: string,
  subagents: SubagentNode[],
): ToolCallNode {
  const { state } = ctx;
  const r = tool.result;
  // Denial and interruption are verdicts either channel may be the only one to see.
  let status: ToolStatus | 'running';
  if (r?.denied || tool.liveStatus === 'denied') status = 'denied';
  else if (r?.interrupted || tool.liveStatus === 'interrupted') status = 'interrupted';
  else if (tool.liveStatus) status = tool.liveStatus;
  else if (r) status = r.isError ? 'error' : 'ok';
  else status = 'running';
  const startMs = tool.liveStartMs ?? tool.assistantMs ?? tool.liveEndMs ?? r?.timeMs ?? 0;
  const endCandidate = tool.liveEndMs ?? r?.timeMs;
  const endMs = Math.max(endCandidate ?? startMs, startMs);
  const node: {
    -readonly [K in keyof ToolCallNode]: ToolCallNode[K];
  } = {
    kind: 'tool',
    toolUseId: tool.id,
    name: tool.name ?? 'unknown',
    spanId: toolSpanId(state.sessionId, tool.id),
    parentSpanId,
    startMs,
    endMs,
    complete: status !== 'running',
    status: status === 'running' ? 'unset' : status === 'ok' ? 'ok' : 'error',
    toolStatus: status,
    seenIn: tool.seenTranscript && tool.seenLive ? 'both' : tool.seenLive ? 'live' : 'transcript',
    subagents,
  };
  if (status !== 'running') {
    const d = tool.durationMs ?? (endCandidate !== undefined ? endMs - startMs : undefined);
    if (d !== undefined) node.durationMs = d;
  }
  // The transcript's text (content capture), the live channel's (text or summary), else the transcript's summary.
  const errorText = r?.errorText ?? tool.liveErrorText ?? r?.errorSummary;
  if (status !== 'ok' && status !== 'running' && errorText) node.errorText = errorText;
  if (tool.inputBytes !== undefined) node.inputBytes = tool.inputBytes;
  if (tool.outputBytes !== undefined) node.outputBytes = tool.outputBytes;
  if (tool.input !== undefined) node.input = tool.input;
  if (tool.output !== undefined) node.output = tool.output;
  if (tool.inputShape) node.inputShape = tool.inputShape;
  if (tool.outputShape) node.outputShape = tool.outputShape;
  if (tool.inputHash) node.inputHash = tool.inputHash;
  if (r?.outputHash) node.outputHash = r.outputHash;
  if (r?.permissionDecision) node.permission = r.permissionDecision;
  if (r?.denialKind) node.denialKind = r.denialKind;
  if (tool.requestedBy) node.requestedBy = llmSpanId(state.sessionId, tool.requestedBy);
  if (tool.agentId) node.agentId = tool.agentId;
  if (tool.promptId) node.promptId = tool.promptId;
  if (tool.skill) node.skill = tool.skill;
  const scope = state.scopes.tool(tool.id, (id) => state.agents.get(id)?.parentToolUseId);
  if (scope.skill || scope.command) node.scope = scope;
  const signal = mergeToolSignals(tool.useSignal, r?.signal);
  if (signal) node.signal = signal;
  return node;
}

function emptyAgent(agent: AgentState, spanId: string, parentSpanId: string): SubagentNode {
  const t = agent.firstMs ?? agent.liveStartMs ?? 0;
  return {
    kind: 'subagent',
    agentId: agent.id,
    spanId,
    parentSpanId,
    startMs: t,
    endMs: t,
    complete: false,
    status: 'unset',
    children: [],
    totals: sumTotals([], defaultSum),
  };
}
