export type { ActivityScope } from './activity-scope.js';
export {
  commandOfPrompt,
  inheritScope,
  isSkillExpansion,
  NO_SCOPE,
  SCOPE_ATTRIBUTES,
  ScopeCursor,
  scopeAttributes,
} from './activity-scope.js';
export type { SessionAttribution, ToolOrigin } from './attribution.js';
export { attributionAttributes, toolOrigin } from './attribution.js';
export type { BudgetPeriod, BudgetSettings, BudgetStanding } from './budget-standing.js';
export { BUDGET_SETTING_NAMES, budgetStandings, firstDayKept, hasBudget } from './budget-standing.js';
export type {
  AgentSpawnEvent,
  CaptureEvent,
  CaptureEventType,
  CaptureSource,
  CompactEvent,
  PromptSubmitEvent,
  SessionEndEvent,
  SessionMeasureEvent,
  SessionStartEvent,
  SubagentStopEvent,
  ToolEndEvent,
  ToolStartEvent,
  ToolStatus,
  TurnCompleteEvent,
  TurnEndEvent,
  TurnStartEvent,
  TurnStepEvent,
} from './capture-event.js';
export { errorSummary } from './error-summary.js';
export type { GitInfo } from './git-info.js';
export { readGitInfo } from './git-info.js';
export type { GlassboxBundle } from './glassbox-bundles.js';
export { exporterNamesOf, GLASSBOX_BUNDLES, PLUGIN_RANKS, pluginRank } from './glassbox-bundles.js';
export type { HookEventName, HookInput, HookToCaptureOptions, ParseHookInputResult } from './hook-input.js';
export { hookInputToCaptureEvents, parseHookInput } from './hook-input.js';
export { iterationsOf } from './merge-llm-responses.js';
export type { MetricsRegistryOptions, MetricsRegistryState } from './metrics-registry.js';
export { MetricsRegistry } from './metrics-registry.js';
export type { RedactOptions } from './redact-secrets.js';
export { redactSecrets, redactString } from './redact-secrets.js';
export type { AgentReply, AgentRequestOptions } from './request-agent.js';
export { AGENT_ENTRY_PATTERN, requestAgent } from './request-agent.js';
export type { PriceResult, PricingOptions, UsagePricer } from './resolve-pricing.js';
export type { AgentParent } from './session-scopes.js';
export { SessionScopes } from './session-scopes.js';
export type { SessionBudgetStanding, SessionSpend } from './session-spend.js';
export { sessionBudgetStanding } from './session-spend.js';
export type {
  HookStopNode,
  LlmCallNode,
  ModelTotals,
  NodeStatus,
  SessionEvent,
  SessionSignal,
  SessionTrace,
  SubagentNode,
  ToolCallNode,
  TraceChild,
  TurnNode,
  UnansweredRequest,
  UsageTotals,
} from './session-trace.js';
export type { BuildOptions, SessionTrackerOptions } from './session-tracker.js';
export { SessionTracker } from './session-tracker.js';
export type { ValueShape } from './shape-of.js';
export { canonicalJson } from './shape-of.js';
export { parseSamplingRate, shouldSample } from './should-sample.js';
export type { SpendBySession } from './spend-ledger.js';
export { BUDGET_FILE, SpendLedger, spendByDay, utcDay } from './spend-ledger.js';
export { stripEventContent, stripHookContent } from './strip-content.js';
export type { ToolSignal } from './tool-signal.js';
export { sessionSpanId } from './trace-ids.js';
export type { TraceToAuditOptions } from './trace-to-audit-decisions.js';
export {
  AUDIT_REASONING_CHARS,
  auditDecisionId,
  toolVerdict,
  traceToAuditDecisions,
} from './trace-to-audit-decisions.js';
export type { TraceTelemetry, TraceToTelemetryOptions } from './trace-to-telemetry.js';
export { traceToTelemetry } from './trace-to-telemetry.js';
export type {
  ApiRequestEntry,
  CostStateEntry,
  InterruptEntry,
  LlmResponseEntry,
  NormalizeOptions,
  OtherEntry,
  PermissionDecision,
  PromptEntry,
  SignalEntry,
  SummaryEntry,
  SystemEntry,
  ToolResultEntry,
  ToolUseRef,
  TranscriptEntry,
  TranscriptEntryKind,
} from './transcript-entry.js';
export { normalizeTranscriptRecord } from './transcript-entry.js';
export type { ReadTranscriptOptions, TranscriptIncrement } from './transcript-reader.js';
export {
  agentIdFromPath,
  findSubagentTranscripts,
  readTranscript,
  readTranscriptIncrement,
  TranscriptStream,
  transcriptSize,
} from './transcript-reader.js';
