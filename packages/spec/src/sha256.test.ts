import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromHex, hmacSha256, sha256, timingSafeEqualText, toHex } from './sha256.js';

describe('sha256', () => {
  it('should give the FIPS 180-4 digests of the standard vectors', () => {
    const enc = new TextEncoder();
    expect(toHex(sha256(new Uint8Array()))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(toHex(sha256(enc.encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('should equal node:crypto on random inputs of every length around block edges', () => {
    for (let n = 0; n < 300; n++) {
      const len = n < 200 ? n : randomInt(200, 5000);
      const data = randomBytes(len);
      expect(toHex(sha256(data))).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });
});

describe('hmacSha256', () => {
  it('should equal node:crypto for random keys (short, block-sized, longer) and messages', () => {
    for (let n = 0; n < 200; n++) {
      const key = randomBytes([0, 1, 32, 63, 64, 65, 200][n % 7]!);
      const data = randomBytes(randomInt(0, 700));
      expect(toHex(hmacSha256(key, data))).toBe(createHmac('sha256', key).update(data).digest('hex'));
    }
  });
});

describe('hex and comparison helpers', () => {
  it('should round-trip hex and refuse odd or non-hex text', () => {
    const bytes = randomBytes(33);
    expect(Buffer.from(fromHex(toHex(bytes))!)).toEqual(bytes);
    expect(fromHex('abc')).toBeUndefined();
    expect(fromHex('zz')).toBeUndefined();
  });

  it('should compare texts of equal and different lengths', () => {
    expect(timingSafeEqualText('abcd', 'abcd')).toBe(true);
    expect(timingSafeEqualText('abcd', 'abce')).toBe(false);
    expect(timingSafeEqualText('abc', 'abcd')).toBe(false);
    expect(timingSafeEqualText('', '')).toBe(true);
  });
});
