import { randomFillSync } from 'node:crypto';
import { CHANNEL_HEADER_SIG, signAgentRequest, verifyAgentReply } from '@glassbox/spec';

export interface AgentReply {
  readonly status: number;
  readonly text: string;
  /** The body as JSON, when it is JSON. */
  readonly json: unknown;
  /** The reply's signature verified under the key: it comes from the key's agent. */
  readonly verified: boolean;
}

export interface AgentRequestOptions {
  readonly port: number;
  /** The 32 key bytes; without it the request goes unsigned (tests of the refusal). */
  readonly key?: Uint8Array;
  readonly method?: string;
  readonly path: string;
  readonly body?: string;
  /** Extra or replacing headers (tests: a foreign Host, an Origin, another content type). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}

/**
 * One signed request to the agent on 127.0.0.1; resolves to its reply (with whether the reply's signature
 * verified) or undefined when nothing answers in time. Never rejects. The one client of the channel for Node: the
 * agent (lock checks), `glassbox doctor`, tests and benchmarks.
 */
export async function requestAgent(options: AgentRequestOptions): Promise<AgentReply | undefined> {
  // Loaded here: a CLI command that never talks to the agent starts without node:http (~2 ms).
  const { request } = await import('node:http');
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  const signed = options.key
    ? signAgentRequest({
        key: options.key,
        method,
        path: options.path,
        body: options.body ?? '',
        nowMs: Date.now(),
        random: (b) => randomFillSync(b),
      })
    : undefined;
  const body = options.body ?? '';
  const headers: Record<string, string> = {
    ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...signed?.headers,
    'content-length': String(Buffer.byteLength(body)),
    ...options.headers,
  };
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: options.port,
        path: options.path,
        method,
        headers,
        timeout: options.timeoutMs ?? 1000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', () => resolve(undefined));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          const sig = res.headers[CHANNEL_HEADER_SIG];
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          const verified =
            signed !== undefined &&
            options.key !== undefined &&
            verifyAgentReply(
              options.key,
              signed.nonce,
              status,
              text,
              typeof sig === 'string' ? sig : undefined,
            );
          resolve({ status, text, json, verified });
        });
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
    req.end(body);
  });
}

/**
 * The agent's entry points as `/proc/<pid>/cmdline` shows them (the plugins' `dist/agent.mjs`, the package's bin
 * and its built `main.js`): the agent's lock and `glassbox doctor` use it to tell the agent from a reused pid.
 */
export const AGENT_ENTRY_PATTERN = /(?:^|\/)(?:agent\.mjs|glassbox-agent|agent\/dist\/main\.js)$/;
