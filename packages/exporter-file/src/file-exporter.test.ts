import {
  existsSync,
  fsyncSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GlassboxError, type LogRecordData, type TelemetryBatch } from '@glassbox/spec';
import { hostileTelemetryBatches, runExporterConformance, sampleTelemetryBatch } from '@glassbox/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFileExporter } from './file-exporter.js';
import type { FileExporterOptions } from './file-exporter-options.js';

// Pass-through, so the durability tests can see when the exporter fsyncs.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return { ...fs, fsyncSync: vi.fn(fs.fsyncSync) };
});

let root: string;
let counter = 0;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'glassbox-file-exporter-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A fresh, not yet existing directory for one exporter. */
function freshDir(): string {
  counter += 1;
  return join(root, `case-${counter}`, 'logs');
}

function readLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function exportOk(options: FileExporterOptions, ...batches: TelemetryBatch[]) {
  const exporter = createFileExporter(options);
  for (const batch of batches) expect(await exporter.export(batch)).toEqual({ code: 'success' });
  return exporter;
}

runExporterConformance('file exporter', () => createFileExporter({ dir: freshDir(), spans: true }), {
  failingFactory: () => {
    // A directory path that runs through a regular file can never be created.
    const blocker = join(root, `blocker-${++counter}`);
    writeFileSync(blocker, 'not a directory');
    return createFileExporter({ dir: join(blocker, 'logs') });
  },
});

describe('createFileExporter: log lines', () => {
  it("should write one line per log record in the seed's shape", async () => {
    const dir = freshDir();
    const batch = sampleTelemetryBatch();
    await exportOk({ dir }, batch);
    const lines = readLines(join(dir, 'glassbox.jsonl'));
    // The debug `session_end` record is below the default level.
    expect(lines.map((l) => l.event)).toEqual(['prompt', 'llm_call', 'tool_call', 'tool_call']);
    const bash = lines[2]!;
    const tool = batch.logs[2]!;
    expect(bash).toEqual({
      level: 'ERROR',
      timestamp: '2026-04-28T10:23:46.449Z',
      event: 'tool_call',
      sessionId: 'sess_abc123',
      toolName: 'Bash',
      input: { command: 'ls /nope', description: 'List a missing folder' },
      output: { stdout: '', stderr: 'ls: cannot access /nope: No such file or directory', exitCode: 2 },
      latencyMs: 234,
      traceId: tool.traceId,
      spanId: tool.spanId,
      promptId: 'prm_7f3a',
      toolUseId: 'toolu_01A',
      status: 'error',
      error: 'exit code 2',
      id: 'sess_abc123:tool_call:toolu_01A',
    });
    expect(Object.keys(bash).slice(0, 9)).toEqual([
      'level',
      'timestamp',
      'event',
      'sessionId',
      'toolName',
      'input',
      'output',
      'latencyMs',
      'traceId',
    ]);
    const llm = lines[1]!;
    expect(llm).toMatchObject({
      level: 'INFO',
      inputTokens: 1847,
      outputTokens: 312,
      model: 'claude-opus-5-5',
    });
    expect(llm.costUsd).toBe(0.0386);
  });

  it('should write the content shape as input/output when content was not captured', async () => {
    const dir = freshDir();
    await exportOk({ dir }, sampleTelemetryBatch());
    const read = readLines(join(dir, 'glassbox.jsonl')).find((l) => l.toolName === 'Read')!;
    expect(read.input).toEqual({ shape: '{file_path:string}' });
    expect(read.output).toEqual({ shape: '{content:string(1843)}' });
    expect(read).not.toHaveProperty('attributes');
  });

  it('should keep other attributes and body entries under attributes and body', async () => {
    const dir = freshDir();
    const log: LogRecordData = {
      id: 'extra-1',
      timeMs: Date.UTC(2026, 3, 28),
      severity: 'warn',
      event: 'hook_error',
      attributes: { sessionId: 's', 'hook.name': 'PreToolUse', level: 'spoofed' },
      body: { input: 'x', stack: 'at hook.js:1' },
    };
    await exportOk({ dir }, { ...sampleTelemetryBatch(), logs: [log], audit: [] });
    expect(readLines(join(dir, 'glassbox.jsonl'))).toEqual([
      {
        level: 'WARN',
        timestamp: '2026-04-28T00:00:00.000Z',
        event: 'hook_error',
        sessionId: 's',
        input: 'x',
        id: 'extra-1',
        attributes: { 'hook.name': 'PreToolUse', level: 'spoofed' },
        body: { stack: 'at hook.js:1' },
      },
    ]);
  });

  it('should honour the level option', async () => {
    const dir = freshDir();
    await exportOk({ dir, level: 'debug' }, sampleTelemetryBatch());
    expect(readLines(join(dir, 'glassbox.jsonl')).at(-1)).toMatchObject({
      level: 'DEBUG',
      event: 'session_end',
    });
    const errorsOnly = freshDir();
    await exportOk({ dir: errorsOnly, level: 'error' }, sampleTelemetryBatch());
    expect(readLines(join(errorsOnly, 'glassbox.jsonl')).map((l) => l.level)).toEqual(['ERROR']);
  });

  it('should keep every hostile record on one parseable line', async () => {
    const dir = freshDir();
    const exporter = createFileExporter({ dir, spans: true, level: 'debug' });
    for (const { batch } of hostileTelemetryBatches())
      expect(await exporter.export(batch)).toEqual({ code: 'success' });
    const lines = readLines(join(dir, 'glassbox.jsonl'));
    const expected = hostileTelemetryBatches().reduce(
      (n, { batch }) => n + batch.logs.length + batch.spans.length,
      0,
    );
    expect(lines).toHaveLength(expected);
    const cyclic = lines.find((l) => l.id === 'hostile-content:1')!;
    expect(cyclic.input).toMatchObject({ name: 'loop', self: '[Circular]' });
    const epoch = lines.find((l) => l.event !== 'span' && l.level === 'ERROR')!;
    expect(epoch.timestamp).toBe('1970-01-01T00:00:00.000Z');
    expect(epoch.latencyMs).toBeNull();
  });
});

