import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AgentCounters } from './agent-counters.js';
import { send, sendBare, signReplies } from './agent-http.js';
import type { AgentHealth, AgentStatus } from './agent-status.js';
import { readBody } from './read-body.js';
import { RequestAuth } from './request-auth.js';

/** What a route answers: an HTTP status and a JSON body (signed for the request's nonce). */
export interface AgentReply {
  readonly status: number;
  readonly body: unknown;
}

/** What the routes do; the server only authenticates, counts and answers. */
export interface AgentRoutes {
  health(): AgentHealth;
  status(): AgentStatus;
  /** `POST /v1/mod`: a batch of the mod's events (authenticated body text). */
  mod(text: string, receivedAt: number): Promise<AgentReply>;
  /** `POST /v1/hooks`: one hook's input (`nonce`: the request's, verified). */
  hook(text: string, receivedAt: number, nonce: string): Promise<AgentReply>;
  /** `POST /v1/shutdown`: answered before the agent stops. */
  shutdown(): void;
}

export interface AgentServerOptions {
  readonly auth: RequestAuth;
  readonly maxBodyBytes: number;
  readonly counters: AgentCounters;
  readonly log: (line: string) => void;
  readonly now: () => number;
  /** Every request, refused or not, is activity (the idle exit counts from the last one). */
  readonly onRequest: (receivedAt: number) => void;
  readonly stopping: () => boolean;
  readonly routes: AgentRoutes;
}

/**
 * The agent's HTTP server: every request passes the channel's gate (`RequestAuth`), then the routes table. A
 * stopping agent answers only `/health` and `/status` (503 otherwise), so its successor never takes it for the agent.
 */
export function createAgentServer(options: AgentServerOptions): Server {
  const { counters, log } = options;
  const server = createServer((req, res) => {
    handle(options, req, res).catch((error: unknown) => {
      counters.count('internal_error');
      log(`request failed: ${String(error)}`);
      if (!res.headersSent) send(res, 500, {});
      else res.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    counters.count('client_error');
    socket.destroy();
  });
  // Loopback clients send small requests; do not keep idle sockets for long.
  server.keepAliveTimeout = 5_000;
  server.requestTimeout = 30_000;
  return server;
}

async function handle(options: AgentServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { counters, routes } = options;
  const receivedAt = options.now();
  options.onRequest(receivedAt);
  const path = (req.url ?? '/').split('?')[0];
  const route = `${req.method} ${path}`;
  const authenticated = await authenticate(options, req, res, path ?? '/', route);
  if (authenticated === undefined) return;
  const { text, nonce } = authenticated;
  counters.request(route);
  // A stopping agent is not healthy: its successor (a configuration change) must not take it for the agent.
  if (options.stopping() && route !== 'GET /health' && route !== 'GET /status') {
    send(res, 503, { error: 'agent is stopping' });
    return;
  }
  switch (route) {
    case 'GET /health':
    case 'GET /v1/health':
      send(res, 200, routes.health());
      return;
    case 'GET /v1/hello':
      send(res, 200, { name: 'glassbox-agent' });
      return;
    case 'GET /status':
      send(res, 200, routes.status());
      return;
    case 'POST /v1/mod':
      return reply(res, await routes.mod(text, receivedAt));
    case 'POST /v1/hooks':
      return reply(res, await routes.hook(text, receivedAt, nonce));
    case 'POST /v1/shutdown':
      send(res, 202, { stopping: true });
      routes.shutdown();
      return;
    default:
      counters.count('unknown_route');
      send(res, path === '/health' || path === '/status' || path?.startsWith('/v1/') ? 405 : 404, {});
  }
}

/** A settings hook's request left as a file in the per-user home (see `RequestAuth.takeDrop`): hooks only. */
async function authenticateDrop(
  { auth, counters, maxBodyBytes }: Pick<AgentServerOptions, 'auth' | 'counters' | 'maxBodyBytes'>,
  req: IncomingMessage,
  res: ServerResponse,
  route: string,
): Promise<{ text: string; nonce: string } | undefined> {
  // Nothing comes on the wire: at most a few bytes are read to see that.
  const wire = await readBody(req, 64);
  const taken =
    route !== 'POST /v1/hooks'
      ? ({ ok: false, status: 401, reason: 'auth_drop_route' } as const)
      : await auth.takeDrop(req.headers, wire.ok ? wire.bytes.length : 65, maxBodyBytes);
  if (!taken.ok) {
    counters.count(taken.reason);
    res.setHeader('connection', 'close');
    sendBare(res, taken.status);
    return undefined;
  }
  signReplies(res, (status, text) => auth.signReply(taken.nonce, status, text));
  return { text: taken.bytes.toString('utf8'), nonce: taken.nonce };
}

function reply(res: ServerResponse, { status, body }: AgentReply): void {
  send(res, status, body);
}

/**
 * The channel's gate (see `RequestAuth`): a refused request gets a bare status and changes nothing; a bare
 * `GET /health` only learns that something is up. Resolves to the authenticated body and the request's nonce,
 * undefined when answered.
 */
async function authenticate(
  { auth, counters, maxBodyBytes }: AgentServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  route: string,
): Promise<{ text: string; nonce: string } | undefined> {
  const screened = auth.screen(req.method ?? '', req.headers);
  if (!screened.ok) {
    counters.count(screened.reason);
    req.resume();
    sendBare(res, screened.status);
    return undefined;
  }
  const unsigned = !RequestAuth.signed(req.headers);
  if (route === 'GET /health' && unsigned) {
    req.resume();
    send(res, 200, { ok: true });
    return undefined;
  }
  if (RequestAuth.dropped(req.headers))
    return authenticateDrop({ auth, counters, maxBodyBytes }, req, res, route);
  const early = auth.precheck(req.headers);
  if (early) {
    counters.count(early.reason);
    res.setHeader('connection', 'close');
    req.resume();
    sendBare(res, early.status);
    return undefined;
  }
  const body = await readBody(req, maxBodyBytes);
  if (!body.ok) {
    counters.count(body.reason);
    if (body.reason === 'body_too_large') {
      res.setHeader('connection', 'close');
      sendBare(res, 413);
    } else res.destroy();
    return undefined;
  }
  const verified = auth.verify(req.method ?? '', path, req.headers, body.bytes);
  if (!verified.ok) {
    counters.count(verified.reason);
    sendBare(res, verified.status);
    return undefined;
  }
  signReplies(res, (status, text) => auth.signReply(verified.nonce, status, text));
  return { text: body.text, nonce: verified.nonce };
}
