import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTranscriptIncrement, SessionTracker } from '@glassbox/core';
import { priceUsage } from '@glassbox/pricing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentDataDirs } from './agent-data.js';
import { memoryIo } from './cli-io.js';
import type { ReportJson } from './report-command.js';
import { runCli } from './run-cli.js';
import type { TraceJson } from './trace-view.js';

const SPOTTER = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'transcripts-real', 'spotter');
const FILE = 'projects/-home-USER-projects-spotter/subagent.jsonl';
const SESSION = '491e126e-1e71-469c-ade2-fcc8af567c74';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo();
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('sessions the agent captured whose transcript is gone', () => {
  let root: string;
  let configDir: string;
  let full: ReportJson;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'glassbox-agent-data-'));
    configDir = join(root, 'claude');
    cpSync(SPOTTER, configDir, { recursive: true });
    full = JSON.parse(
      (await cli('report', '--config-dir', configDir, '--no-cache', '--json')).out,
    ) as ReportJson;
    // What the agent saves at each turn end: the session's built trace (sessions/<id>.json).
    const tracker = new SessionTracker({
      sessionId: SESSION,
      pricing: { pricer: (m, u) => priceUsage(m, u) },
    });
    tracker.addTranscriptEntries((await readTranscriptIncrement(join(configDir, FILE), 0)).entries);
    const sessions = join(configDir, 'plugins', 'data', 'glassbox-lite-local', 'sessions');
    mkdirSync(sessions, { recursive: true });
    writeFileSync(join(sessions, `${SESSION}.json`), JSON.stringify(tracker.build({ final: true })));
    writeFileSync(join(sessions, `${SESSION}.state.json`), '{}');
    writeFileSync(join(sessions, '..', 'hash.key'), 'f'.repeat(64));
    // Claude Code's retention sweep deleted the transcript.
    rmSync(join(configDir, FILE));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('should still count the session in the report, from the agent’s data', async () => {
    const r = await cli('report', '--config-dir', configDir, '--cache-dir', join(root, 'cache'), '--json');
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out) as ReportJson;
    expect(report.source.agentSessions).toBe(1);
    const session = report.bySession[SESSION]!;
    const before = full.bySession[SESSION]!;
    expect(session.project).toBe('(captured by the agent)');
    expect(session.responses).toBe(before.responses);
    expect(session.cost).toBeCloseTo(before.cost, 12);
    expect(session.cacheReadTokens).toBe(before.cacheReadTokens);
    expect(report.totals.cost).toBeCloseTo(full.totals.cost, 9);
    const text = await cli('report', '--config-dir', configDir, '--cache-dir', join(root, 'cache'));
    expect(text.out).toContain("1 session counted from the agent's captured data");
  });

  it('should trace the session from the agent’s data', async () => {
    const r = await cli('trace', '491e126e', '--config-dir', configDir, '--json');
    expect(r.code, r.err).toBe(0);
    const trace = JSON.parse(r.out) as TraceJson;
    expect(trace.source).toBe('agent');
    expect(trace.sessionId).toBe(SESSION);
    expect(trace.costUsd).toBeCloseTo(full.bySession[SESSION]!.cost, 12);
    expect(trace.counts.llmCalls).toBe(full.bySession[SESSION]!.responses);
  });
});

describe('agentDataDirs', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'glassbox-agent-dirs-'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('should find both plugins’ data directories where the agent ran, and no other plugin’s', () => {
    const config = join(root, 'claude');
    const data = join(config, 'plugins', 'data');
    const dir = (name: string, file?: string): string => {
      mkdirSync(join(data, name), { recursive: true });
      if (file === 'spool') mkdirSync(join(data, name, file));
      else if (file) writeFileSync(join(data, name, file), '');
      return join(data, name);
    };
    const lite = dir('glassbox-lite-glassbox', 'hash.key');
    const full = dir('glassbox-glassbox', 'agent.log');
    const inline = dir('glassbox-inline', 'spool');
    const locked = dir('glassbox-lite-inline', 'agent.lock');
    // Another plugin whose name starts with glassbox-, one named glassbox-something, one the agent never ran in.
    dir('glassbox-tools-acme', 'settings.json');
    dir('glassboxer-acme', 'hash.key');
    dir('glassbox-lite-local');
    const home = join(root, 'home');
    mkdirSync(join(home, '.glassbox', 'agent'), { recursive: true });
    expect(agentDataDirs([config], { HOME: home })).toEqual([
      full,
      inline,
      lite,
      locked,
      join(home, '.glassbox', 'agent'),
    ]);
    // $GLASSBOX_AGENT_DATA_DIR comes first; a config directory without plugin data is skipped.
    expect(agentDataDirs([join(root, 'none'), config], { GLASSBOX_AGENT_DATA_DIR: locked })).toEqual([
      locked,
      full,
      inline,
      lite,
    ]);
  });
});
