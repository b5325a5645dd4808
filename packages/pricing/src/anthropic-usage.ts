/**
 * Token usage of one API response, exactly as the Messages API reports it and as the transcript stores
 * it (`message.usage`). Every field but the first four may be missing on older Claude Code versions.
 */
export interface AnthropicUsage {
  readonly input_tokens?: number;
  readonly output_tokens?: number;
  readonly cache_creation_input_tokens?: number;
  readonly cache_read_input_tokens?: number;
  /** The 5-minute / 1-hour split of `cache_creation_input_tokens`. Without it, a write counts as 5-minute. */
  readonly cache_creation?: {
    readonly ephemeral_5m_input_tokens?: number;
    readonly ephemeral_1h_input_tokens?: number;
  } | null;
  readonly server_tool_use?: {
    readonly web_search_requests?: number;
    readonly web_fetch_requests?: number;
  } | null;
  /** `standard` or `fast`. */
  readonly speed?: string | null;
  /** `""`, `global`, `us`… */
  readonly inference_geo?: string | null;
  readonly service_tier?: string | null;
  /**
   * Per-iteration usage of a request that ran several model iterations server-side. When the iterations of
   * `type: "message"` add up to the top-level counts, Claude Code prices each at its own long-context tier.
   */
  readonly iterations?: ReadonlyArray<AnthropicUsageIteration | null> | null;
}

/** One entry of `usage.iterations`. */
export interface AnthropicUsageIteration {
  readonly type?: string;
  readonly input_tokens?: number;
  readonly output_tokens?: number;
  readonly cache_creation_input_tokens?: number;
  readonly cache_read_input_tokens?: number;
  readonly cache_creation?: {
    readonly ephemeral_5m_input_tokens?: number;
    readonly ephemeral_1h_input_tokens?: number;
  } | null;
}
