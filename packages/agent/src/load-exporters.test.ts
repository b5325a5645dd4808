import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fileExporter from '@glassbox/exporter-file';
import { sampleTelemetryBatch } from '@glassbox/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isExporterName, loadExporters } from './load-exporters.js';

/** A plain ES module exporter (no dependencies), as a third-party package could ship it. */
const EXPORTER_SOURCE = (name: string, version = 'v1') => `
export const received = [];
export const specificationVersion = 'v1';
export default function createExporter(options) {
  let closed = false;
  return {
    specificationVersion: ${JSON.stringify(version)},
    name: options.name ?? ${JSON.stringify(name)},
    async export(batch) {
      if (closed) return { code: 'failed', error: Object.assign(new Error('shut down'), { name: 'GlassboxError', code: 'EXPORTER_SHUTDOWN' }), retryable: false };
      received.push({ batch, options });
      return { code: 'success' };
    },
    async forceFlush() {},
    async shutdown() { closed = true; },
  };
}
`;

describe('loadExporters', () => {
  let tmp: string;
  let dir: string;

  const install = async (name: string, files: Record<string, string>, manifest: object = {}) => {
    const root = join(dir, 'node_modules', name);
    await mkdir(root, { recursive: true });
    await writeFile(
      join(root, 'package.json'),
      JSON.stringify({
        name,
        version: '1.0.0',
        type: 'module',
        exports: { '.': { import: './index.js' } },
        ...manifest,
      }),
    );
    for (const [file, text] of Object.entries(files)) {
      await mkdir(join(root, file, '..'), { recursive: true });
      await writeFile(join(root, file), text);
    }
  };

  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-load-exporters-'));
    dir = join(tmp, 'exporters');
  });
  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('should load a built-in by short name from the bundled modules with its options', async () => {
    const { targets, failures } = await loadExporters(['file'], {
      bundled: { '@glassbox/exporter-file': fileExporter },
      optionsFor: () => ({ name: 'file', dir: join(tmp, 'telemetry') }),
    });
    expect(failures).toEqual([]);
    expect(targets.map((t) => t.name)).toEqual(['file']);
    await expect(targets[0]!.exporter.export(sampleTelemetryBatch())).resolves.toEqual({ code: 'success' });
    await targets[0]!.exporter.shutdown();
  });

  it('should import a third-party package a user installed into the exporter directory and pass it its options', async () => {
    await install('@acme/glassbox-exporter-acme', { 'index.js': EXPORTER_SOURCE('acme') });
    await install(
      'plain-main',
      { 'lib/main.js': EXPORTER_SOURCE('plain') },
      { exports: undefined, main: 'lib/main.js' },
    );
    const { targets, failures } = await loadExporters(['@acme/glassbox-exporter-acme', 'plain-main'], {
      directories: [join(tmp, 'nothing-here'), dir],
      optionsFor: (name) => (name === 'plain-main' ? { url: 'http://127.0.0.1:9' } : undefined),
    });
    expect(failures).toEqual([]);
    expect(targets.map((t) => t.name)).toEqual(['acme', 'plain']);
    const batch = sampleTelemetryBatch();
    await expect(targets[1]!.exporter.export(batch)).resolves.toEqual({ code: 'success' });
    const mod = (await import(join(dir, 'node_modules/plain-main/lib/main.js'))) as {
      received: { batch: unknown; options: unknown }[];
    };
    expect(mod.received).toEqual([{ batch, options: { url: 'http://127.0.0.1:9' } }]);
  });

  it('should read the options a package declares from their variables, under the configured ones', async () => {
    const declared = `export const exporterOptionSpecs = [
      { name: 'url', type: 'string', env: 'ACME_URL', sensitive: false, description: 'u' },
      { name: 'timeoutMs', type: 'number', env: 'ACME_TIMEOUT_MS', sensitive: false, description: 't' },
      { name: 'token', type: 'string', env: 'ACME_TOKEN', sensitive: true, description: 's' },
      { name: 'retries', type: 'number', env: 'ACME_RETRIES', sensitive: false, description: 'r' },
    ];`;
    await install('declares', { 'index.js': `${EXPORTER_SOURCE('declares')}\n${declared}` });
    await install('bad-declarations', {
      'index.js': `${EXPORTER_SOURCE('bad-declarations')}\nexport const exporterOptionSpecs = 'nope';`,
    });
    const { targets, failures, warnings } = await loadExporters(['declares', 'bad-declarations'], {
      directories: [dir],
      env: {
        ACME_URL: 'http://from-env',
        ACME_TIMEOUT_MS: '250',
        ACME_TOKEN: 's3cret',
        ACME_RETRIES: 'many',
      },
      optionsFor: (name) => (name === 'declares' ? { url: 'http://configured' } : undefined),
    });
    expect(failures).toEqual([]);
    expect(warnings).toEqual([
      'exporter declares: ACME_RETRIES (option retries) must be a number, got "many"; left out',
      'exporter bad-declarations: exporterOptionSpecs is not a list of option declarations; ignored',
    ]);
    await targets[0]!.exporter.export(sampleTelemetryBatch());
    const mod = (await import(join(dir, 'node_modules/declares/index.js'))) as {
      received: { options: unknown }[];
    };
    expect(mod.received[0]!.options).toEqual({ url: 'http://configured', timeoutMs: 250, token: 's3cret' });
  });

  it('should report each bad exporter with a code and load the others', async () => {
    await install('good', { 'index.js': EXPORTER_SOURCE('good') });
    await install('throws-on-import', { 'index.js': "throw new Error('boom at import');" });
    await install('old-spec-module', {
      'index.js': `${EXPORTER_SOURCE('old').replace("export const specificationVersion = 'v1'", "export const specificationVersion = 'v0'")}`,
    });
    await install('old-spec-exporter', { 'index.js': EXPORTER_SOURCE('older', 'v0') });
    await install('no-factory', { 'index.js': 'export const nothing = 1;' });
    await install('wrong-shape', {
      'index.js': "export default () => ({ specificationVersion: 'v1', name: 'x' });",
    });
    await install('bad-options', {
      'index.js':
        "export default () => { throw Object.assign(new Error('acme: set url or GLASSBOX_ACME_URL'), { name: 'GlassboxError', code: 'INVALID_CONFIG' }); };",
    });
    await install('escapes', { 'index.js': EXPORTER_SOURCE('escapes') }, { exports: '../good/index.js' });
    await install('same-name', { 'index.js': EXPORTER_SOURCE('good') });
    const names = [
      'missing-package',
      'throws-on-import',
      'good',
      'old-spec-module',
      'old-spec-exporter',
      'no-factory',
      'wrong-shape',
      'bad-options',
      'escapes',
      'same-name',
      '../outside',
    ];
    const { targets, failures } = await loadExporters(names, { directories: [dir] });
    expect(targets.map((t) => t.name)).toEqual(['good']);
    const byName = Object.fromEntries(failures.map((f) => [f.name, f]));
    expect(Object.keys(byName)).toEqual(names.filter((n) => n !== 'good'));
    expect(byName['missing-package']).toMatchObject({
      code: 'INVALID_CONFIG',
      message: expect.stringMatching(/not installed/),
    });
    expect(byName['throws-on-import']!.message).toMatch(/failed to load: boom at import/);
    expect(byName['old-spec-module']).toMatchObject({ code: 'UNSUPPORTED_SPEC_VERSION' });
    expect(byName['old-spec-exporter']).toMatchObject({ code: 'UNSUPPORTED_SPEC_VERSION' });
    expect(byName['no-factory']!.message).toMatch(/no exporter factory/);
    expect(byName['wrong-shape']!.message).toMatch(/missing export, forceFlush, shutdown/);
    expect(byName['bad-options']).toMatchObject({
      code: 'INVALID_CONFIG',
      message: 'acme: set url or GLASSBOX_ACME_URL',
    });
    // An entry outside its package is not followed; the bare import then finds nothing.
    expect(byName.escapes!.message).toMatch(/not installed/);
    expect(byName['same-name']!.message).toMatch(/already named "good"/);
    expect(byName['../outside']!.message).toMatch(/npm package name/);
    await targets[0]!.exporter.shutdown();
  });

  it('should accept built-in and npm names only', () => {
    for (const ok of ['file', '@acme/glassbox-exporter-acme', 'glassbox-exporter-x.y'])
      expect(isExporterName(ok)).toBe(true);
    for (const bad of ['', '../x', '/abs/path', 'UPPER', '@scope', 'a b', 'file:///x'])
      expect(isExporterName(bad)).toBe(false);
  });
});
