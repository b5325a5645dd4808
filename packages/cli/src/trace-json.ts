// The shape of `glassbox trace --json`: the trace tree's nodes and their tokens.
import type { AnthropicUsage } from '@glassbox/pricing';

/** Tokens by kind. `input` excludes cache reads and writes (Anthropic's convention). */
export interface TokensJson {
  input: number;
  output: number;
  cacheCreation: number;
  cacheCreation5m: number;
  cacheCreation1h: number;
  cacheRead: number;
}

export type SpanKind = 'session' | 'turn' | 'llm' | 'tool' | 'subagent';

/** One node of the trace tree in `glassbox trace --json`. */
export interface SpanJson {
  kind: SpanKind;
  name: string;
  spanId: string;
  /** The span this one is nested in (absent on the session): the same parent links every exporter sends. */
  parentSpanId?: string;
  startTime: string;
  durationMs: number;
  status: 'ok' | 'error' | 'unset';
  /**
   * Tokens: an LLM call's own; a tool's are its subagents'; a turn's, subagent's or session's are everything
   * below it. Summing the LLM calls of the tree gives the session's total.
   */
  tokens: TokensJson;
  /** USD, counted the same way (priced calls only); null for an LLM call whose model has no price. */
  costUsd: number | null;
  /** LLM calls counted in the node whose model has no price. */
  costUnknownResponses: number;
  model?: string;
  /** LLM calls: the usage object as the API returned it. */
  usage?: AnthropicUsage;
  requestId?: string;
  messageId?: string;
  stopReason?: string;
  toolUseId?: string;
  toolStatus?: string;
  error?: string;
  promptId?: string;
  agentId?: string;
  agentType?: string;
  /** LLM and tool calls: the skill and slash command they ran under (`glassbox.skill`, `glassbox.command`). */
  skill?: string;
  command?: string;
  children: SpanJson[];
}

export interface TraceJson {
  sessionId: string;
  traceId: string;
  /** Where the trace was built from. */
  source: 'transcript' | 'agent';
  transcriptPath?: string;
  project?: string;
  model?: string;
  startTime: string;
  durationMs: number;
  costUsd: number;
  costUnknownResponses: number;
  /** Claude Code's own total for the session (its last `cost-state`), when the transcript has one. */
  claudeCostUsd?: number;
  tokens: TokensJson;
  counts: { turns: number; llmCalls: number; toolCalls: number; toolFailures: number; subagents: number };
  spans: SpanJson[];
}

export const tokenTotal = (t: TokensJson): number => t.input + t.output + t.cacheCreation + t.cacheRead;
