import type { CaptureEvent } from '@glassbox/core';

/** Version of the mod → agent wire format (`POST /v1/mod`, text JSON body). */
export const MOD_PROTOCOL_VERSION = 1;

/** A live event with its sequence number in this mod instance: a resent event is recognised, not doubled. */
export type ModWireEvent = CaptureEvent & { readonly seq: number };

/** Sent at `session.start`: the agent learns that the mod is alive for that session. */
export interface ModHeartbeat {
  readonly sessionId: string;
  readonly claudeVersion?: string;
  readonly captureContent: boolean;
  readonly llmTiming: boolean;
}

export interface ModBatch {
  readonly v: typeof MOD_PROTOCOL_VERSION;
  /** One id per loaded hooks module (a reload starts a new instance, so `seq` restarts). */
  readonly instanceId: string;
  readonly modVersion: string;
  readonly sentAtMs: number;
  readonly heartbeat?: ModHeartbeat;
  /** Events dropped since the last delivered batch because the buffer was full. */
  readonly droppedEvents?: number;
  readonly events: readonly ModWireEvent[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Events waiting to be sent. Bounded: when the agent stays unreachable the oldest events go first and are
 * counted, so memory never grows without limit inside Claude Code.
 */
export class ModBuffer {
  private events: ModWireEvent[] = [];
  private nextSeq = 1;
  private droppedCount = 0;

  constructor(private readonly maxEvents: number) {}

  get size(): number {
    return this.events.length;
  }

  /** Events dropped since the last call to `takeDropped`. */
  get dropped(): number {
    return this.droppedCount;
  }

  push(event: CaptureEvent): void {
    this.events.push({ ...event, seq: this.nextSeq++ } as ModWireEvent);
    this.trim();
  }

  /** Removes and returns everything waiting, oldest first. */
  take(): ModWireEvent[] {
    const out = this.events;
    this.events = [];
    return out;
  }

  /** Puts events of a failed send back in front of newer ones (still bounded). */
  restore(events: readonly ModWireEvent[], dropped = 0): void {
    this.droppedCount += dropped;
    if (events.length === 0) return;
    // In seq order: sends that fail out of order (each with its own timeout) still restore the recording order.
    this.events = [...events, ...this.events].sort((a, b) => a.seq - b.seq);
    this.trim();
  }

  takeDropped(): number {
    const n = this.droppedCount;
    this.droppedCount = 0;
    return n;
  }

  /** Gives events recorded before the session id was known the id (the mod learns it asynchronously). */
  fillSessionId(sessionId: string): void {
    for (const e of this.events) if (!e.sessionId) (e as Mutable<ModWireEvent>).sessionId = sessionId;
  }

  /** Gives a `session.start` recorded before Claude Code's version was known the version. */
  fillClaudeVersion(claudeVersion: string): void {
    for (const e of this.events)
      if (e.type === 'session.start' && !e.claudeVersion)
        (e as Mutable<ModWireEvent> & { claudeVersion?: string }).claudeVersion = claudeVersion;
  }

  private trim(): void {
    const excess = this.events.length - this.maxEvents;
    if (excess > 0) {
      this.events.splice(0, excess);
      this.droppedCount += excess;
    }
  }
}

export function createModBatch(options: {
  instanceId: string;
  modVersion: string;
  sentAtMs: number;
  events: readonly ModWireEvent[];
  heartbeat?: ModHeartbeat;
  droppedEvents?: number;
}): ModBatch {
  return {
    v: MOD_PROTOCOL_VERSION,
    instanceId: options.instanceId,
    modVersion: options.modVersion,
    sentAtMs: options.sentAtMs,
    ...(options.heartbeat ? { heartbeat: options.heartbeat } : {}),
    ...(options.droppedEvents ? { droppedEvents: options.droppedEvents } : {}),
    events: options.events,
  };
}

/** Key of the unsent batches kept in `$.store` between sessions. */
export const LEFTOVER_STORE_KEY = 'glassbox.pending';

/** Leftovers may use this much of the 4 MiB `$.store` every plugin shares. */
export const MAX_LEFTOVER_CHARS = 1024 * 1024;

/** Reads what `$.store` holds under `LEFTOVER_STORE_KEY`; anything malformed is ignored. */
export function parseLeftovers(value: unknown): ModBatch[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (b): b is ModBatch =>
      typeof b === 'object' &&
      b !== null &&
      (b as ModBatch).v === MOD_PROTOCOL_VERSION &&
      typeof (b as ModBatch).instanceId === 'string' &&
      Array.isArray((b as ModBatch).events),
  );
}

/**
 * Adds a batch to the stored leftovers, keeping the newest batches that fit in `maxChars` of JSON. A single
 * batch larger than the limit keeps its newest events only.
 */
export function appendLeftover(
  existing: unknown,
  batch: ModBatch,
  maxChars = MAX_LEFTOVER_CHARS,
): ModBatch[] {
  const kept: ModBatch[] = [];
  let total = 0;
  const all = [...parseLeftovers(existing), batch];
  for (let i = all.length - 1; i >= 0; i--) {
    let b = all[i]!;
    let size = JSON.stringify(b).length;
    if (size > maxChars - total) {
      if (kept.length > 0) break;
      b = shrinkBatch(b, maxChars);
      size = JSON.stringify(b).length;
      if (size > maxChars) break;
    }
    kept.unshift(b);
    total += size;
  }
  return kept;
}

function shrinkBatch(batch: ModBatch, maxChars: number): ModBatch {
  const events: ModWireEvent[] = [];
  let size = JSON.stringify({ ...batch, events: [] }).length;
  for (let i = batch.events.length - 1; i >= 0; i--) {
    const e = batch.events[i]!;
    const s = JSON.stringify(e).length + 1;
    if (size + s > maxChars) break;
    events.unshift(e);
    size += s;
  }
  const dropped = (batch.droppedEvents ?? 0) + batch.events.length - events.length;
  return { ...batch, events, ...(dropped > 0 ? { droppedEvents: dropped } : {}) };
}
