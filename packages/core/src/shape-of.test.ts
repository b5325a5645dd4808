import { describe, expect, it } from 'vitest';
import { byteSize, canonicalJson, shapeOf } from './shape-of.js';

describe('shapeOf', () => {
  it('should describe an object by sorted keys, size and a keyed hash', () => {
    const shape = shapeOf({ description: 'echo', command: 'echo hello' }, 'key-1');
    expect(shape.type).toBe('object');
    expect(shape.keys).toEqual(['command', 'description']);
    expect(shape.bytes).toBe(Buffer.byteLength('{"command":"echo hello","description":"echo"}'));
    expect(shape.hash).toMatch(/^[0-9a-f]{32}$/);
    // Key order does not matter; the key does.
    expect(shapeOf({ command: 'echo hello', description: 'echo' }, 'key-1').hash).toBe(shape.hash);
    expect(shapeOf({ command: 'echo hello', description: 'echo' }, 'key-2').hash).not.toBe(shape.hash);
    expect(JSON.stringify(shape)).not.toContain('hello');
  });

  it('should describe strings, arrays and scalars', () => {
    expect(shapeOf('héllo', 'k')).toMatchObject({ type: 'string', length: 5, bytes: 6 });
    expect(shapeOf([1, 2, 3], 'k')).toMatchObject({ type: 'array', length: 3 });
    expect(shapeOf(null, 'k').type).toBe('null');
    expect(shapeOf(undefined, 'k')).toMatchObject({ type: 'undefined', bytes: 0 });
    expect(shapeOf(12, 'k').type).toBe('number');
  });

  it('should size values and canonicalise safely', () => {
    expect(byteSize('abc')).toBe(3);
    expect(byteSize({ a: 1 })).toBe(7);
    expect(byteSize(undefined)).toBe(0);
    const cyclic: Record<string, unknown> = { b: 1, a: 2 };
    cyclic.me = cyclic;
    expect(canonicalJson(cyclic)).toBe('{"a":2,"b":1,"me":"[Circular]"}');
  });
});
