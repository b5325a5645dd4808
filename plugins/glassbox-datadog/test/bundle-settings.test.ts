import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type AgentBundle,
  bundleConfigKeyVariables,
  loadBundleAgentConfig,
  loadBundleExporters,
} from '@glassbox/agent';
import * as consoleExporter from '@glassbox/exporter-console';
import * as datadogExporter from '@glassbox/exporter-datadog';
import * as fileExporter from '@glassbox/exporter-file';
import { describe, expect, it } from 'vitest';
import { generatedAgentEntry } from '../../../scripts/build-plugin.mjs';
import { readBundleManifest } from '../../../scripts/plugin-manifest.mjs';

const PLUGIN = join(import.meta.dirname, '..');
const manifest = readBundleManifest(PLUGIN);
const modules: Record<string, unknown> = {
  console: consoleExporter,
  file: fileExporter,
  datadog: datadogExporter,
};

/** What the generated agent entry (dist/agent.mjs) passes to runBundleAgent, built from bundle.json the same way. */
const bundle: AgentBundle = {
  exporters: Object.fromEntries(manifest.exporters.map((e: string) => [e, modules[e]])),
  defaultExporters: manifest.exportersOption.default,
  options: Object.fromEntries(
    Object.entries(manifest.options as Record<string, { exporter: string; option: string }>).map(
      ([key, m]) => [key, { exporter: m.exporter, option: m.option }],
    ),
  ),
};
const base = { CLAUDE_PLUGIN_DATA: '/tmp/glassbox-datadog-settings-test' };

describe("glassbox-datadog's settings, read by the shared bundle agent", () => {
  it('should run the generated agent entry (no hand-written settings parser)', () => {
    expect(manifest.agentEntry).toBeUndefined();
    expect(generatedAgentEntry(manifest)).toContain(
      '"datadogLogsVia":{"exporter":"datadog","option":"logsVia"}',
    );
  });

  it('should default to the Datadog exporter (by its package) and the file exporter, logs route unset', () => {
    const loaded = loadBundleAgentConfig(bundle, base);
    expect(loaded.config.exporters).toEqual(['@glassbox/exporter-datadog', 'file']);
    expect(loaded.settings).toEqual({});
    expect(loaded.problems).toEqual([]);
  });

  it('should map every Datadog setting, the logs route included, to the exporter options', () => {
    const loaded = loadBundleAgentConfig(bundle, {
      ...base,
      CLAUDE_PLUGIN_OPTION_DATADOGAPIKEY: 'k-1',
      CLAUDE_PLUGIN_OPTION_DATADOGSITE: 'datadoghq.eu',
      CLAUDE_PLUGIN_OPTION_DATADOGAGENTURL: 'http://dd-agent:8126',
      CLAUDE_PLUGIN_OPTION_DOGSTATSDPORT: '18125',
      CLAUDE_PLUGIN_OPTION_SERVICE: 'coding',
      CLAUDE_PLUGIN_OPTION_ENV: 'prod',
      CLAUDE_PLUGIN_OPTION_DATADOGLOGSVIA: 'agent',
    });
    expect(loaded.problems).toEqual([]);
    expect(loaded.settings.datadog).toEqual({
      apiKey: 'k-1',
      site: 'datadoghq.eu',
      agentUrl: 'http://dd-agent:8126',
      dogstatsdPort: 18125,
      service: 'coding',
      env: 'prod',
      logsVia: 'agent',
    });
  });

  it('should report a bad port without ever quoting the API key, and restart on any setting', () => {
    const loaded = loadBundleAgentConfig(bundle, {
      ...base,
      CLAUDE_PLUGIN_OPTION_DOGSTATSDPORT: 'abc',
      CLAUDE_PLUGIN_OPTION_DATADOGAPIKEY: 's3cret',
    });
    expect(loaded.problems).toEqual([expect.stringMatching(/^dogstatsdPort: /)]);
    // configKey is what /health shows; configSource (with the key) is only ever shown keyed (configHash).
    expect(loaded.config.configKey).toBe('');
    expect(loaded.config.configSource).toContain('s3cret');
    expect(loaded.problems.join('\n')).not.toContain('s3cret');
    const via = (v: string) =>
      loadBundleAgentConfig(bundle, { ...base, CLAUDE_PLUGIN_OPTION_DATADOGLOGSVIA: v }).config.configSource;
    expect(via('agent')).not.toBe(via('intake'));
  });

  it('should hash the same variables in the start script as the agent, the logs route included', async () => {
    const script = await readFile(join(PLUGIN, 'hooks', 'ensure-agent.sh'), 'utf8');
    const list = /^key_vars=\(([^)]*)\)/m.exec(script)?.[1] ?? '';
    expect(list.split(/\s+/).filter(Boolean)).toEqual(bundleConfigKeyVariables(bundle));
    expect(list).toContain('CLAUDE_PLUGIN_OPTION_DATADOGLOGSVIA');
  });

  it('should hand the logs route to the Datadog exporter, which then sends logs through the Agent', async () => {
    const problems: string[] = [];
    const loaded = loadBundleAgentConfig(bundle, {
      ...base,
      CLAUDE_PLUGIN_OPTION_EXPORTERS: 'datadog,console,audit',
      CLAUDE_PLUGIN_OPTION_DATADOGLOGSVIA: 'agent',
    });
    const targets = await loadBundleExporters(bundle, loaded, problems);
    // The agent's own exporters (the audit trail among them) are there as in every agent.
    expect(targets.map((t) => t.name)).toEqual(['datadog', 'console', 'audit']);
    expect(problems).toEqual([]);
    await Promise.all(targets.map((t) => t.exporter.shutdown()));
  });
});
