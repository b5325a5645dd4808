import {
  type Exporter,
  type ExportResult,
  exportAll,
  GlassboxError,
  specificationVersion,
  type TelemetryBatch,
} from '@glassbox/spec';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileTelemetryBatches } from './hostile-telemetry-batch.js';
import { sampleTelemetryBatch } from './sample-telemetry-batch.js';

export interface ExporterConformanceOptions {
  /** A realistic batch the exporter must deliver with `success`. Default `sampleTelemetryBatch()`. */
  readonly makeBatch?: () => TelemetryBatch;
  /**
   * An exporter whose destination is broken (unwritable path, closed stream, refused port…). When given,
   * the suite checks it reports `failed` with a `GlassboxError`, and still flushes and shuts down.
   */
  readonly failingFactory?: () => Exporter | Promise<Exporter>;
  /** How long the hung neighbour in the fan-out check may take (ms). Default 500. */
  readonly fanOutTimeoutMs?: number;
}

/**
 * Registers vitest `describe`/`it` blocks that check an exporter keeps the contract of `@glassbox/spec`:
 * declares `specificationVersion: 'v1'` and a name; delivers a realistic batch with every signal; never
 * throws or rejects, even on hostile batches; never mutates the batch (it is deep-frozen, and compared
 * with a clone afterwards); accepts a retried and concurrent exports; `forceFlush` and `shutdown`
 * resolve, `shutdown` twice; after `shutdown`, `export` fails with `EXPORTER_SHUTDOWN`; a throwing and a
 * hung exporter next to it (through `exportAll`) do not stop it. `factory` is called once per check.
 */
