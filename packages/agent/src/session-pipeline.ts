import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  agentIdFromPath,
  type CaptureEvent,
  findSubagentTranscripts,
  type NormalizeOptions,
  type PricingOptions,
  readTranscriptIncrement,
  type SessionTrace,
  SessionTracker,
  transcriptSize,
} from '@glassbox/core';
import { type SessionState, SessionStore } from './session-store.js';
import { isOwnTranscriptPath } from './transcript-path.js';

export interface SessionPipelineOptions {
  readonly sessionId: string;
  readonly pricing?: PricingOptions;
  /** Where to look for the transcript when no hook named it (`<dir>/projects/*\/<id>.jsonl`). */
  readonly claudeConfigDir: string;
  /** State persisted by an earlier run of the agent. */
  readonly state?: SessionState;
  readonly now?: () => number;
  /** Names of the configured exporters: an id delivered to all of them is never mapped again. */
  readonly exporters?: readonly string[];
  /** How transcripts are read (the audit trail asks for keyed content hashes and the start of thinking). */
  readonly transcriptOptions?: NormalizeOptions;
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
  private readonly transcriptOptions: NormalizeOptions;
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
  /** A transcript path a hook named before Claude Code created the file (see `readTranscripts`). */
  transcriptToBe: string | undefined;
  reconciles = 0;
  /** When the last reconciliation started (epoch ms); creation counts, so the sweep leaves a new turn to its end. */
  lastReconcileMs: number;
  /** A live event arrived since the last reconciliation. */
  dirty = true;
  /**
   * Ids (spans and logs) every exporter has checkpointed: `traceToTelemetry`'s grow-only `skip`, so delivered
   * records are not built again and fully delivered turns are not even walked.
   */
  readonly skip = new Set<string>();
  /** The checkpoint as sets, per exporter (the state keeps arrays, for its JSON). */
  private readonly deliveredSets = new Map<string, { spans: Set<string>; logs: Set<string> }>();
  private readonly exporters: readonly string[];
  /** The agent has mapped a trace of this session to telemetry once (without `skip`) in this process. */
  mappedOnce = false;
  /**
   * Span ids this session contributed to the metrics (the registry keeps none: they leave memory with the
   * session). `state.counted` holds only those a written `metrics.json` has the totals of.
   */
  readonly counted: Set<string>;
  /** Counted ids the state file on disk may not list yet, oldest first: `metrics.json` carries them meanwhile. */
  private journal: string[] = [];
  /** Ids dropped from the front of `journal` so far: the positions below count from the first id ever. */
  private journalBase = 0;
  /** Position up to which a written `metrics.json` holds the journal (and `state.counted` has those ids). */
  private journalInMetrics = 0;
  /** Reconciliations and publications started and not finished (the session is not retired meanwhile). */
  inFlight = 0;
  /** The last state write (the agent chains them, so an older state never lands after a newer one). */
  stateWrites: Promise<void> = Promise.resolve();
  /** Whether `lastTrace` was built as final. */
  private lastBuiltFinal = false;

  constructor(options: SessionPipelineOptions) {
    this.sessionId = options.sessionId;
    this.claudeConfigDir = options.claudeConfigDir;
    this.transcriptOptions = options.transcriptOptions ?? {};
    this.now = options.now ?? Date.now;
    this.lastReconcileMs = this.now();
    this.tracker = new SessionTracker({
      sessionId: options.sessionId,
      ...(options.pricing ? { pricing: options.pricing } : {}),
    });
    this.state = options.state ?? SessionStore.emptyState(options.sessionId, this.now());
    this.counted = new Set(this.state.counted);
    if (this.state.exitedMs !== undefined) this.tracker.processExited(this.state.exitedMs);
    this.exporters = options.exporters ?? [];
    for (const [exporter, done] of Object.entries(this.state.delivered))
      this.markDelivered(exporter, done.spans, done.logs);
  }

  /** The checkpoint as sets per exporter, for the export queue (kept in step with `state.delivered`). */
  deliveredView(): Record<string, { spans: ReadonlySet<string>; logs: ReadonlySet<string> }> {
    return Object.fromEntries(this.deliveredSets);
  }

  /** Records that `exporter` durably delivered these ids; true when any was new. */
  markDelivered(exporter: string, spanIds: readonly string[], logIds: readonly string[]): boolean {
    const mine = (this.state.delivered[exporter] ??= { spans: [], logs: [] });
    let sets = this.deliveredSets.get(exporter);
    if (!sets) {
      // The state's arrays may already hold ids (persisted state): the sets start from them.
      sets = { spans: new Set(mine.spans), logs: new Set(mine.logs) };
      this.deliveredSets.set(exporter, sets);
    }
    let added = false;
    for (const id of spanIds) {
      if (sets.spans.has(id)) continue;
      sets.spans.add(id);
      mine.spans.push(id);
      added = true;
    }
    for (const id of logIds) {
      if (sets.logs.has(id)) continue;
      sets.logs.add(id);
      mine.logs.push(id);
      added = true;
    }
    this.updateSkip(spanIds, 'spans');
    this.updateSkip(logIds, 'logs');
    return added;
  }

