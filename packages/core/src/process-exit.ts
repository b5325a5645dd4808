import type { UnansweredRequest } from './session-trace.js';
import { llmSpanId } from './trace-ids.js';
import { maxOf, turnCid } from './tracker-records.js';
import type { TrackerState } from './tracker-state.js';

/**
 * Claude Code's process is gone and the session never ended (kill -9, crash, OOM): the session ends at
 * `atMs`, a turn still open is interrupted (status error), and requests the transcript logged without a
 * response are listed as unanswered. The first call wins, so a rebuild after a restart is the same.
 */
export function markProcessExited(state: TrackerState, atMs: number): void {
  const session = state.session;
  if (session.exitedMs !== undefined) return;
  session.exitedMs = atMs;
  session.sessionEndMs = maxOf(session.sessionEndMs, atMs);
  session.endReason ??= 'process_exited';
  for (const key of state.turns.keys()) state.touch(turnCid(key));
}

/** Requests of `turnKey` with no response; empty unless the process exited. */
export function unansweredRequests(
  state: TrackerState,
  turnKey: string,
  parentSpanId: string,
): UnansweredRequest[] {
  const out: UnansweredRequest[] = [];
  const exitedMs = state.session.exitedMs;
  if (exitedMs === undefined) return out;
  for (const [id, info] of state.requestInfo) {
    const startMs = state.requestStart.get(id);
    if (info.turnKey !== turnKey || state.responses.byRequestRef(id) || startMs === undefined) continue;
    out.push({
      spanId: llmSpanId(state.sessionId, `unanswered:${id}`),
      parentSpanId,
      requestRef: id,
      startMs,
      endMs: Math.max(exitedMs, startMs),
      ...(info.model ? { model: info.model } : {}),
      ...(info.agentId ? { agentId: info.agentId } : {}),
    });
  }
  return out;
}

/** A turn still open when the process died was cut off, whatever it had finished. */
export function cutOff(state: TrackerState, turnEnded: boolean): boolean {
  return state.session.exitedMs !== undefined && !turnEnded;
}
