// `MetricsRegistry`: completed spans counted once each into cumulative and delta series, persisted across restarts.
import {
  type AggregationTemporality,
  type Attributes,
  type AttributeValue,
  GlassboxError,
  type HistogramPoint,
  type LogRecordData,
  type MetricData,
  type SpanData,
  type SumPoint,
} from '@glassbox/spec';
import { SESSION_ONLY_ATTRIBUTES } from './attribution.js';
import { type HistogramDef, METRIC_DEFINITIONS } from './metric-definitions.js';
import { type HistogramAgg, type Store, series } from './metric-series.js';
import { signalIncrements } from './signal-metrics.js';

/** Where a tool came from (see `toolOrigin`): labels of the tool call counter, so spend by MCP server or skill. */
const TOOL_ORIGIN_KEYS = ['mcp_server.name', 'plugin.name', 'skill.name'] as const;

function withoutSessionOnly(attributes: Attributes): Attributes {
  if (!SESSION_ONLY_ATTRIBUTES.some((k) => k in attributes)) return attributes;
  const out = { ...attributes };
  for (const k of SESSION_ONLY_ATTRIBUTES) delete out[k];
  return out;
}

export interface MetricsRegistryOptions {
  /** Added to every point, e.g. `{ user, team }`: spend by user, project, team. */
  readonly attributes?: Attributes;
  /** Start of cumulative series. Default: the first `recordSpans` or `collect` time. */
  readonly startTimeMs?: number;
}

/** What `toJSON` returns: the recorded span ids and the cumulative series, to persist across restarts. */
export interface MetricsRegistryState {
  readonly version: 1;
  readonly startTimeMs?: number;
  /**
   * Span ids the registry itself keeps: those recorded without a `counted` set, and those restored from a state
   * that still lists them (they move to a `counted` set when their span is recorded with one).
   */
  readonly recorded: readonly string[];
  readonly cumulative: ReadonlyArray<{
    readonly name: string;
    readonly attributes: Attributes;
    readonly value: number;
    readonly hist?: HistogramAgg;
  }>;
}

/**
 * Turns completed spans into the metrics, counting each span exactly once (by span id, also across a
 * restart with `toJSON` / `fromJSON`). `recordSpans` takes the spans `traceToTelemetry` produced, with
 * optional per-session attributes (`project`, `user`, `team`…); `collect` returns cumulative totals or
 * the delta since the last delta collection.
 *
 * Which spans were counted is kept by the registry (its memory grows with every span) unless the caller passes
 * a `counted` set per scope (a session): then the ids live and are persisted with that scope, and leave memory
 * with it.
 */
export class MetricsRegistry {
  readonly #recorded = new Set<string>();
  readonly #base: Attributes;
  readonly #cumulative: Store = new Map();
  #delta: Store = new Map();
  #startTimeMs?: number;
  #deltaStartMs?: number;

  constructor(options: MetricsRegistryOptions = {}) {
    this.#base = { ...(options.attributes ?? {}) };
    this.#startTimeMs = options.startTimeMs;
  }

  /** True when the registry itself lists the span as counted (see `recordSpans`' `counted`). */
  has(spanId: string): boolean {
    return this.#recorded.has(spanId);
  }

  /** How many span ids the registry itself keeps (`has`, `toJSON().recorded`). */
  get recordedCount(): number {
    return this.#recorded.size;
  }

  /** True while there is no cumulative total (nothing recorded or restored). */
  get empty(): boolean {
    return this.#cumulative.size === 0;
  }

