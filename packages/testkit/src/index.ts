export type {
  DatadogAgentEmulator,
  DatadogAgentEmulatorOptions,
  DatadogLogRecord,
  EmulatorRequest,
  LlmObsSpanRecord,
} from './datadog-agent-emulator.js';
export { startDatadogAgentEmulator } from './datadog-agent-emulator.js';
export type { DecodedApmSpan, DogStatsDSample } from './decode-datadog-payloads.js';
export { decodeTracePayload, parseDogStatsD } from './decode-datadog-payloads.js';
export type { EvpForward } from './evp-proxy-route.js';
export { EMULATED_AGENT_API_KEY } from './evp-proxy-route.js';
export type { ExporterConformanceOptions } from './exporter-conformance.js';
export { deepFreeze, runExporterConformance } from './exporter-conformance.js';
export type {
  FakeAnthropicApi,
  FakeAnthropicApiOptions,
  FakeContentBlock,
  FakeError,
  FakeMessage,
  FakeReply,
  FakeStreamCut,
  FakeUsage,
  MessagesRequestBody,
  RecordedRequest,
  Responder,
  ScriptStep,
} from './fake-anthropic-api.js';
export {
  firstUserText,
  isAgentLoopRequest,
  promptIncludes,
  startFakeAnthropicApi,
  streamEvents,
} from './fake-anthropic-api.js';
export { freePort } from './free-port.js';
export { hostileTelemetryBatches } from './hostile-telemetry-batch.js';
export { decodeMsgpack } from './msgpack-decode.js';
export type { PrometheusSample } from './prometheus-samples.js';
export { keyedSamples } from './prometheus-samples.js';
export { repoFixture } from './repo-fixture.js';
export type {
  ClaudeHome,
  ClaudeModelUsage,
  ClaudeResult,
  RunClaudeOptions,
  RunClaudeResult,
} from './run-claude.js';
export {
  claudeBinary,
  claudeEnv,
  createClaudeHome,
  findTranscripts,
  runClaude,
  runClaudeCli,
} from './run-claude.js';
export type { SampleTelemetryBatchOptions } from './sample-telemetry-batch.js';
export { sampleTelemetryBatch } from './sample-telemetry-batch.js';
export type { SecretCanary } from './secret-canaries.js';
export { secretCanaries } from './secret-canaries.js';
export type { TmuxClaude, TmuxClaudeOptions, WaitForScreenOptions } from './tmux-claude.js';
export { startTmuxClaude, tmuxAvailable } from './tmux-claude.js';
