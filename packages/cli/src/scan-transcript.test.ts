import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTranscripts } from '../../../bench/lib/generate-transcripts.mjs';
import { newScanCounters, scanTranscriptBytes } from './scan-transcript.js';
import type { ScannedResponse, ScannedToolResult, ScannedToolUse, ScanSink } from './scanned-records.js';
import {
  type FileTables,
  R_F64,
  R_GEO,
  R_ITER,
  R_MODEL,
  R_SESSION,
  R_SPEED,
  R_TIER,
  R_U32,
  StringTable,
  TableSink,
  U_NAME,
  U_SESSION,
  U_U32,
} from './usage-tables.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'transcripts-real');

function jsonlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => join(dir, f))
    .sort();
}

type Event =
  | { kind: 'response'; value: ScannedResponse }
  | { kind: 'use'; value: ScannedToolUse }
  | { kind: 'result'; value: ScannedToolResult };

function recordingSink(): ScanSink & { events: Event[] } {
  const events: Event[] = [];
  return {
    events,
    response: (value) => events.push({ kind: 'response', value }),
    toolUse: (value) => events.push({ kind: 'use', value }),
    toolResult: (value) => events.push({ kind: 'result', value }),
  };
}

/** Undefined-valued keys dropped, so the reference's `{ a: undefined }` equals the fast path's `{}`. */
function canonical(events: Event[]): unknown {
  return JSON.parse(
    JSON.stringify(events, (_k, v) => (typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v)),
  );
}

function scanBoth(buf: Buffer) {
  const fast = recordingSink();
  const slow = recordingSink();
  const fastCounters = newScanCounters();
  const slowCounters = newScanCounters();
  scanTranscriptBytes(buf, 0, buf.length, fast, fastCounters);
  scanTranscriptBytes(buf, 0, buf.length, slow, slowCounters, { fastPath: false });
  return { fast, slow, fastCounters, slowCounters };
}

/** A file's tables with string indexes resolved, comparable across string tables. */
function resolved(tables: FileTables, strings: StringTable): unknown {
  const label = (v: number) => (v === 0 ? null : strings.get(v - 1));
  const rows = [];
  for (let r = 0; r < tables.responses.count; r += 1) {
    const u = Array.from(tables.responses.u32.subarray(r * R_U32, (r + 1) * R_U32));
    const named = u.map((v, i) =>
      i === R_MODEL || i === R_SESSION || i === R_ITER
        ? strings.get(v)
        : i === R_SPEED || i === R_GEO || i === R_TIER
          ? label(v)
          : v,
    );
    rows.push([named, Array.from(tables.responses.f64.subarray(r * R_F64, (r + 1) * R_F64), String)]);
  }
  const uses = [];
  for (let r = 0; r < tables.toolUses.count; r += 1) {
    const u = Array.from(tables.toolUses.u32.subarray(r * U_U32, (r + 1) * U_U32));
    uses.push([u[0], u[1], strings.get(u[U_NAME]!), strings.get(u[U_SESSION]!), tables.toolUses.f64[r]]);
  }
  return {
    rows,
    uses,
    results: Array.from(tables.toolResults.u32),
    resultTimes: Array.from(tables.toolResults.f64),
  };
}

function tablesBoth(buf: Buffer) {
  const out = [true, false].map((fastPath) => {
    const strings = new StringTable();
    const sink = new TableSink(strings, 'default-session');
    scanTranscriptBytes(buf, 0, buf.length, sink, newScanCounters(), { fastPath });
    return resolved(sink.finish(), strings);
  });
  return { fast: out[0], slow: out[1] };
}

