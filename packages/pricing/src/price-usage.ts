import type { AnthropicUsage, AnthropicUsageIteration } from './anthropic-usage.js';
import { canonicalModelId } from './canonical-model-id.js';
import type { PriceCategory, PriceOverride } from './parse-price-overrides.js';
import { PRICE_TABLE } from './price-table.js';
import type { LongContextPrices, ModelPrices, PriceSet } from './price-table-types.js';

export interface PricingOptions {
  /**
   * Negotiated rates, keyed by model id as written in usage (case-insensitive), by canonical model id, or
   * `"*"`. A model's own entry wins over `"*"`; the `"*"` multiplier applies to every model on top. Validate
   * configuration with `parsePriceOverrides`.
   */
  readonly overrides?: Readonly<Record<string, PriceOverride>>;
}

/** USD per category; every field is `undefined` when the cost is unknown. */
export interface CostBreakdown {
  readonly input: number | undefined;
  readonly output: number | undefined;
  readonly cacheWrite5m: number | undefined;
  readonly cacheWrite1h: number | undefined;
  readonly cacheRead: number | undefined;
  readonly webSearch: number | undefined;
}

export interface PriceResult {
  /** Cost in USD, as Claude Code accounts it; `undefined` (never 0 or a guess) when the model has no price. */
  readonly costUsd: number | undefined;
  readonly known: boolean;
  readonly canonicalModel: string | undefined;
  /** Which prices, tier and multipliers were applied, for humans. */
  readonly rule: string;
  readonly breakdown: CostBreakdown;
  /** Why the cost is unknown. */
  readonly reason?: string;
}

const M = 1_000_000;
const TOKEN_CATEGORIES = ['input', 'output', 'cacheWrite5m', 'cacheWrite1h', 'cacheRead'] as const;
type TokenCategory = (typeof TOKEN_CATEGORIES)[number];
/** The four counts that must add up for `usage.iterations` to be priced one by one. */
const ITERATION_FIELDS = [
  'input_tokens',
  'output_tokens',
  'cache_read_input_tokens',
  'cache_creation_input_tokens',
] as const;

/** Token counts of one priced piece (the whole response, or one iteration of it). */
interface Piece {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
  oneHour: number;
}

const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** The 1h part is clamped to the total write; the rest of the write is 5-minute (the 5m field is not used). */
function splitWrites(u: AnthropicUsage | AnthropicUsageIteration): { fiveMinute: number; oneHour: number } {
  const total = count(u.cache_creation_input_tokens);
  const oneHour = Math.min(count(u.cache_creation?.ephemeral_1h_input_tokens), total);
  const fiveMinute = Math.min(count(u.cache_creation?.ephemeral_5m_input_tokens), total - oneHour);
  return { fiveMinute, oneHour };
}

function toPiece(u: AnthropicUsage | AnthropicUsageIteration, oneHour = splitWrites(u).oneHour): Piece {
  return {
    input: count(u.input_tokens),
    output: count(u.output_tokens),
    cacheRead: count(u.cache_read_input_tokens),
    cacheWrite: count(u.cache_creation_input_tokens),
    oneHour,
  };
}

/**
 * With a long-context tier, iterations of `type: "message"` whose counts add up to the response's are priced
 * one by one; 1h writes the iterations do not account for are handed to them in order.
 */
function piecesOf(usage: AnthropicUsage, tiered: boolean): Piece[] {
  const iterations = tiered && Array.isArray(usage.iterations) ? usage.iterations : [];
  const messages = iterations.filter(
    (it): it is AnthropicUsageIteration => typeof it === 'object' && it !== null && it.type === 'message',
  );
  const addsUp =
    messages.length > 0 &&
    ITERATION_FIELDS.every(
      (f) =>
        messages.every((m) => isCount(m[f])) &&
        messages.reduce((sum, m) => sum + (m[f] ?? 0), 0) === (usage[f] ?? 0),
    );
  if (!addsUp) return [toPiece(usage)];
  let unassigned = Math.max(
    0,
    splitWrites(usage).oneHour - messages.reduce((sum, m) => sum + splitWrites(m).oneHour, 0),
  );
  return messages.map((m) => {
    const { fiveMinute, oneHour } = splitWrites(m);
    const extra = Math.min(unassigned, count(m.cache_creation_input_tokens) - fiveMinute - oneHour);
    unassigned -= extra;
    return toPiece(m, oneHour + extra);
  });
}

function countedInput(piece: Piece, long: LongContextPrices): number {
  let total = 0;
  for (const kind of long.countedTokens) {
    if (kind === 'input') total += piece.input;
    else if (kind === 'cacheRead') total += piece.cacheRead;
    else if (kind === 'cacheWrite') total += piece.cacheWrite;
    else if (kind === 'output') total += piece.output;
  }
  return total;
}

