import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleConfigKeyVariables, configHashOf, readAgentKey } from '@glassbox/agent';
import { requestAgent } from '@glassbox/core';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlugin } from '../../../scripts/build-plugin.mjs';
import { agentHealth, freePort, stopAgent, until, useAgentHome } from './e2e-helpers.js';

interface Status {
  readonly configHash: string;
  readonly config: { readonly exporters: readonly string[] };
  readonly configProblems: readonly string[];
}

/**
 * A bundle whose manifest names no agent entry: the build generates one from its exporters and option keys, and
 * that agent runs with the exporters configured by the plugin settings alone.
 */
describe('the agent a manifest without agentEntry gets (scripts/build-plugin.mjs)', () => {
  let root: string;
  let plugin: string;
  let agent: ChildProcess | undefined;
  let port: number;

  const manifest = {
    name: 'glassbox-probe',
    displayName: 'Glassbox Probe',
    description: 'A generated bundle.',
    keywords: ['observability'],
    exporters: ['console', 'file'],
    exportersOption: { default: 'console', description: 'Where telemetry goes.' },
    options: {
      consoleFormat: { exporter: 'console', option: 'format', title: 'Console format' },
      consoleSignals: { exporter: 'console', option: 'signals', title: 'Console signals' },
    },
    commands: [],
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'glassbox-generated-agent-'));
    plugin = join(root, manifest.name);
    await mkdir(plugin);
    await writeFile(join(plugin, 'bundle.json'), JSON.stringify(manifest));
    await writeFile(join(plugin, 'package.json'), JSON.stringify({ name: manifest.name, version: '0.0.1' }));
    await buildPlugin(plugin, plugin, { esbuild: { build } });
    port = await freePort();
    useAgentHome(join(root, 'claude', 'glassbox'));
  }, 120_000);

  afterAll(async () => {
    if (port) await stopAgent(port);
    agent?.kill();
    await rm(root, { recursive: true, force: true });
  });

  it('should generate plugin.json settings from the exporters the manifest bundles', async () => {
    const generated = JSON.parse(await readFile(join(plugin, '.claude-plugin', 'plugin.json'), 'utf8'));
    expect(Object.keys(generated.userConfig).slice(0, 3)).toEqual([
      'exporters',
      'consoleFormat',
      'consoleSignals',
    ]);
    expect(generated.userConfig.consoleFormat).toMatchObject({ type: 'string', default: 'text' });
  });

  it('should run an agent that loads the bundled exporters with the settings parsed as declared', async () => {
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: root,
      CLAUDE_CONFIG_DIR: join(root, 'claude'),
      CLAUDE_PLUGIN_ROOT: plugin,
      CLAUDE_PLUGIN_DATA: join(root, 'data'),
      CLAUDE_PLUGIN_OPTION_AGENTPORT: String(port),
      CLAUDE_PLUGIN_OPTION_EXPORTERS: 'console,file',
      CLAUDE_PLUGIN_OPTION_CONSOLEFORMAT: 'json',
      CLAUDE_PLUGIN_OPTION_CONSOLESIGNALS: 'spans,logs',
    };
    agent = spawn(process.execPath, [join(plugin, 'dist', 'agent.mjs')], { env, stdio: 'ignore' });
    await until(async () => agentHealth(port), 'the generated agent');
    const key = await readAgentKey(join(root, 'claude', 'glassbox'));
    const reply = await requestAgent({ port, key, path: '/status', timeoutMs: 2000 });
    const status = reply?.json as Status;
    expect(status.configProblems).toEqual([]);
    expect(status.config.exporters).toEqual(['console', 'file']);
    // The hash the bundle's SessionStart script computes over the same variables.
    const bundle = {
      exporters: {},
      defaultExporters: 'console',
      options: manifest.options,
    };
    const keyText = bundleConfigKeyVariables(bundle)
      .map((name) => (env as Record<string, string>)[name] ?? '')
      .join('|');
    expect(status.configHash).toBe(configHashOf(keyText, key!));
  }, 60_000);
});
