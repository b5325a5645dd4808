/**
 * What stands in for error text when content capture is off: a kind from a fixed vocabulary and the text's
 * length. The kind is chosen by matching the text, but nothing of the text itself is kept, so a secret or a
 * line of a file that a failing command printed never leaves the machine. Pure: the mod uses it too.
 */

/** Kinds of error, most specific first. Codes Claude Code itself reports (StopFailure's `error`) are kept. */
const KINDS: readonly (readonly [kind: string, pattern: RegExp])[] = [
  [
    'permission_denied',
    /requested permissions? to|haven't granted it|permission to use \S+ (?:has been|was) denied|doesn't want to proceed|tool use was rejected|denied by|blocked by/i,
  ],
  ['interrupted', /interrupted|aborted|AbortError/i],
  ['timeout', /timed? ?out|timeout|ETIMEDOUT/i],
  ['rate_limit', /rate.?limit|\b429\b|too many requests/i],
  ['overloaded', /overloaded|\b529\b/i],
  ['authentication', /authenticat|unauthori[sz]ed|\b401\b|invalid api key|\b403\b|forbidden/i],
  ['not_found', /not found|no such file|ENOENT|does not exist|\b404\b/i],
  ['access', /EACCES|EPERM|permission denied|read-only/i],
  ['too_large', /too (?:long|large|big)|exceeds|maximum|E2BIG|EFBIG/i],
  ['network', /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|network|socket hang up/i],
  ['invalid_input', /invalid|malformed|unexpected token|syntax ?error|parse error|InputValidationError/i],
  ['exit_code', /exit(?:ed)? (?:code|status) ?\d+|non-zero exit/i],
  ['server_error', /\b5\d\d\b|internal server error|server error/i],
];

/** A code such as `rate_limit` or `server_error` (StopFailure's matcher values): not content, kept as is. */
const CODE = /^[a-z][a-z0-9_]{0,39}$/;
/** A summary already (so summarising twice, at the mod and again at the agent, changes nothing). */
const SUMMARY = /^[a-z][a-z0-9_]{0,39} \(\d{1,12} chars\)$/;

/** The kind of an error text (`fallback` when nothing matches). Looks at the first 500 characters only. */
export function errorKind(text: string, fallback = 'error'): string {
  if (CODE.test(text)) return text;
  const head = text.slice(0, 500);
  for (const [kind, pattern] of KINDS) if (pattern.test(head)) return kind;
  return fallback;
}

/** `kind (n chars)`: what a trace, a log or a span status says of an error when content capture is off. */
export function errorSummary(text: string, fallback = 'error'): string {
  if (CODE.test(text) || SUMMARY.test(text)) return text;
  return `${errorKind(text, fallback)} (${text.length} chars)`;
}
