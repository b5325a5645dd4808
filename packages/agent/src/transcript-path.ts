import { existsSync, lstatSync } from 'node:fs';
import { basename, isAbsolute, normalize, sep } from 'node:path';
import { ownUid } from './agent-key.js';

/**
 * Whether a client-named transcript may be read for `sessionId`: an absolute path to a regular file (not a link)
 * named `<sessionId>.jsonl` under a `projects/` directory and owned by this process's user. Anything else could
 * make the agent export another file as the user's telemetry.
 */
export function isOwnTranscriptPath(path: unknown, sessionId: string): path is string {
  if (!isTranscriptPathShape(path, sessionId)) return false;
  try {
    const st = lstatSync(path);
    const uid = ownUid();
    return st.isFile() && (uid === undefined || st.uid === uid);
  } catch {
    return false;
  }
}

/** The name and place alone: absolute and normalised, `<sessionId>.jsonl`, under a `projects/` directory. */
export function isTranscriptPathShape(path: unknown, sessionId: string): path is string {
  if (typeof path !== 'string' || !isAbsolute(path) || path.includes('\0')) return false;
  const clean = normalize(path);
  return (
    clean === path &&
    basename(clean) === `${sessionId}.jsonl` &&
    clean.split(sep).slice(0, -1).includes('projects')
  );
}

/** A transcript of the right name and place that does not exist yet (Claude Code writes it after the first prompt). */
export function isTranscriptToBe(path: unknown, sessionId: string): path is string {
  return isTranscriptPathShape(path, sessionId) && !existsSync(path);
}
