import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** A transcript file under `<config dir>/projects`. */
export interface TranscriptFile {
  readonly path: string;
  /** The folder under `projects/` (Claude Code's name for the working directory). */
  readonly project: string;
  /** Session id when records carry none: the file name, or the session folder of a subagent file. */
  readonly defaultSession: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** A session trace the agent saved (read when the session's transcript is gone), not a transcript. */
  readonly agentTrace?: boolean;
}

/** Every `*.jsonl` below `<root>/projects` for each root, with size and mtime, sorted by path. */
export function listTranscriptFiles(roots: readonly string[]): TranscriptFile[] {
  return findTranscriptFiles(roots).sort(byPath);
}

/** `listTranscriptFiles` in directory order: sorting thousands of long paths costs ~8 ms a quick re-run skips. */
export function findTranscriptFiles(roots: readonly string[]): TranscriptFile[] {
  const out: TranscriptFile[] = [];
  // The same root twice (`dir` and `dir/`) would list every file twice.
  const unique = [...new Set(roots.map((root) => join(root, 'projects')))];
  // Plain string paths and one object per file: this runs on every report, warm or cold.
  const walk = (dir: string, project: string, parentName: string, grandName: string, depth: number): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      const path = `${dir}${sep}${name}`;
      if (entry.isDirectory()) {
        if (depth < 6) walk(path, depth === 0 ? name : project, name, parentName, depth + 1);
        continue;
      }
      if (!name.endsWith('.jsonl') || !(entry.isFile() || entry.isSymbolicLink())) continue;
      const st = statSync(path, { throwIfNoEntry: false });
      if (!st?.isFile()) continue;
      out.push({
        path,
        project: depth === 0 ? '' : project,
        defaultSession: parentName === 'subagents' ? grandName : name.slice(0, -'.jsonl'.length),
        size: st.size,
        mtimeMs: st.mtimeMs,
      });
    }
  };
  for (const projects of unique) walk(projects, '', '', '', 0);
  return out;
}

export const byPath = (a: { path: string }, b: { path: string }): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
