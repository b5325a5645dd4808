// Doctor: more than one Glassbox bundle enabled for the user. One agent serves (the highest-ranked bundle's) and
// runs only its own plugin's exporters: say which, which exporters of the others do not run, and the fix.
import { GLASSBOX_BUNDLES, pluginRank } from '@glassbox/core';
import type { DoctorCheck, DoctorCheckRun } from './doctor-check.js';
import { type InstalledBundle, readInstalledBundles } from './installed-bundles.js';

const NOT_LISTED =
  'plugins loaded with --plugin-dir (or CLAUDE_CODE_PLUGIN_DIRS) are not listed in installed_plugins.json';

const listOf = (names: readonly string[]): string => (names.length === 0 ? 'none' : names.join(','));

/** What happens to `lower`'s exporters while `serving`'s agent serves, and what to do. */
function standsDown(serving: InstalledBundle, lower: InstalledBundle): DoctorCheck {
  const lost = lower.exporters.filter((e) => !serving.exporters.includes(e));
  const head =
    `${lower.plugin} and ${serving.plugin} are both enabled; one agent serves per user, ${serving.plugin}'s ` +
    `(rank ${pluginRank(serving.plugin)} > ${pluginRank(lower.plugin)}), and it runs only its own exporters ` +
    `(${listOf(serving.exporters)})`;
  const uninstall = `claude plugin uninstall ${lower.id}`;
  if (lost.length === 0)
    return {
      name: 'bundles',
      level: 'warn',
      message: `${head}: none of ${lower.plugin}'s exporters (${listOf(lower.exporters)}) is lost, but every hook and mod event is handled twice`,
      fix: `uninstall ${lower.plugin} (${uninstall}): ${serving.plugin} already exports all it would`,
    };
  const carried = lost.filter((e) => GLASSBOX_BUNDLES[serving.plugin]!.exporters.includes(e));
  const missing = lost.filter((e) => !carried.includes(e));
  const fixes: string[] = [];
  if (carried.length > 0)
    fixes.push(
      `add ${carried.join(', ')} to ${serving.plugin}'s exporters setting ` +
        `(now "${serving.exportersSetting ?? GLASSBOX_BUNDLES[serving.plugin]!.defaultExporters}"; /plugin → ${serving.plugin} → configure, ` +
        `or pluginConfigs["${serving.id}"].options.exporters in settings.json) and uninstall ${lower.plugin} (${uninstall})`,
    );
  if (missing.length > 0)
    fixes.push(
      `${serving.plugin} cannot run ${missing.join(', ')}: keep one of the two — ${uninstall}, or ` +
        `claude plugin uninstall ${serving.id} to let ${lower.plugin} serve`,
    );
  return {
    name: 'bundles',
    level: 'warn',
    message: `${head}: ${lower.plugin}'s ${lost.join(', ')} export${lost.length > 1 ? 's do' : ' does'} NOT run`,
    fix: fixes.join('; or '),
  };
}

export const bundlesCheck: DoctorCheckRun = ({ configDirs, ctx }) => {
  const { files, bundles } = readInstalledBundles(configDirs, ctx.io.cwd);
  if (files.length === 0)
    return {
      name: 'bundles',
      level: 'info',
      message: `no installed_plugins.json in ${configDirs.join(', ')}: no plugin is installed from a marketplace (${NOT_LISTED})`,
    };
  const enabled = bundles
    .filter((b) => b.enabled)
    .sort((a, b) => pluginRank(b.plugin) - pluginRank(a.plugin));
  const disabled = bundles.filter((b) => !b.enabled).map((b) => `${b.id} (disabled)`);
  const serving = enabled[0];
  if (!serving || enabled.length === 1)
    return {
      name: 'bundles',
      level: serving ? 'ok' : 'info',
      message:
        `${serving ? `Glassbox bundle ${serving.id} (exporters ${listOf(serving.exporters)})` : 'no Glassbox bundle enabled'}` +
        `${disabled.length > 0 ? `; also installed: ${disabled.join(', ')}` : ''} (${NOT_LISTED})`,
    };
  return enabled.slice(1).map((lower) => standsDown(serving, lower));
};
