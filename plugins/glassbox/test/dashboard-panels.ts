import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_DIR } from './e2e-helpers.js';

/** One panel of deploy/grafana/glassbox.json with its queries, variables resolved. */
export interface ResolvedPanel {
  readonly title: string;
  readonly exprs: readonly string[];
}

/**
 * The panels under the dashboard rows `rows` (a row's panels run to the next row), each query with the template
 * variables set to `vars` (a regex each, as Grafana substitutes a selection) and `$__range` to `range`.
 */
export async function dashboardPanels(
  rows: readonly string[],
  vars: Readonly<Record<string, string>>,
  range: string,
): Promise<ResolvedPanel[]> {
  const dashboard = JSON.parse(await readFile(join(REPO_DIR, 'deploy/grafana/glassbox.json'), 'utf8')) as {
    panels: { type: string; title: string; targets?: { expr: string }[] }[];
  };
  const out: ResolvedPanel[] = [];
  let row = '';
  for (const panel of dashboard.panels) {
    if (panel.type === 'row') {
      row = panel.title;
      continue;
    }
    if (!rows.includes(row)) continue;
    const resolve = (expr: string) =>
      Object.entries(vars).reduce(
        (e, [name, value]) => e.replaceAll(`$${name}`, value),
        expr.replaceAll('$__range', range),
      );
    out.push({ title: panel.title, exprs: (panel.targets ?? []).map((t) => resolve(t.expr)) });
  }
  return out;
}
