import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedPluginDirs, pluginCliContext } from '../../../scripts/plugin-cli-context.mjs';

const HOME = '/home/user';
const CACHED = `${HOME}/.claude/plugins/cache/glassbox/glassbox-lite/0.1.0/dist/cli.mjs`;
const CACHED_DATA = `${HOME}/.claude/plugins/data/glassbox-lite-glassbox`;
const nothingExists = () => false;

describe('the bundled CLI’s plugin context (scripts/plugin-cli-context.mjs)', () => {
  it('should derive the data directory Claude Code gives an installed copy', () => {
    expect(installedPluginDirs(CACHED)).toEqual({ configDir: `${HOME}/.claude`, dataDir: CACHED_DATA });
    // `plugin@marketplace` with every character outside [A-Za-z0-9_-] replaced by `-`.
    expect(installedPluginDirs('/c/plugins/cache/acme.tools/glassbox/1.2.3/dist/cli.mjs')?.dataDir).toBe(
      join('/c/plugins/data', 'glassbox-acme-tools'),
    );
    expect(installedPluginDirs('/src/glassbox/plugins/glassbox-lite/dist/cli.mjs')).toBeUndefined();
  });

  it('should turn --plugin-data into GLASSBOX_AGENT_DATA_DIR and take it out of the arguments', () => {
    expect(
      pluginCliContext(['report', '--plugin-data', '/d', '--by', 'session'], { HOME }, '/x/cli.mjs'),
    ).toEqual({ args: ['report', '--by', 'session'], env: { GLASSBOX_AGENT_DATA_DIR: '/d' } });
    expect(
      pluginCliContext(['doctor', '--plugin-data=/e'], { GLASSBOX_AGENT_DATA_DIR: '/u' }, '/x/cli.mjs'),
    ).toEqual({ args: ['doctor'], env: { GLASSBOX_AGENT_DATA_DIR: '/e' } });
  });

  it('should otherwise keep GLASSBOX_AGENT_DATA_DIR, then use CLAUDE_PLUGIN_DATA, then the installed data directory', () => {
    expect(pluginCliContext(['report'], { HOME, GLASSBOX_AGENT_DATA_DIR: '/u' }, CACHED).env).toEqual({});
    expect(pluginCliContext(['report'], { HOME, CLAUDE_PLUGIN_DATA: '/p' }, CACHED).env).toEqual({
      GLASSBOX_AGENT_DATA_DIR: '/p',
    });
    expect(pluginCliContext(['report'], { HOME }, CACHED, { exists: (p) => p === CACHED_DATA }).env).toEqual({
      GLASSBOX_AGENT_DATA_DIR: CACHED_DATA,
    });
    // Not yet created (no session ran): the CLI's own search applies.
    expect(pluginCliContext(['report'], { HOME }, CACHED, { exists: nothingExists }).env).toEqual({});
  });

  it('should find its plugin’s data directory through installed_plugins.json when it runs outside the cache', () => {
    // A local-directory marketplace runs the plugin from the marketplace folder; its data stays under the config.
    const inPlace = '/src/glassbox/plugins/glassbox/dist/cli.mjs';
    const installed = JSON.stringify({
      version: 2,
      plugins: { 'glassbox-lite@glassbox': [{}], 'glassbox@glassbox': [{}], 'other@glassbox': [{}] },
    });
    const readText = (path: string) => {
      if (path === `${HOME}/.claude/plugins/installed_plugins.json`) return installed;
      throw new Error('ENOENT');
    };
    const data = `${HOME}/.claude/plugins/data/glassbox-glassbox`;
    const exists = (p: string) => p.startsWith(`${HOME}/.claude/plugins/data/`);
    expect(
      pluginCliContext(['report'], { HOME }, inPlace, { pluginName: 'glassbox', exists, readText }).env,
    ).toEqual({ GLASSBOX_AGENT_DATA_DIR: data });
    // Not for another plugin's name, nor when nothing is installed or the directory does not exist yet.
    expect(
      pluginCliContext(['report'], { HOME }, inPlace, { pluginName: 'glassbox-x', exists, readText }).env,
    ).toEqual({});
    expect(
      pluginCliContext(['report'], { HOME: '/nobody' }, inPlace, { pluginName: 'glassbox', exists, readText })
        .env,
    ).toEqual({});
    expect(
      pluginCliContext(['report'], { HOME }, inPlace, {
        pluginName: 'glassbox',
        exists: nothingExists,
        readText,
      }).env,
    ).toEqual({});
  });

  it('should read the config directory the copy is installed in when the shell does not name one', () => {
    const elsewhere = '/srv/claude-work/plugins/cache/glassbox/glassbox/0.1.0/dist/cli.mjs';
    expect(pluginCliContext(['report'], { HOME }, elsewhere, { exists: nothingExists }).env).toEqual({
      CLAUDE_CONFIG_DIR: '/srv/claude-work',
    });
    expect(
      pluginCliContext(['report'], { HOME, CLAUDE_CONFIG_DIR: '/c' }, elsewhere, { exists: nothingExists })
        .env,
    ).toEqual({});
    // ~/.claude is searched anyway, together with ~/.config/claude: setting it would hide the latter.
    expect(pluginCliContext(['report'], { HOME }, CACHED, { exists: nothingExists }).env).toEqual({});
  });

  it('should leave trace’s arguments alone: the CLI itself traces the current session when none is named', () => {
    const env = { HOME, CLAUDE_CODE_SESSION_ID: '0b9e2d1c-5a8e-4c1f-9d6e-c94edc91af04' };
    expect(pluginCliContext(['trace', '--json'], env, '/x/cli.mjs').args).toEqual(['trace', '--json']);
  });
});
