import type { TelemetryBatch } from '@glassbox/spec';
import type { ConsoleSignal } from './console-signal.js';
import { toJsonLine } from './format-value.js';

/**
 * The machine format: one JSON object per line, `{"signal":"span"|"metric"|"log"|"audit", ...record}`,
 * records exactly as in the batch (cycles as "[Circular]", bigints as numbers, NaN and infinities as null).
 */
export function formatBatchJson(batch: TelemetryBatch, signals: ReadonlySet<ConsoleSignal>): string {
  const lines: string[] = [];
  if (signals.has('spans'))
    for (const span of batch.spans) lines.push(toJsonLine({ signal: 'span', ...span }));
  if (signals.has('metrics')) {
    for (const metric of batch.metrics) lines.push(toJsonLine({ signal: 'metric', ...metric }));
  }
  if (signals.has('logs')) for (const log of batch.logs) lines.push(toJsonLine({ signal: 'log', ...log }));
  if (signals.has('audit')) {
    for (const record of batch.audit) lines.push(toJsonLine({ signal: 'audit', ...record }));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
