// The skill / slash-command scope in the tracker: a `ScopeCursor` per thread (the main conversation, each
// subagent) fed in file order, and a subagent's calls resolved against the Agent call that started it.
import { type ActivityScope, inheritScope, NO_SCOPE, ScopeCursor } from './activity-scope.js';
import type { TrackerState } from './tracker-state.js';

const MAX_DEPTH = 16;

/** The cursor of a thread: the main conversation's, or a subagent's (by agent id). */
export function scopeCursor(state: TrackerState, agentId: string | undefined): ScopeCursor {
  const key = agentId ?? '';
  let cursor = state.scopeCursors.get(key);
  if (!cursor) {
    cursor = new ScopeCursor();
    state.scopeCursors.set(key, cursor);
  }
  return cursor;
}

/** A call's scope: its thread's own (`local`), under the scope of the Agent calls above its subagent. */
export function effectiveScope(
  state: TrackerState,
  local: ActivityScope | undefined,
  agentId: string | undefined,
  depth = 0,
): ActivityScope {
  const own = local ?? NO_SCOPE;
  if (!agentId || depth > MAX_DEPTH) return own;
  const parentId = state.agents.get(agentId)?.parentToolUseId;
  const parent = parentId ? state.tools.get(parentId) : undefined;
  if (!parent) return own;
  return inheritScope(effectiveScope(state, parent.scope, parent.agentId, depth + 1), own);
}
