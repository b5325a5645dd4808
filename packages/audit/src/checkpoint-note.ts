import { GlassboxError } from '@glassbox/spec';
import { type SigningKey, signBytes, type VerifierKey, verifyBytes } from './signing-key.js';

/** A signed tree head: the log's size and Merkle root at one moment. */
export interface Checkpoint {
  /** The log's identity (first line), e.g. `glassbox.audit/<host>`. */
  readonly origin: string;
  readonly size: number;
  /** Base64 of the 32-byte RFC 6962 root. */
  readonly rootHash: string;
  /** Epoch ms when it was signed (an extension line `timestamp <ms>`). */
  readonly timestampMs: number;
}

/** A checkpoint as text, C2SP signed-note style: body, blank line, `— <name> <base64(keyid ‖ sig)>`. */
export interface SignedCheckpoint extends Checkpoint {
  readonly note: string;
  /** Key name and id of the (first) signature line. */
  readonly signerName: string;
  readonly signerKeyId: string;
}

export function checkpointBody(c: Checkpoint): string {
  return `${c.origin}\n${c.size}\n${c.rootHash}\ntimestamp ${c.timestampMs}\n`;
}

export function signCheckpoint(c: Checkpoint, key: SigningKey): SignedCheckpoint {
  const body = checkpointBody(c);
  const sig = signBytes(key, Buffer.from(body, 'utf8'));
  const line = `\u2014 ${key.name} ${Buffer.concat([key.publicKey.keyId, sig]).toString('base64')}\n`;
  return {
    ...c,
    note: `${body}\n${line}`,
    signerName: key.name,
    signerKeyId: key.publicKey.keyId.toString('hex'),
  };
}

/** Parses a signed note (does not check the signature: see `checkCheckpointSignature`). */
export function parseCheckpoint(note: string): SignedCheckpoint {
  const split = note.indexOf('\n\n');
  if (split < 0) throw invalid('no blank line before the signatures');
  const body = note.slice(0, split + 1);
  const lines = body.split('\n');
  const [origin, sizeText, rootHash] = lines;
  const stamp = lines.slice(3).find((l) => l.startsWith('timestamp '));
  const size = Number(sizeText);
  if (!origin || !Number.isSafeInteger(size) || size < 0 || !/^\d+$/.test(sizeText ?? ''))
    throw invalid('bad origin or size line');
  if (!rootHash || Buffer.from(rootHash, 'base64').length !== 32) throw invalid('bad root hash line');
  const sigLine = note.slice(split + 2).split('\n')[0] ?? '';
  const match = /^\u2014 (\S+) (\S+)$/.exec(sigLine);
  if (!match) throw invalid('no signature line');
  const sig = Buffer.from(match[2]!, 'base64');
  if (sig.length < 5) throw invalid('signature too short');
  return {
    origin,
    size,
    rootHash,
    timestampMs: stamp ? Number(stamp.slice('timestamp '.length)) : 0,
    note,
    signerName: match[1]!,
    signerKeyId: sig.subarray(0, 4).toString('hex'),
  };
}

/** `ok`, `key_changed` (signed by another key than `key`), or `bad_signature`. */
export function checkCheckpointSignature(
  checkpoint: SignedCheckpoint,
  key: VerifierKey,
): 'ok' | 'key_changed' | 'bad_signature' {
  if (checkpoint.signerName !== key.name || checkpoint.signerKeyId !== key.keyId.toString('hex'))
    return 'key_changed';
  const split = checkpoint.note.indexOf('\n\n');
  const body = checkpoint.note.slice(0, split + 1);
  // The signed fields must be the ones this object reports.
  if (body !== checkpointBody(checkpoint)) return 'bad_signature';
  const sigLine = checkpoint.note.slice(split + 2).split('\n')[0] ?? '';
  const sig = Buffer.from(sigLine.split(' ')[2] ?? '', 'base64').subarray(4);
  return verifyBytes(key, Buffer.from(body, 'utf8'), sig) ? 'ok' : 'bad_signature';
}

function invalid(why: string): GlassboxError {
  return new GlassboxError('INVALID_INPUT', `not a signed checkpoint: ${why}`);
}
