import type { HrTime } from '@opentelemetry/api';

/** Epoch milliseconds (fractions allowed) → `[seconds, nanoseconds]`, exact to the nanosecond the float allows. */
export function msToHrTime(ms: number): HrTime {
  const seconds = Math.floor(ms / 1000);
  let nanos = Math.round((ms - seconds * 1000) * 1e6);
  // Rounding can carry a whole second (999.9999999 ms).
  if (nanos >= 1e9) return [seconds + 1, nanos - 1e9];
  if (nanos < 0) nanos = 0;
  return [seconds, nanos];
}

/** `end - start` as an HrTime, never negative. */
export function hrDuration(start: HrTime, end: HrTime): HrTime {
  let seconds = end[0] - start[0];
  let nanos = end[1] - start[1];
  if (nanos < 0) {
    seconds -= 1;
    nanos += 1e9;
  }
  return seconds < 0 ? [0, 0] : [seconds, nanos];
}
