import type { PricingOptions } from '@glassbox/core';
import type { AgentConfig } from './agent-config.js';
import type { ExportTarget } from './export-queue.js';
import type { SpoolIo } from './spool.js';

export interface StartAgentOptions {
  readonly config: AgentConfig;
  /** Configuration problems found while loading (shown in `/status`). */
  readonly problems?: readonly string[];
  /** Replaces the exporters the configuration names (tests, embedding). */
  readonly exporters?: readonly ExportTarget[];
  /** How LLM calls are priced. Default: `@glassbox/pricing` (Claude Code's own accounting). */
  readonly pricing?: PricingOptions;
  /** Diagnostic lines (default: stderr, which the start script sends to `agent.log`). */
  readonly log?: (line: string) => void;
  /** How long to keep trying to listen while the port is taken (an old agent shutting down). Default 10 s. */
  readonly bindRetryMs?: number;
  /** An ended session leaves memory after this long with nothing pending. Default 30 s. */
  readonly retireAfterMs?: number;
  /**
   * A session with no activity for this long is treated as over (killed without `session.end`). Default 24 h: an
   * open session keeps the agent up, so a user coming back to an idle session finds it running.
   */
  readonly staleSessionMs?: number;
  /** First export retry delay (ms), doubled per failure up to 60 s. Default 1 s. */
  readonly exportBackoffMs?: number;
  /**
   * How often open sessions' Claude Code processes are checked; one found gone (kill -9, crash) ends its
   * session as interrupted at once. Default 1 s; 0 turns the check off.
   */
  readonly livenessIntervalMs?: number;
  /** How often open sessions' transcripts are read ahead of their turn ends (`TranscriptCatchUp`); 0: never. */
  readonly catchUpIntervalMs?: number;
  /**
   * An ended (or stale) session whose telemetry an exporter has not taken for this long leaves memory: its state
   * is marked `exportPending` and the next start offers the rest again. Default 60 s.
   */
  readonly exportPinMs?: number;
  /** The spool's file operations (fault injection in tests). */
  readonly spoolIo?: SpoolIo;
  /** The spool starts a new segment past this size. Default 4 MiB. */
  readonly spoolSegmentBytes?: number;
  readonly now?: () => number;
}
