import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import {
  type AuditRecordData,
  type Exporter,
  type ExportResult,
  GlassboxError,
  isValidSpanId,
  isValidTraceId,
  specificationVersion,
  type TelemetryBatch,
} from '@glassbox/spec';
import { describe, expect, it } from 'vitest';
import { startVitest } from 'vitest/node';
import { deepFreeze, runExporterConformance } from './exporter-conformance.js';
import { hostileTelemetryBatches } from './hostile-telemetry-batch.js';
import { sampleTelemetryBatch } from './sample-telemetry-batch.js';

/** The smallest exporter that keeps the contract: remembers what it was given. */
function createMemoryExporter(options: { broken?: boolean } = {}): Exporter & { batches: TelemetryBatch[] } {
  const batches: TelemetryBatch[] = [];
  let closed = false;
  return {
    specificationVersion,
    name: 'memory',
    batches,
    async export(batch): Promise<ExportResult> {
      if (closed) {
        return {
          code: 'failed',
          error: new GlassboxError('EXPORTER_SHUTDOWN', 'shut down'),
          retryable: false,
        };
      }
      if (options.broken) {
        const error = new GlassboxError('EXPORT_FAILED', 'destination gone', { retryable: true });
        return { code: 'failed', error, retryable: true };
      }
      batches.push(batch);
      return { code: 'success' };
    },
    async forceFlush() {},
    async shutdown() {
      closed = true;
    },
  };
}

runExporterConformance('memory exporter', () => createMemoryExporter(), {
  failingFactory: () => createMemoryExporter({ broken: true }),
  fanOutTimeoutMs: 200,
});

describe('sampleTelemetryBatch', () => {
  it('should hold every signal with well-formed, linked ids', () => {
    const batch = sampleTelemetryBatch();
    expect(batch.spans.length).toBeGreaterThan(0);
    expect(new Set(batch.metrics.map((m) => m.kind))).toEqual(new Set(['sum', 'histogram', 'gauge']));
    expect(batch.logs.length).toBeGreaterThan(0);
    expect(batch.audit.length).toBeGreaterThan(0);
    const spanIds = new Set(batch.spans.map((s) => s.spanId));
    for (const span of batch.spans) {
      expect(isValidTraceId(span.traceId)).toBe(true);
      expect(isValidSpanId(span.spanId)).toBe(true);
      if (span.parentSpanId !== undefined) expect(spanIds.has(span.parentSpanId)).toBe(true);
      expect(span.endTimeMs).toBeGreaterThanOrEqual(span.startTimeMs);
    }
    expect(batch.spans.some((s) => s.status.code === 'error' && s.events.length > 0)).toBe(true);
    const chain = batch.audit as readonly AuditRecordData[];
    expect(chain[1]!.prevHash).toBe(chain[0]!.hash);
    expect(new Set(batch.logs.map((l) => l.id)).size).toBe(batch.logs.length);
  });

  it('should be deterministic, and distinct per session id', () => {
    expect(sampleTelemetryBatch()).toEqual(sampleTelemetryBatch());
    const other = sampleTelemetryBatch({ sessionId: 'sess_other' });
    expect(other.spans[0]!.traceId).not.toBe(sampleTelemetryBatch().spans[0]!.traceId);
    expect(isValidTraceId(other.spans[0]!.traceId)).toBe(true);
  });
});

describe('hostileTelemetryBatches', () => {
  it('should keep the invariants the types document', () => {
    for (const { batch } of hostileTelemetryBatches()) {
      for (const span of batch.spans) {
        expect(isValidTraceId(span.traceId)).toBe(true);
        expect(isValidSpanId(span.spanId)).toBe(true);
        expect(span.endTimeMs).toBeGreaterThanOrEqual(span.startTimeMs);
      }
      for (const metric of batch.metrics) {
        if (metric.kind !== 'histogram') continue;
        for (const point of metric.points)
          expect(point.bucketCounts.length).toBe(metric.boundaries.length + 1);
      }
      // What the agent can hold in its spool must survive a structured clone.
      expect(() => structuredClone(batch)).not.toThrow();
    }
  });
});

