// A built plugin as a folder another marketplace source can serve: the plugin's shipped files at the top, plus a
// package.json so the same folder is an npm package (the `npm` source), a git repository's root (`github`,
// `url`) or nothing more (a `git-subdir` names plugins/<name> in this repository instead; see docs/marketplace.md).
// Written from the committed build, nothing rebuilt:
//
//   node scripts/plugin-package.mjs plugins/<name> <dest>     then   npm publish <dest>
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readBundleManifest, shippedFiles } from './plugin-manifest.mjs';

/** The npm package that carries plugin `name`: `@glassbox/claude-plugin-<name>`. */
export function pluginPackageName(name) {
  return `@glassbox/claude-plugin-${name}`;
}

/** Writes the plugin folder `pluginDir` to `dest` as a publishable package; returns its name and version. */
export async function writePluginPackage(pluginDir, dest) {
  const manifest = readBundleManifest(pluginDir);
  const plugin = JSON.parse(await readFile(join(pluginDir, '.claude-plugin/plugin.json'), 'utf8'));
  await rm(dest, { recursive: true, force: true });
  const files = shippedFiles(pluginDir);
  for (const file of files) await cp(join(pluginDir, file), join(dest, file));
  const pkg = {
    name: pluginPackageName(manifest.name),
    version: plugin.version,
    description: `The ${manifest.displayName} Claude Code plugin (install with a marketplace entry {"source": "npm"}). ${manifest.description}`,
    license: plugin.license,
    homepage: plugin.homepage,
    repository: { type: 'git', url: `${plugin.repository}.git`, directory: `plugins/${manifest.name}` },
    keywords: ['claude-code-plugin', ...manifest.keywords],
    // No dependencies and no scripts: the bundles are self-contained and Claude Code runs no install step.
    files: [...new Set(files.map((f) => f.split('/')[0]))],
    publishConfig: { access: 'public' },
  };
  await writeFile(join(dest, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  return { name: pkg.name, version: pkg.version };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [pluginDir, dest] = process.argv.slice(2);
  if (!pluginDir || !dest) {
    process.stderr.write('usage: node scripts/plugin-package.mjs plugins/<name> <dest>\n');
    process.exit(2);
  }
  const { name, version } = await writePluginPackage(resolve(pluginDir), resolve(dest));
  process.stdout.write(`${name}@${version} in ${resolve(dest)}\n`);
}
