import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import {
  CHANNEL_HEADER_DROP,
  CHANNEL_HEADER_NONCE,
  CHANNEL_HEADER_SIG,
  CHANNEL_HEADER_TS,
  CHANNEL_MAX_SKEW_MS,
  replySigningText,
  requestSigningText,
} from '@glassbox/spec';
import { NonceCache } from './nonce-cache.js';
import { takeRequestDrop } from './request-drop.js';

export type ScreenResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly status: 403 | 415; readonly reason: string };

export type VerifyResult =
  | { readonly ok: true; readonly nonce: string }
  | { readonly ok: false; readonly status: 401; readonly reason: string };

export type DropResult =
  | { readonly ok: true; readonly nonce: string; readonly bytes: Buffer }
  | { readonly ok: false; readonly status: 401 | 413; readonly reason: string };

export interface RequestAuthOptions {
  /** The 32 key bytes of `agent.key`. */
  readonly key: Buffer;
  /** The port the agent listens on (for the `Host` check). */
  readonly port: () => number;
  readonly now?: () => number;
  /**
   * Nonces remembered at most (only authenticated requests add one). Default 100,000. At the cap the oldest is
   * evicted and requests signed at or before it are refused (see `NonceCache`).
   */
  readonly maxNonces?: number;
  /** The per-user home, where hooks may leave a request as a file instead of signing it (`takeDrop`). */
  readonly home?: string;
}

/**
 * Authenticates requests to the agent and signs its replies (the channel protocol of `@glassbox/spec`):
 * `screen` runs before the body is read (Host, Origin, Content-Type), `verify` after (timestamp, nonce, HMAC).
 */
export class RequestAuth {
  private readonly key: Buffer;
  private readonly port: () => number;
  private readonly now: () => number;
  private readonly nonces: NonceCache;
  private readonly home: string | undefined;

  constructor(options: RequestAuthOptions) {
    this.key = options.key;
    this.home = options.home;
    this.port = options.port;
    this.now = options.now ?? Date.now;
    this.nonces = new NonceCache(options.maxNonces !== undefined ? { max: options.maxNonces } : {});
  }

  /** A foreign `Host` (DNS rebinding) or any `Origin` (a web page) is 403; a POST that is not JSON is 415. */
  screen(method: string, headers: IncomingHttpHeaders): ScreenResult {
    const host = headers.host?.toLowerCase();
    const port = this.port();
    const hosts = ['127.0.0.1', 'localhost', `127.0.0.1:${port}`, `localhost:${port}`];
    if (host === undefined || !hosts.includes(host)) return { ok: false, status: 403, reason: 'auth_host' };
    if (headers.origin !== undefined) return { ok: false, status: 403, reason: 'auth_origin' };
    if (method === 'POST') {
      const type = headers['content-type']?.split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json') return { ok: false, status: 415, reason: 'auth_content_type' };
    }
    return { ok: true };
  }

  /** Whether the request carries any of the channel headers (a bare `GET /health` carries none). */
  static signed(headers: IncomingHttpHeaders): boolean {
    return (
      headers[CHANNEL_HEADER_SIG] !== undefined ||
      headers[CHANNEL_HEADER_TS] !== undefined ||
      headers[CHANNEL_HEADER_NONCE] !== undefined ||
      headers[CHANNEL_HEADER_DROP] !== undefined
    );
  }

  /** Whether the request says its body was left as a file (`CHANNEL_HEADER_DROP`). */
  static dropped(headers: IncomingHttpHeaders): boolean {
    return headers[CHANNEL_HEADER_DROP] !== undefined;
  }

