/** The loopback port the agent listens on unless `agentPort` says otherwise (the http hooks are fixed to it). */
export const DEFAULT_AGENT_PORT = 47821;

export interface ModConfig {
  readonly agentPort: number;
  /** Send prompt text and tool input/output (truncated) to the agent; otherwise sizes only. */
  readonly captureContent: boolean;
  /** Hook `turn.step` to time each model request (costs ~2.6 ms per request; off by default). */
  readonly llmTiming: boolean;
  /** Flush as soon as this many events wait. */
  readonly flushAtEvents: number;
  /** Events kept in memory while the agent is unreachable; older ones are dropped and counted. */
  readonly maxBufferedEvents: number;
  /** Longest content string sent when `captureContent` is on. */
  readonly maxContentChars: number;
}

export const DEFAULT_MOD_CONFIG: ModConfig = {
  agentPort: DEFAULT_AGENT_PORT,
  captureContent: false,
  llmTiming: false,
  flushAtEvents: 100,
  maxBufferedEvents: 5000,
  maxContentChars: 32 * 1024,
};

/**
 * Reads the plugin's `userConfig` values (`options` of `register`). Claude Code validates declared types, but a
 * mod must never fail to load: anything unexpected falls back to the default.
 */
export function parseModConfig(options: unknown): ModConfig {
  const o = typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
  return {
    ...DEFAULT_MOD_CONFIG,
    agentPort: portOf(o.agentPort),
    captureContent: booleanOf(o.captureContent, false),
    llmTiming: booleanOf(o.llmTiming, false),
  };
}

function portOf(value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 65536 ? n : DEFAULT_AGENT_PORT;
}

function booleanOf(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return fallback;
}
