import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isOwnTranscriptPath, isTranscriptToBe } from './transcript-path.js';

const SESSION = 'a47a450d-d36d-4623-8aed-a6a3f6fad8b7';

describe('isOwnTranscriptPath', () => {
  let tmp: string;
  let good: string;

  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-tp-'));
    await mkdir(join(tmp, 'projects', '-p'), { recursive: true });
    good = join(tmp, 'projects', '-p', `${SESSION}.jsonl`);
    await writeFile(good, '{}\n');
  });

  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('should accept the session own transcript under projects/', () => {
    expect(isOwnTranscriptPath(good, SESSION)).toBe(true);
  });

  it('should refuse other names, places, links, directories, missing files and non-strings', async () => {
    const elsewhere = join(tmp, `${SESSION}.jsonl`);
    await writeFile(elsewhere, '{}\n');
    const link = join(tmp, 'projects', '-p', `${SESSION.replace('a4', 'b4')}.jsonl`);
    await symlink(good, link);
    const dir = join(tmp, 'projects', 'd', `${SESSION}.jsonl`);
    await mkdir(dir, { recursive: true });
    expect(isOwnTranscriptPath(good, SESSION.replace('a4', 'c4'))).toBe(false);
    expect(isOwnTranscriptPath(elsewhere, SESSION)).toBe(false);
    expect(isOwnTranscriptPath(link, SESSION.replace('a4', 'b4'))).toBe(false);
    expect(isOwnTranscriptPath(dir, SESSION)).toBe(false);
    expect(isOwnTranscriptPath(join(tmp, 'projects', 'gone', `${SESSION}.jsonl`), SESSION)).toBe(false);
    expect(isOwnTranscriptPath(`projects/-p/${SESSION}.jsonl`, SESSION)).toBe(false);
    expect(isOwnTranscriptPath(`${tmp}/projects/-p/../-p/${SESSION}.jsonl`, SESSION)).toBe(false);
    expect(isOwnTranscriptPath(42, SESSION)).toBe(false);
  });

  it('should take a path of the right name and place whose file is not written yet as one to be', async () => {
    const later = join(tmp, 'projects', '-q', `${SESSION}.jsonl`);
    expect(isOwnTranscriptPath(later, SESSION)).toBe(false);
    expect(isTranscriptToBe(later, SESSION)).toBe(true);
    expect(isTranscriptToBe(good, SESSION)).toBe(false);
    expect(isTranscriptToBe(join(tmp, `${SESSION}.jsonl`), SESSION)).toBe(false);
    expect(isTranscriptToBe(join(tmp, 'projects', '-q', 'other.jsonl'), SESSION)).toBe(false);
    expect(isTranscriptToBe(`${tmp}/projects/-q/../-q/${SESSION}.jsonl`, SESSION)).toBe(false);
  });
});
