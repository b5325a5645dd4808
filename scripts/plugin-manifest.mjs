// A plugin bundle is a small manifest, plugins/<name>/bundle.json: its name and texts, the agent entry, which
// exporter packages it carries, which userConfig keys set which of their declared options, and which commands it
// ships. scripts/build-plugin.mjs builds the plugin folder from it; this module only reads it (no esbuild), so
// tests, benchmarks and the version script can ask what a plugin ships without building.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The manifest file in a plugin folder. */
export const MANIFEST_FILE = 'bundle.json';

/** The slash commands plugins pick from (`commands` in the manifest): plugins/shared/commands/<name>.md. */
export const SHARED_COMMANDS = join(REPO, 'plugins', 'shared', 'commands');

/**
 * Workspace packages every bundle carries besides its exporters (the CLI is bundled from its own entry). The agent
 * itself imports the console and file exporters (its built-ins), so every bundle carries them too.
 */
const BASE_WORKSPACE = [
  'agent',
  'audit',
  'core',
  'exporter-console',
  'exporter-file',
  'mod',
  'pricing',
  'spec',
];

/**
 * @typedef {object} OptionMapping One userConfig key that sets a declared exporter option.
 * @property {string} exporter the exporter's short name (`file` → packages/exporter-file)
 * @property {string} option the option's `name` in the exporter's `exporterOptionSpecs`
 * @property {string} title the settings title
 * @property {string} [description] the settings text; default the declaration's
 * @property {string} [type] `directory` or `file` for a string option shown as a path picker
 * @property {string|number|boolean|null} [default] the plugin's default when it differs from the declaration's
 *   (`null`: none)
 * @property {number} [min]
 * @property {number} [max]
 *
 * @typedef {object} BundleManifest
 * @property {string} name the plugin name (its folder in plugins/)
 * @property {string} [packageName] its workspace package; default `name`
 * @property {string} displayName
 * @property {string} description plugin.json's description
 * @property {string[]} keywords
 * @property {string} [agentEntry] the agent entry bundled into dist/agent.mjs, relative to the repository root;
 *   without it the build generates one (`runBundleAgent` with the exporters and option keys of this manifest)
 * @property {string[]} exporters the exporter packages bundled (short names: `otlp` → @glassbox/exporter-otlp)
 * @property {{default: string, description: string}} exportersOption the `exporters` userConfig key
 * @property {Record<string, OptionMapping>} options userConfig keys that set exporter options, in settings order
 * @property {string[]} commands the commands shipped, from plugins/shared/commands
 */

/** The manifest of the plugin folder `pluginDir`. */
export function readBundleManifest(pluginDir) {
  const manifest = JSON.parse(readFileSync(join(pluginDir, MANIFEST_FILE), 'utf8'));
  if (manifest.name !== basename(resolve(pluginDir)))
    throw new Error(`${pluginDir}/${MANIFEST_FILE}: name ${manifest.name} is not the folder's name`);
  return manifest;
}

/** The plugin folders of the repository (those with a manifest), sorted. */
export function pluginFolders(root = REPO) {
  return readdirSync(join(root, 'plugins'))
    .filter((name) => existsSync(join(root, 'plugins', name, MANIFEST_FILE)))
    .sort();
}

/** The workspace packages (folders under packages/) bundled from their sources. */
export function bundledWorkspace(manifest) {
  return [...new Set([...BASE_WORKSPACE, ...manifest.exporters.map((e) => `exporter-${e}`)])].sort();
}

/** The published packages a plugin carries (what its version follows): the workspace ones and the CLI. */
export function bundledPackages(manifest) {
  return [...bundledWorkspace(manifest), 'cli'].sort().map((name) => `@glassbox/${name}`);
}

/**
 * What the plugin ships: the files of its folder Claude Code loads. The hooks (hooks.json and the scripts) are the
 * folder's own sources; plugin.json, the commands and the bundles are written by the build.
 */
export function shippedFiles(pluginDir) {
  const manifest = readBundleManifest(pluginDir);
  const scripts = readdirSync(join(pluginDir, 'hooks'))
    .filter((f) => f.endsWith('.sh'))
    .sort()
    .map((f) => `hooks/${f}`);
  return [
    '.claude-plugin/plugin.json',
    'hooks/hooks.json',
    ...scripts,
    'hooks/register.js',
    'dist/agent.mjs',
    'dist/cli.mjs',
    ...manifest.commands.map((c) => `commands/${c}.md`),
    'README.md',
    'LICENSE',
  ];
}
