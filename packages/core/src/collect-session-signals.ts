import { logRecordId, turnSpanId } from './trace-ids.js';
import type { TrackerState } from './tracker-state.js';
import type { SignalFacts } from './transcript-signals.js';

/** Adds a record's signals to the session, keyed by the record (a re-read adds nothing). */
export function addSessionSignals(
  state: TrackerState,
  facts: readonly SignalFacts[],
  where: { uuid?: string; timeMs?: number; agentId?: string },
): void {
  if (where.timeMs === undefined) return;
  const turn = !where.agentId && state.transcriptTurn ? state.turns.get(state.transcriptTurn) : undefined;
  for (const f of facts) {
    const key = f.sessionKey ?? `${where.uuid ?? where.timeMs}:${f.key}`;
    const id = logRecordId(state.sessionId, f.event, key);
    if (state.signals.has(id)) continue;
    const attributes: Record<string, string | number | boolean> = { ...f.attributes };
    if (turn?.promptId) attributes.promptId = turn.promptId;
    if (where.agentId) attributes.agentId = where.agentId;
    state.signals.set(id, {
      id,
      event: f.event,
      key,
      timeMs: where.timeMs,
      ...(turn ? { spanId: turnSpanId(state.sessionId, turn.key) } : {}),
      ...(f.severity ? { severity: f.severity } : {}),
      attributes,
    });
  }
}
