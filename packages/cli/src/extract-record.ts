import { normalizeTranscriptRecord } from '@glassbox/core';
import type { ScanSink } from './scanned-records.js';

/**
 * The reference reading of one parsed transcript record: what the scanner's fast path must produce, and what it
 * falls back to whenever it is unsure. It is `@glassbox/core`'s `normalizeTranscriptRecord` — the one module that
 * says what a response, a tool use and a tool result are (also for untyped records, `<synthetic>` messages and
 * older versions' `agent_progress` mirrors) — reduced to the few fields a report needs. The byte scanner is tested
 * against it on the real fixtures and on generated corpora with every rare case on (scan-transcript.test.ts).
 */
export function extractRecord(record: unknown, sink: ScanSink): void {
  for (const entry of normalizeTranscriptRecord(record)) {
    if (entry.kind === 'llm') {
      // Locally generated messages (`<synthetic>`) were never billed.
      if (entry.synthetic || !entry.model) continue;
      const timeMs = entry.timeMs ?? Number.NaN;
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
          timeMs: entry.timeMs ?? Number.NaN,
          sessionId: entry.sessionId,
        });
    } else if (entry.kind === 'tool_result') {
      sink.toolResult({ id: entry.toolUseId, timeMs: entry.timeMs ?? Number.NaN, isError: entry.isError });
    }
  }
}
