import { createRecordingExporter } from '@glassbox/agent';
import { type Exporter, type ExportResult, GlassboxError, type TelemetryBatch } from '@glassbox/spec';
import { describe, expect, it, vi } from 'vitest';
import { SelfMetrics } from './self-metrics.js';

const batch = (id: string): TelemetryBatch => ({
  id,
  resource: { attributes: { user: 'u' } },
  spans: [],
  logs: [],
  metrics: [],
  audit: [],
});

/** An exporter answering from a list of results, recording what it was given. */
function scripted(results: Array<ExportResult | Error>): Exporter & { batches: TelemetryBatch[] } {
  const batches: TelemetryBatch[] = [];
  return {
    specificationVersion: createRecordingExporter().specificationVersion,
    name: 'scripted',
    batches,
    async export(b) {
      batches.push(b);
      const next = results.shift() ?? { code: 'success' };
      if (next instanceof Error) throw next;
      return next;
    },
    async forceFlush() {},
    async shutdown() {},
  };
}

const sumOf = (b: TelemetryBatch, name: string) =>
  b.metrics
    .find((m) => m.name === name)
    ?.points.map((p) => [p.attributes, 'value' in p ? p.value : undefined]);

describe('SelfMetrics', () => {
  it('should count failed exports by exporter and code and carry the counts in later batches', async () => {
    const inner = scripted([
      { code: 'failed', error: new GlassboxError('EXPORT_FAILED', 'down'), retryable: true },
      new Error('boom'),
    ]);
    let now = 1_000_000;
    const self = new SelfMetrics({
      now: () => now,
      ignored: () => ({ mod_buffer_full: 3, invalid_hook_input: 2, duplicate_event: 9 }),
    });
    const target = self.wrap({ name: 'otlp', exporter: inner });
    expect((await target.exporter.export(batch('a'))).code).toBe('failed');
    expect((await target.exporter.export(batch('b'))).code).toBe('failed');
    now += 5_000;
    expect(await target.exporter.export(batch('c'))).toEqual({ code: 'success' });
    const last = inner.batches[2]!;
    expect(sumOf(last, 'glassbox.export.failures')).toEqual([
      [{ exporter: 'otlp', code: 'EXPORT_FAILED' }, 2],
    ]);
    expect(sumOf(last, 'glassbox.events.dropped')).toEqual([
      [{ reason: 'mod_buffer_full' }, 3],
      [{ reason: 'invalid_hook_input' }, 2],
    ]);
    expect(sumOf(last, 'glassbox.hook.failures')).toEqual([[{ hook: 'settings' }, 2]]);
    expect(sumOf(last, 'glassbox.last_batch_timestamp_seconds')).toEqual([[{}, 1005]]);
  });

  it('should send a metrics-only heartbeat to a target quiet for long enough, with a fresh id each time', async () => {
    const inner = scripted([]);
    let now = 10_000_000;
    const self = new SelfMetrics({ now: () => now });
    const target = self.wrap({ name: 'prometheus', exporter: inner });
    await target.exporter.export(batch('x'));
    now += 60_000;
    await self.heartbeat(240_000);
    expect(inner.batches).toHaveLength(1);
    now += 240_000;
    await self.heartbeat(240_000);
    now += 240_000;
    await self.heartbeat(240_000);
    expect(inner.batches).toHaveLength(3);
    const [, h1, h2] = inner.batches;
    expect(h1!.id).not.toBe(h2!.id);
    expect(h1!.resource).toEqual({ attributes: { user: 'u' } });
    expect(h1!.spans).toEqual([]);
    expect(sumOf(h2!, 'glassbox.last_batch_timestamp_seconds')).toEqual([[{}, now / 1000]]);
  });

  it('should push a failure to the targets that work, and not back to the failing one', async () => {
    vi.useFakeTimers();
    try {
      const down = scripted([
        { code: 'failed', error: new GlassboxError('EXPORT_FAILED', 'down'), retryable: true },
      ]);
      const up = scripted([]);
      const self = new SelfMetrics();
      const otlp = self.wrap({ name: 'otlp', exporter: down });
      const prometheus = self.wrap({ name: 'prometheus', exporter: up });
      await prometheus.exporter.export(batch('p'));
      await otlp.exporter.export(batch('o'));
      await vi.advanceTimersByTimeAsync(1_500);
      expect(down.batches).toHaveLength(1);
      expect(up.batches).toHaveLength(2);
      expect(sumOf(up.batches[1]!, 'glassbox.export.failures')).toEqual([
        [{ exporter: 'otlp', code: 'EXPORT_FAILED' }, 1],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});
