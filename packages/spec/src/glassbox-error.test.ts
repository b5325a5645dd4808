import { describe, expect, it } from 'vitest';
import { GlassboxError } from './glassbox-error.js';

describe('GlassboxError', () => {
  it('should carry code, retryable and cause', () => {
    const cause = new Error('socket hang up');
    const err = new GlassboxError('EXPORT_FAILED', 'endpoint down', { cause, retryable: true });
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe('EXPORT_FAILED');
    expect(err.retryable).toBe(true);
    expect(err.cause).toBe(cause);
    expect(GlassboxError.is(err, 'EXPORT_FAILED')).toBe(true);
    expect(GlassboxError.is(err, 'INTERNAL')).toBe(false);
  });

  it('should recognise a structurally equal error from another copy of the package', () => {
    const foreign = Object.assign(new Error('x'), { name: 'GlassboxError', code: 'INTERNAL' });
    expect(GlassboxError.is(foreign)).toBe(true);
    expect(GlassboxError.is(new Error('x'))).toBe(false);
    expect(GlassboxError.is(null)).toBe(false);
  });

  it('should wrap anything thrown without losing it', () => {
    const wrapped = GlassboxError.from('boom', 'SPOOL_IO');
    expect(wrapped.code).toBe('SPOOL_IO');
    expect(wrapped.message).toBe('boom');
    const same = new GlassboxError('INTERNAL', 'x');
    expect(GlassboxError.from(same)).toBe(same);
  });
});
