import { describe, expect, it } from 'vitest';
import { fitTable, formatTable, type Table } from './format-table.js';
import { formatCompact, formatDuration, formatUsd } from './format-units.js';

const table = (label: string): Table => ({
  columns: [
    { header: 'Model', shrink: true, minWidth: 8 },
    { header: 'Tokens', align: 'right' },
  ],
  rows: [[label, '1,234,567'], 'rule', ['Total', '1,234,567']],
});

describe('formatTable', () => {
  it('should align columns under a header and rules', () => {
    const { text, fits } = formatTable(table('claude-opus-4-6'), 80);
    expect(fits).toBe(true);
    expect(text.split('\n')).toEqual([
      'Model               Tokens',
      '───────────────  ─────────',
      'claude-opus-4-6  1,234,567',
      '───────────────  ─────────',
      'Total            1,234,567',
      '',
    ]);
  });

  it('should cut label columns with … to fit, never numbers', () => {
    const { text, fits } = formatTable(table('a-very-long-model-name-that-goes-on'), 24);
    expect(fits).toBe(true);
    const lines = text.trimEnd().split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(24);
    expect(lines[2]).toBe('a-very-long-…  1,234,567');
  });

  it('should pick the first variant that fits', () => {
    const wide: Table = { columns: [{ header: 'N', align: 'right' }], rows: [['123,456,789,012']] };
    const narrow: Table = { columns: [{ header: 'N', align: 'right' }], rows: [['123B']] };
    expect(fitTable([wide, narrow], 10)).toBe('   N\n────\n123B\n');
    expect(fitTable([wide, narrow], 80)).toContain('123,456,789,012');
  });
});

describe('units', () => {
  it('should write numbers short enough for a table', () => {
    expect([999, 1_234, 109_659, 1_500_000, 17_223_119, 2.5e9].map(formatCompact)).toEqual([
      '999',
      '1.23k',
      '110k',
      '1.5M',
      '17.2M',
      '2.5B',
    ]);
    expect([0, 0.0342, 7.1014, 831.125].map(formatUsd)).toEqual(['$0.00', '$0.0342', '$7.10', '$831.13']);
    expect([48, 1234, 45_300, 192_000, 3_720_000].map(formatDuration)).toEqual([
      '48ms',
      '1.23s',
      '45.3s',
      '3m 12s',
      '1h 02m',
    ]);
  });
});
