import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listSegments } from '@glassbox/audit';
import type { AuditRecordData } from '@glassbox/spec';
import { agentDataDirs } from './agent-data.js';
import { claudeConfigDirs } from './claude-config-dirs.js';

/** Which records `glassbox audit show|export` keeps; every field narrows. */
export interface AuditFilter {
  readonly session?: string;
  readonly type?: string;
  readonly tool?: string;
  /** Epoch ms: records at or after it. */
  readonly sinceMs?: number;
}

/**
 * The audit log directory: `--dir`, else `$GLASSBOX_AUDIT_DIR`, else `audit/` in the first agent data directory
 * that has one (each Glassbox plugin's `${CLAUDE_PLUGIN_DATA}`).
 */
export function findAuditDir(
  given: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): string | undefined {
  if (given) return given;
  if (env.GLASSBOX_AUDIT_DIR) return env.GLASSBOX_AUDIT_DIR;
  for (const data of agentDataDirs(claudeConfigDirs([], env, cwd), env))
    if (existsSync(join(data, 'audit'))) return join(data, 'audit');
  return undefined;
}

/** Every readable record of the log, in chain order (a line that is not JSON is skipped: `verify` names it). */
export async function readAuditRecords(dir: string): Promise<AuditRecordData[]> {
  const out: AuditRecordData[] = [];
  for (const file of await listSegments(dir)) {
    for (const line of (await readFile(join(dir, file), 'utf8')).split('\n')) {
      if (!line) continue;
      try {
        out.push(JSON.parse(line) as AuditRecordData);
      } catch {
        // torn or damaged: verify reports it
      }
    }
  }
  return out;
}

export function filterAuditRecords(
  records: readonly AuditRecordData[],
  filter: AuditFilter,
): AuditRecordData[] {
  return records.filter(
    (r) =>
      (filter.session === undefined || r.sessionId.startsWith(filter.session)) &&
      (filter.type === undefined || r.decisionType === filter.type) &&
      (filter.tool === undefined || r.toolName === filter.tool) &&
      (filter.sinceMs === undefined || Date.parse(r.timestamp) >= filter.sinceMs),
  );
}

/** `--since`: an ISO date or time, or a duration back from now (`30m`, `12h`, `7d`). */
export function parseSince(text: string, nowMs: number): number | undefined {
  const ago = /^(\d+)([mhd])$/.exec(text);
  if (ago)
    return nowMs - Number(ago[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[ago[2] as 'm' | 'h' | 'd'];
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

type OtlpValue =
  | { stringValue: string }
  | { intValue: string }
  | { doubleValue: number }
  | { boolValue: boolean };

function otlpValue(value: unknown): OtlpValue {
  if (typeof value === 'boolean') return { boolValue: value };
  if (typeof value === 'number')
    return Number.isInteger(value) ? { intValue: String(value) } : { doubleValue: value };
  return { stringValue: typeof value === 'string' ? value : JSON.stringify(value) };
}

/**
 * The records as one OTLP/JSON logs request (`ExportLogsServiceRequest`, what `/v1/logs` takes): one log record
 * per audit record, its fields as `glassbox.audit.*` attributes (metadata flattened), the chain kept (`seq`,
 * `prev_hash`, `hash`) so a SIEM can check it too.
 */
export function auditRecordsToOtlp(
  records: readonly AuditRecordData[],
  serviceName = 'claude-code',
): unknown {
  return {
    resourceLogs: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: serviceName } }] },
        scopeLogs: [
          {
            scope: { name: '@glassbox/audit' },
            logRecords: records.map((r) => {
              const fields: Record<string, unknown> = {
                'glassbox.audit.id': r.id,
                'glassbox.audit.seq': r.seq,
                'glassbox.audit.prev_hash': r.prevHash,
                'glassbox.audit.hash': r.hash,
                'glassbox.audit.decision_type': r.decisionType,
                'glassbox.audit.decision_source': r.decisionSource,
                'glassbox.audit.input_hash': r.inputHash,
                'glassbox.audit.output_hash': r.outputHash,
                'glassbox.audit.reasoning': r.reasoning,
                'session.id': r.sessionId,
                'user.id': r.userId,
                'gen_ai.tool.name': r.toolName,
                'gen_ai.tool.call.id': r.toolUseId,
              };
              for (const [k, v] of Object.entries(r.metadata)) fields[`glassbox.audit.metadata.${k}`] = v;
              return {
                timeUnixNano: `${BigInt(Date.parse(r.timestamp)) * 1_000_000n}`,
                severityNumber: r.decisionType === 'safety_block' ? 13 : 9,
                severityText: r.decisionType === 'safety_block' ? 'WARN' : 'INFO',
                body: { stringValue: r.decisionType },
                attributes: Object.entries(fields)
                  .filter(([, v]) => v !== undefined && v !== null)
                  .map(([key, v]) => ({ key, value: otlpValue(v) })),
              };
            }),
          },
        ],
      },
    ],
  };
}
