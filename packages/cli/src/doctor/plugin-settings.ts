// A Glassbox plugin's settings as Claude Code stores them: `pluginConfigs["<plugin>@<marketplace>"].options` in the
// user settings, sensitive options in `.credentials.json` (`pluginSecrets["<plugin>@<marketplace>"]`, where no
// keychain is used). Doctor reads them to explain a bundle that is not running; it never prints a secret.
import { join } from 'node:path';
import { GLASSBOX_BUNDLES, pluginRank } from '@glassbox/core';
import { isObject, readJson } from './doctor-input.js';

export interface PluginSettings {
  /** `plugin@marketplace` (`@inline` for a `--plugin-dir` plugin). */
  readonly id: string;
  readonly plugin: string;
  readonly options: Readonly<Record<string, unknown>>;
  /** Whether the secure storage file holds a non-empty value for each sensitive key asked. */
  hasSecret(key: string): boolean | undefined;
}

/** Every Glassbox plugin's settings in `configDirs`, the highest-ranked plugin first. */
export function glassboxPluginSettings(configDirs: readonly string[]): PluginSettings[] {
  const out: PluginSettings[] = [];
  for (const configDir of configDirs) {
    const settings = readJson(join(configDir, 'settings.json'));
    const configs = isObject(settings) && isObject(settings.pluginConfigs) ? settings.pluginConfigs : {};
    const credentials = readJson(join(configDir, '.credentials.json'));
    const secrets =
      isObject(credentials) && isObject(credentials.pluginSecrets) ? credentials.pluginSecrets : undefined;
    for (const [id, value] of Object.entries(configs)) {
      const plugin = id.slice(0, id.lastIndexOf('@'));
      if (!Object.hasOwn(GLASSBOX_BUNDLES, plugin) || out.some((p) => p.id === id)) continue;
      const options = isObject(value) && isObject(value.options) ? value.options : {};
      out.push({
        id,
        plugin,
        options,
        hasSecret(key) {
          if (secrets === undefined) return undefined;
          const mine = secrets[id];
          const secret = isObject(mine) ? mine[key] : undefined;
          return typeof secret === 'string' && secret.trim() !== '';
        },
      });
    }
  }
  return out.sort((a, b) => pluginRank(b.plugin) - pluginRank(a.plugin));
}

/** The options given to `exporter` in an `exporters` value written as a JSON list (`[["audit",{…}],"file"]`). */
export function exporterEntryOptions(
  setting: unknown,
  exporter: string,
): Readonly<Record<string, unknown>> | undefined {
  if (typeof setting !== 'string' || !setting.trim().startsWith('[')) return undefined;
  try {
    const list: unknown = JSON.parse(setting);
    if (!Array.isArray(list)) return undefined;
    for (const entry of list)
      if (Array.isArray(entry) && entry[0] === exporter && isObject(entry[1])) return entry[1];
  } catch {
    // not JSON: a plain list carries no options
  }
  return undefined;
}
