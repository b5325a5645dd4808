import { join } from 'node:path';
import { createContentHasher, loadOrCreateContentKey, type SignedCheckpoint } from '@glassbox/audit';
import {
  AUDIT_REASONING_CHARS,
  type NormalizeOptions,
  type SessionTrace,
  traceToAuditDecisions,
} from '@glassbox/core';
import type { AuditDecisionData, LogRecordData } from '@glassbox/spec';
import type { AgentConfig } from './agent-config.js';

/** The exporter name that turns the audit trail on (`exporters: "file,audit"`). */
export const AUDIT_EXPORTER = 'audit';

/** The pseudo session a checkpoint's log record is queued under (no state file has this id). */
export const AUDIT_CHECKPOINT_SESSION = '_audit_checkpoints';

type CheckpointListener = (checkpoint: SignedCheckpoint) => void;
const checkpointListeners = new Set<CheckpointListener>();

/**
 * Hands a checkpoint an `audit` exporter of this process signed to the agents listening (`onAuditCheckpoint`): the
 * exporter is made by the loader, before the agent that forwards its checkpoints exists.
 */
export function relayAuditCheckpoint(checkpoint: SignedCheckpoint): void {
  for (const listener of checkpointListeners) listener(checkpoint);
}

/** Listens for the checkpoints `relayAuditCheckpoint` hands on; returns the function that stops listening. */
export function onAuditCheckpoint(listener: CheckpointListener): () => void {
  checkpointListeners.add(listener);
  return () => checkpointListeners.delete(listener);
}

/** Where the audit log lives: the `audit` exporter's `dir`, else `$GLASSBOX_AUDIT_DIR`, else `<dataDir>/audit`. */
export function auditDirectory(config: AgentConfig, env = process.env): string {
  const given = config.exporterOptions[AUDIT_EXPORTER]?.dir;
  if (typeof given === 'string' && given) return given;
  return env.GLASSBOX_AUDIT_DIR || join(config.dataDir, 'audit');
}

/**
 * The witness file the `audit` exporter appends each signed checkpoint to, as the loader gives it: the configured
 * `witnessFile`, else `$GLASSBOX_AUDIT_WITNESS` of the agent's environment (options given win over variables).
 * `/status` shows it, since doctor cannot see the agent's environment.
 */
export function auditWitnessFile(config: AgentConfig, env = process.env): string | undefined {
  const given = config.exporterOptions[AUDIT_EXPORTER]?.witnessFile;
  if (typeof given === 'string' && given) return given;
  return env.GLASSBOX_AUDIT_WITNESS || undefined;
}

/**
 * The agent's side of the audit trail, when an `audit` exporter is configured: how transcripts are read (keyed
 * hashes of tool input and output, the start of thinking and a hook's text with content capture on), which decisions a trace
 * gives, and the log record that carries each signed checkpoint to every exporter.
 */
export class AuditTrail {
  readonly transcriptOptions: NormalizeOptions;
  private readonly captureContent: boolean;
  private readonly userId: string | undefined;
  private readonly contentHash: (value: unknown) => string;

  private constructor(init: {
    contentHash: (value: unknown) => string;
    captureContent: boolean;
    userId: string | undefined;
  }) {
    this.contentHash = init.contentHash;
    this.captureContent = init.captureContent;
    this.userId = init.userId;
    this.transcriptOptions = {
      contentHash: init.contentHash,
      ...(init.captureContent ? { thinkingChars: AUDIT_REASONING_CHARS, hookReasons: true } : {}),
    };
  }

  /** The trail for this configuration, or undefined when no exporter named `audit` runs. */
  static async create(
    config: AgentConfig,
    exporterNames: readonly string[],
    userId: string | undefined,
  ): Promise<AuditTrail | undefined> {
    if (!exporterNames.includes(AUDIT_EXPORTER)) return undefined;
    const mode =
      config.exporterOptions[AUDIT_EXPORTER]?.contentHash ?? process.env.GLASSBOX_AUDIT_CONTENT_HASH;
    const contentHash =
      mode === 'sha256'
        ? createContentHasher('sha256')
        : createContentHasher('hmac', await loadOrCreateContentKey(auditDirectory(config)));
    return new AuditTrail({ contentHash, captureContent: config.captureContent, userId });
  }

  /** The decisions of a trace not in `skip` (ids every exporter has). */
  decisions(trace: SessionTrace, skip?: { has(id: string): boolean }): AuditDecisionData[] {
    return traceToAuditDecisions(trace, {
      captureContent: this.captureContent,
      contentHash: this.contentHash,
      ...(this.userId ? { userId: this.userId } : {}),
      ...(skip ? { skip } : {}),
    });
  }
}

/**
 * A signed checkpoint as a log record (`audit_checkpoint`), so a collector or SIEM keeps a copy of every tree
 * head outside the machine. Its id is the checkpoint's size and root: a retry is the same record.
 */
export function auditCheckpointLog(checkpoint: SignedCheckpoint): LogRecordData {
  return {
    id: `audit-checkpoint:${checkpoint.size}:${checkpoint.rootHash}`,
    timeMs: checkpoint.timestampMs,
    severity: 'info',
    event: 'audit_checkpoint',
    attributes: {
      'glassbox.audit.origin': checkpoint.origin,
      'glassbox.audit.size': checkpoint.size,
      'glassbox.audit.root_hash': checkpoint.rootHash,
      'glassbox.audit.note': checkpoint.note,
    },
  };
}
