#!/usr/bin/env node
/**
 * Derives Claude Code's price table by probing the pinned binary, then writes `src/price-table.ts`.
 *
 *   pnpm turbo run build --filter @glassbox/testkit...
 *   node packages/pricing/scripts/probe-prices.mjs [--concurrency 2] [--out <file>] [--models a,b] [--report <json>]
 *
 * Every probe is one real `claude -p --output-format json --model <id>` session against the fake Messages API
 * (`@glassbox/testkit`) whose single answer carries a scripted `usage`; the probe reads
 * `modelUsage[*].costUSD`, `canonicalModel` and `costBasis`. Each price is read from a probe that isolates one
 * category (1,000,000 tokens of one kind where no long-context tier is in the way), so no rounding can hide it.
 * Rules (what counts towards a long-context threshold, how speed/geo/web search combine…) are decided by
 * comparing a probe against the alternatives and recording the one the binary matched.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  claudeBinary,
  createClaudeHome,
  runClaude,
  runClaudeCli,
  startFakeAnthropicApi,
} from '@glassbox/testkit';

const HERE = dirname(fileURLToPath(import.meta.url));
const M = 1_000_000;
const CATEGORIES = ['input', 'output', 'cacheWrite5m', 'cacheWrite1h', 'cacheRead'];
const FAMILIES = ['opus', 'sonnet', 'haiku', 'fable', 'mythos'];
/** Bedrock geography prefixes seen in the binary (`eu.anthropic.…`). */
const REGION_PREFIXES = ['us', 'eu', 'apac', 'jp', 'au', 'global'];

