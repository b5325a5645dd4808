import type { Exporter, ExportResult } from './exporter.js';
import { GlassboxError } from './glassbox-error.js';
import type { TelemetryBatch } from './telemetry-batch.js';

export interface ExportAllOptions {
  /**
   * How long one exporter may take before its result becomes `EXPORT_TIMEOUT` (ms). Default 30 000.
   * `Infinity` disables it. The timed-out export is not cancelled: it keeps running in the background.
   */
  readonly timeoutMs?: number;
}

/** What one exporter made of the batch. */
export interface ExportOutcome {
  /** The exporter's `name` (or `unknown` when reading it failed). */
  readonly name: string;
  readonly result: ExportResult;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Sends one batch to every exporter at once and waits for all of them. One exporter that throws, rejects,
 * returns garbage or hangs never stops or delays the others past `timeoutMs`: its outcome becomes a
 * `failed` result (`EXPORT_FAILED` or `EXPORT_TIMEOUT`). Outcomes come back in the exporters' order.
 * Never rejects.
 */
export async function exportAll(
  exporters: readonly Exporter[],
  batch: TelemetryBatch,
  options: ExportAllOptions = {},
): Promise<ExportOutcome[]> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const settled = await Promise.allSettled(
    exporters.map((exporter) => withTimeout(callExport(exporter, batch), exporterName(exporter), timeoutMs)),
  );
  return settled.map((outcome, index) => {
    const name = exporterName(exporters[index]);
    if (outcome.status === 'fulfilled') return { name, result: outcome.value };
    return { name, result: failed('EXPORT_FAILED', `exporter "${name}" threw`, outcome.reason) };
  });
}

function callExport(exporter: Exporter, batch: TelemetryBatch): Promise<ExportResult> {
  // A synchronous throw must not escape `map` and take the other exporters with it.
  try {
    return Promise.resolve(exporter.export(batch)).then(
      (result) => (isExportResult(result) ? result : invalidResult(exporter, result)),
      (reason: unknown) => failed('EXPORT_FAILED', `exporter "${exporterName(exporter)}" rejected`, reason),
    );
  } catch (error) {
    return Promise.resolve(failed('EXPORT_FAILED', `exporter "${exporterName(exporter)}" threw`, error));
  }
}

function withTimeout(work: Promise<ExportResult>, name: string, timeoutMs: number): Promise<ExportResult> {
  if (!Number.isFinite(timeoutMs)) return work;
  return new Promise((resolve) => {
    const timer = setTimeout(
      () => resolve(failed('EXPORT_TIMEOUT', `exporter "${name}" did not answer within ${timeoutMs} ms`)),
      Math.max(0, timeoutMs),
    );
    // A hung exporter must not keep the process alive on its own.
    timer.unref?.();
    work.then(
      (result) => {
        clearTimeout(timer);
        resolve(result);
      },
      (reason: unknown) => {
        clearTimeout(timer);
        resolve(failed('EXPORT_FAILED', `exporter "${name}" rejected`, reason));
      },
    );
  });
}

function isExportResult(value: unknown): value is ExportResult {
  if (typeof value !== 'object' || value === null) return false;
  const code = (value as { code?: unknown }).code;
  if (code === 'success') return true;
  return code === 'failed' && GlassboxError.is((value as { error?: unknown }).error);
}

function invalidResult(exporter: Exporter, value: unknown): ExportResult {
  return failed('EXPORT_FAILED', `exporter "${exporterName(exporter)}" returned an invalid result`, value);
}

// A contract breach tells us nothing about the batch, so keep it: the agent's retry budget bounds the cost.
function failed(code: 'EXPORT_FAILED' | 'EXPORT_TIMEOUT', message: string, cause?: unknown): ExportResult {
  return {
    code: 'failed',
    error: new GlassboxError(code, message, { cause, retryable: true }),
    retryable: true,
  };
}

function exporterName(exporter: Exporter | undefined): string {
  try {
    const name = exporter?.name;
    return typeof name === 'string' && name !== '' ? name : 'unknown';
  } catch {
    return 'unknown';
  }
}
