import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type Exporter,
  GlassboxError,
  type GlassboxErrorCode,
  isExporterOptionSpecs,
  readExporterOptions,
  specificationVersion,
} from '@glassbox/spec';
import type { ExportTarget } from './export-queue.js';

/** What `import()` of an exporter package gives: its default export (or `createExporter`) is the factory. */
export type ExporterModule = Readonly<Record<string, unknown>>;

/** The exporters the bundles carry, by short name. Any other configured name is a package name. */
export const BUILTIN_EXPORTER_PACKAGES: Readonly<Record<string, string>> = {
  audit: '@glassbox/audit',
  console: '@glassbox/exporter-console',
  file: '@glassbox/exporter-file',
  otlp: '@glassbox/exporter-otlp',
  prometheus: '@glassbox/exporter-prometheus',
};

export interface LoadExportersOptions {
  /** Modules bundled with the agent, by package name (`@glassbox/exporter-file`). Looked up first. */
  readonly bundled?: Readonly<Record<string, ExporterModule>>;
  /**
   * Directories a user installed exporter packages into (`npm install --prefix <dir> <package>`): each one's
   * `node_modules` is searched, in order, after the bundled modules.
   */
  readonly directories?: readonly string[];
  /** The factory's options for a configured name; `{}` when undefined. */
  readonly optionsFor?: (name: string) => Readonly<Record<string, unknown>> | undefined;
  /** Where declared options' variables are read (`exporterOptionSpecs[].env`); default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Imports a module by specifier or file URL; `import()` unless replaced (tests). */
  readonly importModule?: (specifier: string) => Promise<unknown>;
}

/** An exporter that could not be loaded: what `/v1/status` and `glassbox doctor` report. */
export interface ExporterLoadFailure {
  /** The name as configured. */
  readonly name: string;
  readonly code: GlassboxErrorCode;
  readonly message: string;
}

export interface LoadedExporters {
  readonly targets: ExportTarget[];
  readonly failures: ExporterLoadFailure[];
  /** Loaded, with a caveat: a declared variable that could not be parsed (left out), bad declarations. */
  readonly warnings: string[];
}

const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/** True for a configured exporter name the loader can look up: a built-in short name or an npm package name. */
export function isExporterName(name: string): boolean {
  return PACKAGE_NAME.test(name) && name.length <= 214;
}

/**
 * Loads each named exporter, one at a time and independently: from the bundled modules, then the directories,
 * then the agent's own module resolution. Checks the module's `specificationVersion` (when it exports one), calls
 * its factory with the options (those its `exporterOptionSpecs` declare, read from their variables, under the ones
 * `optionsFor` gives), and checks the result is an `Exporter` of this spec version. A package that is
 * missing, throws, has another spec version or the wrong shape becomes a failure; the others load. Never rejects.
 */
export async function loadExporters(
  names: readonly string[],
  options: LoadExportersOptions = {},
): Promise<LoadedExporters> {
  const targets: ExportTarget[] = [];
  const failures: ExporterLoadFailure[] = [];
  const warnings: string[] = [];
  for (const name of names) {
    try {
      const exporter = await loadOne(name, options, (w) => warnings.push(`exporter ${name}: ${w}`));
      const targetName = exporter.name;
      if (targets.some((t) => t.name === targetName)) {
        await Promise.resolve(exporter.shutdown()).catch(() => undefined);
        throw new GlassboxError(
          'INVALID_CONFIG',
          `another configured exporter is already named "${targetName}" (names key the checkpoints)`,
        );
      }
      targets.push({ name: targetName, exporter });
    } catch (error) {
      const e = GlassboxError.from(error, 'INVALID_CONFIG');
      failures.push({ name, code: e.code, message: e.message });
    }
  }
  return { targets, failures, warnings };
}

/** One line per failure, as the agent lists configuration problems. */
export function describeLoadFailure(failure: ExporterLoadFailure): string {
  return `exporter ${failure.name}: ${failure.code}: ${failure.message}`;
}

