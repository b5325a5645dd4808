import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldExporter } from './scaffold-exporter.js';

const run = promisify(execFile);
const REPO = join(import.meta.dirname, '..', '..', '..');

describe('scaffoldExporter', () => {
  let tmp: string;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-kit-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('should scaffold a package outside the repository that typechecks and passes the conformance suite', async () => {
    const dir = join(tmp, 'acme');
    const made = await scaffoldExporter({
      dir,
      packageName: '@you/glassbox-exporter-acme',
      specRange: '^0.1.0',
      testkitRange: '^0.1.0',
    });
    expect(made).toMatchObject({ packageName: '@you/glassbox-exporter-acme', exporterName: 'acme' });
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    expect(manifest.dependencies).toEqual({ '@glassbox/spec': '^0.1.0' });
    expect(manifest.devDependencies['@glassbox/testkit']).toBe('^0.1.0');
    // Stand in for `npm install`: the published packages are these workspace ones (the registry test installs them).
    const modules = join(dir, 'node_modules');
    await mkdir(join(modules, '@glassbox'), { recursive: true });
    await mkdir(join(modules, '@types'), { recursive: true });
    await symlink(join(REPO, 'packages/spec'), join(modules, '@glassbox/spec'));
    await symlink(join(REPO, 'packages/testkit'), join(modules, '@glassbox/testkit'));
    for (const name of ['vitest', 'typescript', '@types/node'])
      await symlink(join(REPO, 'node_modules', name), join(modules, name));
    const bin = (name: string) => join(modules, name === 'tsc' ? 'typescript/bin/tsc' : 'vitest/vitest.mjs');
    await run(process.execPath, [bin('tsc'), '-p', 'tsconfig.json'], { cwd: dir });
    const tested = await run(process.execPath, [bin('vitest'), 'run', '--reporter=json'], {
      cwd: dir,
      maxBuffer: 16 * 1024 * 1024,
      timeout: 120_000,
    });
    const report = JSON.parse(tested.stdout) as { numPassedTests: number; numFailedTests: number };
    expect(report.numFailedTests).toBe(0);
    // The conformance suite registers a dozen checks; the package adds two of its own.
    expect(report.numPassedTests).toBeGreaterThan(10);
    await run(process.execPath, [bin('tsc'), '-p', 'tsconfig.build.json'], { cwd: dir });
    const built = (await import(join(dir, 'dist/index.js'))) as Record<string, unknown>;
    expect(typeof built.default).toBe('function');
    expect(Array.isArray(built.exporterOptionSpecs)).toBe(true);
  });

  it('should refuse a directory that is not empty and a name that is not a package name', async () => {
    await expect(scaffoldExporter({ dir: join(tmp, 'acme') })).rejects.toThrow(/not empty/);
    await expect(scaffoldExporter({ dir: join(tmp, 'x'), packageName: 'Bad Name' })).rejects.toThrow(
      /not an npm package name/,
    );
  });
});
