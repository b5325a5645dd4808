import { readFile } from 'node:fs/promises';
import { verifyAuditLog } from '@glassbox/audit';
import { GlassboxError } from '@glassbox/spec';
import {
  type AuditFilter,
  auditRecordsToOtlp,
  filterAuditRecords,
  findAuditDir,
  parseSince,
  readAuditRecords,
} from './audit-records.js';
import { type CommandContext, defineCommand, EXIT_FAILURE, EXIT_OK } from './define-command.js';
import { formatTable } from './format-table.js';

const ACTIONS = ['verify', 'show', 'export'] as const;
const TYPES = ['tool_call', 'tool_skip', 'safety_block', 'response_generated'];

export const auditCommand = defineCommand({
  name: 'audit',
  summary: 'check, list or export the tamper-evident decision log (verify, show, export)',
  description: [
    'verify recomputes every record hash, the chain across files and the Merkle root each signed checkpoint covers, and checks the signatures: it lists each problem (modified, deleted, inserted, reordered, truncated against the latest checkpoint, bad signature, key changed) and exits 1 on any. A torn last line a crash left is reported as a notice.',
    'show lists the decisions (tool calls, skips, safety blocks, model responses); export writes them as JSON lines or as one OTLP/JSON logs request, for a SIEM.',
    'The log is --dir, else $GLASSBOX_AUDIT_DIR, else audit/ in the Glassbox agent data directory.',
  ],
  positionals: [{ name: 'verify|show|export', description: 'what to do', required: true }],
  options: {
    dir: { type: 'string', value: 'DIR', description: 'the audit log directory' },
    checkpoint: {
      type: 'string',
      value: 'FILE',
      description: 'verify: a checkpoint kept outside the log (a witness file, or a note)',
    },
    session: { type: 'string', value: 'ID', description: 'show/export: one session (an id prefix)' },
    type: { type: 'string', value: 'TYPE', choices: TYPES, description: 'show/export: one decision type' },
    tool: { type: 'string', value: 'NAME', description: 'show/export: one tool' },
    since: {
      type: 'string',
      value: 'WHEN',
      description: 'show/export: from this time (ISO date or time, or 30m, 12h, 7d ago)',
    },
    format: {
      type: 'string',
      value: 'FORMAT',
      choices: ['jsonl', 'otlp'],
      description: 'export: default jsonl',
    },
  },
  examples: [
    'glassbox audit verify',
    'glassbox audit verify --checkpoint /mnt/witness/audit-witness.jsonl --json',
    'glassbox audit show --type safety_block --since 7d',
    'glassbox audit export --format otlp > audit-otlp.json',
  ],
  exitCodes: ['1 verify found a problem, or there is no audit log'],
  async run(ctx) {
    const action = ctx.positionals[0] as (typeof ACTIONS)[number];
    if (!ACTIONS.includes(action))
      throw new GlassboxError('INVALID_INPUT', `unknown audit action '${action}'`, {
        data: { hint: `one of ${ACTIONS.join(', ')}` },
      });
    const dir = findAuditDir(ctx.string('dir'), ctx.io.env, ctx.io.cwd);
    if (!dir)
      throw new GlassboxError('INVALID_INPUT', 'no audit log found', {
        data: {
          notFound: true,
          hint: 'give --dir, or turn the audit trail on (the exporters option with audit, e.g. "file,audit")',
        },
      });
    if (action === 'verify') return verify(ctx, dir);
    const records = filterAuditRecords(await readAuditRecords(dir), filterOf(ctx));
    if (action === 'export') {
      if (ctx.string('format') === 'otlp')
        ctx.io.stdout.write(`${JSON.stringify(auditRecordsToOtlp(records))}\n`);
      else for (const r of records) ctx.io.stdout.write(`${JSON.stringify(r)}\n`);
      return EXIT_OK;
    }
    if (ctx.json) {
      ctx.io.stdout.write(`${JSON.stringify(records)}\n`);
      return EXIT_OK;
    }
    const rows = records.map((r) => [
      String(r.seq),
      r.timestamp.replace('T', ' ').slice(0, 19),
      r.sessionId.slice(0, 8),
      String(r.metadata.turnIndex ?? ''),
      r.decisionType,
      r.toolName ?? String(r.metadata.model ?? ''),
      r.decisionSource ?? '',
      String(r.metadata.reasonCode ?? r.metadata.outcome ?? r.metadata.stopReason ?? ''),
    ]);
    const headers = ['seq', 'time (UTC)', 'session', 'turn', 'decision', 'tool / model', 'source', 'reason'];
    const columns = headers.map((header, i) => ({
      header,
      ...(i === 0 || i === 3 ? { align: 'right' as const } : {}),
      ...(i >= 5 ? { shrink: true, minWidth: 6 } : {}),
    }));
    ctx.io.stdout.write(`${formatTable({ columns, rows }, ctx.io.columns).text}\n`);
    ctx.io.stdout.write(`${records.length} decision${records.length === 1 ? '' : 's'} in ${dir}\n`);
    return EXIT_OK;
  },
});

function filterOf(ctx: CommandContext): AuditFilter {
  const since = ctx.string('since');
  const sinceMs = since === undefined ? undefined : parseSince(since, ctx.io.now());
  if (since !== undefined && sinceMs === undefined)
    throw new GlassboxError('INVALID_INPUT', `--since: cannot read '${since}'`, {
      data: { hint: 'an ISO date (2026-12-01), a time, or 30m, 12h, 7d' },
    });
  const filter: { -readonly [K in keyof AuditFilter]: AuditFilter[K] } = {};
  const session = ctx.string('session');
  const type = ctx.string('type');
  const tool = ctx.string('tool');
  if (session) filter.session = session;
  if (type) filter.type = type;
  if (tool) filter.tool = tool;
  if (sinceMs !== undefined) filter.sinceMs = sinceMs;
  return filter;
}

async function verify(ctx: CommandContext, dir: string): Promise<number> {
  const file = ctx.string('checkpoint');
  let checkpoint: string | undefined;
  if (file !== undefined) {
    try {
      checkpoint = await readFile(file, 'utf8');
    } catch (error) {
      throw new GlassboxError('INVALID_INPUT', `--checkpoint: cannot read ${file}`, { cause: error });
    }
  }
  const report = await verifyAuditLog(dir, checkpoint === undefined ? {} : { checkpoint });
  if (ctx.json) ctx.io.stdout.write(`${JSON.stringify({ dir, ...report })}\n`);
  else {
    const where = (p: { seq?: number; file?: string; line?: number }) =>
      p.seq !== undefined ? ` (record ${p.seq})` : p.file ? ` (${p.file}${p.line ? `:${p.line}` : ''})` : '';
    for (const p of report.problems)
      ctx.io.stdout.write(
        `${p.severity === 'error' ? 'PROBLEM' : 'notice'} ${p.kind}${where(p)}: ${p.message}\n`,
      );
    const covered = report.latestCheckpoint
      ? `; latest signed checkpoint covers ${report.latestCheckpoint.size}`
      : '; no signed checkpoint yet';
    ctx.io.stdout.write(
      `${report.ok ? 'intact' : 'NOT INTACT'}: ${report.records} records in ${report.segments} file(s), ${report.checkpoints} checkpoint(s)${covered} — ${dir}\n`,
    );
  }
  return report.ok ? EXIT_OK : EXIT_FAILURE;
}
