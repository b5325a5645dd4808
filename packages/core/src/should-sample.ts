import { createHash } from 'node:crypto';
import { GlassboxError } from '@glassbox/spec';

/**
 * Parses a `samplingRate` setting: a number (or numeric string, from env or userConfig) in [0, 1].
 * Missing or empty means 1 (keep everything). Anything else is a configuration error, never a silent default.
 */
export function parseSamplingRate(value: unknown, name = 'samplingRate'): number {
  if (value === undefined || value === null || value === '') return 1;
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new GlassboxError(
      'INVALID_CONFIG',
      `${name} must be a number from 0 to 1 (e.g. 0.25), got ${JSON.stringify(value)}`,
      { data: { name, value: typeof value === 'string' ? value : String(value) } },
    );
  }
  return n;
}

/** A stable number in [0, 1) from the session id: the same session is always in or out. */
export function sessionSampleValue(sessionId: string): number {
  const h = createHash('sha256').update(`glassbox/sample\u0000${sessionId}`).digest();
  // 48 bits are plenty of resolution and stay exact in a double.
  return h.readUIntBE(0, 6) / 2 ** 48;
}

/** Head sampling by session: every event of a kept session is kept, every event of a dropped one dropped. */
export function shouldSample(sessionId: string, samplingRate: number): boolean {
  if (!(samplingRate > 0)) return false;
  if (samplingRate >= 1) return true;
  return sessionSampleValue(sessionId) < samplingRate;
}
