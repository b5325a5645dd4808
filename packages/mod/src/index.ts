export type { ModBatch, ModHeartbeat, ModWireEvent } from './mod-batch.js';
export {
  appendLeftover,
  createModBatch,
  LEFTOVER_STORE_KEY,
  MAX_LEFTOVER_CHARS,
  MOD_PROTOCOL_VERSION,
  ModBuffer,
  parseLeftovers,
} from './mod-batch.js';
export type { ModConfig } from './mod-config.js';
export { DEFAULT_AGENT_PORT, DEFAULT_MOD_CONFIG, parseModConfig } from './mod-config.js';
export type { ToolOutcome } from './mod-events.js';
export {
  agentSpawnEvent,
  approxSize,
  compactEvent,
  measureEvent,
  promptSubmitEvent,
  sessionEndEvent,
  sessionStartEvent,
  toolArguments,
  toolEndEvent,
  toolOutcome,
  toolStartEvent,
  toolThrewEvent,
  turnCompleteEvent,
  turnStartEvent,
  turnStepEvent,
} from './mod-events.js';
export type { ModHost, On } from './mod-host.js';
export { MOD_VERSION } from './mod-version.js';
export { register } from './register.js';