async function loadOne(
  name: string,
  options: LoadExportersOptions,
  warn: (warning: string) => void,
): Promise<Exporter> {
  if (!isExporterName(name))
    throw new GlassboxError('INVALID_CONFIG', 'not a built-in exporter name or an npm package name');
  const packageName = BUILTIN_EXPORTER_PACKAGES[name] ?? name;
  const mod = await findModule(packageName, options);
  const version = mod.specificationVersion;
  if (version !== undefined && version !== specificationVersion)
    throw new GlassboxError(
      'UNSUPPORTED_SPEC_VERSION',
      `${packageName} implements exporter spec ${JSON.stringify(version)}; this agent supports ${specificationVersion}`,
    );
  const factory = typeof mod.default === 'function' ? mod.default : mod.createExporter;
  if (typeof factory !== 'function')
    throw new GlassboxError(
      'INVALID_CONFIG',
      `${packageName} has no exporter factory (a default export or a named createExporter function)`,
    );
  // Declared options come from their variables; options the configuration gives win.
  let fromEnv: Record<string, unknown> = {};
  const declared = mod.exporterOptionSpecs;
  if (isExporterOptionSpecs(declared)) {
    const read = readExporterOptions(declared, options.env ?? process.env);
    fromEnv = read.options;
    for (const problem of read.problems) warn(`${problem}; left out`);
  } else if (declared !== undefined)
    warn('exporterOptionSpecs is not a list of option declarations; ignored');
  let exporter: unknown;
  try {
    exporter = factory({ ...fromEnv, ...(options.optionsFor?.(name) ?? {}) });
  } catch (error) {
    throw GlassboxError.from(error, 'INVALID_CONFIG');
  }
  return checkExporter(exporter, packageName);
}

function checkExporter(value: unknown, packageName: string): Exporter {
  const v = value as Partial<Record<keyof Exporter, unknown>> | null;
  if (typeof v !== 'object' || v === null)
    throw new GlassboxError('INVALID_CONFIG', `${packageName}'s factory did not return an object`);
  if (v.specificationVersion !== specificationVersion)
    throw new GlassboxError(
      'UNSUPPORTED_SPEC_VERSION',
      `${packageName}'s exporter has specificationVersion ${JSON.stringify(v.specificationVersion)}; this agent supports ${specificationVersion}`,
    );
  const missing = (['export', 'forceFlush', 'shutdown'] as const).filter((m) => typeof v[m] !== 'function');
  if (typeof v.name !== 'string' || v.name === '') missing.unshift('name' as never);
  if (missing.length > 0)
    throw new GlassboxError(
      'INVALID_CONFIG',
      `${packageName}'s exporter is not an Exporter: missing ${missing.join(', ')}`,
    );
  return value as Exporter;
}

async function findModule(packageName: string, options: LoadExportersOptions): Promise<ExporterModule> {
  const bundled = options.bundled?.[packageName];
  if (bundled) return bundled;
  const load = options.importModule ?? ((specifier: string) => import(specifier));
  for (const directory of options.directories ?? []) {
    const file = await packageEntry(join(directory, 'node_modules', packageName));
    if (file) return asModule(await importing(load, pathToFileURL(file).href, packageName), packageName);
  }
  return asModule(await importing(load, packageName, packageName), packageName);
}

async function importing(
  load: (specifier: string) => Promise<unknown>,
  specifier: string,
  packageName: string,
): Promise<unknown> {
  try {
    return await load(specifier);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const message =
      code === 'ERR_MODULE_NOT_FOUND' &&
      specifier === packageName &&
      String(error).includes(`'${packageName}'`)
        ? `package ${packageName} is not installed (not bundled, not in the exporter directories)`
        : `${packageName} failed to load: ${error instanceof Error ? error.message : String(error)}`;
    throw new GlassboxError('INVALID_CONFIG', message, { cause: error });
  }
}

function asModule(value: unknown, packageName: string): ExporterModule {
  if (typeof value !== 'object' || value === null)
    throw new GlassboxError('INVALID_CONFIG', `${packageName} did not load as a module`);
  return value as ExporterModule;
}

/** The ES module entry of an installed package (its `exports` "." for node/import/default, else `main`). */
async function packageEntry(packageDir: string): Promise<string | undefined> {
  let manifest: { exports?: unknown; main?: unknown };
  try {
    manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
  } catch {
    return undefined;
  }
  const exportsField = manifest.exports;
  const root =
    typeof exportsField === 'object' && exportsField !== null && !Array.isArray(exportsField)
      ? '.' in exportsField
        ? (exportsField as Record<string, unknown>)['.']
        : exportsField
      : exportsField;
  const target =
    (root === undefined ? undefined : conditionalTarget(root)) ??
    (typeof manifest.main === 'string' ? manifest.main : 'index.js');
  const file = resolve(packageDir, target);
  // An entry that points outside its package is not one we load.
  return file.startsWith(resolve(packageDir) + sep) ? file : undefined;
}

const CONDITIONS = new Set(['node', 'import', 'default']);

function conditionalTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = conditionalTarget(item);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [condition, target] of Object.entries(value)) {
    if (!CONDITIONS.has(condition)) continue;
    const found = conditionalTarget(target);
    if (found) return found;
  }
  return undefined;
}

/** Where `glassbox doctor` and the docs say third-party exporters go: `<data dir>/exporters`. */
export function defaultExporterDirectory(dataDir: string): string {
  return join(dataDir, 'exporters');
}
