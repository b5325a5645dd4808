import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createAuditExporter, verifyAuditLog } from '@glassbox/audit';
import { requestAgent } from '@glassbox/core';
import type { AuditRecordData } from '@glassbox/spec';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAgentConfig } from './agent-config.js';
import { readAgentKey } from './agent-key.js';
import { relayAuditCheckpoint } from './audit-trail.js';
import { GlassboxAgent } from './glassbox-agent.js';
import { makeTranscriptHome } from './make-transcript-home.js';
import { createRecordingExporter } from './recording-exporter.js';

const FIXTURE = join(import.meta.dirname, '__fixtures__', 'audit-decisions.jsonl');
const SESSION = '392f725d-7748-46a5-9f36-46cf3319acaf';

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the agent feeding the audit log', () => {
  let tmp: string;
  let transcript: string;
  let agent: GlassboxAgent | undefined;

  beforeEach(async () => {
    ({ tmp, transcript } = await makeTranscriptHome('glassbox-agent-audit-', FIXTURE, SESSION));
  });

  afterEach(async () => {
    await agent?.stop('test over');
    agent = undefined;
    await rm(tmp, { recursive: true, force: true });
  });

  it('should write every decision of a reconciled session once, fsynced, chained and verifiable, and send each checkpoint to the exporters', async () => {
    const dataDir = join(tmp, 'data');
    const auditDir = join(dataDir, 'audit');
    const recording = createRecordingExporter('good');
    const audit = createAuditExporter({
      dir: auditDir,
      checkpointEvery: 5,
      onCheckpoint: relayAuditCheckpoint,
    });
    const config = {
      ...loadAgentConfig({ CLAUDE_PLUGIN_DATA: dataDir, CLAUDE_CONFIG_DIR: join(tmp, 'claude') }).config,
      port: 0,
    };
    agent = await GlassboxAgent.start({
      config,
      exporters: [
        { name: 'audit', exporter: audit },
        { name: 'good', exporter: recording },
      ],
      log: () => undefined,
      exportBackoffMs: 5,
    });
    const key = (await readAgentKey(join(tmp, 'claude', 'glassbox')))!;
    const stop = {
      session_id: SESSION,
      transcript_path: transcript,
      cwd: tmp,
      hook_event_name: 'Stop',
    };
    for (let i = 0; i < 2; i++) {
      const reply = await requestAgent({
        port: agent.port,
        key,
        method: 'POST',
        path: '/v1/hooks',
        body: JSON.stringify(stop),
        timeoutMs: 5000,
      });
      expect(reply?.status).toBe(200);
    }
    await until(() => recording.batches.flatMap((b) => b.audit).length >= 14, 'the decisions');
    await until(
      () => recording.logs().some((l) => l.event === 'audit_checkpoint'),
      'a checkpoint sent to the exporters',
    );
    await agent.stop('test over');
    agent = undefined;

    const records = (await readFile(join(auditDir, 'audit-000001.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as AuditRecordData);
    expect(records.map((r) => [r.decisionType, r.toolUseId ?? r.metadata.stopReason])).toEqual([
      ['response_generated', 'tool_use'],
      ['tool_call', 'toolu_ok'],
      ['tool_call', 'toolu_fail'],
      ['response_generated', 'tool_use'],
      ['tool_skip', 'toolu_rule'],
      ['response_generated', 'tool_use'],
      ['tool_skip', 'toolu_disabled'],
      ['response_generated', 'tool_use'],
      ['safety_block', 'toolu_hook'],
      ['response_generated', 'tool_use'],
      ['tool_skip', 'toolu_mode'],
      ['response_generated', 'refusal'],
      ['safety_block', 'refusal'],
      ['response_generated', 'end_turn'],
    ]);
    // Keyed by the per-install secret in the log's directory, never the bare SHA-256 of the input.
    const ok = records.find((r) => r.toolUseId === 'toolu_ok')!;
    expect(ok.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(records.every((r) => r.reasoning === undefined)).toBe(true);
    const checkpoint = recording.logs().find((l) => l.event === 'audit_checkpoint')!;
    const report = await verifyAuditLog(auditDir, {
      checkpoint: String(checkpoint.attributes['glassbox.audit.note']),
    });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
