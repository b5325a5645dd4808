import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateTranscripts } from './generate-transcripts.mjs';

describe('generateTranscripts', () => {
  const dirs = [];
  const make = (seed) => {
    const dir = mkdtempSync(join(tmpdir(), 'glassbox-gen-'));
    dirs.push(dir);
    return { dir, result: generateTranscripts({ outDir: dir, targetBytes: 200_000, seed }) };
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('should write real-format records: one assistant record per block sharing message id and request id', () => {
    const { result } = make(1);
    expect(result.bytes).toBeGreaterThanOrEqual(200_000);
    const records = result.files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    );
    const assistant = records.filter((r) => r.type === 'assistant');
    const byResponse = new Map();
    for (const r of assistant)
      byResponse.set(
        `${r.message.id}:${r.requestId}`,
        (byResponse.get(`${r.message.id}:${r.requestId}`) ?? 0) + 1,
      );
    expect(byResponse.size).toBe(result.responses);
    expect([...byResponse.values()].some((n) => n > 1)).toBe(true);
    const toolUses = assistant.flatMap((r) =>
      r.message.content.filter((b) => b.type === 'tool_use').map((b) => b.id),
    );
    const results = records
      .filter((r) => r.type === 'user' && Array.isArray(r.message.content))
      .map((r) => r.message.content[0].tool_use_id);
    expect(new Set(results)).toEqual(new Set(toolUses));
  });

  it('should be deterministic for a seed', () => {
    const a = make(7);
    const b = make(7);
    expect(a.result.bytes).toBe(b.result.bytes);
    expect(readFileSync(a.result.files[0], 'utf8')).toBe(readFileSync(b.result.files[0], 'utf8'));
  });
});