describe('createFileExporter: spans and audit', () => {
  it('should write spans only when asked, one line each with event "span"', async () => {
    const off = freshDir();
    await exportOk({ dir: off }, sampleTelemetryBatch());
    expect(readLines(join(off, 'glassbox.jsonl')).some((l) => l.event === 'span')).toBe(false);

    const on = freshDir();
    const batch = sampleTelemetryBatch();
    await exportOk({ dir: on, spans: true }, batch);
    const spans = readLines(join(on, 'glassbox.jsonl')).filter((l) => l.event === 'span');
    expect(spans).toHaveLength(batch.spans.length);
    const tool = batch.spans.find((s) => s.name === 'execute_tool Bash')!;
    expect(spans.find((s) => s.spanId === tool.spanId)).toEqual({
      level: 'ERROR',
      timestamp: '2026-04-28T10:23:46.215Z',
      event: 'span',
      sessionId: 'sess_abc123',
      name: 'execute_tool Bash',
      latencyMs: 234,
      traceId: tool.traceId,
      spanId: tool.spanId,
      parentSpanId: tool.parentSpanId,
      kind: 'internal',
      status: 'error',
      error: 'exit code 2',
      endTimestamp: '2026-04-28T10:23:46.449Z',
      attributes: tool.attributes,
      events: [
        {
          name: 'exception',
          timestamp: '2026-04-28T10:23:46.449Z',
          attributes: tool.events[0]!.attributes,
        },
      ],
    });
  });

  it('should append audit records verbatim to audit.jsonl, and create it only when needed', async () => {
    const dir = freshDir();
    const batch = sampleTelemetryBatch();
    const exporter = await exportOk({ dir }, { ...batch, audit: [] });
    expect(existsSync(join(dir, 'audit.jsonl'))).toBe(false);
    await exporter.export(batch);
    await exporter.export(sampleTelemetryBatch({ sessionId: 'sess_next' }));
    const audit = readLines(join(dir, 'audit.jsonl'));
    expect(audit.slice(0, 2)).toEqual(batch.audit);
    expect(audit).toHaveLength(4);
    expect(readLines(join(dir, 'glassbox.jsonl')).some((l) => 'decisionType' in l)).toBe(false);

    const disabled = freshDir();
    await exportOk({ dir: disabled, audit: false }, batch);
    expect(existsSync(join(disabled, 'audit.jsonl'))).toBe(false);
  });
});

