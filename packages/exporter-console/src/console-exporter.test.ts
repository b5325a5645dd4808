import { Writable } from 'node:stream';
import { type AuditRecordData, GlassboxError, type TelemetryBatch } from '@glassbox/spec';
import { hostileTelemetryBatches, runExporterConformance, sampleTelemetryBatch } from '@glassbox/testkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsoleExporter } from './console-exporter.js';

/** A stream that keeps what it is given; `delayMs` holds each write's callback back. */
function collector(options: { delayMs?: number; failWith?: Error } = {}) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      const done = () => {
        if (options.failWith) return callback(options.failWith);
        chunks.push(chunk.toString('utf8'));
        callback();
      };
      if (options.delayMs) setTimeout(done, options.delayMs);
      else done();
    },
  });
  return { stream, text: () => chunks.join(''), lines: () => chunks.join('').split('\n').filter(Boolean) };
}

function destroyedStream(): Writable {
  const { stream } = collector();
  stream.destroy();
  return stream;
}

runExporterConformance(
  'console exporter (text)',
  () => createConsoleExporter({ stream: collector().stream }),
  {
    failingFactory: () => createConsoleExporter({ stream: destroyedStream() }),
  },
);

runExporterConformance(
  'console exporter (json)',
  () => createConsoleExporter({ stream: collector().stream, format: 'json' }),
  {
    failingFactory: () =>
      createConsoleExporter({ stream: collector({ failWith: new Error('EPIPE') }).stream }),
  },
);

function recordCount(batch: TelemetryBatch): number {
  const points = batch.metrics.reduce((n, m) => n + m.points.length, 0);
  return batch.spans.length + points + batch.logs.length + batch.audit.length;
}

describe('createConsoleExporter (text)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('should print one line per span, metric point, log record and audit record', async () => {
    const out = collector();
    const exporter = createConsoleExporter({ stream: out.stream });
    const batch = sampleTelemetryBatch();
    expect(await exporter.export(batch)).toEqual({ code: 'success' });
    const lines = out.lines();
    expect(lines).toHaveLength(recordCount(batch));
    const tool = batch.spans.find((s) => s.name === 'execute_tool Bash')!;
    expect(lines).toContain(
      `[glassbox] span execute_tool Bash 234 ms error "exit code 2" trace=0af76519 span=${tool.spanId} ` +
        `parent=${tool.parentSpanId} events=exception session.id=sess_abc123 gen_ai.system=anthropic ` +
        'gen_ai.tool.name=Bash gen_ai.tool.call.id=toolu_01A',
    );
    expect(lines).toContain('[glassbox] metric claude.tool.calls_total sum=1 {call} tool=Bash success=false');
    expect(lines).toContain(
      '[glassbox] metric claude.tool.latency_ms histogram count=1 sum=234 ms min=234 max=234 tool=Bash',
    );
    expect(lines).toContain(
      '[glassbox] metric claude.context.tokens gauge=14057 {token} model=claude-opus-5-5',
    );
    expect(lines).toContain(
      '[glassbox] log INFO tool_call sessionId=sess_abc123 toolName=Read toolUseId=toolu_01B latencyMs=12 ' +
        'status=ok inputShape="{file_path:string}" outputShape="{content:string(1843)}"',
    );
    const bash = lines.find((l) => l.startsWith('[glassbox] log ERROR tool_call'))!;
    expect(bash).toContain('input={"command":"ls /nope","description":"List a missing folder"}');
    const chain = batch.audit as readonly AuditRecordData[];
    expect(lines.filter((l) => l.startsWith('[glassbox] audit '))).toEqual([
      `[glassbox] audit #0 prompt_submitted session=sess_abc123 user=u_5b1f0c hash=${chain[0]!.hash.slice(0, 8)} prev=00000000`,
      `[glassbox] audit #1 tool_call Bash session=sess_abc123 user=u_5b1f0c source=config hash=${chain[1]!.hash.slice(0, 8)} prev=${chain[0]!.hash.slice(0, 8)}`,
    ]);
  });

  it('should keep hostile records on one line each, escaped and cut', async () => {
    const out = collector();
    const exporter = createConsoleExporter({ stream: out.stream });
    for (const { batch } of hostileTelemetryBatches()) {
      expect(await exporter.export(batch)).toEqual({ code: 'success' });
    }
    const expected = hostileTelemetryBatches().reduce((n, { batch }) => n + recordCount(batch), 0);
    expect(out.lines()).toHaveLength(expected);
    // Raw control characters (ANSI escapes, NUL, CR) never reach the terminal.
    expect(out.lines().filter((line) => /[\p{Cc}\u2028]/u.test(line))).toEqual([]);
    const longest = Math.max(
      ...out
        .text()
        .split(/ (?=\S+=)/)
        .map((part) => part.length),
    );
    expect(longest).toBeLessThan(300);
    expect(out.text()).toContain(`huge="${'x'.repeat(120)}…"`);
    expect(out.text()).toContain('"[Circular]"');
  });

  it('should print only the chosen signals', async () => {
    const out = collector();
    const exporter = createConsoleExporter({ stream: out.stream, signals: ['audit'] });
    await exporter.export(sampleTelemetryBatch());
    expect(out.lines()).toHaveLength(2);
    expect(out.lines().every((l) => l.startsWith('[glassbox] audit '))).toBe(true);
  });

  it('should colour only when asked or when the stream is a TTY', async () => {
    const plain = collector();
    await createConsoleExporter({ stream: plain.stream }).export(sampleTelemetryBatch());
    expect(plain.text()).not.toContain('\u001b[');
    const coloured = collector();
    await createConsoleExporter({ stream: coloured.stream, colors: true }).export(sampleTelemetryBatch());
    expect(coloured.text()).toContain('\u001b[31merror\u001b[0m');
    const tty = Object.assign(collector().stream, { isTTY: true });
    vi.stubEnv('NO_COLOR', '1');
    const chunks: string[] = [];
    tty.write = ((chunk: string, callback: () => void) => {
      chunks.push(chunk);
      callback();
      return true;
    }) as typeof tty.write;
    await createConsoleExporter({ stream: tty }).export(sampleTelemetryBatch());
    expect(chunks.join('')).not.toContain('\u001b[');
  });

  it('should write to process.stderr by default', async () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string, callback?: () => void) => {
      written.push(chunk);
      callback?.();
      return true;
    }) as typeof process.stderr.write);
    const exporter = createConsoleExporter({ signals: ['spans'] });
    expect(await exporter.export(sampleTelemetryBatch())).toEqual({ code: 'success' });
    await exporter.shutdown();
    expect(written.join('')).toContain('[glassbox] span invoke_agent claude-code 3400 ms ok');
  });
});

