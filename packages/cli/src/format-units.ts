// Made on first use: creating a NumberFormat loads ICU data (~10 ms), which `--json` never needs.
let grouped: Intl.NumberFormat | undefined;
let grouped2: Intl.NumberFormat | undefined;

/** 1234567 → `1,234,567`. */
export function formatInteger(n: number): string {
  grouped ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
  return grouped.format(n);
}

/** 1234567 → `1.2M`: short enough for an 80-column table. */
export function formatCompact(n: number): string {
  const abs = Math.abs(n);
  if (abs < 1000) return String(Math.round(n));
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) {
    if (abs >= size) {
      const v = n / size;
      // Three significant digits at most: 1.23M, 12.3M, 123M.
      const text = Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
      return `${text.includes('.') ? text.replace(/\.?0+$/, '') : text}${suffix}`;
    }
  }
  return String(n);
}

/** Dollars: cents above $1, four decimals below, so a single cheap call is not shown as $0.00. */
export function formatUsd(n: number): string {
  if (!Number.isFinite(n)) return '?';
  if (n === 0) return '$0.00';
  const abs = Math.abs(n);
  grouped2 ??= new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const text = abs >= 1 ? grouped2.format(abs) : abs >= 0.0001 ? abs.toFixed(4) : abs.toExponential(1);
  return `${n < 0 ? '-' : ''}$${text}`;
}

/** Milliseconds as `48ms`, `1.2s`, `3m 12s`, `1h 02m`. */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms < 0) ms = 0;
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(2)}s`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 3600)
    return `${Math.floor(totalSeconds / 60)}m ${String(totalSeconds % 60).padStart(2, '0')}s`;
  const minutes = Math.floor(totalSeconds / 60);
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

/** Bytes as `12.3 MB`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${units[i]}`;
}

/** Display width of a string: one column per code point (the CLI prints no wide characters). */
export function displayWidth(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/** Cuts `text` to `width` columns, ending in `…` when cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

export function padEnd(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : text + ' '.repeat(width - w);
}

export function padStart(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : ' '.repeat(width - w) + text;
}
