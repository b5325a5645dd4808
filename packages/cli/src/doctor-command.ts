import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { requestAgent } from '@glassbox/core';
import { agentHomes, lockHolderState, readAgentEndpoint, readAgentKeyFile } from './agent-client.js';
import { agentDataDirs, PLUGIN_NAMES } from './agent-data.js';
import { claudeConfigDirs } from './claude-config-dirs.js';
import { writeJson } from './cli-io.js';
import { cliPricing } from './cli-pricing.js';
import { CLI_VERSION } from './cli-version.js';
import { type CommandContext, defineCommand, EXIT_FAILURE, EXIT_OK } from './define-command.js';
import { formatBytes, formatDuration, formatInteger } from './format-units.js';
import { defaultCacheDir } from './report-cache.js';

/** The agent's default loopback port (the plugin's `agentPort` option changes it). */
export const DEFAULT_AGENT_PORT = 47821;

export type CheckLevel = 'ok' | 'info' | 'warn' | 'fail';

export interface DoctorCheck {
  readonly name: string;
  readonly level: CheckLevel;
  /** What was found, in plain words. */
  readonly message: string;
  /** What to do about it, when anything. */
  readonly fix?: string;
}

export interface DoctorJson {
  healthy: boolean;
  /** Checks at `warn`: the verdict says so (never "Nothing needs doing." after a warning). */
  warnings: number;
  cliVersion: string;
  agent: {
    running: boolean;
    port: number;
    /** The one read (its lock names the port). */
    dataDir: string | null;
    /** Every agent data directory found, the one read first. */
    dataDirs: string[];
    version?: string;
    pid?: number;
    uptimeMs?: number;
  };
  /** The agent's own `GET /status`, as it answered. */
  agentStatus?: unknown;
  checks: DoctorCheck[];
}

/** Just enough of the agent's `GET /status` to explain it; every field is checked before use. */
interface AgentStatusView {
  name?: string;
  version?: string;
  pid?: number;
  port?: number;
  uptimeMs?: number;
  dataDir?: string;
  configProblems?: unknown[];
  spool?: {
    bytes?: number;
    segments?: number;
    corruptLines?: number;
    droppedSegments?: number;
    droppedRecords?: number;
    limitBytes?: number;
    quarantinedSegments?: number;
    failedWrites?: number;
  };
  exporters?: {
    name?: string;
    pendingSpans?: number;
    pendingLogs?: number;
    exportedBatches?: number;
    failedBatches?: number;
    rejectedItems?: number;
    lastSuccessMs?: number;
    lastErrorMs?: number;
    lastError?: string;
  }[];
  ignored?: Record<string, number>;
  sessions?: { sessionId?: string; modAlive?: boolean; costDriftUsd?: number }[];
  modAliveSessions?: string[];
}

