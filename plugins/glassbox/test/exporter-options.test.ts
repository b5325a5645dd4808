import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exporterOptionSpecs as consoleOptions } from '@glassbox/exporter-console';
import { exporterOptionSpecs as fileOptions } from '@glassbox/exporter-file';
import { exporterOptionSpecs as otlpOptions } from '@glassbox/exporter-otlp';
import { exporterOptionSpecs as prometheusOptions } from '@glassbox/exporter-prometheus';
import { type ExporterOptionSpec, isExporterOptionSpecs } from '@glassbox/spec';
import { describe, expect, it } from 'vitest';
import * as lite from '../../glassbox-lite/exporter-user-config.mjs';
import * as full from '../exporter-user-config.mjs';

const REPO = join(import.meta.dirname, '..', '..', '..');

const DECLARED: Record<string, readonly ExporterOptionSpec[]> = {
  console: consoleOptions,
  file: fileOptions,
  otlp: otlpOptions,
  prometheus: prometheusOptions,
};

interface UserConfigEntry {
  type: string;
  default?: unknown;
  sensitive?: boolean;
}

interface Mapping {
  exporter: string;
  option: string;
  pluginDefault?: unknown;
}

const USER_CONFIG_TYPES: Record<string, readonly string[]> = {
  string: ['string', 'directory', 'file'],
  'string[]': ['string'],
  record: ['string'],
  number: ['number'],
  boolean: ['boolean'],
};

describe('exporter option declarations', () => {
  it('should be well-formed, one entry per option name', () => {
    for (const [exporter, specs] of Object.entries(DECLARED)) {
      expect(isExporterOptionSpecs(specs), exporter).toBe(true);
      expect(new Set(specs.map((s) => s.name)).size, exporter).toBe(specs.length);
    }
  });

  for (const plugin of [
    { name: 'glassbox', dir: 'plugins/glassbox', map: full },
    { name: 'glassbox-lite', dir: 'plugins/glassbox-lite', map: lite },
  ]) {
    it(`should agree with ${plugin.name}'s userConfig: every key an agent option or a declared exporter option of the same type, secrecy and default`, async () => {
      const manifest = JSON.parse(
        await readFile(join(REPO, plugin.dir, '.claude-plugin/plugin.json'), 'utf8'),
      ) as {
        userConfig: Record<string, UserConfigEntry>;
      };
      const mappings = plugin.map.EXPORTER_USER_CONFIG as Record<string, Mapping>;
      for (const [key, entry] of Object.entries(manifest.userConfig)) {
        if (plugin.map.AGENT_USER_CONFIG.includes(key)) continue;
        const mapping = mappings[key];
        expect(mapping, `${plugin.name} userConfig.${key} sets no declared exporter option`).toBeDefined();
        const spec = DECLARED[mapping!.exporter]?.find((s) => s.name === mapping!.option);
        expect(spec, `${key}: ${mapping!.exporter} declares no option ${mapping!.option}`).toBeDefined();
        expect(USER_CONFIG_TYPES[spec!.type], `${key}: type ${entry.type} for a ${spec!.type}`).toContain(
          entry.type,
        );
        expect(entry.sensitive === true, `${key}: sensitive`).toBe(spec!.sensitive);
        const expected = 'pluginDefault' in mapping! ? mapping!.pluginDefault : spec!.default;
        expect(entry.default ?? null, `${key}: default`).toEqual(expected ?? null);
      }
      for (const key of Object.keys(mappings))
        expect(manifest.userConfig[key], `${key} is mapped but not in plugin.json`).toBeDefined();
    });
  }

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