function findOverride(
  overrides: Readonly<Record<string, PriceOverride>> | undefined,
  model: string,
  canonical: string | undefined,
): { own: PriceOverride | undefined; ownKey: string | undefined; star: PriceOverride | undefined } {
  if (!overrides || typeof overrides !== 'object')
    return { own: undefined, ownKey: undefined, star: undefined };
  const star = overrides['*'];
  const wanted = model.toLowerCase().replace(/\[[12]m\]$/, '');
  let byCanonical: [string, PriceOverride] | undefined;
  for (const [key, entry] of Object.entries(overrides)) {
    if (key === '*' || !entry || typeof entry !== 'object') continue;
    // The exact spelling wins over any key that only names the same model.
    if (key.toLowerCase().replace(/\[[12]m\]$/, '') === wanted) return { own: entry, ownKey: key, star };
    if (!byCanonical && canonical !== undefined && canonicalModelId(key) === canonical)
      byCanonical = [key, entry];
  }
  return { own: byCanonical?.[1], ownKey: byCanonical?.[0], star };
}

const explicitPrice = (o: PriceOverride | undefined, c: PriceCategory): number | undefined => {
  const v = o?.[c];
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
};
const multiplierOf = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 1);

const money = (n: number): string => `$${Number(n.toPrecision(12))}`;

// Table price sets are frozen and shared: describe each once (number formatting was most of a call's time).
const described = new WeakMap<PriceSet, string>();

function describeSet(set: PriceSet): string {
  let text = described.get(set);
  if (text === undefined) {
    text =
      `input ${money(set.input)}, output ${money(set.output)}, 5m write ${money(set.cacheWrite5m)}, ` +
      `1h write ${money(set.cacheWrite1h)}, cache read ${money(set.cacheRead)} per Mtok`;
    described.set(set, text);
  }
  return text;
}

function unknownResult(model: string, canonical: string | undefined, reason: string): PriceResult {
  return {
    costUsd: undefined,
    known: false,
    canonicalModel: canonical,
    rule: `no price: ${reason}`,
    breakdown: {
      input: undefined,
      output: undefined,
      cacheWrite5m: undefined,
      cacheWrite1h: undefined,
      cacheRead: undefined,
      webSearch: undefined,
    },
    reason: reason || `no price for ${JSON.stringify(model)}`,
  };
}

/**
 * The cost of one API response (`message.usage`) exactly as Claude Code accounts it
 * (`modelUsage[model].costUSD`). Pure; never throws.
 */
export function priceUsage(model: string, usage: AnthropicUsage, options: PricingOptions = {}): PriceResult {
  try {
    return price(model, usage, options);
  } catch (error) {
    // Pricing must never break a caller (hooks, exporters): report the failure as an unknown cost.
    return unknownResult(String(model), undefined, `pricing failed: ${String(error)}`);
  }
}

