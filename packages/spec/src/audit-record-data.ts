/** What kind of decision an audit record attests. */
export type AuditDecisionType =
  | 'tool_call'
  | 'tool_denied'
  | 'tool_skip'
  | 'response_generated'
  | 'safety_block'
  | 'prompt_submitted'
  | 'session_start'
  | 'session_end';

/**
 * One link of the tamper-evident audit chain. `hash` covers every other field and `prevHash`,
 * so editing, removing or reordering a record breaks verification from that record on.
 */
export interface AuditRecordData {
  /** Position in the chain, from 0. */
  readonly seq: number;
  readonly timestamp: string;
  readonly sessionId: string;
  readonly userId: string;
  readonly decisionType: AuditDecisionType;
  readonly toolName?: string;
  readonly toolUseId?: string;
  /** Where the permission came from: `config`, `hook`, `user`, `mode`… when known. */
  readonly decisionSource?: string;
  /** Keyed hash of the input, never the input itself. */
  readonly inputHash: string;
  readonly outputHash?: string;
  readonly metadata: Readonly<Record<string, unknown>>;
  /** Hex SHA-256 of the previous record, or 64 zeros for the first. */
  readonly prevHash: string;
  readonly hash: string;
}
