import type { UsageTotals } from '@glassbox/core';
import { describe, expect, it } from 'vitest';
import { formatTurnSummary, formatUsd } from './turn-summary.js';

const totals = (over: Partial<UsageTotals>): UsageTotals => ({
  llmCalls: 0,
  inputTokens: 0,
  outputTokens: 0,
  cacheReadInputTokens: 0,
  cacheCreationInputTokens: 0,
  cacheCreation5mInputTokens: 0,
  cacheCreation1hInputTokens: 0,
  webSearchRequests: 0,
  costUsd: 0,
  unpricedCalls: 0,
  toolCalls: 0,
  toolErrors: 0,
  toolDenied: 0,
  toolInterrupted: 0,
  toolFailures: 0,
  byModel: {},
  ...over,
});

describe('turn summary', () => {
  it('should say calls, tokens, cost and tool calls in one line', () => {
    const line = formatTurnSummary(
      totals({
        llmCalls: 2,
        inputTokens: 12034,
        outputTokens: 512,
        cacheReadInputTokens: 8000,
        costUsd: 0.04125,
        toolCalls: 3,
        toolErrors: 1,
        toolFailures: 1,
      }),
      totals({ costUsd: 1.5 }),
    );
    expect(line).toBe(
      'glassbox · 2 model calls · 12,034 in / 512 out tokens (8,000 cached) · $0.041 (session $1.50) · 3 tool calls, 1 failed',
    );
  });

  it('should mark a cost that misses unpriced calls as a lower bound', () => {
    expect(formatTurnSummary(totals({ llmCalls: 1, costUsd: 0.002, unpricedCalls: 1, toolCalls: 1 }))).toBe(
      'glassbox · 1 model call · 0 in / 0 out tokens · $0.0020+ · 1 tool call',
    );
  });

  it('should format amounts for humans', () => {
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(0.00334)).toBe('$0.0033');
    expect(formatUsd(0.5)).toBe('$0.500');
    expect(formatUsd(12.345)).toBe('$12.35');
  });
});
