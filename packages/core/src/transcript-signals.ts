import { isObject, type Json, num, str } from './record-fields.js';

/** The events of session-level signals. */
export type SessionSignalEvent = 'api_error' | 'hook_execution' | 'mcp_server_connection';

/**
 * Session-level derived signals read from transcript records that are not spans: an API request that failed
 * (each attempt, and whether Claude Code retried it), a hook run, an MCP server connection. Codes, names and
 * numbers only — a hook's command, its output and an error's text are never kept.
 */
export interface SignalFacts {
  readonly event: SessionSignalEvent;
  /** The natural id within the record (a hook's position); the record's uuid is added by the tracker. */
  readonly key: string;
  /** Counted once per session under this key whichever record carries it (an MCP server's connection). */
  readonly sessionKey?: string;
  readonly severity?: 'info' | 'warn' | 'error';
  readonly attributes: Readonly<Record<string, string | number | boolean>>;
}

/** A name kept as a metric label: short, no spaces or slashes (never a path or a command). */
const NAME = /^[A-Za-z0-9_.:@-]{1,80}$/;
export const safeLabel = (v: unknown): string | undefined => {
  const s = str(v);
  return s && NAME.test(s) ? s : undefined;
};

function put(out: Record<string, string | number | boolean>, key: string, value: unknown): void {
  if (value !== undefined) out[key] = value as string | number | boolean;
}

/** An HTTP status from an API error record (`error.status`, `cause.status`, or `… 529 …` in its text). */
function statusOf(rec: Json): string | undefined {
  for (const v of [rec.error, rec.cause, isObject(rec.error) ? rec.error.error : undefined]) {
    if (!isObject(v)) continue;
    const s = num(v.status) ?? num(v.statusCode) ?? num(v.status_code);
    if (s !== undefined) return String(s);
  }
  const text = [str(rec.content), isObject(rec.error) ? str(rec.error.message) : str(rec.error)].join(' ');
  return /\b([45]\d\d)\b/.exec(text)?.[1];
}

/** The signals of a `system` record: `api_error` (one failed attempt), `stop_hook_summary` (each Stop hook). */
export function systemSignals(rec: Json): SignalFacts[] {
  const subtype = rec.subtype;
  if (subtype === 'api_error') {
    const attributes: Record<string, string | number | boolean> = {};
    const retryInMs = num(rec.retryInMs);
    put(attributes, 'statusCode', statusOf(rec) ?? 'unknown');
    put(attributes, 'attempt', num(rec.retryAttempt));
    put(attributes, 'maxRetries', num(rec.maxRetries));
    put(attributes, 'retryInMs', retryInMs);
    attributes.retrying = retryInMs !== undefined || num(rec.retryAttempt) !== undefined;
    return [{ event: 'api_error', key: '', severity: 'warn', attributes }];
  }
  if (subtype === 'stop_hook_summary' && Array.isArray(rec.hookInfos)) {
    const errors = Array.isArray(rec.hookErrors) ? rec.hookErrors.length : 0;
    const out: SignalFacts[] = [];
    rec.hookInfos.forEach((info, i) => {
      if (!isObject(info)) return;
      const attributes: Record<string, string | number | boolean> = { hookEvent: 'Stop' };
      put(attributes, 'durationMs', num(info.durationMs));
      // The summary lists errors, not which hook had them: with any error, the runs are not all successes.
      attributes.outcome =
        rec.preventedContinuation === true ? 'blocking' : errors > 0 ? 'non_blocking_error' : 'success';
      out.push({ event: 'hook_execution', key: String(i), attributes });
    });
    return out;
  }
  return [];
}

/** Outcome of a hook by the attachment Claude Code writes for it (`hook_success`, `hook_blocking_error`…). */
const HOOK_OUTCOMES: Readonly<Record<string, string>> = {
  hook_success: 'success',
  hook_additional_context: 'success',
  hook_system_message: 'success',
  hook_permission_decision: 'success',
  hook_non_blocking_error: 'non_blocking_error',
  hook_error_during_execution: 'non_blocking_error',
  hook_blocking_error: 'blocking',
  hook_stopped_continuation: 'blocking',
  hook_cancelled: 'cancelled',
};

/**
 * The MCP servers whose tools Claude Code announced (`deferred_tools_delta`, 2.1.332): a server is listed once it
 * connected. A server that failed to connect leaves no record in the transcript.
 */
function mcpConnections(a: Json): SignalFacts[] {
  if (!Array.isArray(a.addedNames)) return [];
  const servers = new Map<string, string | undefined>();
  for (const tool of a.addedNames) {
    const m = typeof tool === 'string' ? /^mcp__(.+?)__/.exec(tool) : null;
    if (!m?.[1] || !NAME.test(m[1])) continue;
    const plugin = /^plugin_([^_]+)_(.+)$/.exec(m[1]);
    servers.set(plugin ? plugin[2]! : m[1], plugin?.[1]);
  }
  return [...servers].map(([server, plugin]) => ({
    event: 'mcp_server_connection' as const,
    key: server,
    sessionKey: `${plugin ?? ''}/${server}`,
    attributes: { mcpServer: server, status: 'connected', ...(plugin ? { plugin } : {}) },
  }));
}

/** The signals of an `attachment` record: a hook's run, MCP servers connected. */
export function attachmentSignals(rec: Json): SignalFacts[] {
  const a = isObject(rec.attachment) ? rec.attachment : undefined;
  if (a?.type === 'deferred_tools_delta') return mcpConnections(a);
  const outcome = a ? HOOK_OUTCOMES[String(a.type)] : undefined;
  if (!a || !outcome) return [];
  const attributes: Record<string, string | number | boolean> = {
    hookEvent: safeLabel(a.hookEvent) ?? 'unknown',
    outcome,
  };
  put(attributes, 'hookName', safeLabel(a.hookName));
  put(attributes, 'toolUseId', safeLabel(a.toolUseID));
  put(attributes, 'durationMs', num(a.durationMs));
  return [
    { event: 'hook_execution', key: '', attributes, severity: outcome === 'success' ? 'info' : 'warn' },
  ];
}
