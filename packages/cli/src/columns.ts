// Growable columns of rows: a count, a Uint32Array and a Float64Array with a fixed stride each.
export interface Columns {
  count: number;
  u32: Uint32Array;
  f64: Float64Array;
}

export function emptyColumns(u32Stride: number, f64Stride: number, capacity = 64): Columns {
  return {
    count: 0,
    u32: new Uint32Array(capacity * u32Stride),
    f64: new Float64Array(capacity * f64Stride),
  };
}

export function grow(c: Columns, u32Stride: number, f64Stride: number): void {
  if ((c.count + 1) * u32Stride <= c.u32.length) return;
  const capacity = Math.max(64, c.count * 2);
  const u32 = new Uint32Array(capacity * u32Stride);
  u32.set(c.u32.subarray(0, c.count * u32Stride));
  const f64 = new Float64Array(capacity * f64Stride);
  f64.set(c.f64.subarray(0, c.count * f64Stride));
  c.u32 = u32;
  c.f64 = f64;
}

/** Trims the backing arrays to `count` rows (what is stored in the cache). */
export function trimColumns(c: Columns, u32Stride: number, f64Stride: number): Columns {
  return {
    count: c.count,
    u32: c.u32.slice(0, c.count * u32Stride),
    f64: c.f64.slice(0, c.count * f64Stride),
  };
}

/** Appends `b`'s rows after `a`'s. */
export function concatColumns(a: Columns, b: Columns, u32Stride: number, f64Stride: number): Columns {
  const u32 = new Uint32Array((a.count + b.count) * u32Stride);
  u32.set(a.u32.subarray(0, a.count * u32Stride));
  u32.set(b.u32.subarray(0, b.count * u32Stride), a.count * u32Stride);
  const f64 = new Float64Array((a.count + b.count) * f64Stride);
  f64.set(a.f64.subarray(0, a.count * f64Stride));
  f64.set(b.f64.subarray(0, b.count * f64Stride), a.count * f64Stride);
  return { count: a.count + b.count, u32, f64 };
}
