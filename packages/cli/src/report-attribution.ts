import { open, readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { readGitInfo, toolOrigin } from '@glassbox/core';
import { emptyEntry, type SessionEntry, type ToolEntry, type UsageEntry } from './build-report.js';
import { locateSession } from './trace-command.js';

/** The groupings by who and where: from the settings (user, team) and the session's recorded cwd and branch. */
export const ATTRIBUTION_GROUPS = ['user', 'team', 'repo', 'branch'] as const;
export type AttributionGroup = (typeof ATTRIBUTION_GROUPS)[number];

/** How much of a transcript's start is read for its `cwd` and `gitBranch` (every record carries them). */
const HEAD_BYTES = 64 * 1024;
const NONE = '(none)';

interface SessionPlace {
  readonly cwd?: string;
  readonly branch?: string;
}

/** `cwd` and the last `gitBranch` of the first complete records of a transcript. */
async function placeOf(path: string): Promise<SessionPlace> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    const lines = buffer.subarray(0, bytesRead).toString('utf8').split('\n');
    if (bytesRead === HEAD_BYTES) lines.pop();
    let cwd: string | undefined;
    let branch: string | undefined;
    for (const line of lines) {
      if (!line.includes('"cwd"') && !line.includes('"gitBranch"')) continue;
      try {
        const r = JSON.parse(line) as { cwd?: unknown; gitBranch?: unknown };
        if (typeof r.cwd === 'string' && r.cwd) cwd ??= r.cwd;
        if (typeof r.gitBranch === 'string' && r.gitBranch) branch = r.gitBranch;
      } catch {
        // a torn or foreign line: the next one will do
      }
    }
    return { ...(cwd ? { cwd } : {}), ...(branch ? { branch } : {}) };
  } finally {
    await file.close();
  }
}

/**
 * `userId` and `team` as the plugins are configured: `CLAUDE_PLUGIN_OPTION_USERID`/`TEAM` (a plugin command), else
 * the options of an installed glassbox plugin in `<config dir>/settings.json`; the user defaults to the OS user.
 */
export async function configuredOwner(
  roots: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ user: string; team: string }> {
  let user = env.CLAUDE_PLUGIN_OPTION_USERID?.trim() || undefined;
  let team = env.CLAUDE_PLUGIN_OPTION_TEAM?.trim() || undefined;
  for (const root of roots) {
    if (user && team) break;
    try {
      const settings = JSON.parse(await readFile(join(root, 'settings.json'), 'utf8')) as {
        pluginConfigs?: Record<string, { options?: Record<string, unknown> }>;
      };
      for (const [id, entry] of Object.entries(settings.pluginConfigs ?? {})) {
        if (!id.startsWith('glassbox')) continue;
        const o = entry.options ?? {};
        if (!user && typeof o.userId === 'string' && o.userId.trim()) user = o.userId.trim();
        if (!team && typeof o.team === 'string' && o.team.trim()) team = o.team.trim();
      }
    } catch {
      // no settings, or not JSON: defaults
    }
  }
  if (!user) {
    try {
      user = userInfo().username || undefined;
    } catch {
      // no user name for this uid
    }
  }
  return { user: user ?? NONE, team: team ?? NONE };
}

function add(into: UsageEntry, e: UsageEntry): void {
  for (const k of Object.keys(into) as (keyof UsageEntry)[]) into[k] += e[k];
}

/**
 * The report's sessions summed by user, team, git repository or branch. Repository: the remote URL (no
 * credentials) of the session's recorded `cwd` as it is now, else the directory; branch: the `gitBranch`
 * Claude Code wrote into the transcript, else the checkout's branch now.
 */
export async function groupByAttribution(
  bySession: Readonly<Record<string, SessionEntry>>,
  by: AttributionGroup,
  roots: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Promise<Record<string, UsageEntry>> {
  const out: Record<string, UsageEntry> = {};
  const owner = by === 'user' || by === 'team' ? await configuredOwner(roots, env) : undefined;
  const repos = new Map<string, Promise<Awaited<ReturnType<typeof readGitInfo>>>>();
  for (const [id, entry] of Object.entries(bySession)) {
    let key: string;
    if (owner) key = by === 'user' ? owner.user : owner.team;
    else {
      let place: SessionPlace = {};
      try {
        place = await placeOf(locateSession(id, roots, cwd).transcriptPath);
      } catch {
        // known only from the agent's data: no transcript to read
      }
      let git: Awaited<ReturnType<typeof readGitInfo>>;
      if (place.cwd) {
        if (!repos.has(place.cwd)) repos.set(place.cwd, readGitInfo(place.cwd));
        git = await repos.get(place.cwd);
      }
      key =
        by === 'repo'
          ? (git?.repositoryUrl ?? (git ? place.cwd : undefined) ?? NONE)
          : (place.branch ?? git?.branch ?? NONE);
    }
    const into = (out[key] ??= emptyEntry());
    add(into, entry);
  }
  return out;
}

/**
 * Tool calls summed by the MCP server they went to (`mcp__<server>__<tool>`, a plugin's server as
 * `<plugin>/<server>`); built-in tools are left out. Percentiles do not sum: only the mean and the maximum remain.
 */
export function groupToolsByMcpServer(
  byTool: Readonly<Record<string, ToolEntry>>,
): Record<string, ToolEntry> {
  const out: Record<string, ToolEntry> = {};
  for (const [name, t] of Object.entries(byTool)) {
    const origin = toolOrigin(name);
    if (!origin.mcpServer) continue;
    const key = origin.plugin ? `${origin.plugin}/${origin.mcpServer}` : origin.mcpServer;
    const g = (out[key] ??= {
      calls: 0,
      completed: 0,
      errors: 0,
      errorRate: 0,
      p50Ms: null,
      p95Ms: null,
      maxMs: null,
      meanMs: null,
      totalMs: 0,
    });
    g.calls += t.calls;
    g.completed += t.completed;
    g.errors += t.errors;
    g.totalMs += t.totalMs;
    if (t.maxMs !== null) g.maxMs = Math.max(g.maxMs ?? 0, t.maxMs);
    g.errorRate = g.completed > 0 ? g.errors / g.completed : 0;
    g.meanMs = g.completed > 0 ? g.totalMs / g.completed : null;
  }
  return out;
}
