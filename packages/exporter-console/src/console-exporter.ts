import {
  type Exporter,
  type ExportResult,
  GlassboxError,
  specificationVersion,
  type TelemetryBatch,
} from '@glassbox/spec';
import { type ConsoleSignal, consoleSignals } from './console-signal.js';
import { formatBatchJson } from './format-batch-json.js';
import { formatBatchText } from './format-batch-text.js';

/** `text`: one human line per record. `json`: one JSON object per line. */
export type ConsoleFormat = 'text' | 'json';

/** The stream the exporter writes to: `process.stderr`, `process.stdout`, a file stream, a `PassThrough`… */
export interface ConsoleStream {
  write(chunk: string, callback: (error?: Error | null) => void): boolean;
  on(event: 'error', listener: (error: Error) => void): unknown;
  off(event: 'error', listener: (error: Error) => void): unknown;
  readonly destroyed?: boolean;
  readonly writableEnded?: boolean;
  readonly isTTY?: boolean;
}

export interface ConsoleExporterOptions {
  /**
   * Where the lines go. Default `process.stderr` (stdout may belong to Claude Code's own output).
   * The exporter never ends or closes the stream.
   */
  readonly stream?: ConsoleStream;
  /** `text` (default) or `json`. Environment: `GLASSBOX_CONSOLE_FORMAT`. */
  readonly format?: ConsoleFormat;
  /**
   * Which signals to print. Default all: `spans`, `metrics`, `logs`, `audit`.
   * Environment: `GLASSBOX_CONSOLE_SIGNALS` (comma-separated, e.g. `spans,logs`).
   */
  readonly signals?: readonly ConsoleSignal[];
  /** ANSI colours in the text format. Default: on when the stream is a TTY and `NO_COLOR` is not set. */
  readonly colors?: boolean;
  /** Longest value printed in the text format before it is cut with `…`. Default 120. JSON is never cut. */
  readonly maxValueLength?: number;
  /** Exporter name for logs, checkpoints and `glassbox doctor`. Default `console`. */
  readonly name?: string;
}

const DEFAULT_MAX_VALUE_LENGTH = 120;

/**
 * An exporter that prints every record to a stream, for diagnostics: `[glassbox] span execute_tool Bash
 * 234 ms error …`. `export` resolves once the stream has accepted the lines; a closed or failing stream is a
 * `failed` result, never a throw. Throws `GlassboxError` `INVALID_CONFIG` for invalid options.
 */
export function createConsoleExporter(options: ConsoleExporterOptions = {}): Exporter {
  const settings = resolveOptions(options);
  const stream = settings.stream;
  const pending = new Set<Promise<ExportResult>>();
  let lastStreamError: Error | undefined;
  let listening = false;
  let closed = false;
  const onError = (error: Error) => {
    // A stream 'error' without a listener would crash the host process.
    lastStreamError = error;
  };

  const write = (chunk: string): Promise<ExportResult> =>
    new Promise((resolve) => {
      if (stream.destroyed || stream.writableEnded) {
        resolve(failed(new GlassboxError('EXPORT_FAILED', 'console stream is closed')));
        return;
      }
      if (!listening) {
        stream.on('error', onError);
        listening = true;
      }
      try {
        stream.write(chunk, (error) => {
          const cause = error ?? undefined;
          resolve(cause ? failed(GlassboxError.from(cause, 'EXPORT_FAILED')) : { code: 'success' });
        });
      } catch (error) {
        resolve(failed(GlassboxError.from(error ?? lastStreamError, 'EXPORT_FAILED')));
      }
    });

  return {
    specificationVersion,
    name: settings.name,
    async export(batch: TelemetryBatch): Promise<ExportResult> {
      if (closed) return failed(new GlassboxError('EXPORTER_SHUTDOWN', 'console exporter is shut down'));
      let chunk: string;
      try {
        chunk =
          settings.format === 'json'
            ? formatBatchJson(batch, settings.signals)
            : formatBatchText(batch, settings);
      } catch (error) {
        return failed(GlassboxError.from(error, 'EXPORT_FAILED'));
      }
      if (chunk === '') return { code: 'success' };
      const result = write(chunk);
      pending.add(result);
      try {
        return await result;
      } finally {
        pending.delete(result);
      }
    },
    async forceFlush(): Promise<void> {
      await Promise.allSettled([...pending]);
    },
    async shutdown(): Promise<void> {
      closed = true;
      await Promise.allSettled([...pending]);
      if (listening) {
        stream.off('error', onError);
        listening = false;
      }
    },
  };
}

// A console that refused a line will not take it later: the agent should not keep the batch for us.
function failed(error: GlassboxError): ExportResult {
  return { code: 'failed', error, retryable: false };
}

interface ResolvedOptions {
  readonly stream: ConsoleStream;
  readonly format: ConsoleFormat;
  readonly signals: ReadonlySet<ConsoleSignal>;
  readonly colors: boolean;
  readonly maxValueLength: number;
  readonly name: string;
}

function resolveOptions(options: ConsoleExporterOptions): ResolvedOptions {
  const env = process.env;
  const stream = options.stream ?? process.stderr;
  const format = options.format ?? parseFormat(env.GLASSBOX_CONSOLE_FORMAT);
  if (format !== 'text' && format !== 'json') {
    throw invalid(`format must be "text" or "json", got ${JSON.stringify(format)}`);
  }
  const signals = options.signals ?? parseSignals(env.GLASSBOX_CONSOLE_SIGNALS);
  for (const signal of signals) {
    if (!consoleSignals.includes(signal)) {
      throw invalid(`unknown signal ${JSON.stringify(signal)}; expected ${consoleSignals.join(', ')}`);
    }
  }
  const maxValueLength = options.maxValueLength ?? DEFAULT_MAX_VALUE_LENGTH;
  if (!Number.isInteger(maxValueLength) || maxValueLength < 1) {
    throw invalid(`maxValueLength must be a positive integer, got ${maxValueLength}`);
  }
  const name = options.name ?? 'console';
  if (typeof name !== 'string' || name.trim() === '') throw invalid('name must be a non-empty string');
  const colors = options.colors ?? (stream.isTTY === true && !env.NO_COLOR);
  return { stream, format, signals: new Set(signals), colors, maxValueLength, name };
}

function parseFormat(value: string | undefined): ConsoleFormat {
  if (value === undefined || value === '') return 'text';
  if (value === 'text' || value === 'json') return value;
  throw invalid(`GLASSBOX_CONSOLE_FORMAT must be "text" or "json", got ${JSON.stringify(value)}`);
}

function parseSignals(value: string | undefined): readonly ConsoleSignal[] {
  if (value === undefined || value.trim() === '') return consoleSignals;
  const signals = value.split(',').map((s) => s.trim());
  for (const signal of signals) {
    if (!consoleSignals.includes(signal as ConsoleSignal)) {
      throw invalid(`GLASSBOX_CONSOLE_SIGNALS: unknown signal ${JSON.stringify(signal)}`);
    }
  }
  return signals as ConsoleSignal[];
}

function invalid(message: string): GlassboxError {
  return new GlassboxError('INVALID_CONFIG', `console exporter: ${message}`);
}
