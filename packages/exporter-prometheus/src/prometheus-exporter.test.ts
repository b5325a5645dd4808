import { createServer } from 'node:net';
import { runExporterConformance, sampleTelemetryBatch } from '@glassbox/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createPrometheusExporter, type PrometheusExporter } from './prometheus-exporter.js';

const exporters: PrometheusExporter[] = [];
function exporter(options: Parameters<typeof createPrometheusExporter>[0] = {}): PrometheusExporter {
  const e = createPrometheusExporter({ port: 0, ...options });
  exporters.push(e);
  return e;
}
afterEach(async () => {
  await Promise.all(exporters.splice(0).map((e) => e.shutdown()));
});

describe('PrometheusExporter', () => {
  it('should serve the latest metric state on GET /metrics at 127.0.0.1 and nothing else', async () => {
    const e = exporter();
    expect(await e.export(sampleTelemetryBatch())).toEqual({ code: 'success' });
    expect(e.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const res = await fetch(e.url!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await res.text();
    expect(text).toContain('claude_cost_usd_total{model="claude-opus-5-5",user="u_5b1f0c"} 0.0412\n');
    expect(text).toContain('claude_tool_latency_ms_bucket{tool="Bash",user="u_5b1f0c",le="+Inf"} 1\n');
    expect(text).toBe(e.render());
    expect((await fetch(e.url!.replace('/metrics', '/'))).status).toBe(404);
  });

  it('should apply a retried batch once: delta points are not added twice', async () => {
    const e = exporter();
    const batch = sampleTelemetryBatch();
    await e.export(batch);
    await e.export(batch);
    expect(e.render()).toContain('claude_cost_usd_total{model="claude-opus-5-5",user="u_5b1f0c"} 0.0412\n');
  });

  it('should report a port in use as a failed, retryable result with a clear error, then recover', async () => {
    const squatter = createServer();
    await new Promise<void>((r) => squatter.listen(0, '127.0.0.1', r));
    const { port } = squatter.address() as { port: number };
    const e = exporter({ port });
    const result = await e.export(sampleTelemetryBatch());
    expect(result.code).toBe('failed');
    if (result.code === 'failed') {
      expect(result.retryable).toBe(true);
      expect(result.error.code).toBe('EXPORT_FAILED');
      expect(result.error.message).toBe(
        `prometheus exporter: port ${port} on 127.0.0.1 is in use; pick another port option`,
      );
      expect(result.error.data).toMatchObject({ port, errno: 'EADDRINUSE' });
    }
    await new Promise<void>((r) => squatter.close(() => r()));
    expect(await e.export(sampleTelemetryBatch())).toEqual({ code: 'success' });
    expect(e.port).toBe(port);
  });

  it('should start before the first batch and expose its heartbeat only once a batch came', async () => {
    const e = exporter();
    expect(await e.start()).toEqual({ code: 'success' });
    const before = await (await fetch(e.url!)).text();
    expect(before).not.toMatch(/^glassbox_last_batch_timestamp_seconds /m);
    await e.export({
      id: 'empty',
      resource: { attributes: {} },
      spans: [],
      metrics: [],
      logs: [],
      audit: [],
    });
    expect(await (await fetch(e.url!)).text()).toMatch(
      /^glassbox_last_batch_timestamp_seconds \d+(\.\d+)?$/m,
    );
  });

  it('should stop serving and fail exports after shutdown', async () => {
    const e = exporter();
    await e.export(sampleTelemetryBatch());
    const url = e.url!;
    await e.shutdown();
    await expect(fetch(url)).rejects.toThrow();
    const result = await e.export(sampleTelemetryBatch());
    expect(result.code === 'failed' && result.error.code).toBe('EXPORTER_SHUTDOWN');
  });
});

runExporterConformance('prometheus', () => createPrometheusExporter({ port: 0 }));