describe('createFileExporter: permissions', () => {
  it('should create directories 0700 and files 0600', async () => {
    const dir = join(freshDir(), 'nested');
    const exporter = await exportOk({ dir }, sampleTelemetryBatch());
    await exporter.shutdown();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, '..')).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'glassbox.jsonl')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'audit.jsonl')).mode & 0o777).toBe(0o600);
  });

  it('should create rolled-over files 0600 too', async () => {
    const dir = freshDir();
    await exportOk({ dir, maxBytes: 600 }, sampleTelemetryBatch());
    const files = readdirSync(dir).filter((f) => f.startsWith('glassbox.'));
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) expect(statSync(join(dir, file)).mode & 0o777).toBe(0o600);
  });
});

describe('createFileExporter: rotation and retention', () => {
  const day = (iso: string) => Date.parse(iso);

  it('should roll over by size without losing or duplicating a line', async () => {
    const dir = freshDir();
    const sessions = Array.from({ length: 6 }, (_, i) => sampleTelemetryBatch({ sessionId: `sess_${i}` }));
    const now = () => day('2026-04-28T12:00:00Z');
    await exportOk({ dir, maxBytes: 2000, now }, ...sessions);
    const files = readdirSync(dir)
      .filter((f) => f.startsWith('glassbox.'))
      .sort();
    expect(files).toContain('glassbox.jsonl');
    expect(files).toContain('glassbox.2026-04-28.1.jsonl');
    const all = files.flatMap((f) => readLines(join(dir, f)));
    const ids = all.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(6 * 4);
    for (const file of files) expect(statSync(join(dir, file)).size).toBeLessThanOrEqual(2000);
  });

  it('should put a line larger than maxBytes alone in its file', async () => {
    const dir = freshDir();
    await exportOk({ dir, maxBytes: 100 }, sampleTelemetryBatch());
    const files = readdirSync(dir).filter((f) => f.startsWith('glassbox.'));
    expect(files).toHaveLength(4);
    for (const file of files) expect(readLines(join(dir, file))).toHaveLength(1);
  });

  it('should roll over when the UTC day changes', async () => {
    const dir = freshDir();
    let clock = day('2026-04-28T23:59:00Z');
    const exporter = await exportOk({ dir, now: () => clock }, sampleTelemetryBatch({ sessionId: 'day1' }));
    clock = day('2026-04-29T00:01:00Z');
    expect(await exporter.export(sampleTelemetryBatch({ sessionId: 'day2' }))).toEqual({ code: 'success' });
    expect(readLines(join(dir, 'glassbox.2026-04-28.1.jsonl')).every((l) => l.sessionId === 'day1')).toBe(
      true,
    );
    expect(readLines(join(dir, 'glassbox.jsonl')).every((l) => l.sessionId === 'day2')).toBe(true);
  });

  it('should roll over a file left from an earlier day at the first write after a restart', async () => {
    const dir = freshDir();
    await mkdir(dir, { recursive: true });
    const active = join(dir, 'glassbox.jsonl');
    writeFileSync(active, '{"event":"yesterday"}\n');
    utimesSync(active, new Date('2026-04-27T20:00:00Z'), new Date('2026-04-27T20:00:00Z'));
    await exportOk({ dir, now: () => day('2026-04-28T08:00:00Z') }, sampleTelemetryBatch());
    expect(readLines(join(dir, 'glassbox.2026-04-27.1.jsonl'))).toEqual([{ event: 'yesterday' }]);
    expect(readLines(active)).toHaveLength(4);
  });

  it('should keep at most maxFiles rolled-over files, newest first', async () => {
    const dir = freshDir();
    const sessions = Array.from({ length: 5 }, (_, i) => sampleTelemetryBatch({ sessionId: `keep_${i}` }));
    await exportOk({ dir, maxBytes: 100, maxFiles: 2, now: () => day('2026-04-28T12:00:00Z') }, ...sessions);
    const rolled = readdirSync(dir).filter((f) => /^glassbox\.2026-04-28\.\d+\.jsonl$/.test(f));
    expect(rolled).toEqual(['glassbox.2026-04-28.19.jsonl', 'glassbox.2026-04-28.18.jsonl'].sort());
    // The active file holds the newest line: nothing recent was pruned.
    expect(readLines(join(dir, 'glassbox.jsonl'))[0]!.sessionId).toBe('keep_4');
  });

  it('should delete rolled-over files older than maxAgeDays and leave other files alone', async () => {
    const dir = freshDir();
    await mkdir(dir, { recursive: true });
    const now = day('2026-04-28T12:00:00Z');
    const old = join(dir, 'glassbox.2026-03-01.1.jsonl');
    const recent = join(dir, 'glassbox.2026-04-27.1.jsonl');
    const foreign = join(dir, 'notes.2026-03-01.1.jsonl');
    for (const path of [old, recent, foreign]) writeFileSync(path, '{}\n');
    const ago = (days: number) => new Date(now - days * 86_400_000);
    utimesSync(old, ago(40), ago(40));
    utimesSync(recent, ago(1), ago(1));
    utimesSync(foreign, ago(40), ago(40));
    await exportOk({ dir, maxAgeDays: 30, now: () => now }, sampleTelemetryBatch());
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(foreign)).toBe(true);
  });

  it('should never roll over or prune the audit file', async () => {
    const dir = freshDir();
    const sessions = Array.from({ length: 3 }, (_, i) => sampleTelemetryBatch({ sessionId: `audit_${i}` }));
    await exportOk({ dir, maxBytes: 100, maxFiles: 0 }, ...sessions);
    expect(readLines(join(dir, 'audit.jsonl'))).toHaveLength(6);
    expect(readdirSync(dir).filter((f) => f.startsWith('audit'))).toEqual(['audit.jsonl']);
  });
});

