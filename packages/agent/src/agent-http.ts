import type { Server, ServerResponse } from 'node:http';
import { CHANNEL_HEADER_SIG, GlassboxError } from '@glassbox/spec';

const JSON_HEADERS = { 'content-type': 'application/json', 'cache-control': 'no-store' };

/** Per authenticated request: signs its reply (status and body) for the request's nonce. */
const replySigners = new WeakMap<ServerResponse, (status: number, text: string) => string>();

/** Every later `send` on `res` carries a signature made by `sign` (set once the request is verified). */
export function signReplies(res: ServerResponse, sign: (status: number, text: string) => string): void {
  replySigners.set(res, sign);
}

/** The answer to a refused request: its status and nothing else. */
export function sendBare(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'cache-control': 'no-store', 'content-length': 0 });
  res.end();
}

/** A JSON reply, signed when the request was verified. */
export function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  const sign = replySigners.get(res);
  res.writeHead(status, {
    ...JSON_HEADERS,
    'content-length': Buffer.byteLength(text),
    ...(sign ? { [CHANNEL_HEADER_SIG]: sign(status, text) } : {}),
  });
  res.end(text);
}

/**
 * Listens on 127.0.0.1:`port`, retrying for `retryMs` while the port is taken (an old agent shutting down).
 * `onBusy` runs before each retry until it returns true (it may ask the holder to leave). `isStranger` says
 * whether the holder is not the user's agent (another user's, or a hostile listener): waiting for it is pointless,
 * so we listen on any free port instead (clients follow `agent.endpoint`).
 */
export function listen(
  server: Server,
  port: number,
  retryMs: number,
  onBusy?: () => Promise<boolean>,
  isStranger?: () => Promise<boolean>,
): Promise<void> {
  let asked = false;
  let wanted = port;
  const deadline = Date.now() + retryMs;
  return new Promise((resolve, reject) => {
    const attempt = (): void => {
      const onError = (error: NodeJS.ErrnoException): void => {
        server.off('listening', onListening);
        if (error.code === 'EADDRINUSE' && Date.now() < deadline) {
          const retry = (): void => void setTimeout(attempt, 200);
          const next = async (): Promise<void> => {
            if (!asked && onBusy) asked = await onBusy();
            if (isStranger && (await isStranger())) wanted = 0;
          };
          next().then(retry, retry);
          return;
        }
        reject(
          new GlassboxError(
            'AGENT_UNAVAILABLE',
            `cannot listen on 127.0.0.1:${port}: ${error.code ?? error.message}`,
            {
              cause: error,
            },
          ),
        );
      };
      const onListening = (): void => {
        server.off('error', onError);
        resolve();
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(wanted, '127.0.0.1');
    };
    attempt();
  });
}
