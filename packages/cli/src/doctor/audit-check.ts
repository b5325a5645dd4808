// Doctor: the audit trail's state — on or off, its directory, the last record and checkpoint, whether it verifies
// (small logs are verified here, larger ones get the command to run) and the witness file.

import { existsSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CHECKPOINTS_FILE, listSegments, verifyAuditLog } from '@glassbox/audit';
import { exporterNamesOf, pluginRank } from '@glassbox/core';
import { formatBytes, formatDuration, formatInteger } from '../format-units.js';
import type { DoctorCheck, DoctorCheckRun } from './doctor-check.js';
import type { DoctorInput } from './doctor-input.js';
import { readInstalledBundles } from './installed-bundles.js';
import { exporterEntryOptions, glassboxPluginSettings } from './plugin-settings.js';

/** Logs up to this size are verified by doctor itself (a few seconds at most); larger ones get the command. */
const VERIFY_LIMIT_BYTES = 32 * 1024 * 1024;

/** The last complete JSON line of a file (read from its tail), parsed; undefined when none. */
async function lastLine(path: string): Promise<Record<string, unknown> | undefined> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return undefined;
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 64 * 1024);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split('\n');
    for (let i = lines.length - 1; i >= 0; i -= 1) {
      try {
        const parsed: unknown = JSON.parse(lines[i]!);
        if (typeof parsed === 'object' && parsed !== null) return parsed as Record<string, unknown>;
      } catch {
        // a torn or partial line: try the one before
      }
    }
    return undefined;
  } finally {
    await handle.close();
  }
}

/** Whether the audit exporter runs, and who says so. */
function auditEnabled(input: DoctorInput): { on: boolean | undefined; why: string } {
  const { status, configDirs, ctx } = input;
  if (status)
    return status.exporters?.some((e) => e.name === 'audit')
      ? { on: true, why: 'the running agent runs the audit exporter' }
      : { on: false, why: 'the running agent has no audit exporter' };
  const serving = readInstalledBundles(configDirs, ctx.io.cwd)
    .bundles.filter((b) => b.enabled)
    .sort((a, b) => pluginRank(b.plugin) - pluginRank(a.plugin))[0];
  const settings = glassboxPluginSettings(configDirs)[0];
  const id = serving?.id ?? settings?.id;
  if (!id) return { on: undefined, why: 'no agent running and no Glassbox bundle configured' };
  const names = serving ? serving.exporters : exporterNamesOf(String(settings?.options.exporters ?? ''));
  return names.includes('audit')
    ? { on: true, why: `${id}'s exporters include audit (agent not running)` }
    : { on: false, why: `${id}'s exporters do not include audit (agent not running)` };
}

