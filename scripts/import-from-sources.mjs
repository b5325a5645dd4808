// Imports values from the workspace's TypeScript sources at build time: the export lines are bundled with esbuild
// (every @glassbox package from its src/index.ts: a clean checkout, as check-bundles.mjs builds, has built none)
// and imported as a data: module.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './plugin-manifest.mjs';

/** The module of `lines` (`export { x } from "<absolute path>";`), bundled with esbuild's `build`. */
export async function importFromSources(build, lines) {
  const alias = Object.fromEntries(
    readdirSync(join(REPO, 'packages'))
      .filter((p) => existsSync(join(REPO, 'packages', p, 'src', 'index.ts')))
      .map((p) => [`@glassbox/${p}`, join(REPO, 'packages', p, 'src', 'index.ts')]),
  );
  const result = await build({
    stdin: { contents: lines.join('\n'), resolveDir: REPO, loader: 'ts' },
    alias,
    // Bundled CommonJS dependencies require Node's built-ins; a data: module has no `require` of its own.
    banner: {
      js: `import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(`${REPO}/`)});`,
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  return import(
    `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`
  );
}
