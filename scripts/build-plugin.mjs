// Builds a plugin folder from its manifest (plugins/<name>/bundle.json, see scripts/plugin-manifest.mjs):
// .claude-plugin/plugin.json with the userConfig generated from the bundled exporters' declared options, the
// commands it picks from plugins/shared/commands, the hook scripts from plugins/shared/hooks (scripts/plugin-hooks.mjs),
// and the bundles (scripts/build-claude-plugin.mjs): the mod into hooks/register.js, the agent entry into
// dist/agent.mjs, the CLI into dist/cli.mjs. The folder's own sources (hooks/hooks.json, README.md, LICENSE) are
// copied as they are when writing elsewhere.
//
//   node scripts/build-plugin.mjs plugins/<name> [--out <dir>]
//
// Without --out the folder is built in place (the marketplace lists it); with it, <dir> gets a complete plugin.

import { existsSync, statSync } from 'node:fs';
import { chmod, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { buildClaudePlugin, outputDirectory } from './build-claude-plugin.mjs';
import { importFromSources } from './import-from-sources.mjs';
import { GENERATED_HOOKS, generateHooks } from './plugin-hooks.mjs';
import {
  bundledWorkspace,
  REPO,
  readBundleManifest,
  SHARED_COMMANDS,
  shippedFiles,
} from './plugin-manifest.mjs';
import { pluginUserConfig } from './plugin-user-config.mjs';

const AUTHOR = { name: 'Glassbox', url: 'https://github.com/glassbox-dev/glassbox' };

/**
 * Each bundled exporter's `exporterOptionSpecs`, by short name, read from its sources: its
 * src/exporter-option-specs.ts when it has one (no import of the exporter's dependencies), else its index.
 */
export async function loadExporterOptionSpecs(exporters, build) {
  const lines = exporters.map((name, i) => {
    const src = join(REPO, 'packages', `exporter-${name}`, 'src');
    const file = existsSync(join(src, 'exporter-option-specs.ts'))
      ? join(src, 'exporter-option-specs.ts')
      : join(src, 'index.ts');
    return `export { exporterOptionSpecs as e${i} } from ${JSON.stringify(file)};`;
  });
  const module = await importFromSources(build, lines);
  return Object.fromEntries(exporters.map((name, i) => [name, module[`e${i}`]]));
}

/** The plugin.json of a manifest, given its exporters' declared options and the plugin's version. */
export function pluginJson(manifest, specs, version) {
  return {
    $schema: 'https://json.schemastore.org/claude-code-plugin-manifest.json',
    name: manifest.name,
    displayName: manifest.displayName,
    version,
    description: manifest.description,
    author: AUTHOR,
    homepage: AUTHOR.url,
    repository: AUTHOR.url,
    license: 'Apache-2.0',
    keywords: manifest.keywords,
    userConfig: pluginUserConfig(manifest, specs),
  };
}

/**
 * The agent entry of a manifest without `agentEntry`: the agent (`runBundleAgent` of @glassbox/agent) with the
 * manifest's exporters bundled and its option keys read into their exporters' options.
 */
export function generatedAgentEntry(manifest) {
  const bundle = {
    defaultExporters: manifest.exportersOption.default,
    options: Object.fromEntries(
      Object.entries(manifest.options).map(([key, m]) => [key, { exporter: m.exporter, option: m.option }]),
    ),
  };
  return [
    `// The agent of ${manifest.name}, generated from its bundle.json by scripts/build-plugin.mjs.`,
    "import { runBundleAgent } from '@glassbox/agent';",
    ...manifest.exporters.map((e, i) => `import * as e${i} from '@glassbox/exporter-${e}';`),
    `const exporters = { ${manifest.exporters.map((e, i) => `${JSON.stringify(e)}: e${i}`).join(', ')} };`,
    `runBundleAgent({ exporters, ...${JSON.stringify(bundle)} }).then(`,
    '  (code) => process.exit(code),',
    '  (error) => {',
    "    process.stderr.write('glassbox-agent: ' + String(error) + '\\n');",
    '    process.exit(1);',
    '  },',
    ');',
  ].join('\n');
}

/**
 * Builds the plugin folder `pluginDir` into `out` (default in place). `esbuild` defaults to the plugin package's
 * devDependency.
 */
export async function buildPlugin(pluginDir, out = pluginDir, { esbuild } = {}) {
  const manifest = readBundleManifest(pluginDir);
  const pkg = JSON.parse(await readFile(join(pluginDir, 'package.json'), 'utf8'));
  const { build } = esbuild ?? createRequire(join(pluginDir, 'package.json'))('esbuild');
  const specs = await loadExporterOptionSpecs(manifest.exporters, build);
  const write = async (file, content) => {
    await mkdir(dirname(join(out, file)), { recursive: true });
    await writeFile(join(out, file), content);
  };
  await write(
    '.claude-plugin/plugin.json',
    `${JSON.stringify(pluginJson(manifest, specs, pkg.version), null, 2)}\n`,
  );
  for (const command of manifest.commands)
    await write(`commands/${command}.md`, await readFile(join(SHARED_COMMANDS, `${command}.md`)));
  for (const [file, { text, mode }] of Object.entries(await generateHooks(manifest, specs, build))) {
    await write(file, text);
    await chmod(join(out, file), mode);
  }
  if (resolve(out) !== resolve(pluginDir)) {
    const generated = new Set([
      '.claude-plugin/plugin.json',
      'hooks/register.js',
      'dist/agent.mjs',
      'dist/cli.mjs',
      ...Object.keys(GENERATED_HOOKS),
    ]);
    for (const file of shippedFiles(pluginDir)) {
      if (generated.has(file) || file.startsWith('commands/')) continue;
      await mkdir(dirname(join(out, file)), { recursive: true });
      await copyFile(join(pluginDir, file), join(out, file));
    }
  }
  await buildClaudePlugin({
    build,
    pluginName: manifest.name,
    packageName: manifest.packageName ?? manifest.name,
    out,
    agentEntry: manifest.agentEntry ?? { contents: generatedAgentEntry(manifest) },
    workspace: bundledWorkspace(manifest),
  });
}

/**
 * The hook scripts in the plugin folder `pluginDir` that differ from a fresh generation from plugins/shared/hooks
 * (their text or their executable bit): a hand-edited copy. Empty when all are current.
 */
export async function staleHooks(pluginDir, { esbuild } = {}) {
  const manifest = readBundleManifest(pluginDir);
  const { build } = esbuild ?? createRequire(join(pluginDir, 'package.json'))('esbuild');
  const specs = await loadExporterOptionSpecs(manifest.exporters, build);
  const stale = [];
  for (const [file, { text, mode }] of Object.entries(await generateHooks(manifest, specs, build))) {
    const path = join(pluginDir, file);
    const current = existsSync(path) ? await readFile(path, 'utf8') : undefined;
    if (current !== text || (statSync(path).mode & 0o111) !== (mode & 0o111)) stale.push(file);
  }
  return stale;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const positional = args.filter((a, i) => a !== '--out' && args[i - 1] !== '--out');
  if (positional.length !== 1) {
    process.stderr.write('usage: node scripts/build-plugin.mjs plugins/<name> [--out <dir>]\n');
    process.exit(2);
  }
  const pluginDir = resolve(positional[0]);
  await buildPlugin(pluginDir, outputDirectory(pluginDir));
}