describe('createConsoleExporter (json)', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('should print each record as one JSON object tagged with its signal', async () => {
    const out = collector();
    const exporter = createConsoleExporter({ stream: out.stream, format: 'json' });
    const batch = sampleTelemetryBatch();
    await exporter.export(batch);
    const parsed = out.lines().map((l) => JSON.parse(l) as { signal: string });
    const strip = (signal: string) =>
      parsed.filter((p) => p.signal === signal).map(({ signal: _signal, ...record }) => record);
    expect(strip('span')).toEqual(batch.spans);
    expect(strip('metric')).toEqual(batch.metrics);
    expect(strip('log')).toEqual(batch.logs);
    expect(strip('audit')).toEqual(batch.audit);
  });

  it('should take the format from GLASSBOX_CONSOLE_FORMAT unless an option says otherwise', async () => {
    vi.stubEnv('GLASSBOX_CONSOLE_FORMAT', 'json');
    const fromEnv = collector();
    await createConsoleExporter({ stream: fromEnv.stream }).export(sampleTelemetryBatch());
    expect(() => JSON.parse(fromEnv.lines()[0]!)).not.toThrow();
    const explicit = collector();
    await createConsoleExporter({ stream: explicit.stream, format: 'text' }).export(sampleTelemetryBatch());
    expect(explicit.lines()[0]).toMatch(/^\[glassbox\] span /);
  });

  it('should survive cycles and bigints in content', async () => {
    const out = collector();
    const exporter = createConsoleExporter({ stream: out.stream, format: 'json', signals: ['logs'] });
    const content = hostileTelemetryBatches().find((h) => h.label.startsWith('cyclic'))!.batch;
    expect(await exporter.export(content)).toEqual({ code: 'success' });
    const record = JSON.parse(out.lines()[0]!) as {
      body: { input: { self: string }; output: { big: number } };
    };
    expect(record.body.input.self).toBe('[Circular]');
    expect(out.lines()[0]).toContain('"big":12345678901234567890,');
  });
});

describe('createConsoleExporter (failures and lifecycle)', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('should report a closed stream as a failed, non-retryable result', async () => {
    const exporter = createConsoleExporter({ stream: destroyedStream() });
    const result = await exporter.export(sampleTelemetryBatch());
    expect(result).toMatchObject({ code: 'failed', retryable: false });
    if (result.code === 'failed') expect(result.error.code).toBe('EXPORT_FAILED');
  });

  it('should report a stream error as a failed result without crashing the process', async () => {
    const error = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    const exporter = createConsoleExporter({ stream: collector({ failWith: error }).stream });
    const result = await exporter.export(sampleTelemetryBatch());
    expect(result.code).toBe('failed');
    if (result.code === 'failed') {
      expect(result.error.code).toBe('EXPORT_FAILED');
      expect(result.error.message).toBe('write EPIPE');
    }
  });

  it('should make forceFlush and shutdown wait for writes the stream has not finished', async () => {
    const out = collector({ delayMs: 30 });
    const exporter = createConsoleExporter({ stream: out.stream, signals: ['audit'] });
    const pending = exporter.export(sampleTelemetryBatch());
    expect(out.lines()).toHaveLength(0);
    await exporter.forceFlush();
    expect(out.lines()).toHaveLength(2);
    const second = exporter.export(sampleTelemetryBatch());
    await exporter.shutdown();
    expect(out.lines()).toHaveLength(4);
    expect(await pending).toEqual({ code: 'success' });
    expect(await second).toEqual({ code: 'success' });
    expect(out.stream.listenerCount('error')).toBe(0);
    expect(out.stream.writableEnded).toBe(false);
  });

  it('should reject invalid options and environment with INVALID_CONFIG', () => {
    const code = (make: () => unknown) => {
      try {
        make();
      } catch (error) {
        return GlassboxError.is(error) ? error.code : 'not a GlassboxError';
      }
      return 'no error';
    };
    expect(code(() => createConsoleExporter({ format: 'yaml' as 'json' }))).toBe('INVALID_CONFIG');
    expect(code(() => createConsoleExporter({ signals: ['traces' as 'spans'] }))).toBe('INVALID_CONFIG');
    expect(code(() => createConsoleExporter({ maxValueLength: 0 }))).toBe('INVALID_CONFIG');
    expect(code(() => createConsoleExporter({ name: ' ' }))).toBe('INVALID_CONFIG');
    vi.stubEnv('GLASSBOX_CONSOLE_SIGNALS', 'spans,nope');
    expect(code(() => createConsoleExporter())).toBe('INVALID_CONFIG');
    expect(code(() => createConsoleExporter({ signals: ['spans'] }))).toBe('no error');
  });
});
