// Doctor: is the agent running, and when not, what its lock says (without ever advising to kill a process).
import { join } from 'node:path';
import { lockHolderState } from '../agent-client.js';
import { formatDuration } from '../format-units.js';
import type { DoctorCheck, DoctorCheckRun } from './doctor-check.js';

export const agentCheck: DoctorCheckRun = ({ status, port, answered, lock, dataDir }) =>
  status
    ? {
        name: 'agent',
        level: 'ok',
        message: `agent ${status.version ?? '?'} running on 127.0.0.1:${port} (pid ${status.pid ?? '?'}, up ${formatDuration(status.uptimeMs)})`,
      }
    : agentDownCheck(port, answered, lock?.pid, dataDir);

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