function parseArgs(argv) {
  const out = {
    concurrency: 2,
    out: join(HERE, '..', 'src', 'price-table.ts'),
    models: undefined,
    report: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--concurrency') out.concurrency = Math.max(1, Number(argv[++i]) || 1);
    else if (a === '--out') out.out = resolve(argv[++i]);
    else if (a === '--models') out.models = argv[++i].split(',').filter(Boolean);
    else if (a === '--report') out.report = resolve(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log(
        'usage: node probe-prices.mjs [--concurrency N] [--out file] [--models id,id] [--report file]',
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));

// ---------------------------------------------------------------------------------------------------------
// Running probes: a pool of workers, each with its own fake API; one session per probe.

/** Builds the exact usage object the fake API sends. Every count is explicit (the fake defaults to 10/5). */
function apiUsage(u) {
  const usage = {
    input_tokens: u.input ?? 0,
    output_tokens: u.output ?? 0,
    cache_creation_input_tokens: u.cacheCreation ?? 0,
    cache_read_input_tokens: u.cacheRead ?? 0,
  };
  if (u.split) usage.cache_creation = u.split;
  if (u.webSearch !== undefined) usage.server_tool_use = { web_search_requests: u.webSearch };
  if (u.speed !== undefined) usage.speed = u.speed;
  if (u.geo !== undefined) usage.inference_geo = u.geo;
  return usage;
}

/** Usage for `n` tokens of one price category. */
function categoryUsage(category, n, extra = {}) {
  switch (category) {
    case 'input':
      return { input: n, ...extra };
    case 'output':
      return { output: n, ...extra };
    case 'cacheRead':
      return { cacheRead: n, ...extra };
    case 'cacheWrite5m':
      return {
        cacheCreation: n,
        split: { ephemeral_5m_input_tokens: n, ephemeral_1h_input_tokens: 0 },
        ...extra,
      };
    case 'cacheWrite1h':
      return {
        cacheCreation: n,
        split: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: n },
        ...extra,
      };
    default:
      throw new Error(category);
  }
}

let probeCount = 0;
const log = [];

async function makeWorker() {
  let current;
  const api = await startFakeAnthropicApi({
    responder: (body) =>
      // Only the agent-loop request carries the probe; side requests (titles…) cost nothing.
      Array.isArray(body.tools) && body.tools.length > 0 && current
        ? { content: [{ type: 'text', text: 'ok' }], usage: apiUsage(current) }
        : { content: [{ type: 'text', text: 'ok' }], usage: apiUsage({}) },
  });
  return {
    async run(model, usage) {
      current = usage;
      const before = api.messageRequests().length;
      for (let attempt = 0; attempt < 2; attempt++) {
        const r = await runClaude({ prompt: 'probe', apiUrl: api.url, model, timeoutMs: 60_000 });
        await r.home.cleanup();
        const sent = api
          .messageRequests()
          .slice(before)
          .filter((q) => Array.isArray(q.body?.tools) && q.body.tools.length > 0)
          .map((q) => q.body.model);
        if (r.result && !r.result.is_error) {
          probeCount++;
          const entries = Object.entries(r.result.modelUsage ?? {});
          const result = { model, usage, total: r.result.total_cost_usd, sent: sent.at(-1), entries };
          log.push({ model, usage, total: result.total, modelUsage: r.result.modelUsage, sent: result.sent });
          return result;
        }
        if (attempt === 1)
          return {
            model,
            usage,
            error: `exit ${r.exitCode}: ${(r.stdout || r.stderr).slice(0, 300)}`,
            entries: [],
          };
      }
      throw new Error('unreachable');
    },
    close: () => api.close(),
  };
}

const workers = await Promise.all(Array.from({ length: args.concurrency }, () => makeWorker()));
const idle = [...workers];
const waiting = [];

async function probe(model, usage) {
  const worker = idle.pop() ?? (await new Promise((r) => waiting.push(r)));
  try {
    return await worker.run(model, usage);
  } finally {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  }
}

/** Cost of one probe for the (single) model entry of the result; undefined when the session failed. */
async function cost(model, usage) {
  const r = await probe(model, usage);
  if (r.error) throw new Error(`probe ${model} ${JSON.stringify(usage)} failed: ${r.error}`);
  if (r.entries.length !== 1) {
    throw new Error(
      `probe ${model} ${JSON.stringify(usage)}: expected one modelUsage entry, got ${r.entries.length}`,
    );
  }
  const usd = r.entries[0][1].costUSD;
  if (Math.abs(usd - r.total) > Math.abs(usd) * 1e-15)
    throw new Error(`probe ${model}: costUSD ${usd} != total ${r.total}`);
  return usd;
}

/** Prices are decimal numbers of dollars per million tokens; 12 significant digits undo float noise. */
const tidy = (x) => Number(x.toPrecision(12));
const same = (a, b) => Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-12;

// ---------------------------------------------------------------------------------------------------------
// Model ids: scraped from the binary, plus the spellings users and providers write.

async function scrapeModelIds() {
  const re =
    /"((?:[a-z-]+\.)?(?:anthropic\.)?claude-(?:(?:opus|sonnet|haiku|fable|mythos)(?:-\d{1,2}){0,2}|\d(?:-\d)?-(?:opus|sonnet|haiku))[a-z0-9@:.-]*)"/g;
  const found = new Set();
  let carry = '';
  for await (const chunk of createReadStream(claudeBinary(), { highWaterMark: 8 * 1024 * 1024 })) {
    const text = carry + chunk.toString('latin1');
    for (const m of text.matchAll(re)) found.add(m[1]);
    carry = text.slice(-200);
  }
  // Prefixes the binary builds ids from ("claude-fable-") are not ids.
  return [...found].filter((id) => !id.endsWith('-') && !id.endsWith('.') && !id.endsWith('@'));
}

function spellingVariants(ids) {
  const out = new Set();
  for (const id of ids) {
    if (id.includes('.') || id.includes('@')) continue;
    const m = /^claude-([a-z]+)-(\d{1,2})-(\d{1,2})$/.exec(id);
    if (m) out.add(`claude-${m[1]}-${m[2]}.${m[3]}`); // claude-opus-4.6
    out.add(`${id}[1m]`);
    out.add(id.toUpperCase());
    out.add(`anthropic.${id}`);
    out.add(`global.anthropic.${id}`);
  }
  for (const region of REGION_PREFIXES) out.add(`${region}.anthropic.claude-sonnet-4-5-20250929-v1:0`);
  for (const f of FAMILIES) out.add(f); // model-picker aliases
  for (const alias of ['best', 'default', 'opusplan', 'claude-3-opus-latest', 'claude-mythos-preview'])
    out.add(alias);
  for (const other of ['claude-foo-9', 'gpt-4o', 'claude-2.1', 'claude-instant-1.2']) out.add(other);
  return [...out];
}

// ---------------------------------------------------------------------------------------------------------
// Probing one model.

async function priceSet(model, extra, count) {
  const set = {};
  await Promise.all(
    CATEGORIES.map(async (c) => {
      const n = c === 'output' ? M : count;
      set[c] = tidy(((await cost(model, categoryUsage(c, n, extra))) * M) / n);
    }),
  );
  return set;
}

/** Cost our rules predict for a usage, from prices measured so far (used to test rule hypotheses). */
function predict(prices, u, { geo = 1, webSearch = 0 } = {}) {
  const write1h = u.split?.ephemeral_1h_input_tokens ?? 0;
  const writes = u.cacheCreation ?? 0;
  const tokens =
    ((u.input ?? 0) / M) * prices.input +
    ((u.output ?? 0) / M) * prices.output +
    ((u.cacheRead ?? 0) / M) * prices.cacheRead +
    (write1h / M) * prices.cacheWrite1h +
    ((writes - write1h) / M) * prices.cacheWrite5m;
  return tokens * geo + (u.webSearch ?? 0) * webSearch;
}

const MIXED = {
  input: 123_457,
  output: 45_679,
  cacheRead: 234_567,
  cacheCreation: 34_567,
  split: { ephemeral_5m_input_tokens: 12_345, ephemeral_1h_input_tokens: 22_222 },
};
/** A mixed vector small enough to stay under a 100k-token threshold. */
const MIXED_SMALL = {
  input: 12_345,
  output: 45_679,
  cacheRead: 23_456,
  cacheCreation: 3_456,
  split: { ephemeral_5m_input_tokens: 1_234, ephemeral_1h_input_tokens: 2_222 },
};

async function probeModel(canonical, id) {
  const notes = [];
  // 1. Long-context tier: is the per-token input price the same at 10k and 1M tokens?
  const small = tidy(((await cost(id, { input: 10_000 })) * M) / 10_000);
  const large = tidy((await cost(id, { input: M })) * 1);
  let threshold;
  if (!same(small, large)) {
    // Largest input count still priced at the base rate.
    let lo = 10_000;
    let hi = M;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      const perM = tidy(((await cost(id, { input: mid })) * M) / mid);
      if (same(perM, small)) lo = mid;
      else hi = mid;
    }
    threshold = lo;
    notes.push(`input above ${threshold} tokens switches every token to the long-context rate`);
  }
  const baseCount = threshold === undefined ? M : threshold;
  const standard = await priceSet(id, {}, baseCount);

  // 2. Long-context prices and what counts towards the threshold.
  let longContext;
  if (threshold !== undefined) {
    const long = {};
    for (const c of ['input', 'cacheWrite5m', 'cacheWrite1h', 'cacheRead']) {
      long[c] = tidy(await cost(id, categoryUsage(c, M)));
    }
    const withOutput = await cost(id, { input: threshold + 1, output: M });
    long.output = tidy(withOutput - ((threshold + 1) / M) * long.input);
    const counts = [];
    for (const [name, u] of [
      ['input', { input: threshold + 1 }],
      ['cacheRead', { input: threshold, cacheRead: 1 }],
      ['cacheWrite', { input: threshold, cacheCreation: 1 }],
      ['output', { input: threshold, output: 1 }],
    ]) {
      const usd = await cost(id, u);
      if (same(usd, predict(long, u))) counts.push(name);
      else if (!same(usd, predict(standard, u))) notes.push(`threshold probe ${name} matched neither tier`);
    }
    longContext = { aboveInputTokens: threshold, countedTokens: counts, ...long };
  }

  // 3. Web search per request.
  const webSearch = tidy((await cost(id, { webSearch: 1000 })) / 1000);

  // 4. A write without the 5m/1h split.
  const unsplit = tidy((await cost(id, { cacheCreation: baseCount })) * (M / baseCount));
  const unsplitAs = same(unsplit, standard.cacheWrite5m)
    ? '5m'
    : same(unsplit, standard.cacheWrite1h)
      ? '1h'
      : `other:${unsplit}`;

  // 5. Fast mode: its own prices, or the standard ones.
  let fast;
  const mixed = threshold === undefined ? MIXED : MIXED_SMALL;
  const fastMixed = await cost(id, { ...mixed, speed: 'fast' });
  if (!same(fastMixed, predict(standard, mixed))) {
    fast = await priceSet(id, { speed: 'fast' }, baseCount);
    if (threshold !== undefined) {
      const above = { input: M, speed: 'fast' };
      const usd = await cost(id, above);
      if (!same(usd, predict(fast, above)))
        notes.push('fast mode has its own long-context rates (not probed)');
    }
    const check = await cost(id, { ...mixed, speed: 'fast' });
    if (!same(check, predict(fast, mixed))) notes.push('fast mixed vector does not add up');
  } else if (threshold !== undefined) {
    const above = { input: M, speed: 'fast' };
    if (!same(await cost(id, above), predict(longContext, above)))
      notes.push('fast above the threshold is not the standard long-context rate');
  }

  // 6. Data-residency multipliers, on a mixed vector.
  const geo = {};
  const expected = predict(standard, mixed);
  for (const value of ['us', 'global', '']) {
    const usd = await cost(id, { ...mixed, geo: value });
    const ratio = tidy(usd / expected);
    if (ratio !== 1) geo[value] = ratio;
  }

  return { canonical, probeId: id, standard, longContext, fast, webSearch, unsplitAs, geo, notes };
}

