import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  agentIdFromPath,
  type CaptureEvent,
  findSubagentTranscripts,
  type PricingOptions,
  readTranscriptIncrement,
  type SessionTrace,
  SessionTracker,
  transcriptSize,
} from '@glassbox/core';
import type { SessionState } from './session-store.js';

export interface SessionPipelineOptions {
  readonly sessionId: string;
  readonly pricing?: PricingOptions;
  /** Where to look for the transcript when no hook named it (`<dir>/projects/*\/<id>.jsonl`). */
  readonly claudeConfigDir: string;
  /** State persisted by an earlier run of the agent. */
  readonly state?: SessionState;
  readonly now?: () => number;
}

/** Live events of one mod instance seen already (a resent batch repeats them). */
const MAX_SEEN_SEQS = 100_000;

/**
 * Everything the agent knows about one session: a `SessionTracker` fed with live events as they arrive and
 * with transcript increments at each reconciliation, plus the offsets read so far. Reconciliations of one
 * session run one at a time.
 */
export class SessionPipeline {
  readonly sessionId: string;
  readonly state: SessionState;
  private readonly tracker: SessionTracker;
  private readonly claudeConfigDir: string;
  private readonly now: () => number;
  private readonly seen = new Set<string>();
  private chain: Promise<unknown> = Promise.resolve();
  /** Offsets read by this process (the tracker is in memory: a restart reads again from 0). */
  private readonly offsets = new Map<string, number>();
  lastTrace: SessionTrace | undefined;
  /** Working directory of the session (from hooks or the mod), for the `project` attribute. */
  cwd: string | undefined;
  /** Resolves once persisted state (checkpoints of an earlier run) has been merged in. */
  ready: Promise<void> = Promise.resolve();
  sampledOutCounted = false;
  /** The last publication of a built trace (the agent chains them). */
  publishing: Promise<void> = Promise.resolve();
  malformedLines = 0;
  liveEvents = 0;
  reconciles = 0;
  /** When the last reconciliation started (epoch ms). */
  lastReconcileMs = 0;
  /** A live event arrived since the last reconciliation. */
  dirty = true;

  constructor(options: SessionPipelineOptions) {
    this.sessionId = options.sessionId;
    this.claudeConfigDir = options.claudeConfigDir;
    this.now = options.now ?? Date.now;
    this.tracker = new SessionTracker({
      sessionId: options.sessionId,
      ...(options.pricing ? { pricing: options.pricing } : {}),
    });
    this.state = options.state ?? {
      sessionId: options.sessionId,
      offsets: {},
      ended: false,
      lastActivityMs: this.now(),
      delivered: {},
      modAlive: false,
    };
  }

  get transcriptPath(): string | undefined {
    return this.state.transcriptPath;
  }

  /** True the first time a mod event (`instanceId`, `seq`) is seen. */
  acceptModSeq(instanceId: string, seq: number): boolean {
    const key = `${instanceId}:${seq}`;
    if (this.seen.has(key)) return false;
    if (this.seen.size >= MAX_SEEN_SEQS) this.seen.clear();
    this.seen.add(key);
    return true;
  }

  /** Undoes `acceptModSeq` when the batch could not be stored: its resend must be accepted. */
  forgetModSeq(instanceId: string, seq: number): void {
    this.seen.delete(`${instanceId}:${seq}`);
  }

  /** Merges what an earlier run persisted (a resumed session, or one retired from memory). */
  adoptPersisted(persisted: SessionState): void {
    for (const [exporter, done] of Object.entries(persisted.delivered)) {
      const mine = (this.state.delivered[exporter] ??= { spans: [], logs: [] });
      const spans = new Set(mine.spans);
      const logs = new Set(mine.logs);
      for (const id of done.spans) if (!spans.has(id)) mine.spans.push(id);
      for (const id of done.logs) if (!logs.has(id)) mine.logs.push(id);
    }
    if (!this.state.transcriptPath && persisted.transcriptPath)
      this.state.transcriptPath = persisted.transcriptPath;
    if (persisted.modAlive) this.state.modAlive = true;
  }

  addEvent(event: CaptureEvent, activityMs: number = this.now()): void {
    this.tracker.addCaptureEvent(event);
    this.liveEvents++;
    this.dirty = true;
    this.state.lastActivityMs = Math.max(this.state.lastActivityMs, activityMs);
    if (event.transcriptPath && !this.state.transcriptPath) this.state.transcriptPath = event.transcriptPath;
    if (event.type === 'session.end') this.state.ended = true;
    // A resumed session comes back to life.
    if (event.type === 'session.start' || event.type === 'prompt.submit') this.state.ended = false;
    if (event.source === 'mod') this.state.modAlive = true;
  }

  /** Reads what the transcripts gained, folds it in, and builds the trace. Serialised per session. */
  reconcile(options: { final?: boolean } = {}): Promise<SessionTrace> {
    const run = this.chain.then(() => this.doReconcile(options.final === true));
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Whether a transcript grew since it was last read (cheap: one `stat` per file). */
  async transcriptGrew(): Promise<boolean> {
    const path = this.state.transcriptPath;
    if (!path) return this.offsets.size === 0;
    const size = await transcriptSize(path);
    if (size !== undefined && size > (this.offsets.get(path) ?? 0)) return true;
    for (const sub of await findSubagentTranscripts(path)) {
      const s = await transcriptSize(sub);
      if (s !== undefined && s > (this.offsets.get(sub) ?? 0)) return true;
    }
    return false;
  }

  private async doReconcile(final: boolean): Promise<SessionTrace> {
    this.dirty = false;
    this.lastReconcileMs = this.now();
    if (!this.state.transcriptPath) {
      const found = await findTranscript(this.claudeConfigDir, this.sessionId);
      if (found) this.state.transcriptPath = found;
    }
    const main = this.state.transcriptPath;
    if (main) {
      await this.readIncrement(main, undefined);
      for (const sub of await findSubagentTranscripts(main))
        await this.readIncrement(sub, agentIdFromPath(sub));
    }
    this.reconciles++;
    const trace = this.tracker.build(final || this.state.ended ? { final: true } : {});
    this.lastTrace = trace;
    return trace;
  }

  private async readIncrement(path: string, agentId: string | undefined): Promise<void> {
    const from = this.offsets.get(path) ?? 0;
    const size = await transcriptSize(path);
    if (size === undefined || size <= from) return;
    try {
      const increment = await readTranscriptIncrement(path, from);
      this.tracker.addTranscriptEntries(increment.entries, agentId ? { agentId } : {});
      this.offsets.set(path, increment.nextOffset);
      this.state.offsets[path] = increment.nextOffset;
      this.malformedLines += increment.malformedLines;
    } catch {
      // Unreadable for now (being written, permissions): the next reconciliation tries again.
    }
  }
}

/** Finds `<configDir>/projects/<project>/<sessionId>.jsonl`. */
export async function findTranscript(
  claudeConfigDir: string,
  sessionId: string,
): Promise<string | undefined> {
  const projects = join(claudeConfigDir, 'projects');
  const dirs = await readdir(projects).catch(() => [] as string[]);
  for (const dir of dirs) {
    const candidate = join(projects, dir, `${sessionId}.jsonl`);
    if ((await transcriptSize(candidate)) !== undefined) return candidate;
  }
  return undefined;
}
