// Which skill and which slash command a model call or tool call belongs to: the one rule the tracker and
// `glassbox report --by skill|command` both follow (`ScopeCursor`), fed with what a transcript says in file order.
import { safeLabel } from './transcript-signals.js';

/** The skill and slash command a model call or tool call ran under; either may be absent. */
export interface ActivityScope {
  /** A skill's name (`greet`, a plugin's `plugin:skill`), a safe label. */
  readonly skill?: string;
  /** A slash command with its `/` (`/review`, `/plugin:cmd`), a safe label after the slash. */
  readonly command?: string;
}

export const NO_SCOPE: ActivityScope = Object.freeze({});

/** Span attribute names (Claude Code's own telemetry has none for the scope). */
export const SCOPE_ATTRIBUTES = { skill: 'glassbox.skill', command: 'glassbox.command' } as const;

const COMMAND_NAME = /<command-name>\/?([^<\s]{1,200})<\/command-name>/;
/** How Claude Code (2.1.332) starts the text a skill expands to, from the Skill tool or a slash command. */
export const SKILL_EXPANSION = 'Base directory for this skill:';

/**
 * The slash command a user prompt ran (`<command-name>/review</command-name>`, 2.1.332), as `/review`, or
 * undefined for a prompt that is not one or whose name is not a safe label (never a path or free text).
 */
export function commandOfPrompt(text: string): string | undefined {
  if (!text.includes('<command-name>')) return undefined;
  const name = safeLabel(COMMAND_NAME.exec(text)?.[1]);
  return name ? `/${name}` : undefined;
}

/** True for the meta message a skill expands to. */
export const isSkillExpansion = (text: string): boolean => text.startsWith(SKILL_EXPANSION);

/** A subagent's calls: the scope of the Agent/Task call that started it, with a skill the subagent itself ran. */
export function inheritScope(parent: ActivityScope, local: ActivityScope): ActivityScope {
  const skill = local.skill ?? parent.skill;
  const command = parent.command ?? local.command;
  return scopeOf(skill, command);
}

function scopeOf(skill: string | undefined, command: string | undefined): ActivityScope {
  if (!skill && !command) return NO_SCOPE;
  return { ...(skill ? { skill } : {}), ...(command ? { command } : {}) };
}

/** The scope as span attributes (`glassbox.skill`, `glassbox.command`); absent values left out. */
export function scopeAttributes(scope: ActivityScope | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (scope?.skill) out[SCOPE_ATTRIBUTES.skill] = scope.skill;
  if (scope?.command) out[SCOPE_ATTRIBUTES.command] = scope.command;
  return out;
}

/**
 * Walks one thread of a session (the main conversation, or one subagent's) in file order:
 * - a user prompt starts a turn: its slash command (if any) scopes the turn until the next prompt, no skill;
 * - a slash command that is a skill (its expansion, before the turn's first model call, is a skill's) also
 *   scopes the turn to that skill (`/greet` → skill `greet`);
 * - a Skill tool call scopes itself and every later model and tool call of the turn to its skill, until
 *   another skill starts;
 * - a prompt that did not come from the user (a task notification) takes the scope of the Agent call it
 *   reports on, when given, else none;
 * - a subagent's thread starts empty and its calls take `inheritScope(agent call's scope, own scope)`.
 */
export class ScopeCursor {
  #skill: string | undefined;
  #command: string | undefined;
  /** No model call yet since the prompt: a skill expansion here is the slash command's. */
  #fresh = false;
  #scope: ActivityScope = NO_SCOPE;

  /** A user prompt (`command`: its `commandOfPrompt`), or a notification with the `inherited` scope. */
  prompt(command: string | undefined, inherited?: ActivityScope): void {
    this.#command = command ?? inherited?.command;
    this.#skill = command ? undefined : inherited?.skill;
    this.#fresh = command !== undefined;
    this.#update();
  }

  /** A skill's expansion (`isSkillExpansion`): right after a slash command, the command was that skill. */
  skillExpansion(): void {
    if (!this.#fresh || !this.#command) return;
    this.#skill = safeLabel(this.#command.slice(1));
    this.#fresh = false;
    this.#update();
  }

  /** A model call: the scope it belongs to. */
  call(): ActivityScope {
    this.#fresh = false;
    return this.#scope;
  }

  /** A tool call the last model call asked for: a Skill call starts its skill, itself included. */
  tool(name: string, skill?: string): ActivityScope {
    if (name === 'Skill' && skill) {
      const label = safeLabel(skill);
      if (label && label !== this.#skill) {
        this.#skill = label;
        this.#update();
      }
    }
    return this.#scope;
  }

  get scope(): ActivityScope {
    return this.#scope;
  }

  #update(): void {
    this.#scope = scopeOf(this.#skill, this.#command);
  }
}