interface LockView {
  pid?: number;
  port?: number;
  version?: string;
  startedAtMs?: number;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `agentPort` option from the user's settings (`pluginConfigs["glassbox-lite@…" or "glassbox@…"].options`). */
function configuredPort(configDirs: readonly string[]): number | undefined {
  for (const dir of configDirs) {
    const settings = readJson(join(dir, 'settings.json'));
    if (!isObject(settings) || !isObject(settings.pluginConfigs)) continue;
    for (const [id, value] of Object.entries(settings.pluginConfigs)) {
      if (!PLUGIN_NAMES.some((p) => id.startsWith(`${p}@`)) || !isObject(value) || !isObject(value.options))
        continue;
      const port = Number(value.options.agentPort);
      if (Number.isInteger(port) && port > 0 && port < 65536) return port;
    }
  }
  return undefined;
}

/**
 * The agent did not answer with a verified status. Advice names a pid only as a fact: doctor never tells anyone
 * to kill a process, since it could not prove that process is the agent.
 */
function agentDownCheck(
  port: number,
  answered: boolean,
  lockPid: number | undefined,
  dataDir: string | undefined,
): DoctorCheck {
  const where = `127.0.0.1:${port}`;
  const lockPath = dataDir ? join(dataDir, 'agent.lock') : 'agent.lock';
  const holder = lockPid === undefined ? undefined : lockHolderState(lockPid);
  if (answered)
    return {
      name: 'agent',
      level: 'warn',
      message: `something answers on ${where} but is not your Glassbox agent (its reply is not signed with your key)`,
      fix: 'stop what listens there, or set the plugin option agentPort to a free port',
    };
  if (holder === 'agent' || holder === 'unknown')
    return {
      name: 'agent',
      level: 'warn',
      message: `the agent's lock names pid ${lockPid}${holder === 'agent' ? ', whose command line is the agent,' : ''} but nothing proves it is your agent: no signed answer on ${where}`,
      fix: `it may be starting or stuck; the next session start replaces an agent silent for 30 s${dataDir ? `; its log is ${join(dataDir, 'agent.log')}` : ''}`,
    };
  if (holder === 'other')
    return {
      name: 'agent',
      level: 'info',
      message: `the agent is not running; its lock names pid ${lockPid}, which now runs another program (pid reused): the lock is stale`,
      fix: `the lock is safe to remove (rm ${lockPath}); doctor removed nothing, and the next session start takes it over anyway. Pid ${lockPid} is not the agent: leave it alone`,
    };
  if (holder === 'gone')
    return {
      name: 'agent',
      level: 'info',
      message: `the agent is not running; its lock names pid ${lockPid}, which no longer exists: the lock is stale`,
      fix: `the lock is safe to remove (rm ${lockPath}); doctor removed nothing, and the next session start takes it over anyway`,
    };
  return {
    name: 'agent',
    level: 'info',
    message: `the agent is not running (nothing answers on ${where})`,
    fix: 'it starts with the next Claude Code session (SessionStart hook) and exits when idle; nothing is lost meanwhile: the transcripts are read when it starts',
  };
}

const ago = (now: number, ms: number | undefined): string =>
  ms === undefined ? 'never' : `${formatDuration(Math.max(0, now - ms))} ago`;

/** Runs every check; never throws. */
export async function runDoctor(ctx: CommandContext): Promise<DoctorJson> {
  const io = ctx.io;
  const now = io.now();
  const checks: DoctorCheck[] = [];
  const configDirs = claudeConfigDirs(ctx.strings('config-dir'), io.env, io.cwd);

  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  checks.push(
    major > 20 || (major === 20 && minor >= 19)
      ? { name: 'node', level: 'ok', message: `Node ${process.versions.node}` }
      : {
          name: 'node',
          level: 'fail',
          message: `Node ${process.versions.node} is too old`,
          fix: 'install Node 20.19 or newer (the agent and this CLI need it)',
        },
  );

  const projects = configDirs.map((d) => join(d, 'projects')).filter((p) => existsSync(p));
  checks.push(
    projects.length > 0
      ? { name: 'transcripts', level: 'ok', message: `Claude Code transcripts in ${projects.join(', ')}` }
      : {
          name: 'transcripts',
          level: 'warn',
          message: `no transcripts under ${configDirs.map((d) => join(d, 'projects')).join(', ')}`,
          fix: 'run a Claude Code session first, or pass --config-dir (or set CLAUDE_CONFIG_DIR) to where Claude Code keeps them',
        },
  );

  const pricing = cliPricing();
  checks.push({ name: 'pricing', level: 'ok', message: `price table ${pricing.key}` });

  const found = ctx.string('data-dir') ? [ctx.string('data-dir')!] : agentDataDirs(configDirs, io.env);
  // Several (both plugins, several marketplaces): the one named, else one whose agent holds its lock.
  const dataDir =
    ctx.string('data-dir') || io.env.GLASSBOX_AGENT_DATA_DIR
      ? found[0]
      : (found.find((d) => existsSync(join(d, 'agent.lock'))) ?? found[0]);
  const dataDirs = dataDir ? [dataDir, ...found.filter((d) => d !== dataDir)] : [];
  const lock = dataDir ? (readJson(join(dataDir, 'agent.lock')) as LockView | undefined) : undefined;
  // The channel key and agent.endpoint: in the first agent home that has a key file.
  const keyFiles = agentHomes(configDirs, io.env).map(readAgentKeyFile);
  const keyFile = keyFiles.find((k) => !k.absent) ?? keyFiles[0];
  const endpoint = keyFile ? readAgentEndpoint(dirname(keyFile.path)) : undefined;
  const givenPort = ctx.string('port') === undefined ? undefined : Number(ctx.string('port'));
  const port =
    givenPort !== undefined && Number.isInteger(givenPort) && givenPort > 0
      ? givenPort
      : (endpoint?.port ?? lock?.port ?? configuredPort(configDirs) ?? DEFAULT_AGENT_PORT);
  if (keyFile)
    checks.push(
      keyFile.key
        ? { name: 'agent key', level: 'ok', message: `channel key ${keyFile.path} (0600, yours)` }
        : keyFile.absent
          ? {
              name: 'agent key',
              level: 'info',
              message: `no channel key yet (${keyFile.path})`,
              fix: 'the agent creates it when it first starts',
            }
          : {
              name: 'agent key',
              level: 'warn',
              message: `${keyFile.path} ${keyFile.problem}: the agent and its clients refuse it`,
              fix: keyFile.problem?.startsWith('has mode')
                ? `chmod 600 ${keyFile.path}`
                : `remove it (rm ${keyFile.path}); the next agent start creates a new one`,
            },
    );
  checks.push(
    dataDir
      ? {
          name: 'plugin data',
          level: 'ok',
          message: `agent data directory ${dataDir}${dataDirs.length > 1 ? ` (also: ${dataDirs.slice(1).join(', ')})` : ''}`,
        }
      : {
          name: 'plugin data',
          level: 'info',
          message: 'no Glassbox agent data directory found: the plugin has not run a session yet',
          fix: 'install the glassbox or glassbox-lite plugin and start a Claude Code session; the agent starts with it',
        },
  );

  // Only a reply signed with the user's key is the agent's: anything else is read as no agent.
  const answer = keyFile?.key ? await requestAgent({ port, key: keyFile.key, path: '/status' }) : undefined;
  const raw = answer?.verified && answer.status === 200 ? answer.json : undefined;
  const status = isObject(raw) && raw.name === 'glassbox-agent' ? (raw as AgentStatusView) : undefined;
  if (!status) checks.push(agentDownCheck(port, answer !== undefined, lock?.pid, dataDir));
  else {
    checks.push({
      name: 'agent',
      level: 'ok',
      message: `agent ${status.version ?? '?'} running on 127.0.0.1:${port} (pid ${status.pid ?? '?'}, up ${formatDuration(status.uptimeMs)})`,
    });
    for (const problem of status.configProblems ?? [])
      checks.push({
        name: 'configuration',
        level: 'warn',
        message: String(problem),
        fix: 'fix the plugin option in /config (Glassbox Lite); the default is used meanwhile',
      });
    const spool = status.spool ?? {};
    const spoolBad =
      (spool.corruptLines ?? 0) > 0 ||
      (spool.droppedSegments ?? 0) > 0 ||
      (spool.quarantinedSegments ?? 0) > 0 ||
      (spool.failedWrites ?? 0) > 0;
    checks.push({
      name: 'spool',
      level: spoolBad ? 'warn' : 'ok',
      message:
        `spool ${formatBytes(spool.bytes ?? 0)} in ${formatInteger(spool.segments ?? 0)} segment(s)` +
        (spoolBad
          ? `; ${formatInteger(spool.corruptLines ?? 0)} corrupt line(s), ` +
            `${formatInteger(spool.droppedSegments ?? 0)} segment(s) dropped past the ${formatBytes(spool.limitBytes ?? 0)} limit ` +
            `(${formatInteger(spool.droppedRecords ?? 0)} record(s)), ` +
            `${formatInteger(spool.quarantinedSegments ?? 0)} unreadable segment(s) moved aside, ` +
            `${formatInteger(spool.failedWrites ?? 0)} failed write(s)`
          : ''),
      fix: spoolBad
        ? 'a crash or a full disk damaged the spool, or an exporter was down long enough to fill it ' +
          '($GLASSBOX_SPOOL_MAX_MB raises the limit); the transcripts still have the data (they are reconciled)'
        : undefined,
    });
    for (const e of status.exporters ?? []) {
      const failing =
        e.lastErrorMs !== undefined && (e.lastSuccessMs === undefined || e.lastErrorMs > e.lastSuccessMs);
      const pending = (e.pendingSpans ?? 0) + (e.pendingLogs ?? 0);
      checks.push({
        name: `exporter ${e.name ?? '?'}`,
        level: failing ? 'fail' : 'ok',
        message:
          `last export ${ago(now, e.lastSuccessMs)}, ${formatInteger(e.exportedBatches ?? 0)} batch(es) sent, ` +
          `${formatInteger(e.failedBatches ?? 0)} failed, ${formatInteger(pending)} record(s) waiting` +
          (e.lastError ? `; last error ${ago(now, e.lastErrorMs)}: ${e.lastError}` : '') +
          ((e.rejectedItems ?? 0) > 0 ? `; ${formatInteger(e.rejectedItems!)} record(s) rejected` : ''),
        fix: failing
          ? 'check the exporter settings (directory writable? endpoint reachable?); records wait and are retried'
          : undefined,
      });
    }
    const ignored = Object.entries(status.ignored ?? {}).filter(([, n]) => n > 0);
    checks.push(
      ignored.length === 0
        ? { name: 'events', level: 'ok', message: 'no event was dropped or ignored' }
        : {
            name: 'events',
            level: 'info',
            message: `ignored or dropped: ${ignored.map(([k, n]) => `${k} ${formatInteger(n)}`).join(', ')}`,
            fix: 'ignored events are expected (other sessions, duplicates); drops mean the agent was overloaded or input was malformed',
          },
    );
    const sessions = status.sessions ?? [];
    const modAlive = status.modAliveSessions ?? [];
    checks.push(
      sessions.length === 0
        ? { name: 'mod', level: 'info', message: 'no session seen yet: cannot tell whether the mod loads' }
        : modAlive.length > 0
          ? {
              name: 'mod',
              level: 'ok',
              message: `the mod reported from ${modAlive.length} of ${sessions.length} session(s)`,
            }
          : {
              name: 'mod',
              level: 'warn',
              message: `the mod reported from none of ${sessions.length} session(s): live timing comes from hooks only`,
              fix: 'mods need a Claude Code that loads them; usage and cost are still exact (from the transcript)',
            },
    );
    const drift = sessions.filter(
      (s) => typeof s.costDriftUsd === 'number' && Math.abs(s.costDriftUsd) > 0.000_001,
    );
    if (drift.length > 0)
      checks.push({
        name: 'cost',
        level: 'warn',
        message: `${drift.length} session(s) where Glassbox's cost differs from Claude Code's own total`,
        fix: 'a model or pricing rule newer than this build: update Glassbox',
      });
  }

  const cacheDir = defaultCacheDir(io.env);
  let cacheBytes = 0;
  try {
    for (const name of readdirSync(cacheDir)) cacheBytes += statSync(join(cacheDir, name)).size;
    checks.push({ name: 'report cache', level: 'ok', message: `${formatBytes(cacheBytes)} in ${cacheDir}` });
  } catch {
    checks.push({
      name: 'report cache',
      level: 'info',
      message: `empty (${cacheDir}); the first report fills it`,
    });
  }

  return {
    healthy: !checks.some((c) => c.level === 'fail'),
    warnings: checks.filter((c) => c.level === 'warn').length,
    cliVersion: CLI_VERSION,
    agent: {
      running: status !== undefined,
      port,
      dataDir: dataDir ?? null,
      dataDirs,
      ...(status?.version ? { version: status.version } : {}),
      ...(status?.pid !== undefined ? { pid: status.pid } : {}),
      ...(status?.uptimeMs !== undefined ? { uptimeMs: status.uptimeMs } : {}),
    },
    ...(status ? { agentStatus: raw } : {}),
    checks,
  };
}

const MARK: Record<CheckLevel, string> = { ok: '✓', info: '·', warn: '!', fail: '✗' };

export const doctorCommand = defineCommand({
  name: 'doctor',
  summary: 'is the agent up, are exporters delivering, is anything misconfigured — and what to do',
  description: [
    'Asks the local agent for its status (a signed GET /status on its loopback port, found in agent.endpoint, ' +
      "the plugin's data directory or settings; a reply not signed with your key is no agent) " +
      'and explains it: version, spool, last export and last error per exporter, ' +
      'dropped or ignored events, configuration problems, whether the mod reports in. It does not start ' +
      'Claude Code.',
  ],
  options: {
    'config-dir': {
      type: 'string',
      value: 'DIR',
      multiple: true,
      description: 'Claude config directory (default $CLAUDE_CONFIG_DIR, else ~/.claude)',
    },
    'data-dir': { type: 'string', value: 'DIR', description: "the agent's data directory (default: found)" },
    port: {
      type: 'string',
      value: 'PORT',
      description: "the agent's port (default: from its lock file or 47821)",
    },
  },
  exitCodes: ['1 a check failed (an exporter is failing, Node too old)'],
  async run(ctx) {
    const result = await runDoctor(ctx);
    if (ctx.json) writeJson(ctx.io, result);
    else {
      const lines = [`glassbox ${CLI_VERSION} doctor`, ''];
      for (const c of result.checks) {
        lines.push(`${MARK[c.level]} ${c.name}: ${c.message}`);
        if (c.fix && c.level !== 'ok') lines.push(`    → ${c.fix}`);
      }
      lines.push(
        '',
        !result.healthy
          ? 'Something needs attention (see ✗ above).'
          : result.warnings > 0
            ? 'Nothing is failing, but see the warnings (! above).'
            : 'Nothing needs doing.',
      );
      ctx.io.stdout.write(`${lines.join('\n')}\n`);
    }
    return result.healthy ? EXIT_OK : EXIT_FAILURE;
  },
});
