import { randomFillSync } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AGENT_ENDPOINT_FILE,
  AGENT_KEY_FILE,
  type AgentEndpoint,
  CHANNEL_HEADER_SIG,
  parseAgentEndpoint,
  parseAgentKey,
  signAgentRequest,
  verifyAgentReply,
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

export interface AgentAnswer {
  readonly status: number;
  readonly json: unknown;
  /** The reply's signature verified: it is the key's agent. */
  readonly verified: boolean;
}

/**
 * A signed GET to the agent on 127.0.0.1:`port`; undefined when nothing answers in time. Only a `verified` answer
 * may be acted on.
 */
export async function getFromAgent(
  port: number,
  key: Uint8Array,
  path: string,
  timeoutMs = 1000,
): Promise<AgentAnswer | undefined> {
  // Loaded here: every other command starts without node:http (~2 ms).
  const { request } = await import('node:http');
  const signed = signAgentRequest({
    key,
    method: 'GET',
    path,
    nowMs: Date.now(),
    random: (b) => randomFillSync(b),
  });
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'GET', headers: signed.headers, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', () => resolve(undefined));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          const sig = res.headers[CHANNEL_HEADER_SIG];
          const verified = verifyAgentReply(
            key,
            signed.nonce,
            status,
            text,
            typeof sig === 'string' ? sig : undefined,
          );
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status, json, verified });
        });
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
    req.end();
  });
}

/** The agent's entry points, as `/proc/<pid>/cmdline` shows them (same rule as the agent's lock). */
const AGENT_ENTRY = /(?:^|\/)(?:agent\.mjs|glassbox-agent|agent\/dist\/main\.js)$/;

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
    return argv.some((a) => AGENT_ENTRY.test(a)) ? 'agent' : 'other';
  } catch {
    return 'unknown';
  }
}
