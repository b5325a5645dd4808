import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isQuarantined, quarantineFile } from './quarantine-file.js';
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
  /**
   * Some of the session's telemetry may not be delivered yet (it left memory while an exporter was down or its
   * items were evicted from the bounded queue): the next agent start reconciles it again and offers what the
   * checkpoints lack.
   */
  exportPending?: boolean;
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

  /** State files found unreadable and moved aside (`<id>.json.corrupt-<ms>`) by this process. */
  quarantined = 0;
  /** State files loaded with a field of the wrong type (or missing) replaced by its default. */
  repaired = 0;

  /**
   * A session's persisted state, undefined when there is none. A file that is not a JSON object of this session
   * is moved aside and counted (the session starts afresh from its transcript); a missing or mistyped field
   * takes its default and is counted, the rest is kept.
   */
  async loadState(sessionId: string): Promise<SessionState | undefined> {
    if (!isSafeSessionId(sessionId)) return undefined;
    const path = this.statePath(sessionId);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return undefined;
    }
    let raw: Partial<Record<keyof SessionState, unknown>>;
    try {
      raw = JSON.parse(text) as typeof raw;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || raw.sessionId !== sessionId)
        throw new Error("not this session's state");
    } catch {
      if (await quarantineFile(path)) this.quarantined++;
      return undefined;
    }
    const fixes = { n: 0 };
    const state: SessionState = {
      sessionId,
      ...(typeof raw.transcriptPath === 'string' ? { transcriptPath: raw.transcriptPath } : {}),
      offsets: numberRecord(raw.offsets, fixes),
      ended: booleanField(raw.ended, fixes),
      ...(typeof raw.exitedMs === 'number' && Number.isFinite(raw.exitedMs)
        ? { exitedMs: raw.exitedMs }
        : {}),
      lastActivityMs: finiteNumber(raw.lastActivityMs, fixes),
      delivered: deliveredField(raw.delivered, fixes),
      modAlive: booleanField(raw.modAlive, fixes),
      counted: stringArray(raw.counted, fixes),
      ...(raw.exportPending === true ? { exportPending: true } : {}),
    };
    if (raw.transcriptPath !== undefined && typeof raw.transcriptPath !== 'string') fixes.n++;
    if (fixes.n > 0) this.repaired++;
    return state;
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
      if (!name.endsWith('.json') || isQuarantined(name)) continue;
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

function numberRecord(v: unknown, fixes: { n: number }): Record<string, number> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    fixes.n++;
    return {};
  }
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(v)) {
    if (typeof n === 'number' && Number.isFinite(n) && n >= 0) out[k] = n;
    else fixes.n++;
  }
  return out;
}

function finiteNumber(v: unknown, fixes: { n: number }): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  fixes.n++;
  return 0;
}

function booleanField(v: unknown, fixes: { n: number }): boolean {
  if (typeof v !== 'boolean') fixes.n++;
  return v === true;
}

function stringArray(v: unknown, fixes: { n: number }): string[] {
  if (!Array.isArray(v)) {
    fixes.n++;
    return [];
  }
  const out = v.filter((id): id is string => typeof id === 'string');
  if (out.length !== v.length) fixes.n++;
  return out;
}

function deliveredField(v: unknown, fixes: { n: number }): SessionState['delivered'] {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    fixes.n++;
    return {};
  }
  const out: SessionState['delivered'] = {};
  for (const [exporter, done] of Object.entries(v)) {
    if (typeof done !== 'object' || done === null) {
      fixes.n++;
      continue;
    }
    const d = done as { spans?: unknown; logs?: unknown };
    out[exporter] = { spans: stringArray(d.spans, fixes), logs: stringArray(d.logs, fixes) };
  }
  return out;
}
