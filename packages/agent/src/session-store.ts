import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './write-file-atomic.js';

/** What the agent keeps about a session between restarts (`state/<id>.json`). */
export interface SessionState {
  readonly sessionId: string;
  transcriptPath?: string;
  /** Byte offsets read per transcript file (main and subagents). */
  offsets: Record<string, number>;
  /** `session.end` was seen, or the process went away without it (`exitedMs`). */
  ended: boolean;
  /** When Claude Code's process was found gone without ending the session (kill -9, crash). */
  exitedMs?: number;
  lastActivityMs: number;
  /** The session's telemetry ids each exporter has durably delivered: its checkpoint. */
  delivered: Record<string, { spans: string[]; logs: string[] }>;
  /** The mod reported in for this session. */
  modAlive: boolean;
  /**
   * Span ids this session contributed to the metrics (`metrics.json` holds their totals): a span is never
   * counted twice, also when the session comes back after a restart or a `--resume`.
   */
  counted: string[];
}

const SAFE_ID = /^[A-Za-z0-9._-]{1,200}$/;

/** A session id as a file name; anything unusual is refused rather than escaped into a path. */
export function isSafeSessionId(id: string): boolean {
  return SAFE_ID.test(id) && id !== '.' && id !== '..';
}

/**
 * Per-session files: the built trace in `<dataDir>/sessions/<id>.json` (read by `glassbox trace`) and the state
 * above in `<dataDir>/state/<id>.json`. Writes are atomic.
 */
export class SessionStore {
  /** Built traces, one `<id>.json` per session (what `glassbox trace` reads). */
  readonly dir: string;
  /** Per-session state and checkpoints, one `<id>.json` per session. */
  readonly stateDir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'sessions');
    this.stateDir = join(dataDir, 'state');
  }

  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await mkdir(this.stateDir, { recursive: true, mode: 0o700 });
  }

  tracePath(sessionId: string): string {
    return join(this.dir, `${sessionId}.json`);
  }

  statePath(sessionId: string): string {
    return join(this.stateDir, `${sessionId}.json`);
  }

  async loadState(sessionId: string): Promise<SessionState | undefined> {
    if (!isSafeSessionId(sessionId)) return undefined;
    try {
      const raw = JSON.parse(await readFile(this.statePath(sessionId), 'utf8')) as Partial<SessionState>;
      if (raw.sessionId !== sessionId) return undefined;
      return {
        sessionId,
        ...(typeof raw.transcriptPath === 'string' ? { transcriptPath: raw.transcriptPath } : {}),
        offsets: typeof raw.offsets === 'object' && raw.offsets !== null ? raw.offsets : {},
        ended: raw.ended === true,
        ...(typeof raw.exitedMs === 'number' && Number.isFinite(raw.exitedMs)
          ? { exitedMs: raw.exitedMs }
          : {}),
        lastActivityMs: typeof raw.lastActivityMs === 'number' ? raw.lastActivityMs : 0,
        delivered: typeof raw.delivered === 'object' && raw.delivered !== null ? raw.delivered : {},
        modAlive: raw.modAlive === true,
        counted: Array.isArray(raw.counted) ? raw.counted.filter((id) => typeof id === 'string') : [],
      };
    } catch {
      return undefined;
    }
  }

  /** A session's state as a first sight of it starts it. */
  static emptyState(sessionId: string, nowMs: number): SessionState {
    return {
      sessionId,
      offsets: {},
      ended: false,
      lastActivityMs: nowMs,
      delivered: {},
      modAlive: false,
      counted: [],
    };
  }

  async saveState(state: SessionState): Promise<void> {
    if (!isSafeSessionId(state.sessionId)) return;
    await writeFileAtomic(this.statePath(state.sessionId), JSON.stringify(state));
  }

  async saveTrace(sessionId: string, trace: unknown): Promise<void> {
    if (!isSafeSessionId(sessionId)) return;
    // A trace can be rebuilt from the transcript: no fsync needed.
    await writeFileAtomic(this.tracePath(sessionId), JSON.stringify(trace), { sync: false });
  }

  /** Sessions with a state file, and when each was last active. */
  async list(): Promise<Array<{ sessionId: string; mtimeMs: number }>> {
    const names = await readdir(this.stateDir).catch(() => [] as string[]);
    const out: Array<{ sessionId: string; mtimeMs: number }> = [];
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      const sessionId = name.slice(0, -'.json'.length);
      const s = await stat(join(this.stateDir, name)).catch(() => undefined);
      if (s) out.push({ sessionId, mtimeMs: s.mtimeMs });
    }
    return out;
  }

  /** Deletes both files of sessions idle for longer than `maxAgeMs` (transcripts themselves go after 30 days). */
  async pruneOlderThan(maxAgeMs: number, nowMs: number): Promise<number> {
    let removed = 0;
    for (const { sessionId, mtimeMs } of await this.list()) {
      if (nowMs - mtimeMs <= maxAgeMs) continue;
      await rm(this.statePath(sessionId), { force: true });
      await rm(this.tracePath(sessionId), { force: true });
      removed++;
    }
    return removed;
  }
}