describe('createFileExporter: idempotence and crash safety', () => {
  it('should not write a retried batch twice', async () => {
    const dir = freshDir();
    const batch = sampleTelemetryBatch();
    await exportOk({ dir, spans: true }, batch, batch);
    const lines = readLines(join(dir, 'glassbox.jsonl'));
    expect(lines).toHaveLength(4 + batch.spans.length);
    expect(readLines(join(dir, 'audit.jsonl'))).toHaveLength(2);
  });

  it('should not write a batch twice across a restart, from the ids at the end of the files', async () => {
    const dir = freshDir();
    const batch = sampleTelemetryBatch();
    const first = await exportOk({ dir, spans: true }, batch);
    await first.shutdown();
    const second = await exportOk(
      { dir, spans: true },
      batch,
      sampleTelemetryBatch({ sessionId: 'sess_new' }),
    );
    await second.shutdown();
    expect(readLines(join(dir, 'glassbox.jsonl'))).toHaveLength(2 * (4 + batch.spans.length));
    expect(readLines(join(dir, 'audit.jsonl'))).toHaveLength(4);
  });

  it('should write duplicates when the dedup window is 0 (the agent checkpoint is the main guarantee)', async () => {
    const dir = freshDir();
    const batch = sampleTelemetryBatch();
    await exportOk({ dir, dedupWindow: 0 }, batch, batch);
    expect(readLines(join(dir, 'glassbox.jsonl'))).toHaveLength(8);
  });

  it('should start on a new line after a torn last line', async () => {
    const dir = freshDir();
    await mkdir(dir, { recursive: true });
    writeFileSync(join(dir, 'glassbox.jsonl'), '{"event":"before"}\n{"event":"torn", "id":');
    await exportOk({ dir }, sampleTelemetryBatch());
    const text = readFileSync(join(dir, 'glassbox.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(text[1]).toBe('{"event":"torn", "id":');
    expect(text.slice(2).map((l) => (JSON.parse(l) as { event: string }).event)).toEqual([
      'prompt',
      'llm_call',
      'tool_call',
      'tool_call',
    ]);
  });
});

describe('createFileExporter: durability', () => {
  it('should fsync before an export resolves success, by default', async () => {
    const dir = freshDir();
    const exporter = createFileExporter({ dir });
    vi.mocked(fsyncSync).mockClear();
    expect(await exporter.export(sampleTelemetryBatch())).toEqual({ code: 'success' });
    // Once for the log file, once for the audit file.
    expect(vi.mocked(fsyncSync)).toHaveBeenCalledTimes(2);
    expect(readLines(join(dir, 'glassbox.jsonl'))).toHaveLength(4);
  });

  it('should leave fsync to forceFlush with syncOnExport false, with the lines already written', async () => {
    const dir = freshDir();
    const exporter = createFileExporter({ dir, syncOnExport: false });
    vi.mocked(fsyncSync).mockClear();
    expect(await exporter.export(sampleTelemetryBatch())).toEqual({ code: 'success' });
    expect(vi.mocked(fsyncSync)).not.toHaveBeenCalled();
    // Written to the kernel: another reader sees them before any fsync.
    expect(readLines(join(dir, 'glassbox.jsonl'))).toHaveLength(4);
    await exporter.forceFlush();
    expect(vi.mocked(fsyncSync)).toHaveBeenCalledTimes(2);
    await exporter.forceFlush();
    expect(vi.mocked(fsyncSync)).toHaveBeenCalledTimes(2);
  });

  it('should fsync on shutdown what forceFlush has not', async () => {
    const exporter = createFileExporter({ dir: freshDir(), syncOnExport: false, audit: false });
    await exporter.export(sampleTelemetryBatch());
    vi.mocked(fsyncSync).mockClear();
    await exporter.shutdown();
    expect(vi.mocked(fsyncSync)).toHaveBeenCalledTimes(1);
  });
});

describe('createFileExporter: failures and lifecycle', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('should report a path it cannot create as a non-retryable failed result', async () => {
    const blocker = join(root, 'blocker-file');
    writeFileSync(blocker, 'x');
    const exporter = createFileExporter({ dir: join(blocker, 'logs') });
    const result = await exporter.export(sampleTelemetryBatch());
    expect(result).toMatchObject({ code: 'failed', retryable: false });
    if (result.code === 'failed') {
      expect(result.error.code).toBe('EXPORT_FAILED');
      expect((result.error.cause as NodeJS.ErrnoException).code).toBe('ENOTDIR');
    }
  });

  it('should report a full disk as a retryable failed result, again on the next export', async () => {
    // /dev/full answers every write with ENOSPC.
    const exporter = createFileExporter({ dir: '/dev', fileName: 'full', audit: false, rotateDaily: false });
    const result = await exporter.export(sampleTelemetryBatch());
    expect(result).toMatchObject({ code: 'failed', retryable: true });
    if (result.code === 'failed') expect((result.error.cause as NodeJS.ErrnoException).code).toBe('ENOSPC');
    const again = await exporter.export(sampleTelemetryBatch());
    expect(again.code).toBe('failed');
    await exporter.shutdown();
  });

  it('should release its file descriptors on shutdown', async () => {
    const dir = freshDir();
    const openPaths = () =>
      readdirSync('/proc/self/fd').flatMap((fd) => {
        try {
          return [readlinkSync(`/proc/self/fd/${fd}`)];
        } catch {
          return [];
        }
      });
    const exporter = await exportOk({ dir }, sampleTelemetryBatch());
    expect(openPaths().filter((p) => p.startsWith(dir))).toHaveLength(2);
    await exporter.shutdown();
    await exporter.shutdown();
    expect(openPaths().filter((p) => p.startsWith(dir))).toEqual([]);
  });

  it('should open nothing before the first export', () => {
    const dir = freshDir();
    createFileExporter({ dir });
    expect(existsSync(dir)).toBe(false);
  });

  it('should take settings from GLASSBOX_FILE_* unless an option says otherwise', async () => {
    const fromEnv = freshDir();
    vi.stubEnv('GLASSBOX_FILE_DIR', fromEnv);
    vi.stubEnv('GLASSBOX_FILE_SPANS', 'true');
    vi.stubEnv('GLASSBOX_FILE_LEVEL', 'error');
    await exportOk({}, sampleTelemetryBatch());
    expect(readLines(join(fromEnv, 'glassbox.jsonl')).map((l) => l.event)).toEqual(['tool_call', 'span']);

    const explicit = freshDir();
    await exportOk({ dir: explicit, spans: false, level: 'info' }, sampleTelemetryBatch());
    expect(readLines(join(explicit, 'glassbox.jsonl'))).toHaveLength(4);
  });

  it('should reject invalid options and environment with INVALID_CONFIG', () => {
    const code = (options: FileExporterOptions) => {
      try {
        createFileExporter(options);
        return 'no error';
      } catch (error) {
        return GlassboxError.is(error) ? error.code : 'not a GlassboxError';
      }
    };
    expect(code({ dir: freshDir(), fileName: '../escape.jsonl' })).toBe('INVALID_CONFIG');
    expect(code({ dir: freshDir(), auditFileName: 'glassbox.jsonl' })).toBe('INVALID_CONFIG');
    expect(code({ dir: freshDir(), maxBytes: 0 })).toBe('INVALID_CONFIG');
    expect(code({ dir: freshDir(), level: 'trace' as 'debug' })).toBe('INVALID_CONFIG');
    expect(code({ dir: freshDir(), dedupWindow: -1 })).toBe('INVALID_CONFIG');
    vi.stubEnv('GLASSBOX_FILE_MAX_BYTES', 'lots');
    expect(code({ dir: freshDir() })).toBe('INVALID_CONFIG');
    expect(code({ dir: freshDir(), maxBytes: 1000 })).toBe('no error');
  });
});
