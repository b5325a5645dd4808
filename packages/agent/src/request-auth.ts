import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import {
  CHANNEL_HEADER_NONCE,
  CHANNEL_HEADER_SIG,
  CHANNEL_HEADER_TS,
  CHANNEL_MAX_SKEW_MS,
  CHANNEL_NONCE_TTL_MS,
  replySigningText,
  requestSigningText,
} from '@glassbox/spec';

export type ScreenResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly status: 403 | 415; readonly reason: string };

export type VerifyResult =
  | { readonly ok: true; readonly nonce: string }
  | { readonly ok: false; readonly status: 401 | 503; readonly reason: string };

export interface RequestAuthOptions {
  /** The 32 key bytes of `agent.key`. */
  readonly key: Buffer;
  /** The port the agent listens on (for the `Host` check). */
  readonly port: () => number;
  readonly now?: () => number;
  /** Nonces remembered at most (only authenticated requests add one). Default 100,000. */
  readonly maxNonces?: number;
}

/**
 * Authenticates requests to the agent and signs its replies (the channel protocol of `@glassbox/spec`):
 * `screen` runs before the body is read (Host, Origin, Content-Type), `verify` after (timestamp, nonce, HMAC).
 */
export class RequestAuth {
  private readonly key: Buffer;
  private readonly port: () => number;
  private readonly now: () => number;
  private readonly maxNonces: number;
  /** Nonce → when it may be forgotten; insertion order is expiry order (the TTL is constant). */
  private readonly nonces = new Map<string, number>();

  constructor(options: RequestAuthOptions) {
    this.key = options.key;
    this.port = options.port;
    this.now = options.now ?? Date.now;
    this.maxNonces = options.maxNonces ?? 100_000;
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
      headers[CHANNEL_HEADER_NONCE] !== undefined
    );
  }

  /**
   * The checks that need no body (headers present and well formed, timestamp in the window): run before the body
   * is read, so an unauthenticated client cannot make the agent buffer one.
   */
  precheck(headers: IncomingHttpHeaders): Extract<VerifyResult, { ok: false }> | undefined {
    const ts = headers[CHANNEL_HEADER_TS];
    const nonce = headers[CHANNEL_HEADER_NONCE];
    const sig = headers[CHANNEL_HEADER_SIG];
    if (typeof ts !== 'string' || typeof nonce !== 'string' || typeof sig !== 'string')
      return { ok: false, status: 401, reason: 'auth_missing' };
    if (!/^\d{1,15}$/.test(ts) || !/^[0-9a-f]{32}$/.test(nonce) || !/^[0-9a-f]{64}$/.test(sig))
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
    this.forgetExpired(now);
    if (this.nonces.has(nonce)) return { ok: false, status: 401, reason: 'auth_replay' };
    // Only key holders get here; at the cap a request waits for old nonces to expire rather than evicting one
    // (an evicted nonce could be replayed within the timestamp window).
    if (this.nonces.size >= this.maxNonces)
      return { ok: false, status: 503, reason: 'auth_nonce_cache_full' };
    this.nonces.set(nonce, now + CHANNEL_NONCE_TTL_MS);
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

  private forgetExpired(now: number): void {
    for (const [nonce, expires] of this.nonces) {
      if (expires > now) break;
      this.nonces.delete(nonce);
    }
  }
}
