// Runs the doctor checks (`DOCTOR_CHECKS`) over what `gatherDoctorInput` found and builds doctor's JSON.
import { CLI_VERSION } from '../cli-version.js';
import type { CommandContext } from '../define-command.js';
import type { DoctorCheck, DoctorCheckRun } from './doctor-check.js';
import { DOCTOR_CHECKS } from './doctor-checks.js';
import { gatherDoctorInput } from './doctor-input.js';

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

/** Runs every check; never throws. */
export async function runDoctor(
  ctx: CommandContext,
  runs: readonly DoctorCheckRun[] = DOCTOR_CHECKS,
): Promise<DoctorJson> {
  const input = await gatherDoctorInput(ctx);
  const { status, port, dataDir, dataDirs, raw } = input;
  const checks: DoctorCheck[] = [];
  for (const run of runs) {
    const found = await run(input);
    if (found === undefined) continue;
    if (Array.isArray(found)) checks.push(...(found as readonly DoctorCheck[]));
    else checks.push(found as DoctorCheck);
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
