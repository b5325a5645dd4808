// `glassbox report --by skill|command`: each response's skill and slash command, read with core's `SessionScopes`
// (the tracker's rule), and the report's deduplicated, priced rows summed by them.
import { closeSync, openSync, readSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { type ActivityScope, normalizeTranscriptRecord, SessionScopes } from '@glassbox/core';
import { type BuildReportOptions, buildReport, type UsageEntry } from './build-report.js';
import type { CollectedUsage } from './collect-options.js';
import { hash64 } from './hash64.js';
import { findTranscriptFiles, type TranscriptFile } from './list-transcript-files.js';
import { UsageGroups } from './usage-groups.js';
import { FLAG_DEAD, R_FLAGS, R_MSG, R_U32 } from './usage-tables.js';

export const SCOPE_GROUPS = ['skill', 'command'] as const;
export type ScopeGroup = (typeof SCOPE_GROUPS)[number];

const NONE = '(none)';
const CHUNK = 4 * 1024 * 1024;
const NL = 0x0a;
/** One read buffer for every file (grown for a longer line, kept). */
let shared = Buffer.allocUnsafe(CHUNK);
const ASSISTANT = Buffer.from('"type":"assistant"');
const USER = Buffer.from('"type":"user"');
const TOOL_RESULT = Buffer.from('"type":"tool_result"');
const AGENT_ID = Buffer.from('"agentId"');
const MESSAGE = Buffer.from('"message":{');
const ID = Buffer.from('"id":"');
const CONTENT = Buffer.from('"content"');
const SIDECHAIN = Buffer.from('"isSidechain":true');
const SYNTHETIC = Buffer.from('<synthetic>');
/** Tool calls that move a scope (Skill) or carry it to a subagent (Agent, Task): their responses are parsed. */
const SCOPE_TOOLS = ['Skill', 'Agent', 'Task'].map((name) => Buffer.from(`"name":"${name}"`));
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Whether a line can change a scope: a response (its id, its Skill and Agent calls), a user prompt or a skill's
 * expansion, or a tool result that names the subagent it started (in a subagent's file, where every record has
 * an `agentId`, one that names a second). Tool results without one — most of a transcript's bytes — and every
 * other record type are skipped unparsed.
 */
function wanted(line: Buffer, subagent: boolean): boolean {
  if (line.indexOf(ASSISTANT) !== -1) return true;
  if (line.indexOf(USER) === -1) return false;
  if (line.indexOf(TOOL_RESULT) === -1) return true;
  const agent = line.indexOf(AGENT_ID);
  return agent !== -1 && (!subagent || line.indexOf(AGENT_ID, agent + 1) !== -1);
}

/** Feeds one transcript file's wanted records to `scopes`, in file order. */
function readFileScopes(path: string, agentId: string | undefined, scopes: SessionScopes): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return; // removed since it was listed: nothing to read
  }
  try {
    let buf = shared;
    let filled = 0;
    let position = 0;
    for (;;) {
      if (filled === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
        shared = bigger;
      }
      const n = readSync(fd, buf, filled, buf.length - filled, position);
      const end = filled + n;
      position += n;
      // Only the bytes read: a search past them would scan the rest of the buffer.
      const view = buf.subarray(0, end);
      let start = 0;
      for (let nl = view.indexOf(NL, start); nl !== -1; nl = view.indexOf(NL, start)) {
        addLine(view.subarray(start, nl), agentId, scopes);
        start = nl + 1;
      }
      if (n === 0) {
        if (start < end) addLine(buf.subarray(start, end), agentId, scopes);
        return;
      }
      buf.copyWithin(0, start, end);
      filled = end - start;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The message id of a response line that needs no parse: no Skill, Agent or Task call, not `<synthetic>`, not a
 * main-file sidechain copy, and its `message.id` before its `content`. Undefined sends the line to the full parse.
 */
function plainResponseId(line: Buffer, subagent: boolean): string | undefined {
  if ((!subagent && line.indexOf(SIDECHAIN) !== -1) || line.indexOf(SYNTHETIC) !== -1) return undefined;
  for (const name of SCOPE_TOOLS) if (line.indexOf(name) !== -1) return undefined;
  const message = line.indexOf(MESSAGE);
  if (message === -1) return undefined;
  const id = line.indexOf(ID, message);
  const content = line.indexOf(CONTENT, message);
  if (id === -1 || (content !== -1 && content < id)) return undefined;
  const start = id + ID.length;
  const end = line.indexOf(QUOTE, start);
  if (end === -1 || end - start > 200) return undefined;
  for (let i = start; i < end; i += 1) if (line[i] === BACKSLASH) return undefined;
  return line.toString('latin1', start, end);
}

function addLine(line: Buffer, agentId: string | undefined, scopes: SessionScopes): void {
  if (!wanted(line, agentId !== undefined)) return;
  if (line.indexOf(ASSISTANT) !== -1) {
    const messageId = plainResponseId(line, agentId !== undefined);
    if (messageId) {
      scopes.addResponse(messageId, agentId);
      return;
    }
  }
  let record: unknown;
  try {
    record = JSON.parse(line.toString('utf8'));
  } catch {
    return; // not JSON: the report counts it malformed already
  }
  for (const entry of normalizeTranscriptRecord(record))
    scopes.add(agentId && !entry.agentId ? { ...entry, agentId } : entry);
}

/** The agent id of `…/<session>/subagents/agent-<id>.jsonl`, else undefined. */
function agentIdOf(path: string): string | undefined {
  if (basename(dirname(path)) !== 'subagents') return undefined;
  const m = /^agent-(.+)\.jsonl$/.exec(basename(path));
  return m?.[1];
}

/**
 * Every response's scope by the hash of its message id (the rows' `R_MSG`), from the transcripts: each session's
 * main file and subagent files go through one `SessionScopes`. A message seen in two sessions keeps the first.
 */
export function readResponseScopes(files: readonly TranscriptFile[]): Map<string, ActivityScope> {
  const sessions = new Map<string, SessionScopes>();
  for (const file of files) {
    if (file.agentTrace) continue;
    let scopes = sessions.get(file.defaultSession);
    if (!scopes) sessions.set(file.defaultSession, (scopes = new SessionScopes()));
    readFileScopes(file.path, agentIdOf(file.path), scopes);
  }
  const out = new Map<string, ActivityScope>();
  const h = new Uint32Array(2);
  for (const scopes of sessions.values())
    for (const [messageId, scope] of scopes.responses()) {
      if (!scope.skill && !scope.command) continue;
      hash64(messageId, h, 0);
      const key = `${h[0]}:${h[1]}`;
      if (!out.has(key)) out.set(key, scope);
    }
  return out;
}

/**
 * The report's responses summed by skill or slash command (`(none)` for the rest), with the same rows,
 * prices, deduplication and `--since` / `--until` as every other grouping: the rows are regrouped with the scope
 * in the place of the project and aggregated by `buildReport`.
 */
export function groupByScope(
  collected: CollectedUsage,
  by: ScopeGroup,
  scopes: ReadonlyMap<string, ActivityScope>,
  options: BuildReportOptions,
): Record<string, UsageEntry> {
  const { tables, strings } = collected;
  if (!tables) return {};
  const { u32, f64, count } = tables.responses;
  const groups = new UsageGroups();
  const none = strings.intern(NONE);
  const labels = new Map<string, number>();
  for (let r = 0; r < count; r += 1) {
    const o = r * R_U32;
    if (u32[o + R_FLAGS]! & FLAG_DEAD) continue;
    const label = scopes.get(`${u32[o + R_MSG]}:${u32[o + R_MSG + 1]}`)?.[by];
    let key = none;
    if (label) {
      key = labels.get(label) ?? strings.intern(label);
      labels.set(label, key);
    }
    groups.addRow(u32, f64, r, key, 0, ['']);
  }
  const report = buildReport(
    { ...collected, groups, fileKeys: [''] },
    { ...options, byProject: true, byTool: false, bySession: false },
  );
  return report.byProject ?? {};
}

/** The breakdowns asked for (none: nothing read), from one reading of the transcripts under `roots`. */
export function scopeBreakdowns(
  collected: CollectedUsage,
  roots: readonly string[],
  which: readonly ScopeGroup[],
  options: BuildReportOptions,
): Partial<Record<ScopeGroup, Record<string, UsageEntry>>> {
  if (which.length === 0) return {};
  const scopes = readResponseScopes(findTranscriptFiles(roots));
  return Object.fromEntries(which.map((by) => [by, groupByScope(collected, by, scopes, options)]));
}
