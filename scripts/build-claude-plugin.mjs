// The bundling step of scripts/build-plugin.mjs (every plugin folder): bundles the mod (packages/mod) into
// hooks/register.js, an agent entry into one self-contained dist/agent.mjs and the glassbox CLI (packages/cli, with
// the plugin context of scripts/plugin-cli.mjs) into dist/cli.mjs. The marketplace (.claude-plugin/marketplace.json
// at the repository root) lists the plugin folders themselves, so nothing is copied. `--out <dir>` on the calling
// script writes the bundles elsewhere (the plugin-bundle tests and
// scripts/check-bundles.mjs compare them).
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const versionOf = async (pkg) =>
  JSON.parse(await readFile(join(repo, 'packages', pkg, 'package.json'), 'utf8')).version;

/** The `--out <dir>` argument of the calling script, else `pluginDir`. */
export function outputDirectory(pluginDir, argv = process.argv) {
  const at = argv.indexOf('--out');
  return at > 0 ? resolve(argv[at + 1]) : pluginDir;
}

/**
 * @param {object} options
 * @param {typeof import('esbuild').build} options.build esbuild's build, from the calling plugin's devDependencies
 * @param {string} options.pluginName the plugin's name (its folder in plugins/, named in the CLI bundle)
 * @param {string} [options.packageName] its workspace package (the banner's `pnpm --filter`); default pluginName
 * @param {string} options.out where the bundles are written
 * @param {string|{contents: string}} options.agentEntry the agent entry, relative to the repository root, or the
 *   source of a generated one (resolved from the repository root)
 * @param {string[]} options.workspace workspace packages bundled from their sources (the CLI's among them)
 */
export async function buildClaudePlugin({
  build,
  pluginName,
  packageName = pluginName,
  out,
  agentEntry,
  workspace,
}) {
  // Workspace packages are bundled from their sources, not their dist: the bundle then depends only on the
  // committed sources (and the lockfile), not on whether or how each package was last built.
  const alias = Object.fromEntries(
    workspace.map((name) => [`@glassbox/${name}`, join(repo, 'packages', name, 'src', 'index.ts')]),
  );
  const common = {
    alias,
    bundle: true,
    format: 'esm',
    logLevel: 'warning',
    absWorkingDir: repo,
    legalComments: 'inline',
  };

  await build({
    ...common,
    entryPoints: ['packages/mod/src/register.ts'],
    outfile: join(out, 'hooks/register.js'),
    // The hooks worker has web APIs only: no Node built-ins may slip in.
    platform: 'neutral',
    target: 'es2022',
    define: { __PACKAGE_VERSION__: JSON.stringify(await versionOf('mod')) },
    banner: { js: `// Generated from packages/mod by \`pnpm --filter ${packageName} build\`. Do not edit.` },
  });

  await build({
    ...common,
    ...(typeof agentEntry === 'string'
      ? { entryPoints: [agentEntry] }
      : { stdin: { contents: agentEntry.contents, resolveDir: repo, sourcefile: 'bundle-agent-entry.mjs' } }),
    outfile: join(out, 'dist/agent.mjs'),
    platform: 'node',
    target: 'node20',
    define: { __PACKAGE_VERSION__: JSON.stringify(await versionOf('agent')) },
    // Bundled CommonJS dependencies (pino…) call require(): give them one.
    banner: {
      js: [
        `// Generated from packages/agent by \`pnpm --filter ${packageName} build\`. Do not edit.`,
        "import { createRequire as __glassboxCreateRequire } from 'node:module';",
        'const require = __glassboxCreateRequire(import.meta.url);',
      ].join('\n'),
    },
  });

  await build({
    ...common,
    entryPoints: ['scripts/plugin-cli.mjs'],
    outfile: join(out, 'dist/cli.mjs'),
    platform: 'node',
    target: 'node20',
    define: {
      __PACKAGE_VERSION__: JSON.stringify(await versionOf('cli')),
      __GLASSBOX_PLUGIN_NAME__: JSON.stringify(pluginName),
    },
    banner: {
      js: `// Generated from packages/cli by \`pnpm --filter ${packageName} build\`. Do not edit. Run: node cli.mjs --help`,
    },
  });
}
