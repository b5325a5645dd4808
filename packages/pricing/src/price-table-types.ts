/** USD per million tokens for each token category of one request. */
export interface PriceSet {
  readonly input: number;
  readonly output: number;
  readonly cacheWrite5m: number;
  readonly cacheWrite1h: number;
  readonly cacheRead: number;
}

/** Token kinds that can count towards a long-context threshold. */
export type ThresholdToken = 'input' | 'cacheRead' | 'cacheWrite' | 'output';

/**
 * Prices that apply to every token of a request once its counted input passes `aboveInputTokens`
 * (strictly greater).
 */
export interface LongContextPrices extends PriceSet {
  readonly aboveInputTokens: number;
  /** What "input" means for the threshold, e.g. input + cache reads + cache writes. */
  readonly countedTokens: readonly ThresholdToken[];
}

/** Everything Claude Code charges for one canonical model. */
export interface ModelPrices {
  readonly standard: PriceSet;
  readonly longContext?: LongContextPrices;
  /** Prices for `usage.speed: "fast"`; absent when fast requests cost the standard prices. */
  readonly fast?: PriceSet;
  /** USD per `server_tool_use.web_search_requests`. */
  readonly webSearchPerRequest: number;
  /** `usage.inference_geo` value → multiplier of the token cost; values not listed cost ×1. */
  readonly geoMultipliers: Readonly<Record<string, number>>;
  readonly notes?: readonly string[];
}

/** Rules the probe decided once, on a reference model. */
export interface PriceRules {
  /** How a cache write without the 5m/1h split is priced. */
  readonly unsplitCacheWriteAs: string;
  /** How the part of `cache_creation_input_tokens` outside the 1h bucket is priced. */
  readonly splitRemainderAs: string;
  readonly oneHourClampedToTotal: boolean;
  /** True when `ephemeral_5m_input_tokens` plays no part: the total minus the 1h tokens is the 5m part. */
  readonly fiveMinuteFieldIgnored: boolean;
  readonly geoAppliesToWebSearch: boolean | string;
  readonly geoValuesProbed: readonly string[];
  readonly geoUppercaseUs: number;
  readonly geoEu: number;
  /** How speeds other than `fast` are priced: `standard` or `fast`. */
  readonly speedStandard?: string;
  readonly speedEmpty?: string;
  readonly speedUnknown?: string;
  readonly speedUppercase?: string;
  readonly fastTimesGeo?: boolean;
  readonly fastWebSearch?: number;
  readonly referenceModel: string;
  readonly notes: readonly string[];
}

/** The generated price table (`price-table.ts`). */
export interface PriceTable {
  /** The Claude Code version the table was probed from. */
  readonly claudeCodeVersion: string;
  readonly generatedAt: string;
  readonly rules: PriceRules;
  /** Canonical model id → prices. */
  readonly models: Readonly<Record<string, ModelPrices>>;
  /** Every spelling the binary priced → its canonical model. */
  readonly modelIds: Readonly<Record<string, string>>;
  /** Spellings the binary knows but has no price for (`costBasis: "unknown"`) → the canonical name it reports. */
  readonly unpricedModelIds: Readonly<Record<string, string>>;
  /** `--model` values the CLI swaps before any request (aliases, retired ids) → the model the session uses. */
  readonly selectionRemaps: Readonly<Record<string, string>>;
}
