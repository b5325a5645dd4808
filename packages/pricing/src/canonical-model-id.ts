import { PRICE_TABLE } from './price-table.js';

/** Bedrock geography prefixes (`eu.anthropic.claude-…`). */
const REGION_PREFIXES = ['us', 'eu', 'apac', 'jp', 'au', 'us-gov', 'global'];
/** What may follow a model's base name: a date, `-latest`, `-fast`, a Bedrock `-v1:0` or a Vertex `@date`. */
const ALLOWED_TRAILER = /^(?:-fast|-latest)?(?:-v\d{1,3}@\d{8}|[-@]\d{8})?(?:-v\d{1,3}(?::\d{1,3})?)?$/;

interface ParsedId {
  family: string;
  major: number;
  minor: number | undefined;
  /** `claude-3-5-haiku` (version first) rather than `claude-haiku-4-5`. */
  legacy: boolean;
  base: string;
  trailer: string;
}

/** Lower case, no `[1m]` context suffix, `4.6` spelled `4-6` (Claude Code's own spelling rules). */
function normalize(model: string): string {
  return model
    .trim()
    .toLowerCase()
    .replace(/\[[12]m\]$/, '')
    .replace(/(claude-(?:[a-z]+-)?\d{1,2})\.(?=\d)/g, '$1-');
}

/** Splits a provider spelling (path, Bedrock prefix, date, version suffix) into family and version. */
function parse(id: string): ParsedId | undefined {
  let rest = id;
  const slash = rest.lastIndexOf('/');
  if (slash !== -1) rest = rest.slice(slash + 1);
  const bedrock = /^(?:([a-z-]+)\.)?anthropic\.(claude-.*)$/.exec(rest);
  if (bedrock) {
    if (bedrock[1] !== undefined && !REGION_PREFIXES.includes(bedrock[1])) return undefined;
    rest = bedrock[2] ?? '';
  }
  let parsed: Omit<ParsedId, 'trailer'> | undefined;
  const modern = /^claude-([a-z]+)-(\d{1,2})(?!\d)(?:-(\d{1,2})(?!\d))?/.exec(rest);
  if (modern) {
    parsed = {
      family: modern[1] ?? '',
      major: Number(modern[2]),
      minor: modern[3] === undefined ? undefined : Number(modern[3]),
      legacy: false,
      base: modern[0],
    };
  } else {
    const legacy = /^claude-(\d{1,2})(?!\d)(?:-(\d{1,2})(?!\d))?-([a-z]+)/.exec(rest);
    if (legacy) {
      parsed = {
        family: legacy[3] ?? '',
        major: Number(legacy[1]),
        minor: legacy[2] === undefined ? undefined : Number(legacy[2]),
        legacy: true,
        base: legacy[0],
      };
    }
  }
  if (!parsed) return undefined;
  const trailer = rest.slice(parsed.base.length);
  if (trailer !== '' && !/^[-@]/.test(trailer)) return undefined;
  return { ...parsed, trailer };
}

const sameVersion = (a: ParsedId, b: ParsedId): boolean =>
  a.family === b.family && a.legacy === b.legacy && a.major === b.major && (a.minor ?? 0) === (b.minor ?? 0);

/** Canonical names the binary resolves spellings onto: the priced models and the known unpriced ones. */
const KNOWN: ReadonlyArray<{ name: string; parsed: ParsedId }> = [
  ...new Set([...Object.keys(PRICE_TABLE.models), ...Object.values(PRICE_TABLE.unpricedModelIds)]),
]
  .map((name) => ({ name, parsed: parse(name) }))
  .filter((k): k is { name: string; parsed: ParsedId } => k.parsed !== undefined && k.parsed.trailer === '');

/** Longest names first, so `claude-opus-5-5` wins over `claude-opus-5` when both occur in an id. */
const BY_SPECIFICITY = [...KNOWN].sort((a, b) => b.name.length - a.name.length);

/** True when `name` occurs in `id` and is not the start of a longer number (`…-5-2` vs `…-5-20260101`). */
function contains(id: string, name: string): boolean {
  for (let at = id.indexOf(name); at !== -1; at = id.indexOf(name, at + 1)) {
    if (!/^\d/.test(id.slice(at + name.length))) return true;
  }
  return false;
}

function containedName(id: string): string | undefined {
  for (const { name, parsed } of BY_SPECIFICITY) {
    if (parsed.minor === 0 && !parsed.legacy) {
      // `claude-opus-4-0` is written `claude-opus-4`: match it unless a minor version follows.
      const short = `claude-${parsed.family}-${parsed.major}`;
      if (new RegExp(`${short}(?!-\\d(?!\\d))(?!\\d)`).test(id)) return name;
    } else if (contains(id, name)) return name;
  }
  return undefined;
}

/** Priced spellings, normalised, so `CLAUDE-OPUS-4-6[1m]` finds `claude-opus-4-6`. */
const pricedIds = new Map<string, string>(
  Object.entries(PRICE_TABLE.modelIds).map(([id, canonical]) => [normalize(id), canonical]),
);

/**
 * The canonical name Claude Code reports for a model id (`modelUsage[id].canonicalModel`), following its
 * spelling rules, without the probed id table. Returns any string the binary would, even for models it has
 * no price for (`gpt-4o` stays `gpt-4o`).
 */
export function canonicalModelIdByRules(model: string): string {
  const id = normalize(model);
  const parsed = parse(id);
  if (parsed && ALLOWED_TRAILER.test(parsed.trailer)) {
    const known = KNOWN.find((k) => sameVersion(k.parsed, parsed));
    return known ? known.name : parsed.base.replace(/-\d{8}$/, '');
  }
  return containedName(id) ?? id.replace(/-\d{8}$/, '');
}

/**
 * Maps a model id as it appears in a transcript, a result or `--model` (dated ids, `[1m]`, Bedrock and Vertex
 * forms, `claude-opus-4.6`, aliases such as `opus`) to Claude Code's canonical model name. Returns
 * `undefined` when the id does not name a Claude model. Retired ids that name a priced model keep their own
 * name (usage recorded under them is priced at their own rates); the CLI only swaps them at `--model`.
 */
export function canonicalModelId(model: string): string | undefined {
  if (typeof model !== 'string' || model.trim() === '') return undefined;
  const priced = PRICE_TABLE.modelIds[model] ?? pricedIds.get(normalize(model));
  if (priced !== undefined) return priced;
  const byRules = canonicalModelIdByRules(model);
  if (Object.hasOwn(PRICE_TABLE.models, byRules)) return byRules;
  const alias = PRICE_TABLE.selectionRemaps[model] ?? PRICE_TABLE.selectionRemaps[normalize(model)];
  if (alias !== undefined) return PRICE_TABLE.modelIds[alias] ?? canonicalModelIdByRules(alias);
  const unpriced = PRICE_TABLE.unpricedModelIds[model] ?? byRules;
  return unpriced.includes('claude-') ? unpriced : undefined;
}
