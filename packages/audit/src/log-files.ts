import { readdir } from 'node:fs/promises';

/** Segment files of a log directory: `audit-000001.jsonl`, `audit-000002.jsonl`… one chain across all. */
export const SEGMENT_PATTERN = /^audit-(\d{6,})\.jsonl$/;
export const CHECKPOINTS_FILE = 'checkpoints.jsonl';
export const RECOVERY_FILE = 'recovery.jsonl';

export function segmentName(index: number): string {
  return `audit-${String(index).padStart(6, '0')}.jsonl`;
}

/** Segment file names in chain order. */
export async function listSegments(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((n) => SEGMENT_PATTERN.test(n))
    .sort((a, b) => Number(SEGMENT_PATTERN.exec(a)![1]) - Number(SEGMENT_PATTERN.exec(b)![1]));
}

/** One line of `checkpoints.jsonl` (and of a witness file). */
export interface CheckpointLine {
  readonly size: number;
  readonly rootHash: string;
  readonly timestampMs: number;
  readonly note: string;
}
