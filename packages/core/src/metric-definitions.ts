// Every metric the registry produces: names, kinds, units and histogram buckets.
import { SIGNAL_METRIC_DEFINITIONS } from './signal-metrics.js';

/** Tool and response latency buckets in milliseconds (the seed's PromQL uses `_bucket` with these). */
export const LATENCY_MS_BOUNDARIES: readonly number[] = [
  5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 120000, 300000, 600000,
];
/** OpenTelemetry GenAI `gen_ai.client.token.usage` buckets. */
export const GEN_AI_TOKEN_BOUNDARIES: readonly number[] = [
  1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864,
];
/** OpenTelemetry GenAI `gen_ai.client.operation.duration` buckets, in seconds. */
export const GEN_AI_DURATION_BOUNDARIES: readonly number[] = [
  0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92,
];

export interface SumDef {
  kind: 'sum';
  description: string;
  unit: string;
}
export interface HistogramDef {
  kind: 'histogram';
  description: string;
  unit: string;
  boundaries: readonly number[];
}

/** Every metric the registry produces. Names are the seed's (`claude.*`) plus the GenAI client metrics. */
export const METRIC_DEFINITIONS: Readonly<Record<string, SumDef | HistogramDef>> = {
  'claude.session.count': { kind: 'sum', description: 'Sessions', unit: '{session}' },
  'claude.tool.calls_total': {
    kind: 'sum',
    description: 'Tool calls by tool and success',
    unit: '{call}',
  },
  'claude.tool.errors_total': {
    kind: 'sum',
    description: 'Failed tool calls (status: error, denied, interrupted)',
    unit: '{call}',
  },
  'claude.tool.latency_ms': {
    kind: 'histogram',
    description: 'Tool call duration',
    unit: 'ms',
    boundaries: LATENCY_MS_BOUNDARIES,
  },
  'claude.llm.calls_total': {
    kind: 'sum',
    description: 'Model requests by model and success',
    unit: '{request}',
  },
  'claude.tokens.input': {
    kind: 'sum',
    description: 'Input tokens by model and type (uncached, cache_read, cache_write_5m, cache_write_1h)',
    unit: '{token}',
  },
  'claude.tokens.output': { kind: 'sum', description: 'Output tokens by model', unit: '{token}' },
  'claude.cost.usd': { kind: 'sum', description: 'Cost of model requests with a known price', unit: 'USD' },
  'claude.response.latency': {
    kind: 'histogram',
    description: 'Time to first token of a model request (its duration when unknown)',
    unit: 'ms',
    boundaries: LATENCY_MS_BOUNDARIES,
  },
  'gen_ai.client.token.usage': {
    kind: 'histogram',
    description: 'Tokens per model request (input includes cache reads and writes)',
    unit: '{token}',
    boundaries: GEN_AI_TOKEN_BOUNDARIES,
  },
  'gen_ai.client.operation.duration': {
    kind: 'histogram',
    description: 'Model request duration',
    unit: 's',
    boundaries: GEN_AI_DURATION_BOUNDARIES,
  },
  ...SIGNAL_METRIC_DEFINITIONS,
};