export const auditCheck: DoctorCheckRun = async (input) => {
  const { ctx, now, configDirs, dataDir, dataDirs } = input;
  const env = ctx.io.env;
  const options =
    glassboxPluginSettings(configDirs)
      .map((s) => exporterEntryOptions(s.options.exporters, 'audit'))
      .find((o) => o !== undefined) ?? {};
  // The running agent says which directory and witness it uses (its environment may set them); else the settings.
  const running = input.status?.audit;
  const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const dir =
    text(running?.dir) ||
    env.GLASSBOX_AUDIT_DIR ||
    (typeof options.dir === 'string' ? options.dir : undefined) ||
    dataDirs.map((d) => join(d, 'audit')).find((d) => existsSync(d)) ||
    (dataDir ? join(dataDir, 'audit') : undefined);
  const witness = running
    ? text(running.witnessFile)
    : env.GLASSBOX_AUDIT_WITNESS || text(options.witnessFile);
  const whose = running ? "the running agent's " : '';
  const { on, why } = auditEnabled(input);
  const segments = dir ? await listSegments(dir).catch(() => [] as string[]) : [];
  const state = on === undefined ? 'on or off: unknown' : on ? 'on' : 'off';
  if (!dir || segments.length === 0)
    return {
      name: 'audit trail',
      level: 'info',
      message: `${state} (${why}); no audit log${dir ? ` in ${dir}` : ''} yet`,
      ...(on
        ? {}
        : {
            fix: 'to keep a tamper-evident decision log, install the glassbox-audit plugin or add audit to your bundle’s exporters setting',
          }),
    };

  const checks: DoctorCheck[] = [];
  const last = await lastLine(join(dir, segments.at(-1)!));
  const checkpoint = await lastLine(join(dir, CHECKPOINTS_FILE));
  const seq = typeof last?.seq === 'number' ? last.seq : undefined;
  const cpSize = typeof checkpoint?.size === 'number' ? checkpoint.size : undefined;
  const cpTime = typeof checkpoint?.timestampMs === 'number' ? checkpoint.timestampMs : undefined;
  checks.push({
    name: 'audit trail',
    level: 'ok',
    message:
      `${state} (${why}); ${dir}: ${formatInteger(segments.length)} file(s), last record #${seq ?? '?'}` +
      (typeof last?.timestamp === 'string' ? ` at ${last.timestamp}` : '') +
      (cpSize === undefined
        ? '; no signed checkpoint yet (one is signed every N records or T seconds, and when the agent stops)'
        : `; last checkpoint: ${formatInteger(cpSize)} record(s), signed ${cpTime === undefined ? '?' : `${formatDuration(Math.max(0, now - cpTime))} ago`}`),
  });

  let witnessText: string | undefined;
  if (witness) {
    witnessText = await readFile(witness, 'utf8').catch(() => undefined);
    const witnessLast = witnessText ? await lastLine(witness) : undefined;
    checks.push(
      witnessText !== undefined
        ? {
            name: 'audit witness',
            level: 'ok',
            message: `${whose}witness file ${witness}: its last checkpoint covers ${formatInteger(Number(witnessLast?.size ?? 0))} record(s)`,
          }
        : {
            name: 'audit witness',
            level: cpSize === undefined ? 'info' : 'warn',
            message: `${whose}witness file ${witness} is configured but cannot be read`,
            fix:
              cpSize === undefined
                ? 'the first signed checkpoint creates it'
                : 'checkpoints were signed but the witness has none: is its directory writable by the agent (see agent.log)?',
          },
    );
  } else
    checks.push({
      name: 'audit witness',
      level: 'info',
      message: `${running ? 'the running agent writes no witness file' : 'no witness file'}: checkpoints are kept beside the log only, so a cut tail cannot be proven`,
      fix: 'set witnessFile where the log cannot be rewritten, e.g. exporters [["audit",{"witnessFile":"/mnt/other/witness.jsonl"}],"file"]',
    });

  let bytes = 0;
  for (const s of segments) bytes += (await stat(join(dir, s)).catch(() => undefined))?.size ?? 0;
  const command = `glassbox audit verify --dir ${dir}${witness ? ` --checkpoint ${witness}` : ''}`;
  if (bytes > VERIFY_LIMIT_BYTES) {
    checks.push({
      name: 'audit verify',
      level: 'info',
      message: `not verified here (${formatBytes(bytes)}, over ${formatBytes(VERIFY_LIMIT_BYTES)})`,
      fix: `run ${command}`,
    });
    return checks;
  }
  const report = await verifyAuditLog(dir, witnessText ? { checkpoint: witnessText } : {}).catch(
    (error: unknown) => error as Error,
  );
  if (report instanceof Error)
    checks.push({ name: 'audit verify', level: 'warn', message: `could not verify: ${report.message}` });
  else {
    const errors = report.problems.filter((p) => p.severity === 'error');
    const notices = report.problems.length - errors.length;
    const kinds = [...new Set(errors.map((p) => p.kind))];
    checks.push(
      report.ok
        ? {
            name: 'audit verify',
            level: 'ok',
            message:
              `intact: ${formatInteger(report.records)} record(s), ${formatInteger(report.checkpoints)} checkpoint(s)` +
              `${witnessText ? ', the witness included' : ''}` +
              (notices > 0 ? `; ${notices} notice(s) (a torn line a crash left, cut and noted)` : ''),
          }
        : {
            name: 'audit verify',
            level: 'fail',
            message: `${formatInteger(errors.length)} problem(s) (${kinds.join(', ')}) in ${formatInteger(report.records)} record(s): ${errors[0]!.message}`,
            fix: `${command} lists each one; the log changed after it was written: keep the files as they are for review`,
          },
    );
  }
  return checks;
};
