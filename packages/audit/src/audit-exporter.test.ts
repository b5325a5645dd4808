import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TelemetryBatch } from '@glassbox/spec';
import { runExporterConformance, sampleTelemetryBatch } from '@glassbox/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditExporter } from './audit-exporter.js';
import { listSegments } from './log-files.js';
import { sampleDecision } from './sample-decision.js';
import { verifyAuditLog } from './verify-audit-log.js';

const root = mkdtempSync(join(tmpdir(), 'glassbox-audit-exporter-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;
const freshDir = () => join(root, `log-${++counter}`);

runExporterConformance('audit exporter', () => createAuditExporter({ dir: freshDir() }), {
  failingFactory: () => {
    const blocker = join(root, `blocker-${++counter}`);
    writeFileSync(blocker, 'not a directory');
    return createAuditExporter({ dir: join(blocker, 'audit') });
  },
});

function batchOf(from: number, count: number): TelemetryBatch {
  return {
    ...sampleTelemetryBatch(),
    audit: Array.from({ length: count }, (_, i) => sampleDecision(from + i, 'sess_exp')),
  };
}

describe('createAuditExporter', () => {
  it('should write each decision once across retried batches, in one verifiable chain', async () => {
    const dir = freshDir();
    const exporter = createAuditExporter({ dir });
    expect(await exporter.export(batchOf(0, 3))).toEqual({ code: 'success' });
    expect(await exporter.export(batchOf(0, 5))).toEqual({ code: 'success' });
    await exporter.shutdown();
    // A new process (a restarted agent) retrying the same batch adds nothing either.
    const again = createAuditExporter({ dir });
    expect(await again.export(batchOf(3, 3))).toEqual({ code: 'success' });
    await again.shutdown();
    const [file] = await listSegments(dir);
    const ids = readFileSync(join(dir, file!), 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual([0, 1, 2, 3, 4, 5].map((n) => `sess_exp:${n}`));
    const report = await verifyAuditLog(dir);
    expect(report.problems).toEqual([]);
    expect(report.latestCheckpoint?.size).toBe(6);
  });

  it('should fail without a directory, not retryable', async () => {
    const saved = process.env.GLASSBOX_AUDIT_DIR;
    delete process.env.GLASSBOX_AUDIT_DIR;
    try {
      const result = await createAuditExporter({}).export(batchOf(0, 1));
      expect(result).toMatchObject({ code: 'failed', retryable: false, error: { code: 'INVALID_CONFIG' } });
    } finally {
      if (saved !== undefined) process.env.GLASSBOX_AUDIT_DIR = saved;
    }
  });
});