describe('deepFreeze', () => {
  it('should freeze nested values, cycles included, so mutation throws', () => {
    const cyclic: Record<string, unknown> = { list: [1, { x: 1 }] };
    cyclic.self = cyclic;
    deepFreeze(cyclic);
    expect(Object.isFrozen(cyclic)).toBe(true);
    expect(() => {
      (cyclic.list as number[]).push(2);
    }).toThrow(TypeError);
    expect(() => {
      ((cyclic.list as unknown[])[1] as { x: number }).x = 2;
    }).toThrow(TypeError);
  });
});

// The suite must fail exporters that break the contract, not only pass good ones: run it, in a nested
// vitest, against deliberately broken exporters and check which checks fail.
describe('runExporterConformance against broken exporters', () => {
  it('should fail the checks each broken exporter violates', async () => {
    // Inside the package (git-ignored `.tmp/`), so the fixture resolves the package's own dependencies.
    const scratch = join(import.meta.dirname, '..', '.tmp');
    await mkdir(scratch, { recursive: true });
    const dir = await mkdtemp(join(scratch, 'conformance-'));
    try {
      const conformance = JSON.stringify(join(import.meta.dirname, 'exporter-conformance.ts'));
      await writeFile(
        join(dir, 'broken.test.ts'),
        `import { GlassboxError, specificationVersion } from '@glassbox/spec';
import { runExporterConformance } from ${conformance};
const ok = { code: 'success' };
const base = () => ({ specificationVersion, name: 'x', forceFlush: async () => {}, shutdown: async () => {} });
runExporterConformance('mutating', () => ({ ...base(), export: async (b) => { b.logs.length = 0; return ok; } }), { fanOutTimeoutMs: 50 });
runExporterConformance('throwing', () => ({ ...base(), export: async (b) => { if (b.id.startsWith('hostile')) throw new Error('x'); return ok; } }), { fanOutTimeoutMs: 50 });
runExporterConformance('immortal', () => ({ ...base(), export: async () => ok }), { fanOutTimeoutMs: 50 });
runExporterConformance('nameless', () => ({ ...base(), name: ' ', export: async () => ok }), { fanOutTimeoutMs: 50 });
runExporterConformance('lying', () => ({ ...base(), export: async () => ok }), {
  fanOutTimeoutMs: 50,
  failingFactory: () => ({ ...base(), export: async () => { throw new GlassboxError('EXPORT_FAILED', 'x'); } }),
});
`,
      );
      // Its failures are the expected outcome: keep its report out of this run's output.
      const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
      const vitest = await startVitest(
        'test',
        [],
        { root: dir, config: false, watch: false, reporters: [], include: ['broken.test.ts'] },
        {},
        { stdout: quiet, stderr: quiet },
      );
      const failed = new Set<string>();
      for (const module of vitest.state.getTestModules()) {
        for (const test of module.children.allTests()) {
          if (test.result().state === 'failed') failed.add(test.fullName);
        }
      }
      await vitest.close();
      const failing = (suite: string) =>
        [...failed]
          .filter((n) => n.startsWith(`${suite} (exporter conformance)`))
          .map((n) => n.split(' > ')[1]);

      expect(failing('mutating')).toContain('should not mutate the batch it is given');
      expect(failing('throwing')).toContain(
        'should resolve, never throw or reject, on hostile but type-valid batches',
      );
      expect(failing('immortal')).toEqual([
        'should shut down idempotently and fail later exports with EXPORTER_SHUTDOWN',
      ]);
      expect(failing('nameless')).toContain('should declare specificationVersion v1 and a non-empty name');
      expect(failing('lying')).toContain(
        'should report a broken destination as a failed result with a GlassboxError',
      );
    } finally {
      process.exitCode = undefined;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
