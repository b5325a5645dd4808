import type { AuditDecisionData, LogRecordData, MetricData, SpanData } from '@glassbox/spec';
import { describe, expect, it } from 'vitest';
import { ExportQueue } from './export-queue.js';
import { createRecordingExporter } from './recording-exporter.js';

const span = (id: string): SpanData => ({
  traceId: 'a'.repeat(32),
  spanId: id.padStart(16, '0'),
  name: `execute_tool ${id}`,
  kind: 'internal',
  startTimeMs: 1,
  endTimeMs: 2,
  status: { code: 'ok' },
  attributes: {},
  events: [],
});
const log = (id: string): LogRecordData => ({
  id,
  timeMs: 1,
  severity: 'info',
  event: 'tool_call',
  attributes: {},
});
const decision = (n: number): AuditDecisionData => ({
  id: `d${n}`,
  timestamp: new Date(n).toISOString(),
  sessionId: 's1',
  userId: 'u',
  decisionType: 'tool_call',
  inputHash: '',
  metadata: { turnIndex: 0 },
});
const METRIC: MetricData = {
  name: 'claude.session.count',
  kind: 'sum',
  monotonic: true,
  temporality: 'cumulative',
  points: [],
};

/** Waits up to 10 s of wall time (not a count of 2 ms timers, which a loaded machine stretches) for `check`. */
async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
  expect(check()).toBe(true);
}

function setup() {
  const good = createRecordingExporter('good');
  const flaky = createRecordingExporter('flaky');
  const checkpoints: Array<[string, string, string[], string[]]> = [];
  const queue = new ExportQueue({
    targets: [
      { name: 'good', exporter: good },
      { name: 'flaky', exporter: flaky },
    ],
    resource: { attributes: { 'service.name': 'claude-code' } },
    collectMetrics: () => [METRIC],
    onDelivered: async (sessionId, exporter, spanIds, logIds) => {
      checkpoints.push([sessionId, exporter, spanIds, logIds]);
    },
    initialBackoffMs: 5,
    maxBatchItems: 3,
  });
  return { good, flaky, checkpoints, queue };
}

