import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('should leave budgets off unless a limit is set, and read them as the plugin options give them', () => {
    expect(loadAgentConfig({}).config.budget).toBeUndefined();
    // The userConfig defaults: every limit 0, warning at 80, not enforced.
    const defaults = {
      CLAUDE_PLUGIN_OPTION_BUDGETSESSIONUSD: '0',
      CLAUDE_PLUGIN_OPTION_BUDGETDAILYUSD: '0',
      CLAUDE_PLUGIN_OPTION_BUDGETMONTHLYUSD: '0',
      CLAUDE_PLUGIN_OPTION_BUDGETWARNPERCENT: '80',
      CLAUDE_PLUGIN_OPTION_BUDGETENFORCE: 'false',
    };
    expect(loadAgentConfig(defaults)).toMatchObject({ problems: [] });
    expect(loadAgentConfig(defaults).config.budget).toBeUndefined();
    const set = loadAgentConfig({
      ...defaults,
      CLAUDE_PLUGIN_OPTION_BUDGETDAILYUSD: '12.5',
      CLAUDE_PLUGIN_OPTION_BUDGETMONTHLYUSD: '200',
      CLAUDE_PLUGIN_OPTION_BUDGETWARNPERCENT: '90',
      CLAUDE_PLUGIN_OPTION_BUDGETENFORCE: 'true',
    });
    expect(set.problems).toEqual([]);
    expect(set.config.budget).toEqual({ dailyUsd: 12.5, monthlyUsd: 200, warnPercent: 90, enforce: true });
    const bad = loadAgentConfig({
      CLAUDE_PLUGIN_OPTION_BUDGETSESSIONUSD: 'ten',
      CLAUDE_PLUGIN_OPTION_BUDGETDAILYUSD: '5',
      CLAUDE_PLUGIN_OPTION_BUDGETWARNPERCENT: '150',
    });
    expect(bad.config.budget).toEqual({ dailyUsd: 5, warnPercent: 80, enforce: false });
    expect(bad.problems).toEqual([
      'budgetSessionUsd must be an amount in USD (0 = none), got "ten"; no such budget',
      'budgetWarnPercent must be a percentage from 1 to 100, got "150"; using 80',
    ]);
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

  /** The script's lines that build `key` (from `key_vars=(` to the loop's `done`), and any `extra` lines. */
  const keyBlock = (extra = ''): string => {
    const block = execFileSync('sed', ['-n', '/^key_vars=(/,/^done$/p', SCRIPT], { encoding: 'utf8' });
    return `${block}\n${extra}`;
  };

  it('should hash the configuration exactly as the SessionStart script does, keyed with the channel key', () => {
    const env = {
      CLAUDE_PLUGIN_ROOT: '/plugins/glassbox-lite',
      CLAUDE_PLUGIN_DATA: '/data',
      CLAUDE_PLUGIN_OPTION_AGENTPORT: '41000',
      CLAUDE_PLUGIN_OPTION_EXPORTERS: 'file',
      CLAUDE_PLUGIN_OPTION_SAMPLINGRATE: '0.5',
    };
    const key = randomBytes(32);
    const home = mkdtempSync(join(tmpdir(), 'glassbox-config-hash-'));
    try {
      writeFileSync(join(home, 'agent.key'), `${key.toString('hex')}\n`, { mode: 0o600 });
      // The script's own key lines and HMAC (glassbox-channel.sh, sha256sum), with the same environment.
      const script = keyBlock(
        `source ${JSON.stringify(join(SCRIPT, '..', 'glassbox-channel.sh'))}
gb_load_key && gb_hmac "$key" && printf '%s\\n%s' "\${key_vars[*]}" "$gb_digest"`,
      );
      const [vars, scriptHash] = execFileSync('bash', ['-c', script], {
        env: { PATH: process.env.PATH, GLASSBOX_HOME: home, ...env },
        encoding: 'utf8',
      }).split('\n');
      expect(vars?.split(' ')).toEqual([...CONFIG_KEY_VARIABLES]);
      expect(configHashOf(configKeyOf(env), key)).toBe(scriptHash);
      expect(loadAgentConfig(env).config.configSource).toBe(configKeyOf(env));
      expect(configHashOf(configKeyOf({ ...env, CLAUDE_PLUGIN_OPTION_SAMPLINGRATE: '0.4' }), key)).not.toBe(
        scriptHash,
      );
      // Another user's key gives another hash: nothing about the options can be learned without it.
      expect(configHashOf(configKeyOf(env), randomBytes(32))).not.toBe(scriptHash);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('should escape the key in bash exactly as JSON does, so the script can compare it without hashing', () => {
    const env = {
      CLAUDE_PLUGIN_ROOT: '/odd "quoted" dir\\with backslashes/glassbox-lite',
      CLAUDE_PLUGIN_DATA: '/data/ünïcode',
      CLAUDE_PLUGIN_OPTION_EXPORTERS: 'file,console',
    };
    const lines = execFileSync('grep', ['-E', '^ *json_key=', SCRIPT], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const escaped = execFileSync(
      'bash',
      ['-c', keyBlock(`${lines.map((l) => l.trim()).join('; ')}; printf '%s' "$json_key"`)],
      {
        env: { PATH: process.env.PATH, LANG: 'C.UTF-8', ...env },
        encoding: 'utf8',
      },
    );
    expect(escaped).toBe(JSON.stringify(configKeyOf(env)).slice(1, -1));
    expect(loadAgentConfig(env).config.configKey).toBe(configKeyOf(env));
  });
});
