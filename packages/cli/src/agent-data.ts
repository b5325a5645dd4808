import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import {
  GLASSBOX_BUNDLES,
  type LlmCallNode,
  type SessionTrace,
  type SubagentNode,
  type ToolCallNode,
  type TurnNode,
} from '@glassbox/core';
import type { ScanSink } from './scanned-records.js';

/** The plugins whose agent keeps captured sessions: every Glassbox bundle (Lite, full, audit, Datadog). */
export const PLUGIN_NAMES: readonly string[] = Object.keys(GLASSBOX_BUNDLES);

/** Files only the agent (or the hook that starts it) writes in its data directory. */
const AGENT_FILES = ['hash.key', 'agent.lock', 'agent.log', 'spool'];

/**
 * Whether `name` in `<config>/plugins/data` is a Glassbox plugin's data directory. Claude Code names it after
 * `plugin@marketplace` (every character outside [A-Za-z0-9_-] → `-`): `glassbox-lite-<marketplace>`,
 * `glassbox-<marketplace>`. Another plugin's may start with `glassbox-` too, so the agent's files decide.
 */
function isAgentDataDir(data: string, name: string): boolean {
  if (!PLUGIN_NAMES.some((p) => name === p || name.startsWith(`${p}-`))) return false;
  return AGENT_FILES.some((f) => existsSync(join(data, name, f)));
}

/**
 * The agent's data directories: `$GLASSBOX_AGENT_DATA_DIR`, each Glassbox plugin's `<config>/plugins/data/…`
 * (Claude Code's `${CLAUDE_PLUGIN_DATA}`, where the agent has run), and `~/.glassbox/agent` (the hook's
 * fallback). Existing ones only.
 */
export function agentDataDirs(
  configDirs: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const out: string[] = [];
  if (env.GLASSBOX_AGENT_DATA_DIR) out.push(env.GLASSBOX_AGENT_DATA_DIR);
  for (const dir of configDirs) {
    const data = join(dir, 'plugins', 'data');
    try {
      for (const name of readdirSync(data).sort()) if (isAgentDataDir(data, name)) out.push(join(data, name));
    } catch {
      // no plugin data here
    }
  }
  if (env.HOME) out.push(join(env.HOME, '.glassbox', 'agent'));
  return [...new Set(out)].filter((d) => existsSync(d));
}

export interface AgentTraceFile {
  readonly sessionId: string;
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

const TRACE_FILE = /^([A-Za-z0-9._-]{1,200})\.json$/;

/** The session traces the agent saved (`sessions/<id>.json`), the first data dir winning per session. */
export function listAgentTraces(dataDirs: readonly string[]): AgentTraceFile[] {
  const out = new Map<string, AgentTraceFile>();
  for (const dir of dataDirs) {
    const sessions = join(dir, 'sessions');
    let names: string[];
    try {
      names = readdirSync(sessions);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TRACE_FILE.exec(name);
      if (!m || name.endsWith('.state.json') || out.has(m[1]!)) continue;
      const path = `${sessions}${sep}${name}`;
      const st = statSync(path, { throwIfNoEntry: false });
      if (st?.isFile()) out.set(m[1]!, { sessionId: m[1]!, path, size: st.size, mtimeMs: st.mtimeMs });
    }
  }
  return [...out.values()];
}

/** A trace the agent saved, or undefined when missing or not a session trace. */
export function readAgentTrace(path: string): SessionTrace | undefined {
  try {
    const trace = JSON.parse(readFileSync(path, 'utf8')) as SessionTrace;
    return trace?.kind === 'session' && typeof trace.sessionId === 'string' && Array.isArray(trace.turns)
      ? trace
      : undefined;
  } catch {
    return undefined;
  }
}

/** Every LLM and tool call of a trace, subagents included. */
function* callsOf(trace: SessionTrace): Generator<LlmCallNode | ToolCallNode> {
  const agent = function* (a: SubagentNode): Generator<LlmCallNode | ToolCallNode> {
    for (const c of a.children) yield* child(c);
  };
  const child = function* (c: LlmCallNode | ToolCallNode): Generator<LlmCallNode | ToolCallNode> {
    yield c;
    if (c.kind === 'tool') for (const a of c.subagents ?? []) yield* agent(a);
  };
  const turn = function* (t: TurnNode): Generator<LlmCallNode | ToolCallNode> {
    for (const c of t.children) yield* child(c);
    for (const a of t.subagents ?? []) yield* agent(a);
  };
  for (const t of trace.turns) yield* turn(t);
  for (const a of trace.subagents ?? []) yield* agent(a);
}

/**
 * Reads a saved trace into a scan sink, as the report does for sessions whose transcript is gone (Claude
 * Code deletes transcripts after 30 days; what the agent captured stays).
 */
export function scanAgentTrace(path: string, sink: ScanSink): void {
  const trace = readAgentTrace(path);
  if (!trace) return;
  for (const c of callsOf(trace)) {
    if (c.kind === 'llm') {
      sink.response({
        messageId: c.messageId,
        requestId: c.requestId ?? '',
        model: c.pricedModel ?? c.model,
        timeMs: c.startMs,
        sessionId: trace.sessionId,
        isSidechain: c.agentId !== undefined,
        usage: c.usage ?? {},
        recordedCostUsd: undefined,
      });
    } else {
      sink.toolUse({ id: c.toolUseId, name: c.name, timeMs: c.startMs, sessionId: trace.sessionId });
      if (c.toolStatus !== 'running')
        sink.toolResult({ id: c.toolUseId, timeMs: c.endMs, isError: c.status === 'error' });
    }
  }
}
