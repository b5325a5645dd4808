import type { CaptureEvent } from '@glassbox/core';
import type { ModBuffer, ModWireEvent } from './mod-batch.js';
import type { ModChannel } from './mod-channel.js';
import type { ModConfig } from './mod-config.js';

/** What one registration of the mod keeps between hooks (no `$` here: only register.ts may hold the host). */
export interface ModState {
  readonly config: ModConfig;
  readonly instanceId: string;
  readonly buffer: ModBuffer;
  /** Empty until `$.session.id()` answers, and again after `session.end` (a `/clear` starts another session). */
  sessionId: string;
  claudeVersion?: string;
  /** Events sent but not acknowledged yet, by send number. */
  readonly unacked: Map<number, readonly ModWireEvent[]>;
  readonly inFlight: Set<Promise<boolean>>;
  sends: number;
  /** The key and port, read from the agent home; read again after a failed send (the agent may have moved). */
  channel?: ModChannel | undefined;
  /** `session.start` came and its host calls and first send wait for the first turn end (see `startUp`). */
  startPending: boolean;
  /** The deferred start-up once begun: later sends go after it, so its batch (the heartbeat) goes first. */
  starting?: Promise<boolean> | undefined;
}

/** Buffers a built event; `undefined` (the build threw) is nothing to record. */
export function record(st: ModState, event: CaptureEvent | undefined): void {
  if (event) st.buffer.push(event);
}

/** A hook never throws into Claude Code: an event that fails to build is dropped. */
export function safe<T>(build: () => T): T | undefined {
  try {
    return build();
  } catch {
    return undefined;
  }
}

/** This mod instance's id (`crypto.randomUUID` where the worker has it). */
export function newId(): string {
  try {
    return crypto.randomUUID();
  } catch {
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  }
}
