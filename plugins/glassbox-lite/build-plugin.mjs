// Builds the plugin folder: the mod (packages/mod) into hooks/register.js and the agent (packages/agent) into one
// self-contained dist/agent.mjs, then mirrors the shipped files into the marketplace (whose plugins must live
// inside it). `--out <dir>` writes the two bundles elsewhere (the staleness test compares them).
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { SHIPPED_FILES } from './plugin-files.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : here;

const versionOf = async (pkg) =>
  JSON.parse(await readFile(join(repo, 'packages', pkg, 'package.json'), 'utf8')).version;

// Workspace packages are bundled from their sources, not their dist: the bundle then depends only on the
// committed sources (and the lockfile), not on whether or how each package was last built.
const workspace = ['agent', 'core', 'exporter-console', 'exporter-file', 'mod', 'pricing', 'spec'];
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
  banner: { js: '// Generated from packages/mod by `pnpm --filter glassbox-lite build`. Do not edit.' },
});

await build({
  ...common,
  entryPoints: ['packages/agent/src/main.ts'],
  outfile: join(out, 'dist/agent.mjs'),
  platform: 'node',
  target: 'node20',
  define: { __PACKAGE_VERSION__: JSON.stringify(await versionOf('agent')) },
  // Bundled CommonJS dependencies (pino…) call require(): give them one.
  banner: {
    js: [
      '// Generated from packages/agent by `pnpm --filter glassbox-lite build`. Do not edit.',
      "import { createRequire as __glassboxCreateRequire } from 'node:module';",
      'const require = __glassboxCreateRequire(import.meta.url);',
    ].join('\n'),
  },
});

if (out === here) {
  const mirror = join(repo, 'marketplace/plugins/glassbox-lite');
  await rm(mirror, { recursive: true, force: true });
  for (const file of SHIPPED_FILES) {
    await mkdir(dirname(join(mirror, file)), { recursive: true });
    await cp(join(here, file), join(mirror, file), { preserveTimestamps: false });
  }
}
