import { lstatSync } from 'node:fs';
import { basename, isAbsolute, normalize, sep } from 'node:path';

/**
 * Whether a client-named transcript may be read for `sessionId`: an absolute path to a regular file (not a link)
 * named `<sessionId>.jsonl` under a `projects/` directory and owned by this process's user. Anything else could
 * make the agent export another file as the user's telemetry.
 */
export function isOwnTranscriptPath(path: unknown, sessionId: string): path is string {
  if (typeof path !== 'string' || !isAbsolute(path) || path.includes('\0')) return false;
  const clean = normalize(path);
  if (clean !== path || basename(clean) !== `${sessionId}.jsonl`) return false;
  if (!clean.split(sep).slice(0, -1).includes('projects')) return false;
  try {
    const st = lstatSync(clean);
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    return st.isFile() && (uid === undefined || st.uid === uid);
  } catch {
    return false;
  }
}
