// What other packages (plugins, the CLI's tests, benchmarks) use; the rest of the agent is internal.
export type { AgentConfig, LoadedConfig } from './agent-config.js';
export { CONFIG_KEY_VARIABLES, configHashOf, configKeyOf, loadAgentConfig } from './agent-config.js';
export type { AgentExportersOptions } from './agent-exporters.js';
export { AGENT_BUNDLED_EXPORTERS, agentExporterOptions, loadAgentExporters } from './agent-exporters.js';
export { agentHomeFromEnv, loadOrCreateAgentKey, readAgentKey } from './agent-key.js';
export type { AgentStatus, SessionStatus } from './agent-status.js';
export type { AgentBundle, BundleOption, LoadedBundleConfig } from './bundle-agent.js';
export {
  bundleConfigKeyVariables,
  loadBundleAgentConfig,
  loadBundleExporters,
  runBundleAgent,
} from './bundle-agent.js';
export type { ExporterStatus, ExportTarget } from './export-queue.js';
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
export type { RecordingExporter } from './recording-exporter.js';
export { createRecordingExporter } from './recording-exporter.js';
export { runAgent } from './run-agent.js';
export type { StartAgentOptions } from './start-agent-options.js';
