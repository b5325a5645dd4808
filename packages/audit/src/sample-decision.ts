import type { AuditDecisionData, AuditDecisionType } from '@glassbox/spec';

const TYPES: readonly AuditDecisionType[] = ['tool_call', 'tool_skip', 'response_generated', 'safety_block'];

/** A plausible decision, the same for the same `n` and `session` (for tests and benchmarks). */
export function sampleDecision(n: number, session = 'sess_1'): AuditDecisionData {
  const type = TYPES[n % TYPES.length]!;
  return {
    id: `${session}:${n}`,
    timestamp: new Date(1_765_000_000_000 + n * 1000).toISOString(),
    sessionId: session,
    userId: 'u_test',
    decisionType: type,
    ...(type === 'response_generated'
      ? {}
      : { toolName: n % 3 === 0 ? 'Bash' : 'Read', toolUseId: `toolu_${n}` }),
    inputHash: (n * 2654435761).toString(16).padStart(64, '0').slice(-64),
    metadata: { turnIndex: Math.floor(n / 5), promptId: `p_${Math.floor(n / 5)}` },
  };
}
