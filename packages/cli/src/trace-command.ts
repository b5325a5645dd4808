import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { SessionTrace } from '@glassbox/core';
import { GlassboxError } from '@glassbox/spec';
import { type AgentTraceFile, agentDataDirs, listAgentTraces, readAgentTrace } from './agent-data.js';
import { claudeConfigDirs } from './claude-config-dirs.js';
import { writeJson } from './cli-io.js';
import { cliPricing } from './cli-pricing.js';
import { defineCommand, EXIT_OK } from './define-command.js';
import { writeTracePage } from './html/write-html-page.js';
import { listTranscriptFiles, type TranscriptFile } from './list-transcript-files.js';
import { renderTraceTree, type TraceJson, traceToJson } from './trace-view.js';

export interface LocatedSession {
  readonly sessionId: string;
  readonly transcriptPath: string;
  readonly project?: string;
}

const isMain = (f: TranscriptFile): boolean => basename(dirname(f.path)) !== 'subagents';

/** The session id the records of a transcript carry (the first one in its first `bytes`). */
function sessionIdInFile(path: string, bytes = 64 * 1024): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const m = /"sessionId":"([^"\\]{1,200})"/.exec(buf.toString('utf8', 0, n));
    return m?.[1];
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Finds a session's main transcript: a path, a full session id (the file name, or the `sessionId` its
 * records carry), or a unique prefix of one.
 */
export function locateSession(query: string, roots: readonly string[], cwd: string): LocatedSession {
  if (query.endsWith('.jsonl') && existsSync(resolve(cwd, query))) {
    const path = resolve(cwd, query);
    return { sessionId: sessionIdInFile(path) ?? basename(path, '.jsonl'), transcriptPath: path };
  }
  if (!/^[A-Za-z0-9._-]{1,200}$/.test(query))
    throw new GlassboxError('INVALID_INPUT', `'${query}' is not a session id`, {
      data: { hint: 'pass a session id (or a unique prefix of one), or a path to a .jsonl transcript' },
    });
  const mains = listTranscriptFiles(roots).filter(isMain);
  const found = (f: TranscriptFile, id?: string): LocatedSession => ({
    sessionId: id ?? sessionIdInFile(f.path) ?? basename(f.path, '.jsonl'),
    transcriptPath: f.path,
    project: f.project || undefined,
  });
  const exact = mains.find((f) => basename(f.path, '.jsonl') === query);
  if (exact) return found(exact);
  const ambiguous = (ids: string[]): GlassboxError =>
    new GlassboxError('INVALID_INPUT', `'${query}' matches ${ids.length} sessions`, {
      data: { hint: `be more specific: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}` },
    });
  const prefixed = mains.filter((f) => basename(f.path, '.jsonl').startsWith(query));
  if (prefixed.length === 1) return found(prefixed[0]!);
  if (prefixed.length > 1) throw ambiguous(prefixed.map((f) => basename(f.path, '.jsonl')));
  // Files named otherwise (copies, older layouts): the session id their records carry.
  const byRecord = new Map<string, TranscriptFile>();
  for (const f of mains) {
    const id = sessionIdInFile(f.path, 16 * 1024);
    if (id?.startsWith(query) && !byRecord.has(id)) byRecord.set(id, f);
  }
  const exactRecord = byRecord.get(query);
  if (exactRecord) return found(exactRecord, query);
  if (byRecord.size === 1) {
    const [id, f] = [...byRecord][0]!;
    return found(f, id);
  }
  if (byRecord.size > 1) throw ambiguous([...byRecord.keys()]);
  throw new GlassboxError(
    'TRANSCRIPT_UNREADABLE',
    `no session '${query}' under ${roots.map((r) => `${r}/projects`).join(', ')}`,
    {
      data: {
        hint: "list sessions with 'glassbox report --by session'; use --config-dir if Claude Code keeps them elsewhere",
        notFound: true,
      },
    },
  );
}

/** Builds a finished session's trace from its transcript and its subagents' transcripts. */
export async function buildSessionTrace(located: LocatedSession): Promise<SessionTrace> {
  // Loaded here, not at startup: the tracker is the largest part of the bundle and only trace needs it.
  const { agentIdFromPath, findSubagentTranscripts, readTranscriptIncrement, SessionTracker } = await import(
    '@glassbox/core'
  );
  const pricing = cliPricing();
  const tracker = new SessionTracker({ sessionId: located.sessionId, pricing: { pricer: pricing.pricer } });
  const main = await readTranscriptIncrement(located.transcriptPath, 0);
  tracker.addTranscriptEntries(main.entries);
  for (const path of await findSubagentTranscripts(located.transcriptPath)) {
    const sub = await readTranscriptIncrement(path, 0);
    tracker.addTranscriptEntries(sub.entries, { agentId: agentIdFromPath(path) });
  }
  return tracker.build({ final: true });
}

