// The skill / slash-command scope of a whole session: `ScopeCursor` per thread fed with its transcript entries,
// then each model call's and tool call's scope with subagents under their Agent call. The tracker and
// `glassbox report --by skill|command` both read scopes through this class.
import { type ActivityScope, inheritScope, NO_SCOPE, ScopeCursor } from './activity-scope.js';
import type { TranscriptEntry } from './transcript-entry-types.js';

const MAX_DEPTH = 16;

interface Scoped {
  readonly scope: ActivityScope;
  readonly agentId?: string;
}

/** Which Agent/Task call started a subagent (by agent id); the tracker passes its own links. */
export type AgentParent = (agentId: string) => string | undefined;

export class SessionScopes {
  readonly #cursors = new Map<string, ScopeCursor>();
  readonly #responses = new Map<string, Scoped>();
  readonly #tools = new Map<string, Scoped>();
  readonly #parents = new Map<string, string>();

  /**
   * Adds one entry, in file order per thread; `entry.agentId` marks a subagent's (the caller sets it for
   * entries of `subagents/agent-<id>.jsonl`). A response's scope is fixed when it is first seen.
   */
  add(entry: TranscriptEntry): void {
    const agentId = entry.agentId;
    if (agentId && entry.parentToolUseId) this.#link(agentId, entry.parentToolUseId);
    switch (entry.kind) {
      case 'prompt': {
        if (agentId) return;
        const n = entry.notification;
        if (n?.agentId && n.toolUseId) this.#link(n.agentId, n.toolUseId);
        // A notification turn works on what its Agent call started: that call's scope.
        const reportsOn = n?.toolUseId ? this.#tools.get(n.toolUseId)?.scope : undefined;
        this.#cursor(undefined).prompt(entry.command, reportsOn);
        return;
      }
      case 'other':
        if (entry.type === 'skill_expansion') this.#cursor(agentId).skillExpansion();
        return;
      case 'llm': {
        if (entry.synthetic) return;
        this.addResponse(entry.messageId, agentId);
        const cursor = this.#cursor(agentId);
        for (const use of entry.toolUses)
          if (!this.#tools.has(use.id))
            this.#tools.set(use.id, {
              scope: cursor.tool(use.name, use.skill),
              ...(agentId ? { agentId } : {}),
            });
        return;
      }
      case 'tool_result':
        if (entry.spawnedAgentId) this.#link(entry.spawnedAgentId, entry.toolUseId);
        return;
      default:
        return;
    }
  }

  /**
   * A response that calls no tool the scope needs (no Skill, Agent or Task call): all `glassbox report` reads of
   * most responses. Its scope is fixed when it is first seen, as in `add`.
   */
  addResponse(messageId: string, agentId?: string): void {
    if (this.#responses.has(messageId)) return;
    this.#responses.set(messageId, { scope: this.#cursor(agentId).call(), ...(agentId ? { agentId } : {}) });
  }

  /** The scope of a response, by message id (`NO_SCOPE` when unknown). */
  response(messageId: string, parentOf?: AgentParent): ActivityScope {
    return this.#resolve(this.#responses.get(messageId), parentOf, 0);
  }

  /** The scope of a tool call, by tool_use id. */
  tool(toolUseId: string, parentOf?: AgentParent): ActivityScope {
    return this.#resolve(this.#tools.get(toolUseId), parentOf, 0);
  }

  /** Every response's message id and scope (the links known now; for `glassbox report`). */
  *responses(): IterableIterator<[string, ActivityScope]> {
    for (const [id, scoped] of this.#responses) yield [id, this.#resolve(scoped, undefined, 0)];
  }

  #resolve(scoped: Scoped | undefined, parentOf: AgentParent | undefined, depth: number): ActivityScope {
    if (!scoped) return NO_SCOPE;
    if (!scoped.agentId || depth > MAX_DEPTH) return scoped.scope;
    const parentId = parentOf?.(scoped.agentId) ?? this.#parents.get(scoped.agentId);
    const parent = parentId ? this.#tools.get(parentId) : undefined;
    if (!parent) return scoped.scope;
    return inheritScope(this.#resolve(parent, parentOf, depth + 1), scoped.scope);
  }

  #link(agentId: string, toolUseId: string): void {
    if (!this.#parents.has(agentId)) this.#parents.set(agentId, toolUseId);
  }

  #cursor(agentId: string | undefined): ScopeCursor {
    const key = agentId ?? '';
    let cursor = this.#cursors.get(key);
    if (!cursor) {
      cursor = new ScopeCursor();
      this.#cursors.set(key, cursor);
    }
    return cursor;
  }
}