export function runExporterConformance(
  name: string,
  factory: () => Exporter | Promise<Exporter>,
  options: ExporterConformanceOptions = {},
): void {
  const makeBatch = options.makeBatch ?? (() => sampleTelemetryBatch());
  const fanOutTimeoutMs = options.fanOutTimeoutMs ?? 500;

  describe(`${name} (exporter conformance)`, () => {
    const created: Exporter[] = [];
    const create = async (make: () => Exporter | Promise<Exporter>): Promise<Exporter> => {
      const exporter = await make();
      created.push(exporter);
      return exporter;
    };

    afterAll(async () => {
      await Promise.allSettled(created.map((exporter) => exporter.shutdown()));
    });

    it('should declare specificationVersion v1 and a non-empty name', async () => {
      const exporter = await create(factory);
      expect(exporter.specificationVersion).toBe(specificationVersion);
      expect(typeof exporter.name).toBe('string');
      expect(exporter.name.trim()).not.toBe('');
    });

    it('should deliver a realistic batch with every signal', async () => {
      const exporter = await create(factory);
      const batch = makeBatch();
      expect(batch.spans.length * batch.metrics.length * batch.logs.length).toBeGreaterThan(0);
      await expectSuccess(exporter.export(batch));
      await expect(exporter.forceFlush()).resolves.toBeUndefined();
    });

    it('should resolve, never throw or reject, on hostile but type-valid batches', async () => {
      const exporter = await create(factory);
      for (const { label, batch } of hostileTelemetryBatches()) {
        const result = await settle(() => exporter.export(batch));
        expect(result.threw, `export threw or rejected on "${label}": ${String(result.reason)}`).toBe(false);
        expectValidResult(result.value, label);
      }
      // Surviving hostile input must leave the exporter usable.
      await expectSuccess(exporter.export(makeBatch()));
    });

    it('should not mutate the batch it is given', async () => {
      const exporter = await create(factory);
      // A frozen batch makes a write throw: an exporter that tries to mutate rejects or fails here.
      const realistic = makeBatch();
      const realisticBefore = structuredClone(realistic);
      await expectSuccess(exporter.export(deepFreeze(realistic)));
      expect(realistic).toEqual(realisticBefore);
      for (const { label, batch } of hostileTelemetryBatches()) {
        const before = structuredClone(batch);
        const result = await settle(() => exporter.export(deepFreeze(batch)));
        expect(result.threw, `export threw on frozen "${label}": ${String(result.reason)}`).toBe(false);
        expect(batch).toEqual(before);
      }
    });

    it('should accept the same batch again (a retry) and concurrent exports', async () => {
      const exporter = await create(factory);
      const batch = makeBatch();
      await expectSuccess(exporter.export(batch));
      await expectSuccess(exporter.export(batch));
      const results = await Promise.all(
        [makeBatch(), makeBatch(), makeBatch()].map((b) => exporter.export(b)),
      );
      for (const result of results) expect(result).toEqual({ code: 'success' });
    });

    it('should resolve forceFlush when idle and after exports', async () => {
      const exporter = await create(factory);
      await expect(exporter.forceFlush()).resolves.toBeUndefined();
      const pending = exporter.export(makeBatch());
      await expect(exporter.forceFlush()).resolves.toBeUndefined();
      await expectSuccess(pending);
    });

    it('should keep delivering next to a throwing and a hung exporter', async () => {
      const exporter = await create(factory);
      const throwing = neighbour('conformance-throwing', () => {
        throw new Error('neighbour exploded');
      });
      const hung = neighbour('conformance-hung', () => new Promise<ExportResult>(() => {}));
      const outcomes = await exportAll([throwing, hung, exporter], makeBatch(), {
        timeoutMs: fanOutTimeoutMs,
      });
      expect(outcomes[2]).toEqual({ name: exporter.name, result: { code: 'success' } });
      expect(failureCode(outcomes[0]!.result)).toBe('EXPORT_FAILED');
      expect(failureCode(outcomes[1]!.result)).toBe('EXPORT_TIMEOUT');
    });

    it('should shut down idempotently and fail later exports with EXPORTER_SHUTDOWN', async () => {
      const exporter = await create(factory);
      await expectSuccess(exporter.export(makeBatch()));
      await expect(exporter.shutdown()).resolves.toBeUndefined();
      await expect(exporter.shutdown()).resolves.toBeUndefined();
      await expect(exporter.forceFlush()).resolves.toBeUndefined();
      const result = await settle(() => exporter.export(makeBatch()));
      expect(result.threw).toBe(false);
      expect(failureCode(result.value)).toBe('EXPORTER_SHUTDOWN');
    });

    it('should shut down while an export is in flight without throwing', async () => {
      const exporter = await create(factory);
      const pending = settle(() => exporter.export(makeBatch()));
      await expect(exporter.shutdown()).resolves.toBeUndefined();
      const result = await pending;
      expect(result.threw).toBe(false);
      expectValidResult(result.value, 'export racing shutdown');
    });

    const failingFactory = options.failingFactory;
    if (failingFactory) {
      it('should report a broken destination as a failed result with a GlassboxError', async () => {
        const exporter = await create(failingFactory);
        const result = await settle(() => exporter.export(makeBatch()));
        expect(result.threw, `export threw or rejected: ${String(result.reason)}`).toBe(false);
        expect(result.value?.code).toBe('failed');
        if (result.value?.code === 'failed') {
          expect(GlassboxError.is(result.value.error)).toBe(true);
          expect(typeof result.value.retryable).toBe('boolean');
        }
        await expect(exporter.forceFlush()).resolves.toBeUndefined();
        await expect(exporter.shutdown()).resolves.toBeUndefined();
      });
    }
  });
}

interface Settled {
  readonly threw: boolean;
  readonly value?: ExportResult;
  readonly reason?: unknown;
}

/** Runs `call`, catching a synchronous throw as well as a rejection. */
async function settle(call: () => Promise<ExportResult>): Promise<Settled> {
  try {
    return { threw: false, value: await call() };
  } catch (reason) {
    return { threw: true, reason };
  }
}

async function expectSuccess(pending: Promise<ExportResult>): Promise<void> {
  const result = await pending;
  const detail = result.code === 'failed' ? `${result.error.code}: ${result.error.message}` : '';
  expect(result.code, `expected success, got failed ${detail}`).toBe('success');
}

function expectValidResult(result: ExportResult | undefined, label: string): void {
  expect(['success', 'failed'], `invalid result on "${label}"`).toContain(result?.code);
  if (result?.code === 'failed') {
    expect(GlassboxError.is(result.error), `failed result without a GlassboxError on "${label}"`).toBe(true);
    expect(typeof result.retryable).toBe('boolean');
  }
}

function failureCode(result: ExportResult | undefined): string | undefined {
  return result?.code === 'failed' ? result.error.code : undefined;
}

function neighbour(name: string, exportFn: () => Promise<ExportResult>): Exporter {
  return {
    specificationVersion,
    name,
    export: exportFn,
    forceFlush: async () => {},
    shutdown: async () => {},
  };
}

/** Freezes everything reachable, so a mutation throws (modules run in strict mode). Handles cycles. */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return value;
  if (seen.has(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  }
  return Object.freeze(value);
}
