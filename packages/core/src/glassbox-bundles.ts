/**
 * Every Glassbox plugin bundle: its rank, what its agent can run and what it runs by default. One agent per user
 * whichever bundles are installed: the highest-ranked plugin's agent serves and runs only its own plugin's
 * exporters, so a lower bundle's exporters that the serving one does not run are lost. Lite's exporters are a
 * subset of every other bundle's, so it ranks lowest; the full plugin, glassbox-audit and glassbox-datadog carry
 * exporters the others lack (no superset order), so the name breaks the tie (`glassbox` < `glassbox-audit` <
 * `glassbox-datadog` alphabetically, first wins). The ranks are the table of `gb_rank_of` in every
 * `plugins/*\/hooks/glassbox-channel.sh`, and `exporters`/`defaultExporters` each plugin's `bundle.json`; the
 * agent's `plugin-rank.test.ts` holds them together.
 */
export interface GlassboxBundle {
  readonly rank: number;
  /** Every exporter its agent can run: the ones bundled with it and the built-in audit trail. */
  readonly exporters: readonly string[];
  /** Its `exporters` option's default. */
  readonly defaultExporters: string;
}

export const GLASSBOX_BUNDLES: Readonly<Record<string, GlassboxBundle>> = Object.freeze({
  glassbox: {
    rank: 4,
    exporters: ['console', 'file', 'otlp', 'prometheus', 'audit'],
    defaultExporters: 'otlp,file',
  },
  'glassbox-audit': { rank: 3, exporters: ['console', 'file', 'audit'], defaultExporters: 'audit,file' },
  'glassbox-datadog': {
    rank: 2,
    exporters: ['console', 'file', 'datadog', 'audit'],
    defaultExporters: 'datadog,file',
  },
  'glassbox-lite': { rank: 1, exporters: ['console', 'file', 'audit'], defaultExporters: 'file' },
});

/** The rank of every Glassbox plugin bundle ({@link GLASSBOX_BUNDLES}). */
export const PLUGIN_RANKS: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(Object.entries(GLASSBOX_BUNDLES).map(([name, b]) => [name, b.rank])),
);

/** A plugin's rank ({@link PLUGIN_RANKS}); any other name (a bare `glassbox-agent`) ranks 0. */
export function pluginRank(plugin: string | undefined): number {
  return plugin !== undefined && Object.hasOwn(PLUGIN_RANKS, plugin) ? (PLUGIN_RANKS[plugin] ?? 0) : 0;
}

/**
 * The exporter names an `exporters` option value turns on, as the agent reads it: a comma or space separated
 * list, or a JSON list whose entries are names or `[name, options]`; `none` and duplicates dropped, lower case.
 */
export function exporterNamesOf(value: string): string[] {
  const text = value.trim();
  let entries: unknown[] = text.split(/[\s,]+/);
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) entries = parsed.map((e) => (Array.isArray(e) ? e[0] : e));
    } catch {
      // a plain list, as the agent falls back
    }
  }
  const names: string[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string') continue;
    const name = entry.trim().toLowerCase();
    if (name !== '' && name !== 'none' && !names.includes(name)) names.push(name);
  }
  return names;
}