// ---------------------------------------------------------------------------------------------------------
// Rules that are the same for every model, probed once on reference models.

async function probeRules(models) {
  const rules = {};
  const byFast = Object.values(models).find((m) => m.fast && !m.longContext);
  const ref = byFast ?? Object.values(models).find((m) => !m.longContext);
  const id = ref.probeId;
  const p = ref.standard;

  // Split with a remainder: the part of cache_creation_input_tokens not in the 1h bucket.
  const remainder = {
    cacheCreation: 100_000,
    split: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 40_000 },
  };
  const remUsd = await cost(id, remainder);
  rules.splitRemainderAs = same(remUsd, predict(p, remainder))
    ? '5m'
    : same(remUsd, (40_000 / M) * p.cacheWrite1h)
      ? 'free'
      : `other:${remUsd}`;

  // A 1h count larger than the total write is clamped to the total.
  const over = {
    cacheCreation: 10_000,
    split: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 30_000 },
  };
  const overUsd = await cost(id, over);
  rules.oneHourClampedToTotal = same(overUsd, (10_000 / M) * p.cacheWrite1h);

  // The 5m figure is not used: only the 1h figure and the total decide.
  const only5m = {
    cacheCreation: 10_000,
    split: { ephemeral_5m_input_tokens: 30_000, ephemeral_1h_input_tokens: 0 },
  };
  rules.fiveMinuteFieldIgnored = same(await cost(id, only5m), (10_000 / M) * p.cacheWrite5m);

  // Web search under the geo multiplier.
  const geoUs = ref.geo.us ?? 1;
  const wsUsd = await cost(id, { webSearch: 1000, geo: 'us' });
  rules.geoAppliesToWebSearch =
    geoUs === 1
      ? 'untested'
      : same(wsUsd, 1000 * ref.webSearch * geoUs)
        ? true
        : same(wsUsd, 1000 * ref.webSearch)
          ? false
          : `other:${wsUsd}`;

  // Geo values are matched exactly.
  rules.geoValuesProbed = ['us', 'global', '', 'US', 'eu'];
  const mixed = MIXED;
  const base = predict(p, mixed);
  rules.geoUppercaseUs = tidy((await cost(id, { ...mixed, geo: 'US' })) / base);
  rules.geoEu = tidy((await cost(id, { ...mixed, geo: 'eu' })) / base);

  // Speed values other than fast/standard.
  if (byFast) {
    const f = byFast.fast;
    const speedOf = async (speed) => {
      const usd = await cost(id, { ...mixed, speed });
      return same(usd, predict(f, mixed))
        ? 'fast'
        : same(usd, predict(p, mixed))
          ? 'standard'
          : `other:${usd}`;
    };
    rules.speedStandard = await speedOf('standard');
    rules.speedEmpty = await speedOf('');
    rules.speedUnknown = await speedOf('turbo');
    rules.speedUppercase = await speedOf('FAST');
    // Fast and geo stack (multiply).
    const both = await cost(id, { ...mixed, speed: 'fast', geo: 'us' });
    rules.fastTimesGeo = same(both, predict(f, mixed, { geo: geoUs }));
    // Web search price under fast.
    rules.fastWebSearch = tidy((await cost(id, { webSearch: 1000, speed: 'fast' })) / 1000);
  }
  rules.referenceModel = ref.canonical;
  return rules;
}