function uniquePrefix(traces: readonly AgentTraceFile[], query: string): AgentTraceFile | undefined {
  const matches = traces.filter((t) => t.sessionId.startsWith(query));
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The session to trace: the one named, else the current one. Claude Code exports `CLAUDE_CODE_SESSION_ID` to the
 * shells it starts (a command's `!` line, the Bash tool); outside it a session must be named.
 */
export function sessionQuery(
  given: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  if (given !== undefined) return given;
  const current = env.CLAUDE_CODE_SESSION_ID?.trim();
  if (current) return current;
  throw new GlassboxError('INVALID_INPUT', 'missing <session-id>', {
    data: {
      hint: "usage: glassbox trace <session-id> [options]; list sessions with 'glassbox report --by session' (inside Claude Code it defaults to the current session)",
    },
  });
}

export const traceCommand = defineCommand({
  name: 'trace',
  summary: 'one session as a tree: turns, model calls, tools and subagents, with time, tokens and cost',
  description: [
    'Shows a session the way the seed trace view does: each turn, the model calls in it, the tools each ' +
      'call asked for, and subagents nested under the tool call that started them. Every line has its ' +
      'duration, tokens (all kinds) and cost; --json has tokens by kind, usage and ids on every node.',
    'The trace is built from the session transcript and its subagent transcripts, or taken from what the ' +
      'Glassbox agent captured live when it has every model call the transcript has (or the transcript is gone).',
  ],
  positionals: [
    {
      name: 'session-id',
      description:
        'a session id, a unique prefix of one, or a .jsonl path (default inside Claude Code: the current ' +
        'session, $CLAUDE_CODE_SESSION_ID)',
    },
  ],
  options: {
    'config-dir': {
      type: 'string',
      value: 'DIR',
      multiple: true,
      description:
        'Claude config directory (default $CLAUDE_CONFIG_DIR, else ~/.claude and ~/.config/claude)',
    },
    html: {
      type: 'string',
      value: 'FILE',
      description: 'also write one self-contained page with the waterfall and charts, that opens offline',
    },
  },
  examples: [
    'glassbox trace 0b9e2d1c',
    'glassbox trace 0b9e2d1c --html trace.html',
    'glassbox trace 0b9e2d1c-…-c94edc91af04 --json | jq .costUsd',
    '!glassbox trace   (in Claude Code: the current session)',
  ],
  exitCodes: ['1 no such session, or its transcript cannot be read'],
  async run(ctx) {
    const query = sessionQuery(ctx.positionals[0], ctx.io.env);
    if (query !== ctx.positionals[0])
      ctx.io.stderr.write(`glassbox trace: the current session ${query} ($CLAUDE_CODE_SESSION_ID)\n`);
    const roots = claudeConfigDirs(ctx.strings('config-dir'), ctx.io.env, ctx.io.cwd);
    let located: LocatedSession | undefined;
    let notFound: unknown;
    try {
      located = locateSession(query, roots, ctx.io.cwd);
    } catch (error) {
      if (!(GlassboxError.is(error) && error.data?.notFound === true)) throw error;
      notFound = error;
    }
    // What the agent captured live (hook timings, verdicts) is richer than the transcript alone; it is used
    // when it has every model call the transcript has, and when the transcript is gone.
    const agentTraces = listAgentTraces(agentDataDirs(roots, ctx.io.env));
    const sessionId = located?.sessionId;
    const agentFile =
      agentTraces.find((t) => t.sessionId === (sessionId ?? query)) ??
      (located ? undefined : uniquePrefix(agentTraces, query));
    if (!located && !agentFile) throw notFound;
    const fromAgent = agentFile ? readAgentTrace(agentFile.path) : undefined;
    const fromTranscript = located ? await buildSessionTrace(located) : undefined;
    const useAgent =
      fromAgent !== undefined &&
      (fromTranscript === undefined || fromAgent.totals.llmCalls >= fromTranscript.totals.llmCalls);
    const trace = (useAgent ? fromAgent : fromTranscript)!;
    const json: TraceJson = traceToJson(trace, {
      source: useAgent ? 'agent' : 'transcript',
      transcriptPath: located?.transcriptPath,
      project: located?.project,
    });
    const html = ctx.string('html');
    if (html !== undefined) writeTracePage(html, json, ctx.io);
    if (ctx.json) writeJson(ctx.io, json);
    else ctx.io.stdout.write(renderTraceTree(json, ctx.io.columns));
    return EXIT_OK;
  },
});
