// Which Glassbox plugin bundles Claude Code has installed and enabled for the user, and the exporters each one's
// agent would run: read from `plugins/installed_plugins.json` and the settings' `enabledPlugins` and
// `pluginConfigs`. A `--plugin-dir` session's plugins (`<name>@inline`) are listed in neither.
import { isAbsolute, join, relative } from 'node:path';
import { exporterNamesOf, GLASSBOX_BUNDLES } from '@glassbox/core';
import { isObject, readJson } from './doctor-input.js';

export interface InstalledBundle {
  /** `plugin@marketplace`. */
  readonly id: string;
  readonly plugin: string;
  /** The scopes it is installed at that apply here (`user`, or `project`/`local` of the working directory). */
  readonly scopes: readonly string[];
  /** `enabledPlugins` of user, project and local settings (the later wins); no entry means enabled. */
  readonly enabled: boolean;
  /** The exporters its agent runs: its `exporters` setting, else the default; `metricsPort` adds prometheus. */
  readonly exporters: readonly string[];
  /** Its `exporters` setting as written, when set. */
  readonly exportersSetting?: string;
}

export interface InstalledBundles {
  /** The `installed_plugins.json` files read (those that exist). */
  readonly files: readonly string[];
  readonly bundles: readonly InstalledBundle[];
}

/** Whether an install record applies in `cwd`: user and managed scopes everywhere, a project's in that project. */
function applies(record: Record<string, unknown>, cwd: string): boolean {
  const scope = typeof record.scope === 'string' ? record.scope : 'user';
  if (scope !== 'project' && scope !== 'local') return true;
  if (typeof record.projectPath !== 'string') return false;
  const rel = relative(record.projectPath, cwd);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** `enabledPlugins[id]` of the first settings file (in precedence order) that names it. */
function enabledIn(settings: readonly unknown[], id: string): boolean {
  for (const s of settings) {
    if (!isObject(s) || !isObject(s.enabledPlugins)) continue;
    const value = s.enabledPlugins[id];
    if (typeof value === 'boolean') return value;
  }
  return true;
}

/** The Glassbox bundles installed in `configDirs` that apply in `cwd`; never throws. */
export function readInstalledBundles(configDirs: readonly string[], cwd: string): InstalledBundles {
  const files: string[] = [];
  const bundles: InstalledBundle[] = [];
  const project = [
    readJson(join(cwd, '.claude', 'settings.local.json')),
    readJson(join(cwd, '.claude', 'settings.json')),
  ];
  for (const configDir of configDirs) {
    const file = join(configDir, 'plugins', 'installed_plugins.json');
    const installed = readJson(file);
    if (installed === undefined) continue;
    files.push(file);
    if (!isObject(installed) || !isObject(installed.plugins)) continue;
    const user = readJson(join(configDir, 'settings.json'));
    for (const [id, records] of Object.entries(installed.plugins)) {
      const plugin = id.slice(0, id.lastIndexOf('@'));
      if (!Object.hasOwn(GLASSBOX_BUNDLES, plugin) || !Array.isArray(records)) continue;
      const scopes = records
        .filter((r): r is Record<string, unknown> => isObject(r) && applies(r, cwd))
        .map((r) => (typeof r.scope === 'string' ? r.scope : 'user'));
      if (scopes.length === 0 || bundles.some((b) => b.id === id)) continue;
      // pluginConfigs is read from user settings only (Claude Code ignores project and local ones).
      const config = isObject(user) && isObject(user.pluginConfigs) ? user.pluginConfigs[id] : undefined;
      const options = isObject(config) && isObject(config.options) ? config.options : {};
      const setting = typeof options.exporters === 'string' ? options.exporters : undefined;
      const exporters = exporterNamesOf(setting ?? GLASSBOX_BUNDLES[plugin]!.defaultExporters);
      const metricsPort = Number(options.metricsPort);
      if (plugin === 'glassbox' && metricsPort > 0 && !exporters.includes('prometheus'))
        exporters.push('prometheus');
      bundles.push({
        id,
        plugin,
        scopes,
        enabled: enabledIn([...project, user], id),
        exporters,
        ...(setting !== undefined ? { exportersSetting: setting } : {}),
      });
    }
  }
  return { files, bundles };
}