function price(model: string, usage: AnthropicUsage, options: PricingOptions): PriceResult {
  if (typeof model !== 'string')
    return unknownResult(String(model), undefined, 'the model id is not a string');
  const canonical = canonicalModelId(model);
  if (typeof usage !== 'object' || usage === null || Array.isArray(usage))
    return unknownResult(model, canonical, 'usage is not an object');

  const { own, ownKey, star } = findOverride(options.overrides, model, canonical);
  const categoryOverride = own ?? star;
  const entry: ModelPrices | undefined =
    canonical !== undefined && Object.hasOwn(PRICE_TABLE.models, canonical)
      ? PRICE_TABLE.models[canonical]
      : undefined;
  const fullOverride =
    explicitPrice(own, 'input') !== undefined &&
    explicitPrice(own, 'output') !== undefined &&
    explicitPrice(own, 'cacheRead') !== undefined &&
    explicitPrice(own, 'cacheWrite5m') !== undefined;
  if (!entry && !fullOverride) {
    return unknownResult(
      model,
      canonical,
      `Claude Code ${PRICE_TABLE.claudeCodeVersion} has no price for ${JSON.stringify(model)}` +
        `${canonical && canonical !== model ? ` (${canonical})` : ''}; it reports costBasis "unknown"` +
        ' (add a price override to price it)',
    );
  }

  // Any speed but "standard" (or none) is priced as fast, as the binary does.
  const speed = usage.speed;
  const fastRequested = typeof speed === 'string' && speed !== '' && speed !== 'standard';
  const fastSet = fastRequested ? entry?.fast : undefined;
  const baseSet: PriceSet | undefined = fastSet ?? entry?.standard;
  // Fast prices have no long-context tier; standard ones may.
  const long = fastSet ? undefined : entry?.longContext;
  const geoValue = typeof usage.inference_geo === 'string' ? usage.inference_geo : undefined;
  const geo = geoValue !== undefined ? (entry?.geoMultipliers[geoValue] ?? 1) : 1;
  const webSearchList = entry?.webSearchPerRequest ?? defaultWebSearchPrice();

  // Effective price of a category: explicit override as written, else list × category multiplier.
  const fixed: Partial<Record<PriceCategory, number>> = {};
  for (const c of [...TOKEN_CATEGORIES, 'webSearch'] as const) {
    const p = explicitPrice(categoryOverride, c);
    if (p !== undefined) fixed[c] = p;
  }
  if (!entry && fixed.cacheWrite1h === undefined) fixed.cacheWrite1h = fixed.cacheWrite5m;
  const catMult = (c: PriceCategory): number => multiplierOf(categoryOverride?.multipliers?.[c]);
  const listPrice = (set: PriceSet | undefined, c: TokenCategory): number => (set ? set[c] : 0) * catMult(c);

  const pieces = piecesOf(usage, long !== undefined);
  const parts = { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };
  const flat = { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 };
  let tokens = 0;
  let longPieces = 0;
  for (const piece of pieces) {
    const set: PriceSet | undefined =
      long && countedInput(piece, long) > long.aboveInputTokens ? long : baseSet;
    if (long && set === long) longPieces++;
    const amounts: Record<TokenCategory, number> = {
      input: piece.input,
      output: piece.output,
      cacheRead: piece.cacheRead,
      cacheWrite1h: piece.oneHour,
      cacheWrite5m: piece.cacheWrite - piece.oneHour,
    };
    const cost = (c: TokenCategory): number => {
      const f = fixed[c];
      if (f !== undefined) {
        const v = (amounts[c] / M) * f;
        flat[c] += v;
        return 0;
      }
      const v = (amounts[c] / M) * listPrice(set, c);
      parts[c] += v;
      return v;
    };
    // Same order and grouping as Claude Code, so the float result is identical: with no 1h tokens the
    // whole write is one 5m term.
    const oneHourCost = cost('cacheWrite1h');
    const fiveMinuteCost = cost('cacheWrite5m');
    const writes = piece.oneHour > 0 ? oneHourCost + fiveMinuteCost : fiveMinuteCost;
    tokens += cost('input') + cost('output') + cost('cacheRead') + writes;
  }
  const flatTokens = flat.input + flat.output + flat.cacheRead + flat.cacheWrite5m + flat.cacheWrite1h;

  const searches = count(usage.server_tool_use?.web_search_requests);
  const webSearchFixed = fixed.webSearch;
  const geoOnSearch = PRICE_TABLE.rules.geoAppliesToWebSearch === true ? geo : 1;
  const webSearch =
    webSearchFixed !== undefined
      ? searches * webSearchFixed
      : searches * webSearchList * catMult('webSearch') * geoOnSearch;
  const multiplier = multiplierOf(own?.multiplier) * multiplierOf(star?.multiplier);

  let costUsd = tokens * geo + flatTokens + webSearch;
  if (multiplier !== 1) costUsd *= multiplier;
  const scale = (v: number, c: TokenCategory): number => (v * geo + flat[c]) * multiplier;

  const rule: string[] = [];
  const name = canonical ?? model;
  if (entry && baseSet) {
    rule.push(`${name} ${fastSet ? 'fast-mode' : 'list'} prices: ${describeSet(baseSet)}`);
    if (fastRequested && !fastSet) rule.push(`speed "${speed}" costs the standard prices for this model`);
    if (long) {
      const what = long.countedTokens.join(' + ');
      rule.push(
        longPieces > 0
          ? `long context (${what} > ${long.aboveInputTokens} tokens): every token at ${describeSet(long)}`
          : `under the long-context threshold (${what} <= ${long.aboveInputTokens} tokens)`,
      );
      if (pieces.length > 1) rule.push(`${pieces.length} iterations priced one by one (${longPieces} above)`);
    }
  } else {
    rule.push(`${name} priced only by override ${JSON.stringify(ownKey)}`);
  }
  if (geo !== 1) rule.push(`inference_geo "${geoValue}" ×${geo} on tokens`);
  if (searches > 0)
    rule.push(
      `${searches} web search${searches === 1 ? '' : 'es'} × ${money(webSearchFixed ?? webSearchList)}`,
    );
  const fixedNames = Object.keys(fixed);
  if (fixedNames.length > 0 || categoryOverride?.multipliers || multiplier !== 1) {
    const from = own ? `override ${JSON.stringify(ownKey)}` : 'override "*"';
    const bits: string[] = [];
    if (fixedNames.length > 0)
      bits.push(`fixed ${fixedNames.map((c) => `${c} ${money(fixed[c as PriceCategory] ?? 0)}`).join(', ')}`);
    if (categoryOverride?.multipliers)
      bits.push(`category multipliers ${JSON.stringify(categoryOverride.multipliers)}`);
    if (multiplier !== 1) bits.push(`×${multiplier} overall`);
    rule.push(`${from}: ${bits.join('; ')}`);
  }

  return {
    costUsd,
    known: true,
    canonicalModel: canonical,
    rule: rule.join('; '),
    breakdown: {
      input: scale(parts.input, 'input'),
      output: scale(parts.output, 'output'),
      cacheWrite5m: scale(parts.cacheWrite5m, 'cacheWrite5m'),
      cacheWrite1h: scale(parts.cacheWrite1h, 'cacheWrite1h'),
      cacheRead: scale(parts.cacheRead, 'cacheRead'),
      webSearch: webSearch * multiplier,
    },
  };
}

/** Web search price for a model priced only by override: the price Claude Code uses for its own models. */
function defaultWebSearchPrice(): number {
  return PRICE_TABLE.models[PRICE_TABLE.rules.referenceModel]?.webSearchPerRequest ?? 0;
}
