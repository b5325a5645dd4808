import type { CaptureEvent } from '@glassbox/core';

/**
 * The same mod event from two mods: with Lite and another bundle installed together both plugins' mods load in
 * one Claude Code process and report every tool call and turn, each to the one serving agent. The tracker merges
 * the copies by their natural ids, so nothing is exported twice, but each copy was spooled and applied. Here the
 * first copy of an event that has a natural id (Claude Code's tool_use_id, turn id, prompt id) is taken and a
 * repeat within `windowMs` is not spooled (counted `duplicate_mod_event`). Whichever mod delivers first wins, so
 * nothing is lost when one mod fails: its copies simply never arrive, and the other mod's are each the first. A
 * copy whose batch could not be spooled is forgotten, so the other copy (or the resend) is taken. Events without
 * a natural id (session start/end, compaction, measures: a few per session) are always taken. A copy carrying
 * content (captureContent on in that plugin) is taken after one without, so content is never lost to a repeat.
 */
export class DuplicateModEvents {
  /** Natural key → when it was taken and whether that copy carried content. */
  private readonly seen = new Map<string, { atMs: number; content: boolean }>();

  constructor(
    private readonly windowMs = 30_000,
    private readonly maxEntries = 50_000,
  ) {}

  /**
   * True when a copy of `event` was taken within the window (and this one adds no content); remembers it
   * otherwise and returns false. `forget(keyOf(event))` undoes that when the batch could not be stored.
   */
  isRepeat(event: CaptureEvent, nowMs: number): boolean {
    const key = naturalKey(event);
    if (key === undefined) return false;
    const content = carriesContent(event);
    const at = this.seen.get(key);
    if (at !== undefined && nowMs - at.atMs < this.windowMs && (at.content || !content)) return true;
    if (this.seen.size >= this.maxEntries) this.prune(nowMs);
    this.seen.set(key, { atMs: nowMs, content });
    return false;
  }

  /** Forgets `events` (their batch was not stored: another copy must be taken). */
  forget(events: readonly CaptureEvent[]): void {
    for (const event of events) {
      const key = naturalKey(event);
      if (key !== undefined) this.seen.delete(key);
    }
  }

  /** Forgets expired keys; the oldest half when all are recent (bounded memory). */
  private prune(nowMs: number): void {
    for (const [key, at] of this.seen) if (nowMs - at.atMs >= this.windowMs) this.seen.delete(key);
    if (this.seen.size < this.maxEntries) return;
    let drop = Math.ceil(this.maxEntries / 2);
    for (const key of this.seen.keys()) {
      if (drop-- <= 0) break;
      this.seen.delete(key);
    }
  }
}

/** The event's identity from Claude Code's own ids (the same in every mod), when it has one. */
export function naturalKey(event: CaptureEvent): string | undefined {
  const at = `${event.sessionId}\u0000${event.agentId ?? ''}\u0000${event.type}\u0000`;
  switch (event.type) {
    case 'tool.start':
    case 'tool.end':
      return `${at}${event.toolUseId}`;
    case 'turn.start':
      return `${at}${event.turnId}`;
    case 'turn.step':
      return `${at}${event.turnId}\u0000${event.index}`;
    case 'turn.complete':
      return event.turnId ? `${at}${event.turnId}` : undefined;
    case 'agent.spawn':
      return event.toolUseId ? `${at}${event.toolUseId}` : undefined;
    case 'prompt.submit':
      return event.promptId ? `${at}${event.promptId}` : undefined;
    default:
      return undefined;
  }
}

function carriesContent(event: CaptureEvent): boolean {
  switch (event.type) {
    case 'tool.start':
      return event.input !== undefined;
    case 'tool.end':
      return event.output !== undefined || event.errorText !== undefined;
    case 'prompt.submit':
      return event.text !== undefined;
    default:
      return false;
  }
}