  /**
   * A hook's request left as a file: a timestamp in the window, the nonce, nothing on the wire but them, then the
   * file taken (`takeRequestDrop`: ours, 0600, fresh, read and removed) and the nonce spent. Its proof is the 0700
   * home, as for `agent.key`; nothing is signed.
   */
  async takeDrop(headers: IncomingHttpHeaders, wireBytes: number, maxBytes: number): Promise<DropResult> {
    const refused = this.headerRefusal(headers, CHANNEL_HEADER_DROP, wireBytes !== 0);
    if (refused) return refused;
    const ts = headers[CHANNEL_HEADER_TS] as string;
    const nonce = headers[CHANNEL_HEADER_DROP] as string;
    const now = this.now();
    if (this.home === undefined) return { ok: false, status: 401, reason: 'auth_drop_untrusted' };
    const taken = await takeRequestDrop(this.home, nonce, maxBytes, now);
    if (!taken.ok)
      return { ok: false, status: taken.reason === 'body_too_large' ? 413 : 401, reason: taken.reason };
    const spent = this.nonces.spend(nonce, Number(ts), now);
    if (!spent.ok) return { ok: false, status: 401, reason: spent.reason };
    return { ok: true, nonce, bytes: taken.bytes };
  }

  /**
   * The checks that need no body (headers present and well formed, timestamp in the window): run before the body
   * is read, so an unauthenticated client cannot make the agent buffer one.
   */
  precheck(headers: IncomingHttpHeaders): Extract<VerifyResult, { ok: false }> | undefined {
    return this.headerRefusal(headers, CHANNEL_HEADER_NONCE, false);
  }

  /**
   * The header checks of both kinds of request: a timestamp, a 32-hex nonce under `nonceHeader` and, for a signed
   * request (`CHANNEL_HEADER_NONCE`), a 64-hex signature, present and well formed (`malformed`: something else is
   * not), and the timestamp in the window.
   */
  private headerRefusal(
    headers: IncomingHttpHeaders,
    nonceHeader: typeof CHANNEL_HEADER_NONCE | typeof CHANNEL_HEADER_DROP,
    malformed: boolean,
  ): { ok: false; status: 401; reason: string } | undefined {
    const signed = nonceHeader === CHANNEL_HEADER_NONCE;
    const ts = headers[CHANNEL_HEADER_TS];
    const nonce = headers[nonceHeader];
    const sig = signed ? headers[CHANNEL_HEADER_SIG] : '';
    if (typeof ts !== 'string' || typeof nonce !== 'string' || typeof sig !== 'string')
      return { ok: false, status: 401, reason: 'auth_missing' };
    if (
      !/^\d{1,15}$/.test(ts) ||
      !/^[0-9a-f]{32}$/.test(nonce) ||
      (signed && !/^[0-9a-f]{64}$/.test(sig)) ||
      malformed
    )
      return { ok: false, status: 401, reason: 'auth_malformed' };
    if (Math.abs(this.now() - Number(ts)) > CHANNEL_MAX_SKEW_MS)
      return { ok: false, status: 401, reason: 'auth_stale' };
    return undefined;
  }

  /** Checks the signature over method, path, timestamp, nonce and body, then spends the nonce. */
  verify(method: string, path: string, headers: IncomingHttpHeaders, body: Buffer): VerifyResult {
    const refused = this.precheck(headers);
    if (refused) return refused;
    const ts = headers[CHANNEL_HEADER_TS] as string;
    const nonce = headers[CHANNEL_HEADER_NONCE] as string;
    const sig = headers[CHANNEL_HEADER_SIG] as string;
    const now = this.now();
    const digest = createHash('sha256').update(body).digest('hex');
    const want = createHmac('sha256', this.key)
      .update(requestSigningText(method, path, ts, nonce, digest))
      .digest();
    if (!timingSafeEqual(want, Buffer.from(sig, 'hex')))
      return { ok: false, status: 401, reason: 'auth_bad_sig' };
    // Only key holders get here, so only they can fill the cache; it is never full (see NonceCache).
    const spent = this.nonces.spend(nonce, Number(ts), now);
    if (!spent.ok) return { ok: false, status: 401, reason: spent.reason };
    return { ok: true, nonce };
  }

  /** `x-glassbox-sig` of a reply to the request with `nonce`. */
  signReply(nonce: string, status: number, body: string | Buffer): string {
    const digest = createHash('sha256').update(body).digest('hex');
    return createHmac('sha256', this.key)
      .update(replySigningText(nonce, status, digest))
      .digest('hex');
  }

  /** Nonces remembered now (tests, status). */
  get nonceCount(): number {
    return this.nonces.size;
  }
}
