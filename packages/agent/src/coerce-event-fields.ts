/** Optional fields of a mod event that must be strings when present. */
const STRING_FIELDS = [
  'agentId',
  'transcriptPath',
  'cwd',
  'promptId',
  'model',
  'trigger',
  'claudeVersion',
  'reason',
  'text',
  'errorText',
  'spawnedAgentId',
  'subagentType',
  'agentTranscriptPath',
  'error',
] as const;

/** Optional fields that must be finite, non-negative numbers when present. */
const NUMBER_FIELDS = [
  'endMs',
  'firstChunkMs',
  'durationMs',
  'inputBytes',
  'outputBytes',
  'costUsd',
  'contextTokens',
] as const;

const USAGE_FIELDS = [
  'input_tokens',
  'output_tokens',
  'cache_read_input_tokens',
  'cache_creation_input_tokens',
] as const;

const isFiniteNonNegative = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Drops every optional field of a mod event whose type is wrong (a non-string `cwd`, a negative `durationMs`,
 * a `usage` without numeric token counts…) so nothing downstream ever meets it; returns the event and how many
 * fields went. Required fields are checked before (a wrong one refuses the event).
 */
export function coerceEventFields(raw: Record<string, unknown>): {
  event: Record<string, unknown>;
  dropped: number;
} {
  const event: Record<string, unknown> = { ...raw };
  let dropped = 0;
  const drop = (field: string): void => {
    delete event[field];
    dropped++;
  };
  for (const field of STRING_FIELDS) {
    const v = event[field];
    if (v !== undefined && typeof v !== 'string') drop(field);
  }
  for (const field of NUMBER_FIELDS) {
    const v = event[field];
    if (v !== undefined && !isFiniteNonNegative(v)) drop(field);
  }
  if (event.stopReason !== undefined && event.stopReason !== null && typeof event.stopReason !== 'string')
    drop('stopReason');
  if (event.failed !== undefined && typeof event.failed !== 'boolean') drop('failed');
  if (event.usage !== undefined) {
    const u = event.usage as Record<string, unknown> | null;
    if (
      typeof u !== 'object' ||
      u === null ||
      Array.isArray(u) ||
      !USAGE_FIELDS.every((k) => isFiniteNonNegative(u[k])) ||
      (u.model !== undefined && typeof u.model !== 'string')
    )
      drop('usage');
  }
  return { event, dropped };
}
