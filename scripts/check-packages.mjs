// Checks every public package (packages/*, not private) as it would be published: publint (package.json fields,
// exports, files) and @arethetypeswrong/cli (types resolve for ESM consumers; the packages are ESM only, so the
// esm-only profile). Exit 1 when any package fails. Run after a build: `pnpm check:packages`.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(repo, 'node_modules/.bin', name);

/** The public packages: name and folder. */
export async function publicPackages() {
  const found = [];
  for (const folder of (await readdir(join(repo, 'packages'))).sort()) {
    const manifest = JSON.parse(await readFile(join(repo, 'packages', folder, 'package.json'), 'utf8'));
    if (!manifest.private) found.push({ name: manifest.name, dir: join(repo, 'packages', folder) });
  }
  return found;
}

async function check(pkg) {
  const problems = [];
  for (const [tool, args] of [
    ['publint', ['--strict']],
    ['attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii']],
  ]) {
    try {
      await run(bin(tool), args, { cwd: pkg.dir, maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      problems.push(`${tool}:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = 0;
  for (const pkg of await publicPackages()) {
    const started = Date.now();
    const problems = await check(pkg);
    failed += problems.length > 0 ? 1 : 0;
    process.stdout.write(`${problems.length ? 'FAIL' : 'ok  '} ${pkg.name} (${Date.now() - started} ms)\n`);
    for (const p of problems) process.stdout.write(`${p}\n`);
  }
  process.exit(failed ? 1 : 0);
}
