export type { AgentConfig, LoadedConfig } from './agent-config.js';
export { CONFIG_KEY_VARIABLES, configHashOf, configKeyOf, loadAgentConfig } from './agent-config.js';
export type { AgentExportersOptions } from './agent-exporters.js';
export { AGENT_BUNDLED_EXPORTERS, agentExporterOptions, loadAgentExporters } from './agent-exporters.js';
export { agentHomeFromEnv, loadOrCreateAgentKey, readAgentKey } from './agent-key.js';
export type { LockInfo, LockOptions, LockResult } from './agent-lock.js';
export {
  acquireLock,
  isAgentProcess,
  isProcessAlive,
  LOCK_FILE,
  readLock,
  releaseLock,
} from './agent-lock.js';
export type { AgentStatus, SessionStatus } from './agent-status.js';
export type { AgentBundle, BundleOption, LoadedBundleConfig } from './bundle-agent.js';
export {
  bundleConfigKeyVariables,
  loadBundleAgentConfig,
  loadBundleExporters,
  runBundleAgent,
} from './bundle-agent.js';
export { defaultPricing } from './default-pricing.js';
export type { ExporterStatus, ExportQueueOptions, ExportTarget } from './export-queue.js';
export { ExportQueue } from './export-queue.js';
export { AGENT_VERSION, GlassboxAgent } from './glassbox-agent.js';
export type {
  ExporterLoadFailure,
  ExporterModule,
  LoadExportersOptions,
  LoadedExporters,
} from './load-exporters.js';
export {
  BUILTIN_EXPORTER_PACKAGES,
  defaultExporterDirectory,
  describeLoadFailure,
  isExporterName,
  loadExporters,
} from './load-exporters.js';
export type { ParsedModBatch, ParsedModEvent, ParseModBatchResult } from './parse-mod-batch.js';
export { parseModBatch } from './parse-mod-batch.js';
export { pingHealth } from './ping-health.js';
export { posixCksum } from './posix-cksum.js';
export type { RecordingExporter } from './recording-exporter.js';
export { createRecordingExporter } from './recording-exporter.js';
export { runAgent } from './run-agent.js';
export type { SessionPipelineOptions } from './session-pipeline.js';
export { findTranscript, SessionPipeline } from './session-pipeline.js';
export type { SessionState } from './session-store.js';
export { isSafeSessionId, SessionStore } from './session-store.js';
export type { SpoolOptions, SpoolRecord } from './spool.js';
export { Spool } from './spool.js';
export type { StartAgentOptions } from './start-agent-options.js';
export { findTurn, formatTurnSummary, formatUsd } from './turn-summary.js';