  /**
   * Records each span not counted before; spans without a `glassbox.span.type` are ignored. Returns the ids
   * added to the set that says what was counted: `counted` when given, else the registry's own.
   *
   * With `counted` (the ids one session's spans contributed, which the caller keeps and persists with the
   * session), the registry keeps no id: a span is counted unless `counted` has it. An id the registry still
   * lists (restored from a state written before `counted` existed) moves to `counted` without being counted
   * again.
   */
  recordSpans(
    spans: readonly SpanData[],
    attributes: Attributes = {},
    counted: Set<string> = this.#recorded,
  ): string[] {
    const added: string[] = [];
    const own = counted === this.#recorded;
    for (const span of spans) {
      const id = span.spanId;
      if (counted.has(id)) continue;
      const type = span.attributes['glassbox.span.type'];
      if (typeof type !== 'string') continue;
      counted.add(id);
      added.push(id);
      if (!own && this.#recorded.delete(id)) continue;
      this.#startTimeMs ??= span.endTimeMs;
      this.#deltaStartMs ??= this.#startTimeMs;
      const base = { ...this.#base, ...attributes };
      if (type === 'session') this.#add('claude.session.count', base, 1);
      else if (type === 'tool') this.#recordTool(span, withoutSessionOnly(base));
      else if (type === 'llm') this.#recordLlm(span, withoutSessionOnly(base));
    }
    return added;
  }

  /**
   * Records the derived-signal log records (`traceToSignals`) not counted before, by log record id, exactly as
   * `recordSpans` records spans (same `counted` set); other records are ignored. Returns the ids added.
   */
  recordLogs(
    logs: readonly LogRecordData[],
    attributes: Attributes = {},
    counted: Set<string> = this.#recorded,
  ): string[] {
    const added: string[] = [];
    const own = counted === this.#recorded;
    for (const log of logs) {
      if (counted.has(log.id)) continue;
      const increments = signalIncrements(log);
      if (increments.length === 0) continue;
      counted.add(log.id);
      added.push(log.id);
      if (!own && this.#recorded.delete(log.id)) continue;
      this.#startTimeMs ??= log.timeMs;
      this.#deltaStartMs ??= this.#startTimeMs;
      const base = withoutSessionOnly({ ...this.#base, ...attributes });
      for (const i of increments) this.#add(i.name, { ...base, ...i.attributes }, i.value);
    }
    return added;
  }

  #recordTool(span: SpanData, base: Attributes): void {
    const a = span.attributes;
    const tool = str(a['gen_ai.tool.name']) ?? 'unknown';
    const status = str(a['glassbox.tool.status']) ?? (span.status.code === 'error' ? 'error' : 'ok');
    const ok = status === 'ok';
    const origin: Record<string, string> = {};
    for (const key of TOOL_ORIGIN_KEYS) {
      const value = str(a[key]);
      if (value) origin[key] = value;
    }
    this.#add('claude.tool.calls_total', { ...base, ...origin, tool, success: String(ok) }, 1);
    if (!ok) this.#add('claude.tool.errors_total', { ...base, tool, status }, 1);
    const duration = num(a['glassbox.tool.duration_ms']) ?? span.endTimeMs - span.startTimeMs;
    this.#observe('claude.tool.latency_ms', { ...base, tool }, Math.max(0, duration));
  }

  #recordLlm(span: SpanData, base: Attributes): void {
    const a = span.attributes;
    const model = str(a['gen_ai.request.model']) ?? 'unknown';
    const responseModel = str(a['gen_ai.response.model']) ?? model;
    const failed = span.status.code === 'error';
    this.#add('claude.llm.calls_total', { ...base, model, success: String(!failed) }, 1);
    const uncached = num(a['glassbox.usage.uncached_input_tokens']) ?? 0;
    const cacheRead = num(a['gen_ai.usage.cache_read.input_tokens']) ?? 0;
    const write5m = num(a['glassbox.usage.cache_creation.5m.input_tokens']) ?? 0;
    const write1h = num(a['glassbox.usage.cache_creation.1h.input_tokens']) ?? 0;
    const output = num(a['gen_ai.usage.output_tokens']) ?? 0;
    for (const [type, value] of [
      ['uncached', uncached],
      ['cache_read', cacheRead],
      ['cache_write_5m', write5m],
      ['cache_write_1h', write1h],
    ] as const) {
      if (value > 0) this.#add('claude.tokens.input', { ...base, model, type }, value);
    }
    if (output > 0) this.#add('claude.tokens.output', { ...base, model }, output);
    const cost = num(a['glassbox.cost.usd']);
    if (cost !== undefined && a['glassbox.cost.known'] === true)
      this.#add('claude.cost.usd', { ...base, model }, cost);
    const durationMs = Math.max(0, span.endTimeMs - span.startTimeMs);
    const ttftS = num(a['gen_ai.response.time_to_first_chunk']);
    this.#observe(
      'claude.response.latency',
      { ...base, model },
      ttftS !== undefined ? ttftS * 1000 : durationMs,
    );
    const genai: Attributes = {
      ...base,
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'anthropic',
      'gen_ai.request.model': model,
      'gen_ai.response.model': responseModel,
    };
    const semconvInput = num(a['gen_ai.usage.input_tokens']) ?? uncached + cacheRead + write5m + write1h;
    this.#observe('gen_ai.client.token.usage', { ...genai, 'gen_ai.token.type': 'input' }, semconvInput);
    this.#observe('gen_ai.client.token.usage', { ...genai, 'gen_ai.token.type': 'output' }, output);
    this.#observe(
      'gen_ai.client.operation.duration',
      failed ? { ...genai, 'error.type': str(a['error.type']) ?? 'error' } : genai,
      durationMs / 1000,
    );
  }

  #add(name: string, attributes: Attributes, value: number): void {
    for (const store of [this.#cumulative, this.#delta]) series(store, name, attributes).value += value;
  }

  #observe(name: string, attributes: Attributes, value: number): void {
    const def = METRIC_DEFINITIONS[name] as HistogramDef;
    for (const store of [this.#cumulative, this.#delta]) {
      const s = series(store, name, attributes);
      const h = (s.hist ??= {
        count: 0,
        sum: 0,
        min: Number.POSITIVE_INFINITY,
        max: Number.NEGATIVE_INFINITY,
        buckets: new Array(def.boundaries.length + 1).fill(0),
      });
      h.count += 1;
      h.sum += value;
      h.min = Math.min(h.min, value);
      h.max = Math.max(h.max, value);
      // Upper bounds are inclusive, as in OpenTelemetry explicit-bucket histograms.
      let i = 0;
      while (i < def.boundaries.length && value > def.boundaries[i]!) i += 1;
      h.buckets[i]! += 1;
    }
  }

  /**
   * The metrics now. `cumulative`: totals since `startTimeMs`. `delta`: what was recorded since the last
   * delta collection (which this call resets).
   */
  collect(nowMs: number, temporality: AggregationTemporality): MetricData[] {
    this.#startTimeMs ??= nowMs;
    let store: Store;
    let startTimeMs: number;
    if (temporality === 'delta') {
      store = this.#delta;
      startTimeMs = this.#deltaStartMs ?? this.#startTimeMs;
      this.#delta = new Map();
      this.#deltaStartMs = nowMs;
    } else {
      store = this.#cumulative;
      startTimeMs = this.#startTimeMs;
    }
    const out: MetricData[] = [];
    for (const [name, def] of Object.entries(METRIC_DEFINITIONS)) {
      const all = store.get(name);
      if (!all || all.size === 0) continue;
      if (def.kind === 'sum') {
        const points: SumPoint[] = [...all.values()].map((s) => ({
          attributes: s.attributes,
          startTimeMs,
          timeMs: nowMs,
          value: s.value,
        }));
        out.push({
          kind: 'sum',
          name,
          description: def.description,
          unit: def.unit,
          temporality,
          monotonic: true,
          points,
        });
      } else {
        const points: HistogramPoint[] = [...all.values()]
          .filter((s) => s.hist)
          .map((s) => ({
            attributes: s.attributes,
            startTimeMs,
            timeMs: nowMs,
            count: s.hist!.count,
            sum: s.hist!.sum,
            min: s.hist!.min,
            max: s.hist!.max,
            bucketCounts: [...s.hist!.buckets],
          }));
        out.push({
          kind: 'histogram',
          name,
          description: def.description,
          unit: def.unit,
          temporality,
          boundaries: def.boundaries,
          points,
        });
      }
    }
    return out;
  }

  toJSON(): MetricsRegistryState {
    const cumulative: Array<MetricsRegistryState['cumulative'][number]> = [];
    for (const [name, all] of this.#cumulative)
      for (const s of all.values())
        cumulative.push({
          name,
          attributes: s.attributes,
          value: s.value,
          ...(s.hist ? { hist: { ...s.hist, buckets: [...s.hist.buckets] } } : {}),
        });
    return {
      version: 1,
      ...(this.#startTimeMs !== undefined ? { startTimeMs: this.#startTimeMs } : {}),
      recorded: [...this.#recorded],
      cumulative,
    };
  }

  /** Restores a registry saved with `toJSON`. Rejects a state of another shape with `INVALID_INPUT`. */
  static fromJSON(state: unknown, options: MetricsRegistryOptions = {}): MetricsRegistry {
    const s = state as Partial<MetricsRegistryState> | null;
    if (
      !s ||
      typeof s !== 'object' ||
      s.version !== 1 ||
      !Array.isArray(s.recorded) ||
      !Array.isArray(s.cumulative)
    )
      throw new GlassboxError('INVALID_INPUT', 'not a saved MetricsRegistry state (version 1)');
    const registry = new MetricsRegistry({
      ...options,
      startTimeMs: options.startTimeMs ?? (typeof s.startTimeMs === 'number' ? s.startTimeMs : undefined),
    });
    for (const id of s.recorded) if (typeof id === 'string') registry.#recorded.add(id);
    for (const item of s.cumulative) {
      const def = METRIC_DEFINITIONS[item?.name];
      if (!def || typeof item.value !== 'number') continue;
      const entry = series(registry.#cumulative, item.name, item.attributes ?? {});
      entry.value = item.value;
      if (def.kind === 'histogram' && item.hist && item.hist.buckets?.length === def.boundaries.length + 1)
        entry.hist = { ...item.hist, buckets: [...item.hist.buckets] };
    }
    registry.#deltaStartMs = registry.#startTimeMs;
    return registry;
  }
}

const str = (v: AttributeValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: AttributeValue | undefined): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
