import { type CaptureEvent, type HookInput, hookInputToCaptureEvents, parseHookInput } from '@glassbox/core';
import type { AgentCounters } from './agent-counters.js';
import { coerceEventFields } from './coerce-event-fields.js';
import type { ParsedModEvent } from './parse-mod-batch.js';
import { MOD_RECONCILE_DELAY_MS, RECONCILE_EVENTS, RECONCILE_HOOKS, type Reconciler } from './reconcile.js';
import type { SessionPipeline } from './session-pipeline.js';
import { isSafeSessionId, type SessionStore } from './session-store.js';
import type { Sessions } from './sessions.js';
import type { SpoolRecord } from './spool.js';
import { modEventForSpool } from './strip-before-spool.js';
import { isOwnTranscriptPath, isTranscriptToBe } from './transcript-path.js';

/** A mod batch as spooled: the accepted events (and the heartbeat) of one request. */
export interface StoredModBatch {
  readonly heartbeat?: { sessionId: string } | undefined;
  readonly events: readonly ParsedModEvent[];
}

export interface EventApplierOptions {
  readonly captureContent: boolean;
  /** The data directory's content-hash key (`hash.key`, loaded at the start). */
  readonly hashKey: () => string;
  readonly sessions: Sessions;
  readonly store: SessionStore;
  readonly reconciler: Pick<Reconciler, 'schedule'>;
  readonly counters: AgentCounters;
}

/**
 * Puts spooled events into their sessions: a hook's input or a mod batch just acknowledged (then a turn end
 * schedules a reconciliation), or every record of the spool at the start (replay: nothing scheduled, nothing
 * counted twice).
 */
export class EventApplier {
  constructor(private readonly options: EventApplierOptions) {}

  /** What may be spooled of content, and the key for hashing the rest. */
  contentPolicy(): { captureContent: boolean; hashKey: string } {
    return { captureContent: this.options.captureContent, hashKey: this.options.hashKey() };
  }

  cleanModEvent(item: ParsedModEvent): ParsedModEvent {
    return { seq: item.seq, event: modEventForSpool(item.event, this.contentPolicy()) };
  }

  hookEvents(input: HookInput, receivedAt: number): CaptureEvent[] {
    return hookInputToCaptureEvents(input, receivedAt, this.contentPolicy());
  }

  applyHook(input: HookInput, receivedAt: number, replaying: boolean): SessionPipeline {
    const { sessions, reconciler, counters } = this.options;
    let toBe: string | undefined;
    if (
      input.transcript_path !== undefined &&
      !isOwnTranscriptPath(input.transcript_path, input.session_id)
    ) {
      // At a session's first prompt Claude Code may not have written the file yet: kept, checked when read.
      if (isTranscriptToBe(input.transcript_path, input.session_id)) toBe = input.transcript_path;
      else if (!replaying) counters.count('transcript_path_refused');
      input = { ...input, transcript_path: undefined } as HookInput;
    }
    const p = sessions.pipelineFor(input.session_id);
    if (toBe) p.transcriptToBe ??= toBe;
    if (input.transcript_path && !p.state.transcriptPath) p.state.transcriptPath = input.transcript_path;
    if (input.cwd && !p.cwd) p.cwd = input.cwd;
    for (const event of this.hookEvents(input, receivedAt)) {
      if (event.sessionId === p.sessionId) p.addEvent(event, receivedAt);
    }
    if (!replaying && RECONCILE_HOOKS.has(input.hook_event_name)) reconciler.schedule(p);
    return p;
  }

  applyMod(stored: StoredModBatch, receivedAt: number, replaying: boolean): void {
    const { sessions, reconciler, counters } = this.options;
    if (stored.heartbeat) {
      const p = sessions.pipelineFor(stored.heartbeat.sessionId);
      p.state.modAlive = true;
      p.state.lastActivityMs = Math.max(p.state.lastActivityMs, receivedAt);
    }
    const touched = new Set<SessionPipeline>();
    for (let { event } of stored.events) {
      if (event.transcriptPath !== undefined && !isOwnTranscriptPath(event.transcriptPath, event.sessionId)) {
        if (!replaying) counters.count('transcript_path_refused');
        event = { ...event, transcriptPath: undefined };
      }
      const p = sessions.pipelineFor(event.sessionId);
      if (event.cwd && !p.cwd) p.cwd = event.cwd;
      p.addEvent(event, receivedAt);
      if (RECONCILE_EVENTS.has(event.type)) touched.add(p);
    }
    if (!replaying) for (const p of touched) reconciler.schedule(p, MOD_RECONCILE_DELAY_MS);
  }

  /** Applies the spool's records at the start; the sessions they name come back with their persisted state. */
  async replay(records: readonly SpoolRecord[]): Promise<void> {
    const { sessions, store, counters } = this.options;
    const named = new Set<string>();
    for (const r of records) for (const s of r.s) if (isSafeSessionId(s)) named.add(s);
    for (const sessionId of named) {
      const state = await store.loadState(sessionId);
      sessions.restore(sessionId, state);
    }
    for (const r of records) {
      try {
        if (r.ch === 'hook') {
          const parsed = parseHookInput(r.body);
          if (parsed.ok && isSafeSessionId(parsed.input.session_id)) this.applyHook(parsed.input, r.t, true);
        } else {
          const body = r.body as {
            instanceId?: string;
            heartbeat?: { sessionId: string };
            events?: ParsedModEvent[];
          };
          // Re-checked: a spool written by an older agent may hold fields of the wrong type.
          const events = (Array.isArray(body.events) ? body.events : [])
            .filter(
              (e) =>
                e &&
                typeof e.seq === 'number' &&
                e.event &&
                typeof e.event.sessionId === 'string' &&
                isSafeSessionId(e.event.sessionId),
            )
            .map((e) => ({
              seq: e.seq,
              event: coerceEventFields(e.event as unknown as Record<string, unknown>)
                .event as unknown as CaptureEvent,
            }));
          for (const e of events)
            sessions.pipelineFor(e.event.sessionId).acceptModSeq(String(body.instanceId), e.seq);
          const hb = body.heartbeat;
          const heartbeat =
            hb && typeof hb.sessionId === 'string' && isSafeSessionId(hb.sessionId) ? hb : undefined;
          this.applyMod({ heartbeat, events }, r.t, true);
        }
        counters.replayed++;
      } catch {
        counters.count('replay_error');
      }
    }
  }
}
