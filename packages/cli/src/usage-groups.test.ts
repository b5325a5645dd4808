import { describe, expect, it } from 'vitest';
import {
  G_F64,
  G_FIRST,
  G_OUTPUT,
  G_QUARTER,
  G_RESPONSES,
  G_U32,
  KeyFilter,
  UsageGroups,
} from './usage-groups.js';
import {
  R_F64,
  R_MODEL,
  R_OUTPUT,
  R_PRESENT,
  R_SESSION,
  R_TIME,
  R_U32,
  StringTable,
} from './usage-tables.js';

describe('KeyFilter', () => {
  it('should answer present for every key added, before and after it is stored sorted, and refuse repeats', () => {
    const keys = new Uint32Array(2 * 5000);
    for (let i = 0; i < keys.length; i += 1) keys[i] = Math.imul(i + 1, 2654435761) >>> 0;
    const filter = KeyFilter.of(keys, 2500, 2, 0);
    const sorted = filter.sorted();
    for (let i = 1; i < sorted.length; i += 1) expect(sorted[i - 1]!).toBeLessThan(sorted[i]!);
    for (let r = 0; r < 2500; r += 1) expect(filter.add(keys[r * 2]!, keys[r * 2 + 1]!)).toBe(false);
    let added = 0;
    for (let r = 2500; r < 5000; r += 1) if (filter.add(keys[r * 2]!, keys[r * 2 + 1]!)) added += 1;
    // A fingerprint shared with an earlier key only sends a re-run down the exact path.
    expect(added).toBeGreaterThan(2490);
    expect(filter.add(keys[9998]!, keys[9999]!)).toBe(false);
    const merged = filter.sorted();
    expect(merged.length).toBe(sorted.length + added);
    for (let i = 1; i < merged.length; i += 1) expect(merged[i - 1]!).toBeLessThan(merged[i]!);
    const reloaded = new KeyFilter(merged.slice());
    for (let r = 0; r < 5000; r += 1) expect(reloaded.add(keys[r * 2]!, keys[r * 2 + 1]!)).toBe(false);
  });
});

describe('UsageGroups', () => {
  it('should sum rows by project, session, model and quarter hour, and keep the first file in path order', () => {
    const strings = new StringTable();
    const rows = { u32: new Uint32Array(4 * R_U32), f64: new Float64Array(4 * R_F64) };
    const t0 = Date.parse('2026-11-27T10:00:00Z');
    const put = (r: number, session: string, minute: number, output: number) => {
      rows.u32[r * R_U32 + R_SESSION] = strings.intern(session);
      rows.u32[r * R_U32 + R_MODEL] = strings.intern('claude-opus-4-6');
      rows.u32[r * R_U32 + R_OUTPUT] = output;
      rows.u32[r * R_U32 + R_PRESENT] = 2;
      rows.f64[r * R_F64 + R_TIME] = t0 + minute * 60_000;
    };
    put(0, 's1', 1, 10);
    put(1, 's1', 14, 20);
    put(2, 's1', 16, 40);
    put(3, 's2', 2, 80);
    const groups = new UsageGroups();
    const project = strings.intern('p');
    // Files by index; their order keys decide which one a group names first.
    const files = ['/c/projects/p/b.jsonl', '/c/projects/p/a.jsonl'];
    const later = 0;
    const earlier = 1;
    groups.addRow(rows.u32, rows.f64, 0, project, later, files);
    groups.addRow(rows.u32, rows.f64, 1, project, earlier, files);
    groups.addRow(rows.u32, rows.f64, 2, project, later, files);
    groups.addRow(rows.u32, rows.f64, 3, project, later, files);
    expect(groups.count).toBe(3);
    const g = (i: number) => ({
      quarter: groups.f64[i * G_F64 + G_QUARTER],
      responses: groups.f64[i * G_F64 + G_RESPONSES],
      output: groups.f64[i * G_F64 + G_OUTPUT],
      first: files[groups.u32[i * G_U32 + G_FIRST]!],
    });
    expect(g(0)).toEqual({ quarter: t0 / 900_000, responses: 2, output: 30, first: '/c/projects/p/a.jsonl' });
    expect(g(1)).toEqual({
      quarter: t0 / 900_000 + 1,
      responses: 1,
      output: 40,
      first: '/c/projects/p/b.jsonl',
    });
    expect(g(2)).toMatchObject({ responses: 1, output: 80 });
    // Rebuilt from its stored columns, it finds the same groups again.
    const copy = new UsageGroups(groups.u32.slice(), groups.f64.slice(), groups.count);
    copy.addRow(rows.u32, rows.f64, 3, project, later, files);
    expect(copy.count).toBe(3);
    expect(copy.f64[2 * G_F64 + G_OUTPUT]).toBe(160);
  });
});
