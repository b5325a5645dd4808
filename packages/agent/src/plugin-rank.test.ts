import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GLASSBOX_BUNDLES } from '@glassbox/core';
import { describe, expect, it } from 'vitest';
import { PLUGIN_RANKS, pluginRank } from './plugin-rank.js';

const plugins = fileURLToPath(new URL('../../../plugins', import.meta.url));
/** Every plugin bundle folder (one with a bundle.json). */
const bundles = readdirSync(plugins)
  .filter((name) => existsSync(join(plugins, name, 'bundle.json')))
  .sort();

/** The `gb_rank_of` case table of a plugin's glassbox-channel.sh. */
function hookTable(bundle: string): Record<string, number> {
  const text = readFileSync(join(plugins, bundle, 'hooks', 'glassbox-channel.sh'), 'utf8');
  const body = /\ngb_rank_of\(\) \{\n([\s\S]*?)\n\}\n/.exec(text)?.[1] ?? '';
  const table: Record<string, number> = {};
  for (const [, names, rank] of body.matchAll(/^\s*([a-z|\s*-]+)\) gb_rank=(\d+) ;;$/gm)) {
    for (const name of (names ?? '').split('|')) table[name.trim()] = Number(rank);
  }
  return table;
}

describe('plugin rank table', () => {
  it('ranks exactly the plugin folders, each with its own rank', () => {
    expect(bundles.length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(PLUGIN_RANKS).sort()).toEqual(bundles);
    const ranks = Object.values(PLUGIN_RANKS);
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(Math.min(...ranks)).toBeGreaterThan(0);
  });

  it('ranks the bundle whose exporters are a subset of all others lowest, ties broken by name', () => {
    // What a bundle's agent can run: its bundled exporters and the built-in ones its default names (audit).
    const exporters = (bundle: string): string[] => {
      const manifest = JSON.parse(readFileSync(join(plugins, bundle, 'bundle.json'), 'utf8'));
      const defaults = String(manifest.exportersOption?.default ?? '').split(',');
      return [...manifest.exporters, ...defaults].filter((e) => e !== '' && e !== 'none');
    };
    const byRank = [...bundles].sort((a, b) => pluginRank(b) - pluginRank(a));
    for (const [i, higher] of byRank.entries()) {
      for (const lower of byRank.slice(i + 1)) {
        const superset = exporters(lower).every((e) => exporters(higher).includes(e));
        const reverse = exporters(higher).every((e) => exporters(lower).includes(e));
        // A strict superset never ranks below its subset; incomparable bundles go by name.
        if (reverse && !superset) throw new Error(`${higher} outranks ${lower}, a superset`);
        if (!superset || reverse) expect(higher < lower, `${higher} before ${lower}`).toBe(true);
      }
    }
  });

  it.each(bundles)('%s: the hook table is the agent table and rank= is its own', (bundle) => {
    expect(hookTable(bundle)).toEqual({ ...PLUGIN_RANKS, '*': 0 });
    const ensure = readFileSync(join(plugins, bundle, 'hooks', 'ensure-agent.sh'), 'utf8');
    expect(ensure).toMatch(new RegExp(`\\nplugin=${bundle}\\n`));
    expect(/\nrank=(\d+)\n/.exec(ensure)?.[1]).toBe(String(PLUGIN_RANKS[bundle]));
  });

  it.each(bundles)(
    '%s: what doctor knows of it is its bundle.json (bundled exporters, the audit trail, the default)',
    (bundle) => {
      const manifest = JSON.parse(readFileSync(join(plugins, bundle, 'bundle.json'), 'utf8'));
      expect([...GLASSBOX_BUNDLES[bundle]!.exporters].sort()).toEqual(
        [...manifest.exporters, 'audit'].sort(),
      );
      expect(GLASSBOX_BUNDLES[bundle]!.defaultExporters).toBe(manifest.exportersOption.default);
    },
  );

  it('ranks other names 0', () => {
    expect(pluginRank(undefined)).toBe(0);
    expect(pluginRank('glassbox-agent')).toBe(0);
    expect(pluginRank('constructor')).toBe(0);
  });
});
