import { createSocket, type Socket } from 'node:dgram';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { GlassboxError } from '@glassbox/spec';

export interface HttpSendOptions {
  readonly method: 'PUT' | 'POST';
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMillis: number;
  /** Names the part in errors (`traces`, `llmobs`…). */
  readonly part: string;
  /** The one status that acknowledges the request (the logs intake's 202); default any 2xx. */
  readonly acceptStatus?: number;
}

/**
 * Sends one request and resolves once the receiver answered. Never rejects: a 2xx is `undefined`, anything else a
 * GlassboxError, retryable for network errors, timeouts, 408, 429 and 5xx. Error messages never quote headers
 * (the API key travels in one).
 */
export async function sendHttp(
  url: URL,
  body: Buffer,
  options: HttpSendOptions,
): Promise<GlassboxError | undefined> {
  const first = await sendOnce(url, body, options);
  // A kept-alive socket the receiver closed meanwhile (an Agent restart): Node's documented remedy is one retry.
  return first === STALE_SOCKET ? sendOnce(url, body, options, false) : first;
}

const STALE_SOCKET = new GlassboxError('EXPORT_FAILED', 'datadog: stale kept-alive socket', {
  retryable: true,
});

function sendOnce(
  url: URL,
  body: Buffer,
  options: HttpSendOptions,
  retryStale = true,
): Promise<GlassboxError | undefined> {
  return new Promise((resolve) => {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    let settled = false;
    const finish = (error: GlassboxError | undefined) => {
      if (settled) return;
      settled = true;
      resolve(error);
    };
    const where = `${url.protocol}//${url.host}${url.pathname}`;
    try {
      const req = request(
        url,
        {
          method: options.method,
          headers: { ...options.headers, 'Content-Length': String(body.length) },
          timeout: options.timeoutMillis,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            if (size < 2048) chunks.push(chunk);
            size += chunk.length;
          });
          res.on('error', () => undefined);
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            const accepted =
              options.acceptStatus === undefined
                ? status >= 200 && status < 300
                : status === options.acceptStatus;
            if (accepted) return finish(undefined);
            const text = Buffer.concat(chunks).toString('utf8').slice(0, 200);
            finish(
              new GlassboxError(
                'EXPORT_FAILED',
                `datadog ${options.part}: HTTP ${status} from ${where}: ${text}`,
                {
                  retryable: status === 408 || status === 429 || status >= 500,
                  data: { part: options.part, status },
                },
              ),
            );
          });
        },
      );
      req.on('timeout', () => {
        req.destroy();
        finish(
          new GlassboxError(
            'EXPORT_TIMEOUT',
            `datadog ${options.part}: no answer from ${where} within ${options.timeoutMillis} ms`,
            {
              retryable: true,
              data: { part: options.part },
            },
          ),
        );
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (retryStale && req.reusedSocket && error.code === 'ECONNRESET') return finish(STALE_SOCKET);
        finish(
          new GlassboxError(
            'EXPORT_FAILED',
            `datadog ${options.part}: ${error.code ?? ''} ${error.message} (${where})`,
            {
              cause: error,
              retryable: true,
              data: { part: options.part, errno: error.code },
            },
          ),
        );
      });
      req.end(body);
    } catch (error) {
      finish(GlassboxError.from(error, 'EXPORT_FAILED'));
    }
  });
}

/** One UDP socket for DogStatsD, opened on first use and closed by `close`. */
export class DogStatsDSocket {
  private socket: Socket | undefined;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  /** Sends every datagram; resolves with the first send error (retryable), else `undefined`. */
  async send(datagrams: readonly Buffer[]): Promise<GlassboxError | undefined> {
    const socket = this.open();
    const errors = await Promise.all(
      datagrams.map(
        (d) =>
          new Promise<Error | null>((resolve) => {
            try {
              socket.send(d, this.port, this.host, (error) => resolve(error ?? null));
            } catch (error) {
              resolve(error instanceof Error ? error : new Error(String(error)));
            }
          }),
      ),
    );
    const first = errors.find((e) => e !== null);
    return first
      ? new GlassboxError(
          'EXPORT_FAILED',
          `datadog metrics: DogStatsD ${this.host}:${this.port}: ${first.message}`,
          {
            cause: first,
            retryable: true,
            data: { part: 'metrics' },
          },
        )
      : undefined;
  }

  close(): Promise<void> {
    const socket = this.socket;
    this.socket = undefined;
    if (!socket) return Promise.resolve();
    return new Promise((resolve) => {
      try {
        socket.close(() => resolve());
      } catch {
        resolve();
      }
    });
  }

  private open(): Socket {
    if (!this.socket) {
      const socket = createSocket(this.host.includes(':') ? 'udp6' : 'udp4');
      socket.on('error', () => undefined);
      socket.unref();
      this.socket = socket;
    }
    return this.socket;
  }
}
