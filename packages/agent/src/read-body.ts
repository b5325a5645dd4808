import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { ok: true; text: string; bytes: Buffer }
  | { ok: false; reason: 'body_too_large' | 'aborted' };

/** Reads a request body up to `limit` bytes; past it, stops reading and reports `body_too_large`. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      resolve({ ok: false, reason: 'body_too_large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        resolve({ ok: false, reason: 'body_too_large' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      const bytes = Buffer.concat(chunks);
      resolve({ ok: true, text: bytes.toString('utf8'), bytes });
    });
    req.on('error', () => {
      if (done) return;
      done = true;
      resolve({ ok: false, reason: 'aborted' });
    });
    req.on('aborted', () => {
      if (done) return;
      done = true;
      resolve({ ok: false, reason: 'aborted' });
    });
  });
}
