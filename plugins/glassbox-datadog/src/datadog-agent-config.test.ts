import { configKeyOf } from '@glassbox/agent';
import { describe, expect, it } from 'vitest';
import {
  datadogConfigSourceOf,
  loadDatadogAgentConfig,
  loadDatadogExporters,
} from './datadog-agent-config.js';

const base = { CLAUDE_PLUGIN_DATA: '/tmp/glassbox-datadog-config-test' };

describe('loadDatadogAgentConfig', () => {
  it('should default to the Datadog exporter (by its package) and the file exporter', () => {
    const loaded = loadDatadogAgentConfig(base);
    expect(loaded.config.exporters).toEqual(['@glassbox/exporter-datadog', 'file']);
    expect(loaded.datadog).toEqual({});
    expect(loaded.problems).toEqual([]);
  });

  it('should map the plugin options to the exporter options', () => {
    const loaded = loadDatadogAgentConfig({
      ...base,
      CLAUDE_PLUGIN_OPTION_DATADOGAPIKEY: 'k-1',
      CLAUDE_PLUGIN_OPTION_DATADOGSITE: 'datadoghq.eu',
      CLAUDE_PLUGIN_OPTION_DATADOGAGENTURL: 'http://dd-agent:8126',
      CLAUDE_PLUGIN_OPTION_DOGSTATSDPORT: '18125',
      CLAUDE_PLUGIN_OPTION_SERVICE: 'coding',
      CLAUDE_PLUGIN_OPTION_ENV: 'prod',
    });
    expect(loaded.datadog).toEqual({
      apiKey: 'k-1',
      site: 'datadoghq.eu',
      agentUrl: 'http://dd-agent:8126',
      dogstatsdPort: 18125,
      service: 'coding',
      env: 'prod',
    });
  });

  it('should report a bad port, and hash the Datadog options without ever showing the API key', () => {
    const loaded = loadDatadogAgentConfig({
      ...base,
      CLAUDE_PLUGIN_OPTION_DOGSTATSDPORT: 'abc',
      CLAUDE_PLUGIN_OPTION_DATADOGAPIKEY: 's3cret',
    });
    expect(loaded.problems).toEqual([expect.stringMatching(/dogstatsdPort/)]);
    // configKey is what /health shows; configSource (with the key) is only ever shown keyed (configHash).
    expect(loaded.config.configKey).toBe('');
    expect(loaded.config.configSource).toContain('s3cret');
    expect(loaded.problems.join('\n')).not.toContain('s3cret');
    const a = { ...base, CLAUDE_PLUGIN_OPTION_DATADOGAPIKEY: 'a' };
    const b = { ...base, CLAUDE_PLUGIN_OPTION_DATADOGAPIKEY: 'b' };
    expect(datadogConfigSourceOf(a)).not.toBe(datadogConfigSourceOf(b));
    expect(configKeyOf(a)).toBe(configKeyOf(b));
  });
});

describe('loadDatadogExporters', () => {
  it('should load the bundled Datadog exporter with the plugin options', async () => {
    const problems: string[] = [];
    const targets = await loadDatadogExporters(
      loadDatadogAgentConfig({ ...base, CLAUDE_PLUGIN_OPTION_EXPORTERS: 'datadog,console' }),
      problems,
    );
    expect(targets.map((t) => t.name)).toEqual(['datadog', 'console']);
    expect(problems).toEqual([]);
    await Promise.all(targets.map((t) => t.exporter.shutdown()));
  });
});
