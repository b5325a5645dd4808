import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The Claude Code process of a session, as Claude Code itself records it in `<configDir>/sessions/<pid>.json`
 * (`pid`, `sessionId`, `procStart`: field 22 of `/proc/<pid>/stat`, the start time in clock ticks). The file
 * stays behind when the process is killed, which is what makes a kill -9 visible.
 */
export interface ClaudeProcess {
  readonly pid: number;
  /** Start time as Claude Code wrote it; compared with `/proc`, so a reused pid is not mistaken for it. */
  readonly procStart?: string;
}

export type ProcessState = 'alive' | 'gone' | 'unknown';

/** An open session to watch. */
export interface WatchedSession {
  readonly sessionId: string;
  readonly transcriptPath?: string | undefined;
}

export interface ProcessLivenessOptions {
  /** Where Claude Code keeps `sessions/` when a session has no transcript path yet. */
  readonly claudeConfigDir: string;
  /** The agent's uid: session files of another user are not trusted. Default: `process.getuid()`. */
  readonly uid?: number;
}

const PID_FILE = /^(\d{1,10})\.json$/;
/** A session file larger than this is not Claude Code's (a few hundred bytes). */
const MAX_FILE_BYTES = 64 * 1024;

/** The config dir of a transcript `<configDir>/projects/<project>/<id>.jsonl`. */
export function configDirOf(transcriptPath: string): string | undefined {
  const projects = dirname(dirname(transcriptPath));
  return basename(projects) === 'projects' ? dirname(projects) : undefined;
}

/** Start time of `pid` from `/proc/<pid>/stat`, `undefined` when there is no such process; `null` without `/proc`. */
async function procStartOf(pid: number): Promise<string | undefined | null> {
  let text: string;
  try {
    text = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return null;
    // No such pid, or no /proc at all (macOS): tell them apart.
    return (await stat('/proc/self/stat').catch(() => undefined)) ? undefined : null;
  }
  // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
  return text.slice(text.lastIndexOf(')') + 2).split(' ')[19];
}

/** Whether the process still runs: `/proc` start time where there is one, else signal 0. */
export async function processState(proc: ClaudeProcess): Promise<ProcessState> {
  const start = await procStartOf(proc.pid);
  if (start === undefined) return 'gone';
  if (start !== null) return proc.procStart === undefined || proc.procStart === start ? 'alive' : 'gone';
  try {
    process.kill(proc.pid, 0);
    return 'alive';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH' ? 'gone' : 'unknown';
  }
}

/**
 * Finds which Claude Code process runs each open session, and tells which of them are gone (killed, crashed)
 * without ending their session. One `readdir` of `sessions/` per config dir while a session is not found yet,
 * then one read of `/proc/<pid>/stat` per session and check.
 */
export class ProcessLiveness {
  private readonly claudeConfigDir: string;
  private readonly uid: number | undefined;
  private readonly known = new Map<string, ClaudeProcess>();

  constructor(options: ProcessLivenessOptions) {
    this.claudeConfigDir = options.claudeConfigDir;
    this.uid = options.uid ?? process.getuid?.();
  }

  /** The ids of `sessions` whose process was found and is gone now; they are forgotten. */
  async gone(sessions: readonly WatchedSession[]): Promise<string[]> {
    const out: string[] = [];
    const listings = new Map<string, Promise<Map<string, ClaudeProcess[]>>>();
    const open = new Set(sessions.map((s) => s.sessionId));
    for (const id of this.known.keys()) if (!open.has(id)) this.known.delete(id);
    for (const session of sessions) {
      let proc = this.known.get(session.sessionId);
      if (!proc) {
        const dir = (session.transcriptPath && configDirOf(session.transcriptPath)) ?? this.claudeConfigDir;
        let listing = listings.get(dir);
        if (!listing) {
          listing = this.list(dir);
          listings.set(dir, listing);
        }
        const candidates = (await listing).get(session.sessionId) ?? [];
        // A resumed session has a stale file of its killed process beside the live one: a live one wins.
        for (const candidate of candidates) {
          const state = await processState(candidate);
          if (state !== 'gone' || !proc) proc = candidate;
          if (state !== 'gone') break;
        }
        if (!proc) continue;
        this.known.set(session.sessionId, proc);
      }
      if ((await processState(proc)) === 'gone') {
        this.known.delete(session.sessionId);
        out.push(session.sessionId);
      }
    }
    return out;
  }

  /** Session id → the processes Claude Code's session files name for it. */
  private async list(configDir: string): Promise<Map<string, ClaudeProcess[]>> {
    const out = new Map<string, ClaudeProcess[]>();
    const dir = join(configDir, 'sessions');
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const pid = Number(PID_FILE.exec(name)?.[1]);
      if (!Number.isSafeInteger(pid) || pid <= 1) continue;
      const parsed = await this.readSessionFile(join(dir, name));
      if (!parsed || parsed.pid !== pid) continue;
      const list = out.get(parsed.sessionId) ?? [];
      list.push(parsed.procStart === undefined ? { pid } : { pid, procStart: parsed.procStart });
      out.set(parsed.sessionId, list);
    }
    return out;
  }

  private async readSessionFile(
    path: string,
  ): Promise<{ pid: number; sessionId: string; procStart?: string } | undefined> {
    try {
      const info = await stat(path);
      if (!info.isFile() || info.size > MAX_FILE_BYTES) return undefined;
      if (this.uid !== undefined && info.uid !== this.uid) return undefined;
      const json = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
      const { pid, sessionId, procStart } = json;
      if (typeof pid !== 'number' || typeof sessionId !== 'string') return undefined;
      return typeof procStart === 'string' && /^\d{1,20}$/.test(procStart)
        ? { pid, sessionId, procStart }
        : { pid, sessionId };
    } catch {
      return undefined;
    }
  }
}
