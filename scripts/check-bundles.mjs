// Fails when a committed plugin build output (plugins/*/dist/*, hooks/register.js, .claude-plugin/plugin.json,
// commands/*.md, and hooks/*.sh generated from plugins/shared/hooks: what scripts/build-plugin.mjs writes) differs
// from a fresh build of the committed sources, in its bytes (or a hook script's executable bit). The build runs in
// a clean copy of a commit (`git archive`, default HEAD, installed from the lockfile), never in the working tree: a
// build there would rewrite the very files it is compared with, and uncommitted changes would leak into it. Run by
// scripts/test.sh; `node scripts/check-bundles.mjs [commit]`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const commit = process.argv[2] ?? 'HEAD';
const started = Date.now();
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });

/** Every file under `dir`, relative to it. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

const copy = mkdtempSync(join(tmpdir(), 'glassbox-check-bundles-'));
const problems = [];
try {
  run('sh', ['-c', `git -C "$1" archive "$2" | tar -x -C "$3"`, 'sh', repo, commit, copy]);
  // The store is warm after bootstrap; --prefer-offline still fetches what a new lockfile adds.
  run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], copy);
  const plugins = readdirSync(join(copy, 'plugins')).filter((p) =>
    existsSync(join(copy, 'plugins', p, 'bundle.json')),
  );
  for (const plugin of plugins) {
    // A plugin build bundles the workspace packages from their sources: no package build is needed first.
    const fresh = join(copy, '.fresh', plugin);
    run(
      process.execPath,
      [join(copy, 'scripts/build-plugin.mjs'), join('plugins', plugin), '--out', fresh],
      copy,
    );
    const committed = join(copy, 'plugins', plugin);
    const built = filesUnder(fresh);
    if (built.length === 0) problems.push(`plugins/${plugin}: the build wrote nothing`);
    for (const file of built) {
      const path = join(committed, file);
      if (!existsSync(path)) problems.push(`plugins/${plugin}/${file}: built but not committed`);
      else if (!readFileSync(path).equals(readFileSync(join(fresh, file))))
        problems.push(`plugins/${plugin}/${file}: differs from a fresh build of ${commit}`);
      else if (
        // The hook scripts' modes are the build's (ensure-agent.sh is executable); the bundles' are esbuild's.
        file.endsWith('.sh') &&
        (statSync(path).mode & 0o111) !== (statSync(join(fresh, file)).mode & 0o111)
      )
        problems.push(
          `plugins/${plugin}/${file}: its executable bit differs from a fresh build of ${commit}`,
        );
    }
    for (const dir of ['dist', 'commands'])
      for (const file of filesUnder(join(committed, dir)))
        if (!built.includes(join(dir, file)))
          problems.push(`plugins/${plugin}/${dir}/${file}: committed but no longer built`);
  }
  if (problems.length > 0) {
    console.error(`check-bundles: ${problems.length} stale bundle file(s):`);
    for (const p of problems) console.error(`  ${p}`);
    console.error('Run `pnpm turbo run build` and commit the rebuilt files.');
  } else {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`check-bundles: ${plugins.join(', ')} equal a clean build of ${commit} (${seconds} s)`);
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
process.exit(problems.length > 0 ? 1 : 0);