  private updateSkip(ids: readonly string[], kind: 'spans' | 'logs'): void {
    if (this.exporters.length === 0) return;
    for (const id of ids) {
      if (this.skip.has(id)) continue;
      if (this.exporters.every((name) => this.deliveredSets.get(name)?.[kind].has(id))) this.skip.add(id);
    }
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

  /**
   * Notes span ids just counted in the metrics. Persisting them takes two writes, in this order: `metrics.json`
   * (the totals with these ids beside them: one atomic file), then the state file (then they leave
   * `metrics.json`). A crash before the first loses the count and the ids together (the session is mapped whole
   * again); after it, the start merges the ids `metrics.json` still carries into the state files. The state
   * never lists an id whose totals are not written, so a span is neither counted twice nor lost.
   */
  noteCounted(ids: readonly string[]): void {
    for (const id of ids) this.journal.push(id);
  }

  /** Whether some counted ids may be missing from the state file on disk. */
  get journalPending(): boolean {
    return this.journal.length > 0;
  }

  /** The ids to write into `metrics.json` now, and the position a completed write reaches (`metricsWritten`). */
  journalForMetrics(): { ids: readonly string[]; upTo: number } {
    return { ids: this.journal, upTo: this.journalBase + this.journal.length };
  }

  /** A `metrics.json` holding the journal up to `upTo` is on disk: those ids may go into the state. */
  metricsWritten(upTo: number): boolean {
    if (upTo <= this.journalInMetrics) return false;
    for (let i = this.journalInMetrics; i < upTo; i++)
      this.state.counted.push(this.journal[i - this.journalBase]!);
    this.journalInMetrics = upTo;
    return true;
  }

  /** The position a state write that starts now covers (its `state.counted`). */
  journalForState(): number {
    return this.journalInMetrics;
  }

  /** A state file listing the journal up to `upTo` is on disk: those ids leave the journal. */
  stateWritten(upTo: number): void {
    const drop = upTo - this.journalBase;
    if (drop <= 0) return;
    this.journal.splice(0, drop);
    this.journalBase = upTo;
  }

  /** Merges what an earlier run persisted (a resumed session, or one retired from memory). */
  adoptPersisted(persisted: SessionState): void {
    for (const [exporter, done] of Object.entries(persisted.delivered))
      this.markDelivered(exporter, done.spans, done.logs);
    for (const id of persisted.counted) {
      if (this.counted.has(id)) continue;
      this.counted.add(id);
      this.state.counted.push(id);
    }
    if (!this.state.transcriptPath && persisted.transcriptPath)
      this.state.transcriptPath = persisted.transcriptPath;
    if (persisted.modAlive) this.state.modAlive = true;
  }

  /**
   * Claude Code's process is gone and never ended the session: it ends now, interrupted (see the tracker's
   * `processExited`). False when it had ended already.
   */
  processExited(atMs: number): boolean {
    if (this.state.exitedMs !== undefined || this.state.ended) return false;
    this.state.exitedMs = atMs;
    this.state.ended = true;
    this.dirty = true;
    this.tracker.processExited(atMs);
    return true;
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

  /**
   * Reads what the transcripts gained and folds it in, without building (`TranscriptCatchUp`, during a turn): the
   * turn end's reconciliation, which the Stop hook waits for, then reads only the turn's last lines. Serialised
   * with `reconcile`; resolves to whether anything was read.
   */
  catchUp(): Promise<boolean> {
    const run = this.chain.then(async () => {
      const read = await this.readTranscripts({ search: false });
      if (read) this.dirty = true;
      return read;
    });
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
    const buildFinal = final || this.state.ended;
    // Coalesced triggers (the mod's turn end, then the Stop hook): nothing new since the last build, same trace.
    if (
      this.lastTrace &&
      !this.dirty &&
      (this.lastBuiltFinal || !buildFinal) &&
      !(await this.transcriptGrew())
    )
      return this.lastTrace;
    this.dirty = false;
    this.lastReconcileMs = this.now();
    await this.readTranscripts();
    this.reconciles++;
    const trace = this.tracker.build(buildFinal ? { final: true } : {});
    this.lastTrace = trace;
    this.lastBuiltFinal = buildFinal;
    return trace;
  }

  /**
   * The main and subagent transcripts' increments into the tracker; whether any was read. Without a path, the one a
   * hook named before the file existed once it does, else (`search`) the session's file under any project.
   */
  private async readTranscripts({ search = true }: { search?: boolean } = {}): Promise<boolean> {
    const toBe = this.transcriptToBe;
    if (!this.state.transcriptPath && toBe && isOwnTranscriptPath(toBe, this.sessionId))
      this.state.transcriptPath = toBe;
    if (!this.state.transcriptPath && search) {
      const found = await findTranscript(this.claudeConfigDir, this.sessionId);
      if (found) this.state.transcriptPath = found;
    }
    const main = this.state.transcriptPath;
    if (!main) return false;
    let read = await this.readIncrement(main, undefined);
    for (const sub of await findSubagentTranscripts(main))
      if (await this.readIncrement(sub, agentIdFromPath(sub))) read = true;
    return read;
  }

  private async readIncrement(path: string, agentId: string | undefined): Promise<boolean> {
    const from = this.offsets.get(path) ?? 0;
    const size = await transcriptSize(path);
    if (size === undefined || size <= from) return false;
    try {
      const increment = await readTranscriptIncrement(path, from, this.transcriptOptions);
      this.tracker.addTranscriptEntries(increment.entries, agentId ? { agentId } : {});
      this.offsets.set(path, increment.nextOffset);
      this.state.offsets[path] = increment.nextOffset;
      this.malformedLines += increment.malformedLines;
      return increment.nextOffset > from;
    } catch {
      // Unreadable for now (being written, permissions): the next reconciliation tries again.
      return false;
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
