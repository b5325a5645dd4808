/** What kind of decision an audit record attests. */
export type AuditDecisionType =
  | 'tool_call'
  | 'tool_denied'
  | 'tool_skip'
  | 'response_generated'
  | 'safety_block'
  | 'reasoning'
  | 'prompt_submitted'
  | 'session_start'
  | 'session_end';

/**
 * One decision, before the audit log chains it: what a batch carries. `id` is deterministic (the same decision
 * always has the same id), so a retried or re-reconciled export can be deduplicated.
 */
export interface AuditDecisionData {
  readonly id: string;
  readonly timestamp: string;
  readonly sessionId: string;
  readonly userId: string;
  readonly decisionType: AuditDecisionType;
  readonly toolName?: string;
  readonly toolUseId?: string;
  /** Where the decision came from: `config`, `hook`, `user`, `mode`, `model`… when known. */
  readonly decisionSource?: string;
  /** Keyed hash of the input, never the input itself. */
  readonly inputHash: string;
  readonly outputHash?: string;
  /** The first characters of the model's thinking, redacted; only with content capture on. */
  readonly reasoning?: string;
  readonly metadata: Readonly<Record<string, unknown>>;
}

/**
 * One link of the tamper-evident audit chain (a decision as the audit log wrote it). `hash` covers every other
 * field and `prevHash`, so editing, removing or reordering a record breaks verification from that record on.
 */
export interface AuditRecordData extends AuditDecisionData {
  /** Position in the chain, from 0. */
  readonly seq: number;
  /** Hex SHA-256 of the previous record, or 64 zeros for the first. */
  readonly prevHash: string;
  readonly hash: string;
}