// ---------------------------------------------------------------------------------------------------------

const started = Date.now();
const versionOut = await (async () => {
  const home = await createClaudeHome('glassbox-probe-');
  try {
    return (await runClaudeCli(['--version'], { home })).stdout.trim();
  } finally {
    await home.cleanup();
  }
})();
const version = /(\d+\.\d+\.\d+)/.exec(versionOut)?.[1] ?? versionOut;
console.error(`Claude Code ${version} at ${claudeBinary()}`);

const scraped = await scrapeModelIds();
const candidates = [...new Set([...scraped, ...spellingVariants(scraped)])].sort();
console.error(`${scraped.length} model ids in the binary, ${candidates.length} spellings to map`);

// Map every spelling: the session model it becomes (the modelUsage key), the canonical model it is priced as.
const mapping = {};
await Promise.all(
  candidates.map(async (id) => {
    const r = await probe(id, { input: 1000 });
    if (r.error || r.entries.length !== 1) {
      mapping[id] = { error: r.error ?? `${r.entries.length} modelUsage entries` };
      return;
    }
    const [key, usage] = r.entries[0];
    mapping[id] = { key, sent: r.sent, canonical: usage.canonicalModel, basis: usage.costBasis };
  }),
);

// One probe id per priced canonical model: a spelling the session keeps (retired ids get remapped).
const probeIds = {};
for (const [id, m] of Object.entries(mapping).sort(([a], [b]) => a.length - b.length || a.localeCompare(b))) {
  if (m.basis !== 'list' || !m.canonical || m.key !== id) continue;
  if (!probeIds[m.canonical] || id === m.canonical) probeIds[m.canonical] = id;
}
const selected = args.models
  ? Object.entries(probeIds).filter(([c]) => args.models.includes(c))
  : Object.entries(probeIds);
