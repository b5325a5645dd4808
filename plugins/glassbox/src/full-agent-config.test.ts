import { randomBytes } from 'node:crypto';
import { configHashOf, configKeyOf } from '@glassbox/agent';
import { describe, expect, it } from 'vitest';
import {
  fullConfigSourceOf,
  loadFullAgentConfig,
  loadFullExporters,
  parseOtlpHeaders,
} from './full-agent-config.js';

const base = { CLAUDE_PLUGIN_DATA: '/tmp/glassbox-full-config-test' };

describe('loadFullAgentConfig', () => {
  it('should default to OTLP on the local collector plus the file exporter, /metrics off', () => {
    const full = loadFullAgentConfig(base);
    expect(full.exporters).toEqual(['otlp', 'file']);
    expect(full.otlp).toEqual({
      endpoint: 'http://127.0.0.1:4318',
      protocol: 'http/protobuf',
      compression: 'none',
    });
    expect(full.metricsPort).toBeUndefined();
    expect(full.config.exporters).toEqual(['otlp', 'file']);
    expect(full.problems).toEqual([]);
  });

  it('should read endpoint, protocol, headers, compression and the metrics port from the plugin options', () => {
    const full = loadFullAgentConfig({
      ...base,
      CLAUDE_PLUGIN_OPTION_EXPORTERS: 'otlp,console',
      CLAUDE_PLUGIN_OPTION_OTLPENDPOINT: 'https://collector.example:4318',
      CLAUDE_PLUGIN_OPTION_OTLPPROTOCOL: 'http/json',
      CLAUDE_PLUGIN_OPTION_OTLPHEADERS: 'Authorization=Bearer%20abc,dd-api-key=k=v',
      CLAUDE_PLUGIN_OPTION_OTLPCOMPRESSION: 'gzip',
      CLAUDE_PLUGIN_OPTION_METRICSPORT: '9469',
    });
    expect(full.otlp).toEqual({
      endpoint: 'https://collector.example:4318',
      protocol: 'http/json',
      compression: 'gzip',
      headers: { authorization: 'Bearer abc', 'dd-api-key': 'k=v' },
    });
    expect(full.metricsPort).toBe(9469);
    expect(full.exporters).toEqual(['otlp', 'console']);
  });

  it('should turn bad values into problems that never echo a header value, and keep running', () => {
    const full = loadFullAgentConfig({
      ...base,
      CLAUDE_PLUGIN_OPTION_EXPORTERS: 'otlp,../datadog',
      CLAUDE_PLUGIN_OPTION_OTLPENDPOINT: 'ftp://nope',
      CLAUDE_PLUGIN_OPTION_OTLPHEADERS: 'secret-token-only',
      CLAUDE_PLUGIN_OPTION_METRICSPORT: 'abc',
    });
    expect(full.exporters).toEqual([]);
    expect(full.otlp).toBeUndefined();
    expect(full.metricsPort).toBeUndefined();
    expect(full.problems).toHaveLength(4);
    expect(full.problems.join('\n')).not.toContain('secret-token-only');
  });

  it('should treat 0 or empty as /metrics off', () => {
    expect(
      loadFullAgentConfig({ ...base, CLAUDE_PLUGIN_OPTION_METRICSPORT: '0' }).metricsPort,
    ).toBeUndefined();
    expect(
      loadFullAgentConfig({ ...base, CLAUDE_PLUGIN_OPTION_METRICSPORT: '' }).metricsPort,
    ).toBeUndefined();
  });

  it('should hash the OTLP options too, so changing the endpoint restarts the agent', () => {
    const a = { ...base, CLAUDE_PLUGIN_OPTION_OTLPENDPOINT: 'http://a:4318' };
    const b = { ...base, CLAUDE_PLUGIN_OPTION_OTLPENDPOINT: 'http://b:4318' };
    expect(fullConfigSourceOf(a)).not.toBe(fullConfigSourceOf(b));
    expect(configKeyOf(a)).toBe(configKeyOf(b));
    expect(loadFullAgentConfig(a).config.configSource).toBe(fullConfigSourceOf(a));
  });

  it('should never report the plain key, which holds the secret headers', () => {
    const full = loadFullAgentConfig({
      ...base,
      CLAUDE_PLUGIN_OPTION_OTLPHEADERS: 'authorization=Bearer s3cret',
    });
    expect(full.config.configKey).toBe('');
    // /health reports the configuration only keyed with the channel key.
    const key = randomBytes(32);
    const hash = configHashOf(full.config.configSource, key);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toBe(configHashOf(full.config.configSource, randomBytes(32)));
    const { configSource: _source, ...shown } = full.config;
    expect(JSON.stringify(shown)).not.toContain('s3cret');
  });
});

describe('parseOtlpHeaders', () => {
  it('should skip empty entries and return undefined for nothing', () => {
    expect(parseOtlpHeaders(' , ', [])).toBeUndefined();
    expect(parseOtlpHeaders(undefined, [])).toBeUndefined();
    expect(parseOtlpHeaders('a=1,,b=2', [])).toEqual({ a: '1', b: '2' });
  });
});

describe('loadFullExporters', () => {
  it('should load one named target per exporter from the bundle, prometheus last when a port is set', async () => {
    const full = loadFullAgentConfig({
      ...base,
      CLAUDE_PLUGIN_OPTION_EXPORTERS: 'console,otlp',
      CLAUDE_PLUGIN_OPTION_METRICSPORT: '9',
    });
    const problems: string[] = [];
    const { targets, prometheus } = await loadFullExporters(full, problems);
    expect(targets.map((t) => t.name)).toEqual(['console', 'otlp', 'prometheus']);
    expect(prometheus).toBe(targets[2]!.exporter);
    expect(problems).toEqual([]);
    await Promise.all(targets.map((t) => t.exporter.shutdown()));
  });

  it('should report a package that is not installed and load the rest', async () => {
    const full = loadFullAgentConfig({ ...base, CLAUDE_PLUGIN_OPTION_EXPORTERS: '@acme/absent,console' });
    const problems: string[] = [];
    const { targets } = await loadFullExporters(full, problems);
    expect(targets.map((t) => t.name)).toEqual(['console']);
    expect(problems).toEqual([
      expect.stringMatching(/^exporter @acme\/absent: INVALID_CONFIG: .*not installed/),
    ]);
  });
});
