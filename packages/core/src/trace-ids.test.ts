import { isValidSpanId, isValidTraceId } from '@glassbox/spec';
import { describe, expect, it } from 'vitest';
import {
  agentSpanId,
  deterministicId,
  llmSpanId,
  logRecordId,
  sessionSpanId,
  spanIdFor,
  toolSpanId,
  traceIdForSession,
  turnSpanId,
} from './trace-ids.js';

describe('trace ids', () => {
  it('should derive the same valid ids from the same natural ids', () => {
    const trace = traceIdForSession('2bfb2844-db29-4855-9e2b-3c808ad10b89');
    expect(isValidTraceId(trace)).toBe(true);
    expect(traceIdForSession('2bfb2844-db29-4855-9e2b-3c808ad10b89')).toBe(trace);
    for (const id of [
      sessionSpanId('s'),
      turnSpanId('s', 'prompt-1'),
      llmSpanId('s', 'req_1'),
      toolSpanId('s', 'toolu_1'),
      agentSpanId('s', 'a1'),
    ])
      expect(isValidSpanId(id)).toBe(true);
    expect(toolSpanId('s', 'toolu_1')).toBe(toolSpanId('s', 'toolu_1'));
    expect(logRecordId('s', 'tool_call', 'toolu_1')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('should keep kinds, sessions and part boundaries apart', () => {
    const ids = new Set([
      turnSpanId('s', 'x'),
      llmSpanId('s', 'x'),
      toolSpanId('s', 'x'),
      agentSpanId('s', 'x'),
      toolSpanId('t', 'x'),
      sessionSpanId('s'),
      spanIdFor('tool', 's:x', ''),
      spanIdFor('tool', 's', ':x'),
    ]);
    expect(ids.size).toBe(8);
    expect(deterministicId(['a:b', 'c'], 16)).not.toBe(deterministicId(['a', 'b:c'], 16));
  });

  it('should never return an all-zero id', () => {
    for (let i = 0; i < 2000; i += 1) {
      expect(deterministicId([String(i)], 16)).not.toBe('0'.repeat(16));
      expect(deterministicId([String(i)], 32)).not.toBe('0'.repeat(32));
    }
  });
});
