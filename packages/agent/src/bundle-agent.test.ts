import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fileExporter from '@glassbox/exporter-file';
import { type Exporter, type ExporterOptionSpec, specificationVersion } from '@glassbox/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_KEY_VARIABLES } from './agent-config.js';
import {
  type AgentBundle,
  bundleConfigKeyVariables,
  loadBundleAgentConfig,
  loadBundleExporters,
} from './bundle-agent.js';

const acmeSpecs: readonly ExporterOptionSpec[] = [
  { name: 'site', type: 'string', env: 'ACME_SITE', sensitive: false, description: 'Site.' },
  { name: 'port', type: 'number', sensitive: false, default: 8125, description: 'Port.' },
  { name: 'apiKey', type: 'string', sensitive: true, description: 'Key.' },
  { name: 'tags', type: 'record', sensitive: false, description: 'Tags.' },
];

/** A bundled exporter that records the options its factory got. */
function acmeModule(calls: Record<string, unknown>[]) {
  return {
    exporterOptionSpecs: acmeSpecs,
    default: (options: Record<string, unknown>): Exporter => {
      calls.push(options);
      return {
        specificationVersion,
        name: 'acme',
        export: async () => ({ code: 'success' }),
        forceFlush: async () => undefined,
        shutdown: async () => undefined,
      };
    },
  };
}

describe('a plugin bundle agent configured from its manifest', () => {
  let dataDir: string;
  const calls: Record<string, unknown>[] = [];
  const bundle: AgentBundle = {
    exporters: { file: fileExporter, acme: acmeModule(calls) },
    defaultExporters: 'acme,file',
    options: {
      acmeSite: { exporter: 'acme', option: 'site' },
      acmePort: { exporter: 'acme', option: 'port' },
      acmeApiKey: { exporter: 'acme', option: 'apiKey' },
      acmeTags: { exporter: 'acme', option: 'tags' },
      fileDirectory: { exporter: 'file', option: 'dir' },
    },
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'glassbox-bundle-agent-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('should hash the lite agent variables, then each option key once, in the manifest order', () => {
    expect(bundleConfigKeyVariables(bundle)).toEqual([
      ...CONFIG_KEY_VARIABLES,
      'CLAUDE_PLUGIN_OPTION_ACMESITE',
      'CLAUDE_PLUGIN_OPTION_ACMEPORT',
      'CLAUDE_PLUGIN_OPTION_ACMEAPIKEY',
      'CLAUDE_PLUGIN_OPTION_ACMETAGS',
    ]);
  });

  it('should parse each setting to the type its exporter declares, default the exporters and name the bundled packages', () => {
    const loaded = loadBundleAgentConfig(bundle, {
      CLAUDE_PLUGIN_DATA: dataDir,
      CLAUDE_PLUGIN_OPTION_ACMESITE: 'eu.acme.example',
      CLAUDE_PLUGIN_OPTION_ACMEPORT: '9125',
      CLAUDE_PLUGIN_OPTION_ACMETAGS: 'team=obs,tier=1',
    });
    expect(loaded.problems).toEqual([]);
    expect(loaded.config.exporters).toEqual(['@glassbox/exporter-acme', 'file']);
    expect(loaded.settings).toEqual({
      acme: { site: 'eu.acme.example', port: 9125, tags: { team: 'obs', tier: '1' } },
    });
    expect(loaded.config.configKey).toBe('');
    const changed = loadBundleAgentConfig(bundle, {
      CLAUDE_PLUGIN_DATA: dataDir,
      CLAUDE_PLUGIN_OPTION_ACMESITE: 'us.acme.example',
    });
    expect(changed.config.configSource).not.toBe(loaded.config.configSource);
    expect(loaded.config.configSource.split('|').slice(-4)).toEqual([
      'eu.acme.example',
      '9125',
      '',
      'team=obs,tier=1',
    ]);
  });

  it('should report a setting that does not parse without quoting a secret, and leave it out', () => {
    const loaded = loadBundleAgentConfig(
      { ...bundle, options: { ...bundle.options, acmeApiKey: { exporter: 'acme', option: 'port' } } },
      { CLAUDE_PLUGIN_DATA: dataDir, CLAUDE_PLUGIN_OPTION_ACMEPORT: 'many' },
    );
    expect(loaded.problems.join('\n')).toMatch(/acmePort: .*CLAUDE_PLUGIN_OPTION_ACMEPORT.*must be a number/);
    expect(loaded.settings.acme).toBeUndefined();
    const secret = loadBundleAgentConfig(
      {
        ...bundle,
        exporters: {
          ...bundle.exporters,
          acme: { ...acmeModule([]), exporterOptionSpecs: [{ ...acmeSpecs[1]!, sensitive: true }] },
        },
      },
      { CLAUDE_PLUGIN_DATA: dataDir, CLAUDE_PLUGIN_OPTION_ACMEPORT: 'sk-secret-value' },
    );
    expect(secret.problems.join('\n')).toMatch(/acmePort/);
    expect(secret.problems.join('\n')).not.toContain('sk-secret-value');
    const unknown = loadBundleAgentConfig(
      { ...bundle, options: { acmeZone: { exporter: 'acme', option: 'zone' } } },
      { CLAUDE_PLUGIN_DATA: dataDir },
    );
    expect(unknown.problems).toEqual(['acmeZone: @glassbox/exporter-acme declares no option zone; ignored']);
  });

  it('should hand the bundled exporter its settings under the options the configuration gives', async () => {
    const loaded = loadBundleAgentConfig(bundle, {
      CLAUDE_PLUGIN_DATA: dataDir,
      CLAUDE_PLUGIN_OPTION_EXPORTERS: JSON.stringify([['acme', { port: 1 }]]),
      CLAUDE_PLUGIN_OPTION_ACMESITE: 'eu.acme.example',
      CLAUDE_PLUGIN_OPTION_ACMEPORT: '9125',
    });
    const problems: string[] = [];
    const targets = await loadBundleExporters(bundle, loaded, problems);
    expect(problems).toEqual([]);
    expect(targets.map((t) => t.name)).toEqual(['acme']);
    expect(calls.at(-1)).toMatchObject({ site: 'eu.acme.example', port: 1 });
  });
});
