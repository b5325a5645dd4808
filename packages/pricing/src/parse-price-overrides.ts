/** The price categories an override can set. Tokens are USD per million; `webSearch` is USD per request. */
export type PriceCategory = 'input' | 'output' | 'cacheWrite5m' | 'cacheWrite1h' | 'cacheRead' | 'webSearch';

export const PRICE_CATEGORIES: readonly PriceCategory[] = [
  'input',
  'output',
  'cacheWrite5m',
  'cacheWrite1h',
  'cacheRead',
  'webSearch',
];

/**
 * Negotiated rates for one model (or `"*"`, every model). A category given an explicit price is charged
 * exactly that, whatever the request's speed, long-context tier or `inference_geo`; the other categories
 * keep the list price, times `multipliers[category]` when given. `multiplier` scales the model's whole cost.
 */
export interface PriceOverride {
  readonly input?: number;
  readonly output?: number;
  readonly cacheWrite5m?: number;
  readonly cacheWrite1h?: number;
  readonly cacheRead?: number;
  readonly webSearch?: number;
  readonly multipliers?: Readonly<Partial<Record<PriceCategory, number>>>;
  readonly multiplier?: number;
}

export interface ParsedPriceOverrides {
  /** Valid entries, keyed by model id as written (matched case-insensitively). */
  overrides: Record<string, PriceOverride>;
  /** One line per rejected entry or value; the rest still apply. */
  errors: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isPrice = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isMultiplier = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

function parseEntry(key: string, raw: unknown, errors: string[]): PriceOverride | undefined {
  if (!isRecord(raw)) {
    errors.push(`overrides["${key}"]: expected an object of prices, got ${describe(raw)}`);
    return undefined;
  }
  const out: { -readonly [K in keyof PriceOverride]: PriceOverride[K] } = {};
  const before = errors.length;
  let cacheWrite: number | undefined;
  for (const [field, value] of Object.entries(raw)) {
    const at = `overrides["${key}"].${field}`;
    if (field === 'multiplier') {
      if (isMultiplier(value)) out.multiplier = value;
      else errors.push(`${at}: expected a number greater than 0, got ${describe(value)}`);
    } else if (field === 'multipliers') {
      if (!isRecord(value)) {
        errors.push(`${at}: expected an object of category multipliers, got ${describe(value)}`);
        continue;
      }
      const multipliers: Partial<Record<PriceCategory, number>> = {};
      for (const [category, m] of Object.entries(value)) {
        const targets = categoriesOf(category);
        if (!targets) errors.push(`${at}.${category}: unknown category (${categoryList()})`);
        else if (!isMultiplier(m))
          errors.push(`${at}.${category}: expected a number greater than 0, got ${describe(m)}`);
        else for (const c of targets) multipliers[c] = m;
      }
      out.multipliers = multipliers;
    } else {
      const targets = categoriesOf(field);
      if (!targets) errors.push(`${at}: unknown field (${categoryList()}, multiplier, multipliers)`);
      else if (!isPrice(value)) errors.push(`${at}: expected a price >= 0 in USD, got ${describe(value)}`);
      else if (field === 'cacheWrite') cacheWrite = value;
      else out[field as PriceCategory] = value;
    }
  }
  // The explicit 5m/1h fields win over the combined one, whatever their order.
  if (cacheWrite !== undefined) {
    out.cacheWrite5m ??= cacheWrite;
    out.cacheWrite1h ??= cacheWrite;
  }
  // A half-valid entry would price the model at a mix the user did not ask for: drop it whole.
  return errors.length === before ? out : undefined;
}

/** `cacheWrite` (Claude Code's managed-settings spelling) sets both the 5-minute and the 1-hour write price. */
function categoriesOf(field: string): readonly PriceCategory[] | undefined {
  if (field === 'cacheWrite') return ['cacheWrite5m', 'cacheWrite1h'];
  return (PRICE_CATEGORIES as readonly string[]).includes(field) ? [field as PriceCategory] : undefined;
}

const categoryList = (): string => `one of ${PRICE_CATEGORIES.join(', ')}, cacheWrite`;

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/**
 * Validates price overrides from configuration. Accepts `{ "<model id>" | "*": PriceOverride }`, or Claude
 * Code's managed-settings `modelPricing` shape `{ multiplier?, overrides?: { "<model id>": { input, output,
 * cacheRead, cacheWrite } } }` (its `multiplier` becomes the `"*"` multiplier). Never throws: bad entries are
 * left out and explained in `errors`.
 */
export function parsePriceOverrides(json: unknown): ParsedPriceOverrides {
  const overrides: Record<string, PriceOverride> = {};
  const errors: string[] = [];
  if (json === undefined || json === null) return { overrides, errors };
  if (!isRecord(json)) {
    errors.push(`price overrides: expected an object keyed by model id, got ${describe(json)}`);
    return { overrides, errors };
  }
  let entries: Record<string, unknown> = json;
  const managedShape =
    Object.keys(json).length > 0 && Object.keys(json).every((k) => k === 'overrides' || k === 'multiplier');
  if (managedShape) {
    entries = {};
    if (json.overrides !== undefined) {
      if (isRecord(json.overrides)) entries = { ...json.overrides };
      else errors.push(`overrides: expected an object keyed by model id, got ${describe(json.overrides)}`);
    }
    if (json.multiplier !== undefined) {
      const star = isRecord(entries['*']) ? entries['*'] : {};
      entries['*'] = { ...star, multiplier: json.multiplier };
    }
  }
  for (const [key, raw] of Object.entries(entries)) {
    if (key.trim() === '') {
      errors.push('overrides[""]: a model id is required');
      continue;
    }
    const entry = parseEntry(key, raw, errors);
    if (entry) overrides[key] = entry;
  }
  return { overrides, errors };
}
