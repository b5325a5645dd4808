/**
 * The part of Claude Code's mods API (`$`, `on`, `next`) this mod uses, as observed on Claude Code 2.1.332.
 * Types only: the host provides the values. Every `$` call is a host round trip, so the hot path makes none.
 */

export interface HttpResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly text: string;
  /** Lower-cased names. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface HttpInit {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Bodies are text only. */
  readonly body?: string;
}

export interface ModHost {
  readonly session: {
    /** Resolves to the current session id (changes after `/clear`, `/resume`, `/branch`). */
    id(): Promise<string>;
    version(): Promise<{ readonly version: string }>;
  };
  readonly http: {
    fetch(url: string, init?: HttpInit): Promise<HttpResponse>;
  };
  readonly store: {
    get(key: string): Promise<unknown>;
    set(key: string, value: unknown): Promise<void>;
    delete(key: string): Promise<void>;
  };
  readonly clock: {
    sleep(ms: number): Promise<void>;
  };
  readonly env: {
    /** Names must be literals (the host's static scan lists them). */
    get(name: string): Promise<string | undefined> | string | undefined;
  };
  readonly fs: {
    /** Text of a file (4 MiB at most); rejects when it cannot be read. */
    read(path: string): Promise<string>;
  };
}

export type Next<E, R> = (e: E) => Promise<R>;

export type Hook<E, R> = ($: ModHost, e: E, next: Next<E, R>) => Promise<R>;

/** `turn.step` hooks are async generators: `yield* next(e)` passes the chunks on and returns the result. */
export type StepHook<E, C, R> = (
  $: ModHost,
  e: E,
  next: (e: E) => AsyncGenerator<C, R>,
) => AsyncGenerator<C, R>;

export interface Registration {
  catch(handler: ($: ModHost, e: unknown, next: Next<unknown, unknown>) => unknown): void;
}

export interface On {
  <E, R>(event: string, hook: Hook<E, R>): Registration;
  <E, C, R>(event: string, hook: StepHook<E, C, R>): Registration;
}

// Event payloads as seen on 2.1.332 (fields we read; everything is optional because the API is early access).

export interface SessionStartInput {
  readonly cwd?: string;
  readonly isInteractive?: boolean;
}

export interface SessionEndInput {
  readonly reason?: string;
  readonly sessionId?: string;
}

export interface PromptSubmitInput {
  readonly text?: string;
  readonly origin?: { readonly kind?: string };
}

export interface TurnStartInput {
  readonly turnId?: string;
  readonly agentId?: string;
}

export interface TurnCompleteInput {
  readonly turnId?: string;
  readonly agentId?: string;
  readonly durationMs?: number;
  readonly isAborted?: boolean;
  readonly reason?: string;
}

/** `tool.call`: the tool's arguments plus the reserved `tool`, `tool_use_id`, `agentId`. */
export interface ToolCallInput {
  readonly tool?: string;
  readonly tool_use_id?: string;
  readonly agentId?: string;
  readonly [argument: string]: unknown;
}

export interface AgentSpawnInput {
  readonly tool_use_id?: string;
  readonly subagentType?: string;
  readonly model?: string;
  readonly parentAgentId?: string;
}

export interface AgentSpawnResult {
  readonly agentId?: string;
  readonly model?: string;
}

export interface CompactInput {
  readonly trigger?: string;
  readonly agentId?: string;
}

export interface MeasureInput {
  readonly cost?: { readonly usd?: number };
  readonly context?: { readonly tokens?: number };
}

export interface TurnStepInput {
  readonly turnId?: string;
  readonly index?: number;
  readonly model?: string;
  readonly agentId?: string;
}

export interface TurnStepResult {
  readonly stopReason?: string | null;
  readonly usage?: {
    readonly input_tokens?: number;
    readonly output_tokens?: number;
    readonly cache_read_input_tokens?: number;
    readonly cache_creation_input_tokens?: number;
    readonly model?: string;
  } | null;
}
