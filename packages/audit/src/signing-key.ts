import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { chmod, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GlassboxError } from '@glassbox/spec';

/** An Ed25519 key that signs checkpoints, named as in a C2SP signed note (`<name>`, key id). */
export interface SigningKey {
  readonly name: string;
  readonly privateKey: KeyObject;
  readonly publicKey: VerifierKey;
}

/** What a verifier needs: the note key name, the raw 32-byte Ed25519 public key and its 4-byte key id. */
export interface VerifierKey {
  readonly name: string;
  readonly raw: Buffer;
  /** C2SP signed-note key hash: SHA-256(name ‖ "\n" ‖ 0x01 ‖ raw)[0..4]. */
  readonly keyId: Buffer;
}

export const SIGNING_KEY_FILE = 'audit-signing.key';
export const PUBLIC_KEY_FILE = 'audit-signing.pub';
const ED25519_ALG = 0x01;

export function verifierKey(name: string, raw: Buffer): VerifierKey {
  const keyId = createHash('sha256')
    .update(`${name}\n`)
    .update(Buffer.from([ED25519_ALG]))
    .update(raw)
    .digest()
    .subarray(0, 4);
  return { name, raw, keyId };
}

/**
 * The C2SP verifier key string: `<name>+<hex key id>+<base64(0x01 ‖ raw key)>`, the form a witness pins.
 */
export function formatVerifierKey(key: VerifierKey): string {
  const encoded = Buffer.concat([Buffer.from([ED25519_ALG]), key.raw]).toString('base64');
  return `${key.name}+${key.keyId.toString('hex')}+${encoded}`;
}

export function parseVerifierKey(text: string): VerifierKey {
  // The name holds no '+' (C2SP); the base64 part may.
  const match = /^([^+\s]+)\+([0-9a-f]{8})\+(\S+)$/.exec(text.trim());
  const [, name, hex, encoded] = match ?? [];
  const bytes = Buffer.from(encoded ?? '', 'base64');
  if (!name || bytes.length !== 33 || bytes[0] !== ED25519_ALG)
    throw new GlassboxError('INVALID_INPUT', 'not an Ed25519 verifier key (name+keyid+base64)');
  const key = verifierKey(name, bytes.subarray(1));
  if (key.keyId.toString('hex') !== hex)
    throw new GlassboxError('INVALID_INPUT', 'verifier key id does not match its key');
  return key;
}

export function signBytes(key: SigningKey, message: Buffer): Buffer {
  return sign(null, message, key.privateKey);
}

export function verifyBytes(key: VerifierKey, message: Buffer, signature: Buffer): boolean {
  try {
    const memo = `${key.raw.toString('hex')}:${signature.toString('base64')}:${message.toString('base64')}`;
    const known = verified.get(memo);
    if (known !== undefined) return known;
    const ok = verify(null, message, publicKeyObject(key.raw), signature);
    // The same checkpoint is checked by every verification of a log: once is enough.
    if (verified.size >= 1024) verified.delete(verified.keys().next().value as string);
    verified.set(memo, ok);
    return ok;
  } catch {
    return false;
  }
}

const verified = new Map<string, boolean>();
const keyObjects = new Map<string, KeyObject>();

function publicKeyObject(raw: Buffer): KeyObject {
  const hex = raw.toString('hex');
  let object = keyObjects.get(hex);
  if (!object) {
    object = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, raw]), format: 'der', type: 'spki' });
    if (keyObjects.size >= 64) keyObjects.clear();
    keyObjects.set(hex, object);
  }
  return object;
}

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32 bytes follow. */
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

function rawPublicKey(privateKey: KeyObject): Buffer {
  const der = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return Buffer.from(der.subarray(SPKI_ED25519_PREFIX.length));
}

/**
 * Loads `dir/audit-signing.key` (PKCS#8 PEM, mode 0600), or creates it (and `audit-signing.pub`, the verifier
 * key string) when absent. A key file readable by others is refused: anyone who can read it can forge checkpoints.
 */
export async function loadOrCreateSigningKey(dir: string, name: string): Promise<SigningKey> {
  const path = join(dir, SIGNING_KEY_FILE);
  let pem: string | undefined;
  try {
    const info = await stat(path);
    if ((info.mode & 0o077) !== 0)
      throw new GlassboxError('INVALID_CONFIG', `${path} is readable by others (mode must be 0600)`, {
        data: { path },
      });
    pem = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw GlassboxError.from(error, 'INVALID_CONFIG');
  }
  if (pem === undefined) {
    const { privateKey } = generateKeyPairSync('ed25519');
    pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, pem, { mode: 0o600 });
    await chmod(tmp, 0o600);
    await rename(tmp, path);
  }
  const privateKey = createPrivateKey(pem);
  const publicKey = verifierKey(name, rawPublicKey(privateKey));
  await writeFile(join(dir, PUBLIC_KEY_FILE), `${formatVerifierKey(publicKey)}\n`, { mode: 0o644 });
  return { name, privateKey, publicKey };
}
