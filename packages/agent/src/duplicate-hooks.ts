/**
 * The same hook request twice: with Lite and full installed together both plugins register `notify.sh`, so Claude
 * Code runs it twice per event and the agent receives two identical bodies within milliseconds (the script is the
 * same in both plugins). The first is served; a repeat within `windowMs` is answered with nothing, so a turn's
 * summary shows once and nothing is spooled twice. A body whose request failed (503: not durable) is forgotten, so
 * the client's retry is served. The trace itself needs no such filter: the tracker merges every
 * event by its natural ids (session, prompt, request, tool_use_id, agent), so a second copy of a mod event or a hook
 * changes no span, log record or metric.
 */
export class DuplicateHooks {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly windowMs = 5_000,
    private readonly maxEntries = 10_000,
  ) {}

  /** True when the same body came within the window; remembers it otherwise. */
  isRepeat(body: string, nowMs: number): boolean {
    const at = this.seen.get(body);
    if (at !== undefined && nowMs - at < this.windowMs) return true;
    if (this.seen.size >= this.maxEntries) this.prune(nowMs);
    this.seen.set(body, nowMs);
    return false;
  }

  /** Forgets `body` (its request failed: a retry must be served). */
  forget(body: string): void {
    this.seen.delete(body);
  }

  /** Forgets expired bodies; the oldest half when all are recent (bounded memory). */
  private prune(nowMs: number): void {
    for (const [body, at] of this.seen) if (nowMs - at >= this.windowMs) this.seen.delete(body);
    if (this.seen.size < this.maxEntries) return;
    let drop = Math.ceil(this.maxEntries / 2);
    for (const body of this.seen.keys()) {
      if (drop-- <= 0) break;
      this.seen.delete(body);
    }
  }
}
