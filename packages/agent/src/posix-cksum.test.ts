import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { posixCksum } from './posix-cksum.js';

function systemCksum(text: string): number {
  return Number(execFileSync('cksum', { input: text, encoding: 'utf8' }).split(' ')[0]);
}

describe('posixCksum', () => {
  it('should print what the cksum utility prints, which the SessionStart script compares with', () => {
    for (const text of [
      '',
      'abc',
      'a|b|c||',
      '/home/u/.claude/plugins/cache/glassbox/glassbox-lite/0.1.0|/x|47821|file,console||0.5|true|10|',
      'é ünïcode ✓',
    ])
      expect(posixCksum(text)).toBe(systemCksum(text));
  });

  it('should take bytes as well as text', () => {
    expect(posixCksum(new Uint8Array([0x61, 0x62, 0x63]))).toBe(posixCksum('abc'));
    // Long input exercises the multi-byte length suffix.
    const long = 'x'.repeat(70_000);
    expect(posixCksum(long)).toBe(systemCksum(long));
  });
});
