import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENT_ENTRY_PATTERN } from '@glassbox/core';
import {
  AGENT_ENDPOINT_FILE,
  AGENT_KEY_FILE,
  type AgentEndpoint,
  parseAgentEndpoint,
  parseAgentKey,
} from '@glassbox/spec';

/** The agent homes to look in: `$GLASSBOX_HOME`, else `<config dir>/glassbox` for each Claude config directory. */
export function agentHomes(
  configDirs: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const home = env.GLASSBOX_HOME?.trim();
  return home ? [home] : configDirs.map((d) => join(d, 'glassbox'));
}

export interface AgentKeyFile {
  readonly path: string;
  /** The key, when the file is usable. */
  readonly key?: Uint8Array;
  /** Why it is not (absent, wrong mode or owner, not a key). */
  readonly problem?: string;
  readonly absent?: boolean;
}

/** Reads `agent.key` with the agent's checks: a regular file of this user, mode 0600, 64 lowercase hex digits. */
export function readAgentKeyFile(home: string): AgentKeyFile {
  const path = join(home, AGENT_KEY_FILE);
  try {
    const st = lstatSync(path);
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    if (!st.isFile()) return { path, problem: 'is not a regular file' };
    if (uid !== undefined && st.uid !== uid)
      return { path, problem: `is owned by uid ${st.uid}, not ${uid}` };
    const mode = st.mode & 0o777;
    if (mode !== 0o600) return { path, problem: `has mode ${mode.toString(8).padStart(4, '0')}, not 0600` };
    const key = parseAgentKey(readFileSync(path, 'utf8'));
    return key ? { path, key } : { path, problem: 'does not hold 64 lowercase hex digits' };
  } catch (error) {
    const absent = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { path, absent, problem: absent ? 'does not exist' : String(error) };
  }
}

/** `agent.endpoint` of a home, when it is there and valid. */
export function readAgentEndpoint(home: string): AgentEndpoint | undefined {
  try {
    return parseAgentEndpoint(readFileSync(join(home, AGENT_ENDPOINT_FILE), 'utf8'));
  } catch {
    return undefined;
  }
}

/** What a lock's pid is now: gone, another program (reused), the agent's command line, or unknown (no /proc). */
export function lockHolderState(pid: number): 'gone' | 'other' | 'agent' | 'unknown' {
  if (!Number.isInteger(pid) || pid <= 0) return 'gone';
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return 'gone';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return 'gone';
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return argv.some((a) => AGENT_ENTRY_PATTERN.test(a)) ? 'agent' : 'other';
  } catch {
    return 'unknown';
  }
}
