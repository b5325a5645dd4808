import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DEFAULT_AGENT_PORT } from '@glassbox/mod';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEY_VARIABLES, configHashOf, configKeyOf, loadAgentConfig } from './agent-config.js';

const SCRIPT = join(import.meta.dirname, '../../../plugins/glassbox-lite/hooks/ensure-agent.sh');

describe('loadAgentConfig', () => {
  it('should default to the file exporter in the plugin data directory', () => {
    const { config, problems } = loadAgentConfig({ CLAUDE_PLUGIN_DATA: '/data/glassbox' });
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      dataDir: '/data/glassbox',
      port: DEFAULT_AGENT_PORT,
      exporters: ['file'],
      fileDirectory: '/data/glassbox/telemetry',
      samplingRate: 1,
      captureContent: false,
      turnSummary: true,
      idleTimeoutMs: 600_000,
    });
  });

  it('should read the plugin options Claude Code exports as CLAUDE_PLUGIN_OPTION_*', () => {
    const { config, problems } = loadAgentConfig({
      CLAUDE_PLUGIN_DATA: '/d',
      CLAUDE_PLUGIN_OPTION_AGENTPORT: '41000',
      CLAUDE_PLUGIN_OPTION_EXPORTERS: 'console, file',
      CLAUDE_PLUGIN_OPTION_FILEDIRECTORY: '/var/log/glassbox',
      CLAUDE_PLUGIN_OPTION_SAMPLINGRATE: '0.25',
      CLAUDE_PLUGIN_OPTION_CAPTURECONTENT: 'true',
      CLAUDE_PLUGIN_OPTION_TURNSUMMARY: 'false',
      CLAUDE_PLUGIN_OPTION_IDLETIMEOUTMINUTES: '0',
      CLAUDE_CONFIG_DIR: '/cfg',
    });
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      port: 41000,
      exporters: ['console', 'file'],
      fileDirectory: '/var/log/glassbox',
      samplingRate: 0.25,
      captureContent: true,
      turnSummary: false,
      idleTimeoutMs: 0,
      claudeConfigDir: '/cfg',
    });
    expect(loadAgentConfig({ CLAUDE_PLUGIN_OPTION_EXPORTERS: '["console"]' }).config.exporters).toEqual([
      'console',
    ]);
    expect(loadAgentConfig({ CLAUDE_PLUGIN_OPTION_EXPORTERS: 'none' }).config.exporters).toEqual([]);
  });

  it('should take package names and [name, options] pairs, and look for installed exporters in the data directory', () => {
    const { config, problems } = loadAgentConfig({
      CLAUDE_PLUGIN_DATA: '/d',
      CLAUDE_PLUGIN_OPTION_EXPORTERS: JSON.stringify([
        'FILE',
        ['@acme/glassbox-exporter-acme', { url: 'http://127.0.0.1:9' }],
        'file',
        42,
      ]),
    });
    expect(problems).toEqual([]);
    expect(config.exporters).toEqual(['file', '@acme/glassbox-exporter-acme']);
    expect(config.exporterOptions).toEqual({ '@acme/glassbox-exporter-acme': { url: 'http://127.0.0.1:9' } });
    expect(config.exporterDirectory).toBe('/d/exporters');
  });

  it('should report every bad value clearly and keep the default for it', () => {
    const { config, problems } = loadAgentConfig({
      CLAUDE_PLUGIN_DATA: '/d',
      CLAUDE_PLUGIN_OPTION_AGENTPORT: '99999',
      CLAUDE_PLUGIN_OPTION_EXPORTERS: 'file,../datadog',
      CLAUDE_PLUGIN_OPTION_FILEDIRECTORY: 'relative/dir',
      CLAUDE_PLUGIN_OPTION_SAMPLINGRATE: '1.5',
      CLAUDE_PLUGIN_OPTION_CAPTURECONTENT: 'maybe',
      CLAUDE_PLUGIN_OPTION_IDLETIMEOUTMINUTES: 'soon',
    });
    expect(config).toMatchObject({
      port: DEFAULT_AGENT_PORT,
      exporters: ['file'],
      fileDirectory: '/d/telemetry',
      samplingRate: 1,
      captureContent: false,
      idleTimeoutMs: 600_000,
    });
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/agentPort.*99999/);
    expect(problems.join('\n')).toMatch(
      /"\.\.\/datadog" is neither a built-in exporter .* nor an npm package name/,
    );
    expect(problems.join('\n')).toMatch(/samplingRate must be a number from 0 to 1.*1\.5/);
    expect(problems.join('\n')).toMatch(/captureContent|capturecontent/);
  });

  it('should hash the configuration exactly as the SessionStart script does', () => {
    const env = {
      CLAUDE_PLUGIN_ROOT: '/plugins/glassbox-lite',
      CLAUDE_PLUGIN_DATA: '/data',
      CLAUDE_PLUGIN_OPTION_AGENTPORT: '41000',
      CLAUDE_PLUGIN_OPTION_EXPORTERS: 'file',
      CLAUDE_PLUGIN_OPTION_SAMPLINGRATE: '0.5',
    };
    // The script's own key line, evaluated by bash with the same environment.
    const keyLine = execFileSync('grep', ['^key=', SCRIPT], { encoding: 'utf8' }).trim();
    const scriptHash = execFileSync('bash', ['-c', `${keyLine}; printf '%s' "$key" | cksum`], {
      env: { PATH: process.env.PATH, ...env },
      encoding: 'utf8',
    }).split(' ')[0];
    expect(configHashOf(env)).toBe(scriptHash);
    expect(keyLine.match(/\$\{([A-Z_]+):-\}/g)?.map((m) => m.slice(2, -3))).toEqual([
      ...CONFIG_KEY_VARIABLES,
    ]);
    expect(configHashOf({ ...env, CLAUDE_PLUGIN_OPTION_SAMPLINGRATE: '0.4' })).not.toBe(configHashOf(env));
  });

  it('should escape the key in bash exactly as JSON does, so the script can compare it without cksum', () => {
    const env = {
      CLAUDE_PLUGIN_ROOT: '/odd "quoted" dir\\with backslashes/glassbox-lite',
      CLAUDE_PLUGIN_DATA: '/data/ünïcode',
      CLAUDE_PLUGIN_OPTION_EXPORTERS: 'file,console',
    };
    const lines = execFileSync('grep', ['-E', '^(key| *json_key)=', SCRIPT], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const escaped = execFileSync(
      'bash',
      ['-c', `${lines.map((l) => l.trim()).join('; ')}; printf '%s' "$json_key"`],
      {
        env: { PATH: process.env.PATH, LANG: 'C.UTF-8', ...env },
        encoding: 'utf8',
      },
    );
    expect(escaped).toBe(JSON.stringify(configKeyOf(env)).slice(1, -1));
    expect(loadAgentConfig(env).config.configKey).toBe(configKeyOf(env));
  });
});