console.error(`${selected.length} priced models: ${selected.map(([c]) => c).join(', ')}`);

const models = {};
await Promise.all(
  selected.map(async ([canonical, id]) => {
    models[canonical] = await probeModel(canonical, id);
    console.error(`  ${canonical} via ${id}: ${JSON.stringify(models[canonical].standard)}`);
  }),
);
const rules = await probeRules(models);
await Promise.all(workers.map((w) => w.close()));

// ---------------------------------------------------------------------------------------------------------
// The generated file.

const sortObj = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
const modelIds = {};
const unpriced = {};
const selectionRemaps = {};
for (const [id, m] of Object.entries(mapping)) {
  if (m.error || !m.canonical) continue;
  // The CLI swapped the model at selection (alias, retired id): usage is recorded under the new id.
  if (m.key !== id) selectionRemaps[id] = m.key;
  if (m.basis === 'list') modelIds[m.key] = m.canonical;
  else if (m.basis === 'unknown') unpriced[m.key] = m.canonical;
}
for (const [canonical, id] of Object.entries(probeIds)) modelIds[id] ??= canonical;

const ruleNotes = [];
const uniform = (list, f) => new Set(list.map(f)).size <= 1;
if (!uniform(Object.values(models), (m) => m.unsplitAs))
  ruleNotes.push('unsplit cache writes differ between models');
