import { describe, expect, it } from 'vitest';
import { exportAll } from './export-all.js';
import { type Exporter, type ExportResult, specificationVersion } from './exporter.js';
import { GlassboxError } from './glassbox-error.js';
import type { TelemetryBatch } from './telemetry-batch.js';

const batch: TelemetryBatch = {
  id: 'batch-1',
  resource: { attributes: { 'service.name': 'glassbox' } },
  spans: [],
  metrics: [],
  logs: [],
  audit: [],
};

function fakeExporter(name: string, exportFn: (batch: TelemetryBatch) => Promise<ExportResult>): Exporter {
  return {
    specificationVersion,
    name,
    export: exportFn,
    forceFlush: async () => {},
    shutdown: async () => {},
  };
}

function recordingExporter(name: string): Exporter & { received: TelemetryBatch[] } {
  const received: TelemetryBatch[] = [];
  return Object.assign(
    fakeExporter(name, async (b) => {
      received.push(b);
      return { code: 'success' } as const;
    }),
    { received },
  );
}

describe('exportAll', () => {
  it('should deliver the batch to every exporter and return outcomes in order', async () => {
    const a = recordingExporter('a');
    const b = recordingExporter('b');
    const outcomes = await exportAll([a, b], batch);
    expect(outcomes).toEqual([
      { name: 'a', result: { code: 'success' } },
      { name: 'b', result: { code: 'success' } },
    ]);
    expect(a.received).toEqual([batch]);
    expect(b.received).toEqual([batch]);
  });

  it('should turn a synchronous throw or a rejection into EXPORT_FAILED without stopping the others', async () => {
    const ok = recordingExporter('ok');
    const throwing = fakeExporter('throwing', () => {
      throw new Error('sync boom');
    });
    const rejecting = fakeExporter('rejecting', () => Promise.reject(new Error('async boom')));
    const outcomes = await exportAll([throwing, ok, rejecting], batch);

    expect(outcomes.map((o) => o.name)).toEqual(['throwing', 'ok', 'rejecting']);
    expect(outcomes[1]!.result).toEqual({ code: 'success' });
    for (const outcome of [outcomes[0]!, outcomes[2]!]) {
      expect(outcome.result.code).toBe('failed');
      if (outcome.result.code !== 'failed') continue;
      expect(GlassboxError.is(outcome.result.error, 'EXPORT_FAILED')).toBe(true);
      expect(outcome.result.retryable).toBe(true);
    }
    const cause = outcomes[0]!.result.code === 'failed' ? outcomes[0]!.result.error.cause : undefined;
    expect((cause as Error).message).toBe('sync boom');
  });

  it('should turn a hung exporter into EXPORT_TIMEOUT while the others succeed', async () => {
    const ok = recordingExporter('ok');
    const hanging = fakeExporter('hanging', () => new Promise<ExportResult>(() => {}));
    const outcomes = await exportAll([hanging, ok], batch, { timeoutMs: 50 });
    expect(outcomes[1]).toEqual({ name: 'ok', result: { code: 'success' } });
    const hung = outcomes[0]!.result;
    expect(hung.code).toBe('failed');
    if (hung.code === 'failed') {
      expect(hung.error.code).toBe('EXPORT_TIMEOUT');
      expect(hung.retryable).toBe(true);
    }
  });

  it('should reject results that break the contract', async () => {
    const garbage = fakeExporter('garbage', async () => undefined as unknown as ExportResult);
    const noError = fakeExporter('no-error', async () => ({ code: 'failed' }) as unknown as ExportResult);
    const outcomes = await exportAll([garbage, noError], batch);
    for (const { result } of outcomes) {
      expect(result.code).toBe('failed');
      if (result.code === 'failed') expect(result.error.code).toBe('EXPORT_FAILED');
    }
  });

  it('should pass a failed result through unchanged', async () => {
    const error = new GlassboxError('EXPORTER_SHUTDOWN', 'closed');
    const closed = fakeExporter('closed', async () => ({ code: 'failed', error, retryable: false }));
    const [outcome] = await exportAll([closed], batch);
    expect(outcome!.result).toEqual({ code: 'failed', error, retryable: false });
  });

  it('should name an exporter whose name cannot be read "unknown"', async () => {
    const nameless = { ...recordingExporter('x'), name: '' };
    const [outcome] = await exportAll([nameless], batch);
    expect(outcome!.name).toBe('unknown');
  });

  it('should resolve to an empty list for no exporters', async () => {
    await expect(exportAll([], batch)).resolves.toEqual([]);
  });
});
