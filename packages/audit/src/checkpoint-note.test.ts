import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCheckpointSignature, parseCheckpoint, signCheckpoint } from './checkpoint-note.js';
import {
  formatVerifierKey,
  loadOrCreateSigningKey,
  PUBLIC_KEY_FILE,
  parseVerifierKey,
  SIGNING_KEY_FILE,
} from './signing-key.js';

const root = mkdtempSync(join(tmpdir(), 'glassbox-audit-note-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const checkpoint = {
  origin: 'glassbox.audit/test',
  size: 12,
  rootHash: Buffer.alloc(32, 7).toString('base64'),
  timestampMs: 1_765_000_000_000,
};

describe('signed checkpoints', () => {
  it('should write the C2SP note shape: origin, size, root, extension, blank line, signature line', async () => {
    const key = await loadOrCreateSigningKey(root, 'glassbox.audit/test');
    const signed = signCheckpoint(checkpoint, key);
    const [body, sig] = signed.note.split('\n\n');
    expect(body).toBe(`glassbox.audit/test\n12\n${checkpoint.rootHash}\ntimestamp ${checkpoint.timestampMs}`);
    expect(sig).toMatch(/^\u2014 glassbox\.audit\/test [A-Za-z0-9+/]+=*\n$/);
    // 4-byte key id + 64-byte Ed25519 signature.
    expect(Buffer.from(sig!.trim().split(' ')[2]!, 'base64')).toHaveLength(68);
    expect(parseCheckpoint(signed.note)).toEqual(signed);
    expect(checkCheckpointSignature(parseCheckpoint(signed.note), key.publicKey)).toBe('ok');
  });

  it('should keep the key 0600 and load the same key again', async () => {
    const a = await loadOrCreateSigningKey(root, 'glassbox.audit/test');
    const b = await loadOrCreateSigningKey(root, 'glassbox.audit/test');
    expect(statSync(join(root, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(a.publicKey.raw.equals(b.publicKey.raw)).toBe(true);
    expect(formatVerifierKey(parseVerifierKey(formatVerifierKey(a.publicKey)))).toBe(
      formatVerifierKey(a.publicKey),
    );
    expect(statSync(join(root, PUBLIC_KEY_FILE)).isFile()).toBe(true);
  });

  it('should report an edited body as a bad signature and another key as a key change', async () => {
    const key = await loadOrCreateSigningKey(root, 'glassbox.audit/test');
    const other = await loadOrCreateSigningKey(mkdtempSync(join(root, 'other-')), 'glassbox.audit/test');
    const signed = signCheckpoint(checkpoint, key);
    const edited = parseCheckpoint(signed.note.replace('\n12\n', '\n13\n'));
    expect(checkCheckpointSignature(edited, key.publicKey)).toBe('bad_signature');
    expect(checkCheckpointSignature(parseCheckpoint(signed.note), other.publicKey)).toBe('key_changed');
    const forged = signCheckpoint(checkpoint, other);
    // A note that claims the right key id but carries another key's signature.
    const swapped = forged.note.replace(/ (\S+)\n$/, (_m, b64: string) => {
      const bytes = Buffer.from(b64, 'base64');
      key.publicKey.keyId.copy(bytes, 0);
      return ` ${bytes.toString('base64')}\n`;
    });
    expect(checkCheckpointSignature(parseCheckpoint(swapped), key.publicKey)).toBe('bad_signature');
  });

  it('should refuse a key file others can read', async () => {
    const dir = mkdtempSync(join(root, 'loose-'));
    await loadOrCreateSigningKey(dir, 'n');
    const { chmodSync } = await import('node:fs');
    chmodSync(join(dir, SIGNING_KEY_FILE), 0o644);
    await expect(loadOrCreateSigningKey(dir, 'n')).rejects.toMatchObject({ code: 'INVALID_CONFIG' });
  });

  it('should refuse text that is not a checkpoint', () => {
    expect(() => parseCheckpoint('hello')).toThrow(/not a signed checkpoint/);
    expect(() => parseCheckpoint('o\nx\nAAAA\n\n\u2014 k abc\n')).toThrow(/size/);
  });
});
