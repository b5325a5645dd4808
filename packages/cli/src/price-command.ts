import type { AnthropicUsage } from '@glassbox/pricing';
import { GlassboxError } from '@glassbox/spec';
import { writeJson } from './cli-io.js';
import { cliPricing } from './cli-pricing.js';
import { defineCommand, EXIT_OK, wrap } from './define-command.js';
import { formatInteger, formatUsd } from './format-units.js';

const NUMERIC_FIELDS = [
  'input_tokens',
  'output_tokens',
  'cache_creation_input_tokens',
  'cache_read_input_tokens',
] as const;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses and checks a `--usage` value: the API's `usage` object (as in a transcript's `message.usage`). */
export function parseUsageOption(text: string): AnthropicUsage {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new GlassboxError('INVALID_INPUT', `--usage is not valid JSON: ${(error as Error).message}`, {
      cause: error,
      data: {
        hint: `e.g. --usage '{"input_tokens":1200,"output_tokens":80,"cache_read_input_tokens":3000}'`,
      },
    });
  }
  if (!isObject(raw))
    throw new GlassboxError('INVALID_INPUT', '--usage must be a JSON object like the API response usage', {
      data: { hint: `e.g. --usage '{"input_tokens":1200,"output_tokens":80}'` },
    });
  const count = (where: string, v: unknown): number | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      throw new GlassboxError(
        'INVALID_INPUT',
        `--usage: ${where} must be a non-negative number (got ${JSON.stringify(v)})`,
      );
    return v;
  };
  const usage: { -readonly [K in keyof AnthropicUsage]: AnthropicUsage[K] } = {};
  for (const field of NUMERIC_FIELDS) {
    const v = count(field, raw[field]);
    if (v !== undefined) usage[field] = v;
  }
  if (raw.cache_creation !== undefined && raw.cache_creation !== null) {
    if (!isObject(raw.cache_creation))
      throw new GlassboxError('INVALID_INPUT', '--usage: cache_creation must be an object');
    usage.cache_creation = {
      ephemeral_5m_input_tokens: count(
        'cache_creation.ephemeral_5m_input_tokens',
        raw.cache_creation.ephemeral_5m_input_tokens,
      ),
      ephemeral_1h_input_tokens: count(
        'cache_creation.ephemeral_1h_input_tokens',
        raw.cache_creation.ephemeral_1h_input_tokens,
      ),
    };
  }
  if (raw.server_tool_use !== undefined && raw.server_tool_use !== null) {
    if (!isObject(raw.server_tool_use))
      throw new GlassboxError('INVALID_INPUT', '--usage: server_tool_use must be an object');
    usage.server_tool_use = {
      web_search_requests: count(
        'server_tool_use.web_search_requests',
        raw.server_tool_use.web_search_requests,
      ),
      web_fetch_requests: count('server_tool_use.web_fetch_requests', raw.server_tool_use.web_fetch_requests),
    };
  }
  for (const field of ['speed', 'inference_geo', 'service_tier'] as const) {
    const v = raw[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') throw new GlassboxError('INVALID_INPUT', `--usage: ${field} must be a string`);
    usage[field] = v;
  }
  return usage;
}

export interface PriceJson {
  model: string;
  known: boolean;
  /** USD for this one response; null when the model has no price. */
  costUsd: number | null;
  /** The pricing rule that applied (from `@glassbox/pricing`). */
  rule: string | null;
  canonicalModel: string | null;
  usage: AnthropicUsage;
}

export const priceCommand = defineCommand({
  name: 'price',
  summary: 'the cost of one API response, and the pricing rule that priced it',
  description: [
    "Prices one response's usage the way Claude Code does: 5-minute and 1-hour cache writes apart, " +
      'long-context tiers, fast mode, inference region and web searches. A model without a price says so ' +
      '(known: false) and exits 0.',
  ],
  options: {
    model: { type: 'string', value: 'ID', description: 'model id, e.g. claude-opus-4-6 (required)' },
    usage: {
      type: 'string',
      value: 'JSON',
      description: "the response's usage object as the API returns it (required); - reads it from stdin",
    },
  },
  examples: [
    `glassbox price --model claude-opus-4-6 --usage '{"input_tokens":1200,"output_tokens":80}'`,
    `jq -c .message.usage record.json | glassbox price --model claude-haiku-4-5 --usage - --json`,
  ],
  async run(ctx) {
    const model = ctx.string('model');
    const usageText = ctx.string('usage');
    if (!model)
      throw new GlassboxError('INVALID_INPUT', '--model is required', {
        data: { hint: "see 'glassbox price --help'" },
      });
    if (usageText === undefined)
      throw new GlassboxError('INVALID_INPUT', '--usage is required', {
        data: { hint: "see 'glassbox price --help'" },
      });
    const usage = parseUsageOption(usageText === '-' ? await readStdin() : usageText);
    const pricing = cliPricing();
    const result = pricing.pricer(model, usage);
    const known = result.known && result.costUsd !== undefined;
    const json: PriceJson = {
      model,
      known,
      costUsd: known ? result.costUsd! : null,
      rule: result.rule ?? null,
      canonicalModel: result.canonicalModel ?? null,
      usage,
    };
    if (ctx.json) {
      writeJson(ctx.io, json);
      return EXIT_OK;
    }
    const lines: string[] = [];
    if (known) lines.push(`${model}: ${formatUsd(json.costUsd!)} (${json.costUsd} USD)`);
    else
      lines.push(
        `${model}: no price known — Glassbox cannot price this model (Claude Code reports such costs as unknown)`,
      );
    if (json.canonicalModel && json.canonicalModel !== model)
      lines.push(`  priced as ${json.canonicalModel}`);
    if (json.rule) lines.push(`  ${wrap(`rule: ${json.rule}`, ctx.io.columns - 2, '    ')}`);
    // Claude Code's split: the 1-hour part clamped to the total write, the rest 5-minute.
    const oneHourField = usage.cache_creation?.ephemeral_1h_input_tokens ?? 0;
    const write =
      usage.cache_creation_input_tokens ??
      (usage.cache_creation?.ephemeral_5m_input_tokens ?? 0) + oneHourField;
    const oneHour = Math.min(oneHourField, write);
    lines.push(
      `  ${wrap(
        `tokens: ${formatInteger(usage.input_tokens ?? 0)} in · ${formatInteger(usage.output_tokens ?? 0)} out · ` +
          `${formatInteger(write)} cache write (5m ${formatInteger(write - oneHour)}, 1h ${formatInteger(oneHour)}) · ` +
          `${formatInteger(usage.cache_read_input_tokens ?? 0)} cache read`,
        ctx.io.columns - 2,
        '    ',
      )}`,
    );
    ctx.io.stdout.write(`${lines.join('\n')}\n`);
    return EXIT_OK;
  },
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