const tiered = Object.values(models).filter((m) => m.longContext);
if (!uniform(tiered, (m) => JSON.stringify(m.longContext.countedTokens)))
  ruleNotes.push('the tokens counted towards a long-context threshold differ between models');

const table = {
  claudeCodeVersion: version,
  generatedAt: new Date().toISOString().slice(0, 10),
  rules: {
    unsplitCacheWriteAs: Object.values(models)[0]?.unsplitAs ?? '5m',
    ...rules,
    notes: ruleNotes,
  },
  models: sortObj(
    Object.fromEntries(
      Object.entries(models).map(([c, m]) => [
        c,
        {
          standard: m.standard,
          ...(m.longContext && { longContext: m.longContext }),
          ...(m.fast && { fast: m.fast }),
          webSearchPerRequest: m.webSearch,
          geoMultipliers: m.geo,
          ...(m.notes.length > 0 && { notes: m.notes }),
        },
      ]),
    ),
  ),
  modelIds: sortObj(modelIds),
  unpricedModelIds: sortObj(unpriced),
  selectionRemaps: sortObj(selectionRemaps),
};

const header = `// GENERATED FILE — do not edit by hand.
// Generated by packages/pricing/scripts/probe-prices.mjs from Claude Code ${version} (${probeCount} probe sessions
// against the fake Messages API of @glassbox/testkit), ${table.generatedAt}.
// Regenerate: pnpm turbo run build --filter @glassbox/testkit... && node packages/pricing/scripts/probe-prices.mjs
`;
/** Stable key order, so two runs that measure the same prices write the same file. */
const KEY_ORDER = ['aboveInputTokens', 'countedTokens', ...CATEGORIES];
function ordered(value) {
  if (Array.isArray(value)) return value.map(ordered);
  if (!value || typeof value !== 'object') return value;
  const rank = (k) => (KEY_ORDER.includes(k) ? KEY_ORDER.indexOf(k) : KEY_ORDER.length);
  const keys = Object.keys(value);
  const sorted = keys.every((k) => KEY_ORDER.includes(k))
    ? [...keys].sort((a, b) => rank(a) - rank(b))
    : keys;
  return Object.fromEntries(sorted.map((k) => [k, ordered(value[k])]));
}

const body = `${header}import type { PriceTable } from './price-table-types.js';

/** Claude Code's own prices (USD per million tokens; web search USD per request) and rules, as probed. */
export const PRICE_TABLE: PriceTable = deepFreeze(${JSON.stringify(ordered(table), null, 2)});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
`;
await writeFile(args.out, body);
// Format like the rest of the repo so a regeneration diff shows only what changed.
const biome = spawnSync('pnpm', ['exec', 'biome', 'format', '--write', args.out], {
  cwd: join(HERE, '..'),
  encoding: 'utf8',
});
if (biome.status !== 0)
  console.error(`biome format failed (run it yourself): ${biome.stderr || biome.error}`);
if (args.report) await writeFile(args.report, JSON.stringify({ mapping, models, rules, log }, null, 1));
console.error(
  `wrote ${args.out}: ${Object.keys(models).length} models, ${Object.keys(modelIds).length} ids, ` +
    `${probeCount} sessions in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