describe('ExportQueue', () => {
  it('should deliver to every exporter in batches and checkpoint what each delivered', async () => {
    const { good, flaky, checkpoints, queue } = setup();
    queue.offer('s1', [span('1'), span('2')], [log('l1'), log('l2')], {}, true);
    await until(() => !queue.hasPending());
    for (const exporter of [good, flaky]) {
      expect(exporter.spans().map((s) => s.spanId)).toEqual([span('1').spanId, span('2').spanId]);
      expect(exporter.logs().map((l) => l.id)).toEqual(['l1', 'l2']);
      expect(exporter.batches.every((b) => b.spans.length + b.logs.length <= 3)).toBe(true);
      expect(exporter.batches[0]!.metrics).toEqual([METRIC]);
      expect(exporter.batches[0]!.resource.attributes['service.name']).toBe('claude-code');
    }
    const byExporter = (name: string) =>
      checkpoints
        .filter((c) => c[1] === name)
        .flatMap((c) => [...c[2], ...c[3]])
        .sort();
    expect(byExporter('good')).toEqual([span('1').spanId, span('2').spanId, 'l1', 'l2'].sort());
    expect(byExporter('flaky')).toEqual(byExporter('good'));
  });

  it('should deliver audit decisions in the batches, checkpoint their ids with the logs and not offer them again', async () => {
    const { good, checkpoints, queue } = setup();
    const decisions = [0, 1, 2, 3].map(decision);
    queue.offer('s1', [], [log('l1')], {}, false, decisions);
    await until(() => !queue.hasPending());
    expect(good.batches.flatMap((b) => b.audit.map((d) => d.id))).toEqual(decisions.map((d) => d.id));
    expect(good.batches.every((b) => b.logs.length + b.audit.length <= 3)).toBe(true);
    const delivered = checkpoints.filter((c) => c[1] === 'good').flatMap((c) => c[3]);
    expect(delivered.sort()).toEqual(['l1', ...decisions.map((d) => d.id)].sort());
    const batches = good.batches.length;
    queue.offer('s1', [], [], { good: { spans: [], logs: delivered } }, false, decisions);
    await until(() => !queue.hasPending());
    expect(good.batches.length).toBe(batches);
  });

  it('should retry a failing exporter with backoff while the others go on', async () => {
    const { good, flaky, queue } = setup();
    flaky.failNext(2);
    queue.offer('s1', [span('1')], [], {}, false);
    await until(() => good.spans().length === 1);
    await until(() => flaky.spans().length === 1);
    expect(flaky.attempts).toBe(3);
    const status = queue.status().find((s) => s.name === 'flaky')!;
    expect(status).toMatchObject({ failedBatches: 2, exportedSpans: 1, pendingSpans: 0 });
    expect(status.lastError).toMatch(/flaky is down/);
  });

  it('should never offer again what an exporter already has', async () => {
    const { good, flaky, queue } = setup();
    queue.offer(
      's1',
      [span('1'), span('2')],
      [log('l1')],
      { good: { spans: [span('1').spanId], logs: ['l1'] } },
      false,
    );
    await until(() => !queue.hasPending());
    expect(good.spans().map((s) => s.spanId)).toEqual([span('2').spanId]);
    expect(good.logs()).toEqual([]);
    expect(flaky.spans()).toHaveLength(2);
  });

  it('should give up on items an exporter rejects for good, and count them', async () => {
    const { flaky, checkpoints, queue } = setup();
    flaky.failNext(1, false);
    queue.offer('s1', [span('1')], [log('l1')], {}, false);
    await until(() => !queue.hasPending());
    expect(flaky.spans()).toEqual([]);
    expect(queue.status().find((s) => s.name === 'flaky')!.rejectedItems).toBe(2);
    // Not checkpointed: offered again later (after a configuration fix) they go out.
    expect(checkpoints.filter((c) => c[1] === 'flaky')).toEqual([]);
    queue.offer('s1', [span('1')], [log('l1')], {}, false);
    await until(() => flaky.spans().length === 1);
  });

  it('should send metrics alone when only metrics changed', async () => {
    const { good, queue } = setup();
    queue.offer('s1', [], [], {}, true);
    await until(() => good.batches.length === 1);
    expect(good.batches[0]).toMatchObject({ spans: [], logs: [], metrics: [METRIC] });
  });

  it('should send the current metrics to every exporter when asked, as after a restart', async () => {
    const { good, flaky, queue } = setup();
    queue.markMetricsChanged();
    await until(() => good.batches.length === 1 && flaky.batches.length === 1);
    expect(flaky.batches[0]).toMatchObject({ spans: [], logs: [], metrics: [METRIC] });
    await until(() => !queue.hasPending());
  });

  it('should flush what is left before shutdown, skipping the backoff', async () => {
    const { flaky, queue } = setup();
    flaky.failNext(1);
    queue.offer('s1', [span('1')], [], {}, false);
    await queue.flush(Date.now() + 5_000);
    expect(flaky.spans()).toHaveLength(1);
    expect(queue.hasPending()).toBe(false);
    queue.stop();
  });

  it('should keep at most maxPendingItems in memory for a down exporter and count what it evicts', async () => {
    const down = createRecordingExporter('down');
    down.failNext(1_000_000);
    const evicted: Array<[string, number]> = [];
    const queue = new ExportQueue({
      targets: [{ name: 'down', exporter: down }],
      resource: { attributes: {} },
      collectMetrics: () => [],
      onDelivered: async () => undefined,
      initialBackoffMs: 60_000,
      maxPendingItems: 10,
      onEvicted: (sessionId, _exporter, n) => evicted.push([sessionId, n]),
    });
    for (let s = 0; s < 5; s++)
      queue.offer(
        `s${s}`,
        [1, 2, 3, 4].map((i) => span(`${s}${i}`)),
        [],
        {},
        false,
      );
    const status = queue.status()[0]!;
    expect(status.pendingSpans).toBeLessThanOrEqual(10);
    expect(status.evictedItems).toBe(20 - status.pendingSpans);
    expect(evicted.map(([s]) => s)).toEqual(['s0', 's1', 's2']);
    expect(queue.hasPending('s4')).toBe(true);
    // Nothing moves while it is down: the agent may idle out.
    await until(() => queue.status()[0]!.failedBatches > 0);
    expect(queue.stalled()).toBe(true);
    queue.stop();
  });
});
