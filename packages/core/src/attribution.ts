import type { Attributes } from '@glassbox/spec';
import type { GitInfo } from './git-info.js';

/**
 * Attribute names of who and where a session ran, on every span, log record and metric point. OpenTelemetry's
 * names where they exist (`user.id`, the VCS registry's `vcs.*`); the team has none, so it is `glassbox.team`.
 */
export const ATTRIBUTION_ATTRIBUTES = {
  user: 'user.id',
  team: 'glassbox.team',
  repository: 'vcs.repository.url.full',
  branch: 'vcs.ref.head.name',
  revision: 'vcs.ref.head.revision',
} as const;

/**
 * Attributes that change with every commit: on spans, logs and the session count only, not on every metric
 * series (one new series per commit would grow a metrics backend without bound).
 */
export const SESSION_ONLY_ATTRIBUTES: readonly string[] = [ATTRIBUTION_ATTRIBUTES.revision];

export interface SessionAttribution {
  readonly user?: string;
  readonly team?: string;
  readonly git?: GitInfo;
}

/** The attribution attributes of one session; absent values are left out. */
export function attributionAttributes(a: SessionAttribution): Attributes {
  const out: Record<string, string> = {};
  const put = (key: string, value: string | undefined) => {
    if (value) out[key] = value;
  };
  put(ATTRIBUTION_ATTRIBUTES.user, a.user);
  put(ATTRIBUTION_ATTRIBUTES.team, a.team);
  put(ATTRIBUTION_ATTRIBUTES.repository, a.git?.repositoryUrl);
  put(ATTRIBUTION_ATTRIBUTES.branch, a.git?.branch);
  put(ATTRIBUTION_ATTRIBUTES.revision, a.git?.revision);
  return out;
}

/** Where a tool came from. Names as Claude Code's own telemetry uses them (`mcp_server.name`, `skill.name`…). */
export interface ToolOrigin {
  readonly mcpServer?: string;
  readonly mcpTool?: string;
  readonly plugin?: string;
  readonly skill?: string;
}

/**
 * Reads a tool's origin from its name and (for the Skill tool) the skill it ran: `mcp__<server>__<tool>`, a
 * plugin's server `mcp__plugin_<plugin>_<server>__<tool>`, and a plugin's skill `<plugin>:<skill>`.
 */
export function toolOrigin(name: string, skill?: string): ToolOrigin {
  const out: { -readonly [K in keyof ToolOrigin]: ToolOrigin[K] } = {};
  if (name.startsWith('mcp__')) {
    const rest = name.slice(5);
    const split = rest.indexOf('__');
    const server = split > 0 ? rest.slice(0, split) : rest;
    if (split > 0) out.mcpTool = rest.slice(split + 2);
    const plugin = /^plugin_([^_]+)_(.+)$/.exec(server);
    if (plugin) {
      out.plugin = plugin[1];
      out.mcpServer = plugin[2];
    } else out.mcpServer = server;
  }
  if (skill) {
    out.skill = skill;
    const colon = skill.indexOf(':');
    if (colon > 0) out.plugin ??= skill.slice(0, colon);
  }
  return out;
}

/** A tool origin as span/log attributes. */
export function toolOriginAttributes(origin: ToolOrigin): Attributes {
  const out: Record<string, string> = {};
  if (origin.mcpServer) out['mcp_server.name'] = origin.mcpServer;
  if (origin.mcpTool) out['mcp_tool.name'] = origin.mcpTool;
  if (origin.plugin) out['plugin.name'] = origin.plugin;
  if (origin.skill) out['skill.name'] = origin.skill;
  return out;
}
