import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exporterOptionSpecs as consoleOptions } from '@glassbox/exporter-console';
import { exporterOptionSpecs as datadogOptions } from '@glassbox/exporter-datadog';
import { exporterOptionSpecs as fileOptions } from '@glassbox/exporter-file';
import { exporterOptionSpecs as otlpOptions } from '@glassbox/exporter-otlp';
import { exporterOptionSpecs as prometheusOptions } from '@glassbox/exporter-prometheus';
import { type ExporterOptionSpec, isExporterOptionSpecs } from '@glassbox/spec';
import { describe, expect, it } from 'vitest';
import { pluginFolders, readBundleManifest } from '../../../scripts/plugin-manifest.mjs';
import {
  AGENT_USER_CONFIG,
  pluginUserConfig,
  USER_CONFIG_TYPES,
} from '../../../scripts/plugin-user-config.mjs';

const REPO = join(import.meta.dirname, '..', '..', '..');

const DECLARED: Record<string, readonly ExporterOptionSpec[]> = {
  console: consoleOptions,
  datadog: datadogOptions,
  file: fileOptions,
  otlp: otlpOptions,
  prometheus: prometheusOptions,
};

describe('exporter option declarations', () => {
  it('should be well-formed, one entry per option name', () => {
    for (const [exporter, specs] of Object.entries(DECLARED)) {
      expect(isExporterOptionSpecs(specs), exporter).toBe(true);
      expect(new Set(specs.map((s) => s.name)).size, exporter).toBe(specs.length);
    }
  });

  for (const plugin of pluginFolders(REPO)) {
    const manifest = readBundleManifest(join(REPO, 'plugins', plugin));
    const bundled = manifest.exporters.filter((e) => e in DECLARED);

    it(`should have ${plugin}'s plugin.json userConfig generated from its manifest and the exporters' declarations`, async () => {
      const committed = JSON.parse(
        await readFile(join(REPO, 'plugins', plugin, '.claude-plugin/plugin.json'), 'utf8'),
      ) as { userConfig: unknown };
      expect(committed.userConfig).toEqual(
        pluginUserConfig(manifest, Object.fromEntries(bundled.map((e) => [e, DECLARED[e]]))),
      );
    });

    it(`should map each of ${plugin}'s exporter keys to a declared option of a type it can take, with the declared secrecy`, () => {
      const userConfig = pluginUserConfig(manifest, DECLARED) as Record<
        string,
        { type: string; sensitive?: boolean; default?: unknown }
      >;
      for (const [key, mapping] of Object.entries(manifest.options)) {
        const spec = DECLARED[mapping.exporter]?.find((s) => s.name === mapping.option);
        expect(spec, `${key}: ${mapping.exporter} declares no option ${mapping.option}`).toBeDefined();
        expect(USER_CONFIG_TYPES[spec!.type], key).toContain(userConfig[key]!.type);
        expect(userConfig[key]!.sensitive === true, `${key}: sensitive`).toBe(spec!.sensitive);
        const expected = 'default' in mapping ? mapping.default : spec!.default;
        expect(userConfig[key]!.default ?? null, `${key}: default`).toEqual(expected ?? null);
      }
      for (const key of Object.keys(AGENT_USER_CONFIG)) expect(userConfig[key], key).toBeDefined();
    });
  }

  it('should refuse a manifest key that names an undeclared option or a type the option cannot take', () => {
    const manifest = readBundleManifest(join(REPO, 'plugins', 'glassbox'));
    const withOption = (mapping: Record<string, unknown>) => ({
      ...manifest,
      options: { bad: { title: 'Bad', ...mapping } },
    });
    expect(() => pluginUserConfig(withOption({ exporter: 'otlp', option: 'nope' }), DECLARED)).toThrow(
      /declares no option nope/,
    );
    expect(() =>
      pluginUserConfig(withOption({ exporter: 'otlp', option: 'headers', type: 'number' }), DECLARED),
    ).toThrow(/cannot be a number for a record option/);
    expect(() => pluginUserConfig(withOption({ exporter: 'datadog', option: 'site' }), DECLARED)).toThrow(
      /does not bundle/,
    );
  });

  for (const exporter of Object.keys(DECLARED)) {
    it(`should match the options table of packages/exporter-${exporter}/README.md`, async () => {
      const readme = await readFile(join(REPO, 'packages', `exporter-${exporter}`, 'README.md'), 'utf8');
      const rows = readme.split('\n').filter((line) => line.startsWith('| `'));
      const header = readme.split('\n').find((line) => /^\| Option\s/.test(line)) ?? '';
      const envColumn = header
        .split('|')
        .map((c) => c.trim())
        .indexOf('Environment');
      for (const spec of DECLARED[exporter]!) {
        const row = rows.find((r) => r.split('|')[1]!.includes(`\`${spec.name}\``));
        expect(row, `README has no row for ${spec.name}`).toBeDefined();
        if (envColumn < 0) continue;
        const cell = row!.split('|')[envColumn]!;
        if (spec.env) expect(cell, `${spec.name}'s variable`).toContain(spec.env);
        else expect(cell, `${spec.name} has no variable`).not.toMatch(/GLASSBOX_|OTEL_/);
      }
    });
  }
});
