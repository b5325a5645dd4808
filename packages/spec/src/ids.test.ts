import { describe, expect, it } from 'vitest';
import { isValidSpanId, isValidTraceId } from './ids.js';

describe('isValidTraceId', () => {
  it('should accept 32 lowercase hex digits and reject zeros or other shapes', () => {
    expect(isValidTraceId('0af7651916cd43dd8448eb211c80319c')).toBe(true);
    expect(isValidTraceId('0'.repeat(32))).toBe(false);
    expect(isValidTraceId('0AF7651916CD43DD8448EB211C80319C')).toBe(false);
    expect(isValidTraceId('abc')).toBe(false);
  });
});

describe('isValidSpanId', () => {
  it('should accept 16 lowercase hex digits and reject zeros', () => {
    expect(isValidSpanId('b7ad6b7169203331')).toBe(true);
    expect(isValidSpanId('0'.repeat(16))).toBe(false);
  });
});
