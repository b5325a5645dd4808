// Derives each plugin's version from the packages it bundles (its bundle.json, scripts/plugin-manifest.mjs): run after `changeset version`. A plugin whose
// bundled packages changed version gets the largest of their bumps (major > minor > patch), written into its
// package.json, .claude-plugin/plugin.json and its entry in .claude-plugin/marketplace.json; package.json's
// glassbox.bundledVersions records what the version was derived from. `--check` only reports disagreements.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledPackages, pluginFolders, readBundleManifest } from './plugin-manifest.mjs';

const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));
const writeJson = (file, value) => writeFile(file, `${JSON.stringify(value, null, 2)}\n`);

const LEVELS = ['patch', 'minor', 'major'];

/** Which part of `from` → `to` changed: 'major', 'minor', 'patch' or undefined when equal. */
export function bumpLevel(from, to) {
  if (from === to) return undefined;
  const a = from.split(/[.-]/).map(Number);
  const b = to.split(/[.-]/).map(Number);
  if (a[0] !== b[0]) return 'major';
  if (a[1] !== b[1]) return 'minor';
  return 'patch';
}

export function bump(version, level) {
  const [major, minor, patch] = version.split('-')[0].split('.').map(Number);
  if (level === 'major') return `${major + 1}.0.0`;
  if (level === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** Versions every plugin under `root`; returns what changed. With `check`, writes nothing. */
export async function versionPlugins(root, { check = false } = {}) {
  const versions = {};
  for (const folder of await readdir(join(root, 'packages'))) {
    const m = await readJson(join(root, 'packages', folder, 'package.json')).catch(() => undefined);
    if (m) versions[m.name] = m.version;
  }
  const marketplaceFile = join(root, '.claude-plugin/marketplace.json');
  const marketplace = await readJson(marketplaceFile);
  const changes = [];
  const problems = [];
  for (const folder of pluginFolders(root)) {
    const pkgFile = join(root, 'plugins', folder, 'package.json');
    const manifestFile = join(root, 'plugins', folder, '.claude-plugin/plugin.json');
    const pkg = await readJson(pkgFile);
    const bundles = bundledPackages(readBundleManifest(join(root, 'plugins', folder)));
    const manifest = await readJson(manifestFile);
    pkg.glassbox ??= {};
    const recorded = pkg.glassbox.bundledVersions ?? {};
    let level;
    const current = {};
    for (const name of bundles) {
      current[name] = versions[name];
      const changed = recorded[name] === undefined ? undefined : bumpLevel(recorded[name], versions[name]);
      if (changed && LEVELS.indexOf(changed) > LEVELS.indexOf(level ?? 'none')) level = changed;
      if (recorded[name] === undefined) problems.push(`${folder}: no recorded version of ${name}`);
    }
    const entry = marketplace.plugins.find((p) => p.name === manifest.name);
    const version = level ? bump(pkg.version, level) : pkg.version;
    if (level) changes.push({ plugin: folder, from: pkg.version, to: version, level });
    if (manifest.version !== version)
      problems.push(`${folder}: plugin.json has ${manifest.version}, not ${version}`);
    if (entry && entry.version !== version)
      problems.push(`${folder}: marketplace.json has ${entry.version}, not ${version}`);
    if (check) continue;
    pkg.version = version;
    pkg.glassbox.bundledVersions = current;
    manifest.version = version;
    if (entry) entry.version = version;
    await writeJson(pkgFile, pkg);
    await writeJson(manifestFile, manifest);
  }
  if (!check) await writeJson(marketplaceFile, marketplace);
  return {
    changes,
    problems: check
      ? [...problems, ...changes.map((c) => `${c.plugin}: bundles changed, run pnpm version-packages`)]
      : [],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const check = process.argv.includes('--check');
  const { changes, problems } = await versionPlugins(root, { check });
  for (const c of changes) process.stdout.write(`${c.plugin}: ${c.from} → ${c.to} (${c.level})\n`);
  for (const p of problems) process.stderr.write(`${p}\n`);
  process.exit(problems.length ? 1 : 0);
}
