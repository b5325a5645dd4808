import { GlassboxError } from '@glassbox/spec';
import { describe, expect, it } from 'vitest';
import { resolveOtlpConfig } from './otlp-exporter-options.js';

describe('resolveOtlpConfig', () => {
  it('should append the signal paths to a base endpoint and let per-signal URLs win', () => {
    const c = resolveOtlpConfig(
      { endpoint: 'https://otel.example.test:4318/', logsEndpoint: 'https://logs.example.test/ingest' },
      {},
    );
    expect(c.traces.url).toBe('https://otel.example.test:4318/v1/traces');
    expect(c.metrics.url).toBe('https://otel.example.test:4318/v1/metrics');
    expect(c.logs.url).toBe('https://logs.example.test/ingest');
  });

  it('should leave the URL to the SDK (its env variables, then localhost:4318) when none is given', () => {
    const c = resolveOtlpConfig({}, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://ignored-here:4318' });
    expect(c.traces.url).toBeUndefined();
  });

  it('should default to protobuf, cumulative, 10 s, all signals', () => {
    const c = resolveOtlpConfig({}, {});
    expect([c.traces.protocol, c.temporality, c.traces.timeoutMillis, [...c.signals]]).toEqual([
      'http/protobuf',
      'cumulative',
      10_000,
      ['traces', 'metrics', 'logs'],
    ]);
  });

  it('should read protocol, timeout and temporality from the environment, per signal first', () => {
    const env = {
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_LOGS_PROTOCOL: 'http/protobuf',
      OTEL_EXPORTER_OTLP_TIMEOUT: '2500',
      OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE: 'DELTA',
    };
    const c = resolveOtlpConfig({}, env);
    expect([c.traces.protocol, c.logs.protocol, c.metrics.timeoutMillis, c.temporality]).toEqual([
      'http/json',
      'http/protobuf',
      2500,
      'delta',
    ]);
    const explicit = resolveOtlpConfig(
      { protocol: 'http/protobuf', timeoutMillis: 100, temporality: 'cumulative' },
      env,
    );
    expect([explicit.traces.protocol, explicit.metrics.timeoutMillis, explicit.temporality]).toEqual([
      'http/protobuf',
      100,
      'cumulative',
    ]);
  });

  it('should refuse gRPC, even from the environment, with INVALID_CONFIG', () => {
    let caught: unknown;
    try {
      resolveOtlpConfig({}, { OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' });
    } catch (err) {
      caught = err;
    }
    expect(GlassboxError.is(caught, 'INVALID_CONFIG')).toBe(true);
    expect((caught as Error).message).toMatch(/grpc/);
  });
});
