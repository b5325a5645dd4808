// What the glassbox CLI bundled into a plugin (dist/cli.mjs) adds to the plain CLI: it finds its own plugin's
// data the way Claude Code and the agent do, so `glassbox report|trace|doctor` run from a plugin command or from
// the installed path need no flags. Pure, so it is tested without starting anything.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PLUGIN_DATA_FLAG = '--plugin-data';

/**
 * Where an installed copy lives: Claude Code copies a plugin to
 * `<config>/plugins/cache/<marketplace>/<plugin>/<version>/` and gives it `${CLAUDE_PLUGIN_DATA}` =
 * `<config>/plugins/data/<id>`, `<id>` being `plugin@marketplace` with every character outside
 * `[A-Za-z0-9_-]` replaced by `-`.
 * @param {string} bundlePath the path of the running dist/cli.mjs
 * @returns {{ configDir: string, dataDir: string } | undefined} undefined outside a plugin cache
 */
export function installedPluginDirs(bundlePath) {
  const m = /^(.+)[\\/]plugins[\\/]cache[\\/]([^\\/]+)[\\/]([^\\/]+)[\\/][^\\/]+[\\/]dist[\\/][^\\/]+$/.exec(
    bundlePath,
  );
  if (!m) return undefined;
  const [, configDir, marketplace, plugin] = m;
  return { configDir, dataDir: join(configDir, 'plugins', 'data', dataDirName(`${plugin}@${marketplace}`)) };
}

/** `plugin@marketplace` as Claude Code names its data directory: every character outside [A-Za-z0-9_-] → `-`. */
const dataDirName = (id) => id.replace(/[^A-Za-z0-9_-]/g, '-');

/**
 * The data directories of `plugin` as installed in `configDir` (`plugins/installed_plugins.json` names each
 * `plugin@marketplace`), for a copy that runs outside the cache: a local-directory marketplace loads the plugin
 * from its own folder.
 * @param {string} configDir
 * @param {string} plugin
 * @param {(path: string) => string} readText
 * @returns {string[]}
 */
export function installedDataDirs(configDir, plugin, readText) {
  try {
    const installed = JSON.parse(readText(join(configDir, 'plugins', 'installed_plugins.json')));
    return Object.keys(installed?.plugins ?? {})
      .filter((id) => id.startsWith(`${plugin}@`))
      .map((id) => join(configDir, 'plugins', 'data', dataDirName(id)));
  } catch {
    return [];
  }
}

/**
 * The arguments and environment the bundled CLI runs with.
 * - `--plugin-data DIR` (what the plugin's commands pass: `${CLAUDE_PLUGIN_DATA}` is substituted in a command's
 *   text but not exported to its shell) is taken out and becomes `GLASSBOX_AGENT_DATA_DIR`, which the CLI looks
 *   in first. Without it: `$GLASSBOX_AGENT_DATA_DIR`, else `$CLAUDE_PLUGIN_DATA` (a hook's environment), else the
 *   installed copy's own data directory, else that of `pluginName` as installed in the config directory, when it
 *   exists. The CLI's own search finds every Glassbox plugin's data directory; this puts this plugin's first
 *   (what `doctor` reads, and whose traces win), which matters when both plugins are installed.
 * - An installed copy run from a shell without `CLAUDE_CONFIG_DIR` reads the config directory it is installed
 *   in, when that is not one the CLI looks in anyway (`~/.claude`, `~/.config/claude`).
 * @param {readonly string[]} argv the arguments after the script
 * @param {Readonly<Record<string, string | undefined>>} env the process environment
 * @param {string} bundlePath the path of the running dist/cli.mjs
 * @param {object} [options]
 * @param {string} [options.pluginName] the plugin this copy belongs to
 * @param {(path: string) => boolean} [options.exists]
 * @param {(path: string) => string} [options.readText]
 * @returns {{ args: string[], env: Record<string, string> }} the arguments, and the variables to set
 */
export function pluginCliContext(
  argv,
  env,
  bundlePath,
  { pluginName, exists = existsSync, readText = (path) => readFileSync(path, 'utf8') } = {},
) {
  const args = [];
  let flagData;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === PLUGIN_DATA_FLAG) flagData = argv[++i];
    else if (arg.startsWith(`${PLUGIN_DATA_FLAG}=`)) flagData = arg.slice(PLUGIN_DATA_FLAG.length + 1);
    else args.push(arg);
  }
  const set = {};
  const installed = installedPluginDirs(bundlePath);
  if (flagData) set.GLASSBOX_AGENT_DATA_DIR = flagData;
  else if (!env.GLASSBOX_AGENT_DATA_DIR) {
    if (env.CLAUDE_PLUGIN_DATA) set.GLASSBOX_AGENT_DATA_DIR = env.CLAUDE_PLUGIN_DATA;
    else if (installed && exists(installed.dataDir)) set.GLASSBOX_AGENT_DATA_DIR = installed.dataDir;
    else if (pluginName && (env.CLAUDE_CONFIG_DIR || env.HOME)) {
      const configDir = env.CLAUDE_CONFIG_DIR?.split(',')[0]?.trim() || join(env.HOME, '.claude');
      const found = installedDataDirs(configDir, pluginName, readText).find((d) => exists(d));
      if (found) set.GLASSBOX_AGENT_DATA_DIR = found;
    }
  }
  if (!env.CLAUDE_CONFIG_DIR && installed && env.HOME) {
    const defaults = [join(env.HOME, '.claude'), join(env.HOME, '.config', 'claude')];
    if (!defaults.includes(installed.configDir)) set.CLAUDE_CONFIG_DIR = installed.configDir;
  }
  return { args, env: set };
}