describe('scanTranscriptBytes', () => {
  let generated: string;

  beforeAll(async () => {
    generated = await mkdtemp(join(tmpdir(), 'glassbox-scan-'));
    // Every rare case on: legacy costUSD, fast, long context, unpriced models, subagents, replays, resumes.
    generateTranscripts({ outDir: generated, targetBytes: 2 * 1024 * 1024, seed: 7, rare: true });
  });

  afterAll(async () => {
    await rm(generated, { recursive: true, force: true });
  });

  it('should read the real fixtures exactly as the full parse does, line for line', () => {
    const files = jsonlFiles(FIXTURES);
    expect(files.length).toBeGreaterThanOrEqual(8);
    let responses = 0;
    let results = 0;
    for (const file of files) {
      const { fast, slow, fastCounters, slowCounters } = scanBoth(readFileSync(file));
      expect(canonical(fast.events), file).toEqual(canonical(slow.events));
      // The fast path really ran (no silent fallback) on these well-formed files.
      expect(fastCounters.slowLines, file).toBe(0);
      expect(fastCounters.malformedLines + slowCounters.malformedLines, file).toBe(0);
      responses += fast.events.filter((e) => e.kind === 'response').length;
      results += fast.events.filter((e) => e.kind === 'result').length;
    }
    expect(responses).toBeGreaterThan(400);
    expect(results).toBeGreaterThan(200);
  });

  it('should fill the report tables from bytes exactly as from the full parse', () => {
    for (const file of [...jsonlFiles(FIXTURES), ...jsonlFiles(generated).slice(0, 5)]) {
      const { fast, slow } = tablesBoth(readFileSync(file));
      expect(fast, file).toEqual(slow);
    }
  });

  it('should agree with the reference (core’s normaliser) on generated transcripts with every rare case on', () => {
    for (const file of jsonlFiles(generated)) {
      const { fast, slow } = scanBoth(readFileSync(file));
      expect(canonical(fast.events), file).toEqual(canonical(slow.events));
    }
  });

  it('should read subagent usage that older versions mirrored into agent_progress records as sidechain', () => {
    const file = join(FIXTURES, 'spotter/projects/-home-USER-projects-spotter/subagent.jsonl');
    const { fast } = scanBoth(readFileSync(file));
    const sidechain = fast.events.filter((e) => e.kind === 'response' && e.value.isSidechain);
    expect(sidechain.length).toBeGreaterThan(0);
    expect(
      sidechain.every(
        (e) => e.kind === 'response' && e.value.sessionId === '491e126e-1e71-469c-ade2-fcc8af567c74',
      ),
    ).toBe(true);
  });

  it('should fall back to the full parse on unusual but valid lines and skip broken ones', () => {
    const lines = [
      // Escapes in the ids, a numeric type on a nested block, whitespace the fast path does not expect.
      '{"type":"assistant","requestId":"req_\\u0041","timestamp":"2026-11-27T03:19:42.649Z","sessionId":"s1","message":{"id":"msg_\\"1","model":"claude-opus-4-6","content":[{"type":"tool_use","id":"toolu_1","name":"Bash","input":{"a":[1,{"b":"}"}]}}],"usage":{"input_tokens":10,"output_tokens":2,"cache_creation":{"ephemeral_1h_input_tokens":5},"inference_geo":""}}}',
      '  { "type" : "assistant" , "message" : { "id" : "msg_2" , "model" : "claude-opus-4-6" , "usage" : { "input_tokens" : 1e3 } } , "timestamp" : "2026-11-27T03:19:42Z" }',
      // An impossible day (Feb 31): both paths read it the same way (rolled into March, as Date.parse does).
      '{"type":"assistant","timestamp":"2026-02-31T10:00:00.000Z","message":{"id":"msg_3","model":"m","usage":{"input_tokens":1}}}',
      // The oldest format: no type, the message role says assistant; a recorded cost.
      '{"timestamp":"2026-01-09T10:00:00.000Z","sessionId":"s2","message":{"role":"assistant","id":"msg_4","model":"claude-sonnet-4-20250514","usage":{"input_tokens":100}},"requestId":"r4","costUSD":0.12}',
      // Locally generated: never billed.
      '{"type":"assistant","message":{"id":"msg_5","model":"<synthetic>","usage":{"input_tokens":0}}}',
      '{"type":"user","timestamp":"2026-11-27T03:19:43.000Z","message":{"role":"user","content":[{"tool_use_id":"toolu_1","type":"tool_result","content":"boom \\"usage\\"","is_error":true}]}}\r',
      // Server-side iterations (priced one by one above a long-context threshold): non-objects dropped.
      '{"type":"assistant","message":{"id":"msg_7","model":"claude-haiku-5-5","usage":{"input_tokens":150000,"output_tokens":10,"iterations":[{"type":"message","input_tokens":100000,"output_tokens":5},{"type":"message","input_tokens":50000,"output_tokens":5},7]}}}',
      '{"type":"assistant","message":{"id":"msg_6","model":"m","usage":{"input_tokens":1}', // cut short by a crash
      'not json at all "usage"',
    ];
    const buf = Buffer.from(`${lines.join('\n')}\n`);
    const tables = tablesBoth(buf);
    expect(tables.fast).toEqual(tables.slow);
    const { fast, slow, fastCounters } = scanBoth(buf);
    expect(canonical(fast.events)).toEqual(canonical(slow.events));
    expect(fastCounters.malformedLines).toBe(2);
    const responses = fast.events.filter((e) => e.kind === 'response').map((e) => e.value as ScannedResponse);
    expect(responses.map((r) => r.messageId)).toEqual(['msg_"1', 'msg_2', 'msg_3', 'msg_4', 'msg_7']);
    expect((responses[4]!.usage as { iterations?: unknown[] }).iterations).toHaveLength(2);
    expect(responses[0]!.requestId).toBe('req_A');
    expect(responses[1]!.usage.input_tokens).toBe(1000);
    expect(responses[2]!.timeMs).toBe(Date.parse('2026-03-03T10:00:00.000Z'));
    expect(responses[3]!.recordedCostUsd).toBe(0.12);
    const result = fast.events.find((e) => e.kind === 'result')!.value as ScannedToolResult;
    expect(result).toMatchObject({ id: 'toolu_1', isError: true });
  });

  it('should stop at the last complete line and leave a partial line for the next read', () => {
    const line = '{"type":"assistant","message":{"id":"msg_1","model":"m","usage":{"input_tokens":3}}}\n';
    const buf = Buffer.from(`${line}${line.slice(0, 20)}`);
    const sink = recordingSink();
    const next = scanTranscriptBytes(buf, 0, buf.length, sink, newScanCounters());
    expect(next).toBe(line.length);
    expect(sink.events).toHaveLength(1);
  });

  it('should skip tool-result lines when tools are not wanted, but still see the tool uses', () => {
    const file = join(FIXTURES, 'spotter/projects/-home-USER-projects-spotter/tool_heavy.jsonl');
    const buf = readFileSync(file);
    const all = recordingSink();
    const lean = recordingSink();
    scanTranscriptBytes(buf, 0, buf.length, all, newScanCounters());
    scanTranscriptBytes(buf, 0, buf.length, lean, newScanCounters(), { tools: false });
    expect(lean.events.filter((e) => e.kind === 'result')).toHaveLength(0);
    expect(all.events.filter((e) => e.kind === 'result').length).toBeGreaterThan(0);
    const strip = (s: ReturnType<typeof recordingSink>) =>
      canonical(s.events.filter((e) => e.kind !== 'result'));
    expect(strip(lean)).toEqual(strip(all));
  });

  it('should skip and count a line with an invalid escape, as the reference does, and read on', () => {
    const usage = '"usage":{"input_tokens":3,"output_tokens":1}';
    const lines = [
      `{"type":"assistant","requestId":"r1","message":{"id":"msg_1","model":"m",${usage}}}`,
      // Bad escapes in each place the fast path decodes: request id, message id, tool-use id, session id.
      `{"type":"assistant","requestId":"r\\x","message":{"id":"msg_2","model":"m",${usage}}}`,
      `{"type":"assistant","requestId":"r3","message":{"id":"msg_\\q","model":"m",${usage}}}`,
      `{"type":"assistant","requestId":"r4","message":{"id":"msg_4","model":"m","content":[{"type":"tool_use","id":"t\\u12","name":"Bash","input":{}}],${usage}}}`,
      `{"type":"assistant","sessionId":"s\\!","requestId":"r5","message":{"id":"msg_5","model":"m",${usage}}}`,
      `{"type":"user","message":{"content":[{"type":"tool_result","tool_use_id":"ok"},{"type":"tool_result","tool_use_id":"b\\a"}]}}`,
      `{"type":"assistant","requestId":"r6","message":{"id":"msg_6","model":"m",${usage}}}`,
    ];
    const { fast, slow, fastCounters, slowCounters } = scanBoth(Buffer.from(`${lines.join('\n')}\n`));
    expect(canonical(fast.events)).toEqual(canonical(slow.events));
    expect(fast.events.map((e) => (e.value as ScannedResponse).messageId)).toEqual(['msg_1', 'msg_6']);
    expect(fastCounters.malformedLines).toBe(5);
    expect(slowCounters.malformedLines).toBe(5);
  });
});
