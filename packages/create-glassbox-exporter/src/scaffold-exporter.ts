import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { GlassboxError } from '@glassbox/spec';
import { exporterTemplates } from './exporter-templates.js';

declare const __SPEC_VERSION__: string | undefined;
declare const __TESTKIT_VERSION__: string | undefined;

export interface ScaffoldExporterOptions {
  /** Directory to create the package in; must not exist or be empty. */
  readonly dir: string;
  /** npm package name. Default `glassbox-exporter-<basename of dir>`. */
  readonly packageName?: string;
  /** The exporter's short name. Default: the package name without scope and `glassbox-exporter-` prefix. */
  readonly exporterName?: string;
  /** Version range of `@glassbox/spec`. Default `^` the version released with this kit. */
  readonly specRange?: string;
  /** Version range of `@glassbox/testkit`. Default `^` the version released with this kit. */
  readonly testkitRange?: string;
}

export interface ScaffoldedExporter {
  readonly dir: string;
  readonly packageName: string;
  readonly exporterName: string;
  /** Relative paths written. */
  readonly files: readonly string[];
}

const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

const released = (version: string | undefined): string =>
  typeof version === 'string' ? `^${version}` : 'latest';

/** Writes a new exporter package (source, conformance test, README, package.json) into `dir`. */
export async function scaffoldExporter(options: ScaffoldExporterOptions): Promise<ScaffoldedExporter> {
  const dir = resolve(options.dir);
  const base = basename(dir)
    .toLowerCase()
    .replace(/^glassbox-exporter-/, '');
  const packageName = options.packageName ?? `glassbox-exporter-${base}`;
  if (!PACKAGE_NAME.test(packageName))
    throw new GlassboxError('INVALID_CONFIG', `${JSON.stringify(packageName)} is not an npm package name`);
  const exporterName =
    options.exporterName ?? packageName.replace(/^@[^/]+\//, '').replace(/^glassbox-exporter-/, '');
  if (!/^[a-z][a-z0-9-]*$/.test(exporterName))
    throw new GlassboxError(
      'INVALID_CONFIG',
      `exporter name ${JSON.stringify(exporterName)} must be lowercase letters, digits and dashes`,
    );
  const existing = await readdir(dir).catch(() => []);
  if (existing.length > 0)
    throw new GlassboxError('INVALID_CONFIG', `${dir} is not empty: choose a new directory`);
  const templates = exporterTemplates({
    packageName,
    exporterName,
    specRange:
      options.specRange ?? released(typeof __SPEC_VERSION__ === 'string' ? __SPEC_VERSION__ : undefined),
    testkitRange:
      options.testkitRange ??
      released(typeof __TESTKIT_VERSION__ === 'string' ? __TESTKIT_VERSION__ : undefined),
  });
  for (const [file, text] of Object.entries(templates)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text, { flag: 'wx' });
  }
  return { dir, packageName, exporterName, files: Object.keys(templates) };
}
