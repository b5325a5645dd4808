import { displayWidth, padEnd, padStart, truncate } from './format-units.js';

export interface TableColumn {
  readonly header: string;
  readonly align?: 'left' | 'right';
  /** May be cut (with `…`) to fit the width, down to `minWidth`. Labels shrink; numbers never do. */
  readonly shrink?: boolean;
  readonly minWidth?: number;
}

/** A row of cells, or `'rule'` for a horizontal line. */
export type TableRow = readonly string[] | 'rule';

export interface Table {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

const GAP = '  ';

function naturalWidths(table: Table): number[] {
  return table.columns.map((c, i) => {
    let w = displayWidth(c.header);
    for (const row of table.rows) if (row !== 'rule') w = Math.max(w, displayWidth(row[i] ?? ''));
    return w;
  });
}

/** Width of the table as it would print without shrinking. */
export function tableWidth(table: Table): number {
  const widths = naturalWidths(table);
  return widths.reduce((a, b) => a + b, 0) + GAP.length * Math.max(0, widths.length - 1);
}

/**
 * Renders a table with a header and `─` rules, fitting it into `maxWidth` columns by cutting the
 * shrinkable columns. `fits` is false when even that was not enough (the caller may try a shorter variant).
 */
export function formatTable(table: Table, maxWidth = 80): { text: string; fits: boolean } {
  const widths = naturalWidths(table);
  const gaps = GAP.length * Math.max(0, widths.length - 1);
  let total = widths.reduce((a, b) => a + b, 0) + gaps;
  // Take columns from the widest shrinkable one first, one column of text at a time.
  while (total > maxWidth) {
    let widest = -1;
    for (let i = 0; i < widths.length; i += 1) {
      const c = table.columns[i]!;
      const floor = Math.max(c.minWidth ?? 6, 1);
      if (!c.shrink || widths[i]! <= floor) continue;
      if (widest === -1 || widths[i]! > widths[widest]!) widest = i;
    }
    if (widest === -1) break;
    widths[widest]! -= 1;
    total -= 1;
  }
  const cell = (text: string, i: number): string => {
    const c = table.columns[i]!;
    const w = widths[i]!;
    const cut = truncate(text, w);
    return c.align === 'right' ? padStart(cut, w) : padEnd(cut, w);
  };
  const line = (cells: readonly string[]): string =>
    cells
      .map((t, i) => cell(t, i))
      .join(GAP)
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join(GAP);
  const out = [line(table.columns.map((c) => c.header)), rule];
  for (const row of table.rows) out.push(row === 'rule' ? rule : line(row));
  return { text: `${out.join('\n')}\n`, fits: total <= maxWidth };
}

/** Renders the first variant that fits `maxWidth` (e.g. full numbers, then compact ones); else the last. */
export function fitTable(variants: readonly Table[], maxWidth = 80): string {
  let last = '';
  for (const table of variants) {
    const { text, fits } = formatTable(table, maxWidth);
    if (fits) return text;
    last = text;
  }
  return last;
}
