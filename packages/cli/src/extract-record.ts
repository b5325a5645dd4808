import { normalizeTranscriptRecord } from '@glassbox/core';
import type { ScanSink } from './scanned-records.js';

/**
 * The reference reading of one parsed transcript record, through `@glassbox/core`'s normaliser: the
 * scanner's fast path must agree with it, and falls back to it whenever it is unsure.
 */
export function extractRecord(record: unknown, sink: ScanSink): void {
  for (const entry of normalizeTranscriptRecord(record)) {
    if (entry.kind === 'llm') {
      // A message Claude Code made up locally (`<synthetic>`) was never billed.
      if (entry.synthetic) continue;
      const timeMs = entry.firstTimeMs ?? entry.timeMs ?? Number.NaN;
      sink.response({
        messageId: entry.messageId,
        requestId: entry.requestId ?? '',
        model: entry.requestedModel ?? entry.model,
        timeMs,
        sessionId: entry.sessionId,
        isSidechain: entry.isSidechain,
        usage: entry.usage,
        recordedCostUsd: entry.recordedCostUsd,
      });
      for (const use of entry.toolUses)
        sink.toolUse({
          id: use.id,
          name: use.name,
          timeMs: use.timeMs ?? Number.NaN,
          sessionId: entry.sessionId,
        });
    } else if (entry.kind === 'tool_result') {
      sink.toolResult({ id: entry.toolUseId, timeMs: entry.timeMs ?? Number.NaN, isError: entry.isError });
    }
  }
}
