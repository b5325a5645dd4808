import { createSocket, type Socket } from 'node:dgram';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import {
  type DecodedApmSpan,
  type DogStatsDSample,
  decodeTracePayload,
  parseDogStatsD,
} from './decode-datadog-payloads.js';
import { EVP_PROXY_PREFIX, type EvpForward, routeEvpRequest } from './evp-proxy-route.js';

/** One LLM Observability span event as the intake receives it (`spans[]` of an `event_type: span` payload). */
export interface LlmObsSpanRecord {
  readonly trace_id: string;
  readonly span_id: string;
  readonly parent_id: string;
  readonly name: string;
  readonly tags: readonly string[];
  readonly session_id?: string;
  readonly start_ns: number;
  readonly duration: number;
  readonly status: string;
  readonly meta: Readonly<Record<string, unknown>> & { readonly 'span.kind'?: string };
  readonly metrics: Readonly<Record<string, number>>;
  readonly [key: string]: unknown;
}

/** One log as the logs intake received it (an item of the `POST /api/v2/logs` array). */
export interface DatadogLogRecord {
  readonly ddsource?: string;
  readonly ddtags?: string;
  readonly service?: string;
  readonly status?: string;
  readonly message?: string;
  readonly date?: string;
  readonly dd?: {
    readonly trace_id?: string;
    readonly span_id?: string;
    readonly service?: string;
    readonly env?: string;
    readonly version?: string;
  };
  readonly [key: string]: unknown;
}

export interface EmulatorRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly status: number;
  /** Where the EVP proxy forwarded it (its requests only). */
  readonly forwarded?: EvpForward;
}

export interface DatadogAgentEmulatorOptions {
  /** HTTP port of the trace Agent (and the agentless intakes); default a free one. */
  readonly port?: number;
  /** DogStatsD UDP port; default a free one. */
  readonly statsdPort?: number;
  /** Answer every intake request with this status instead of 200/202 (a failing Agent). */
  readonly failWith?: number;
  /** The Agent's EVP proxy (`evp_proxy_config.enabled`); default on. Off, it answers 405 as the Agent does. */
  readonly evpProxy?: boolean;
}

export interface DatadogAgentEmulator {
  /** `http://127.0.0.1:<port>`: the Agent URL, and the base of the agentless intakes (`intakeUrl`). */
  readonly url: string;
  readonly port: number;
  readonly statsdPort: number;
  /** Every trace received, in order, decoded. */
  readonly traces: DecodedApmSpan[][];
  /** `traces`, flattened. */
  readonly spans: DecodedApmSpan[];
  /** LLM Observability span events from the EVP proxy and the agentless intake. */
  readonly llmobsSpans: LlmObsSpanRecord[];
  /** DogStatsD samples from UDP, the Agent's `/dogstatsd/v2/proxy`, and the agentless series APIs. */
  readonly metrics: DogStatsDSample[];
  /** Logs from the logs intake (`/api/v2/logs`) and the Agent's EVP proxy to it, in arrival order. */
  readonly logs: DatadogLogRecord[];
  readonly requests: EmulatorRequest[];
  /** Payloads that could not be decoded (the test should expect none). */
  readonly errors: string[];
  /** The sum of a metric's values, optionally only samples carrying every tag given. */
  total(name: string, tags?: readonly string[]): number;
  waitFor(predicate: (emulator: DatadogAgentEmulator) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const INFO = {
  version: '7.60.0',
  endpoints: [
    '/v0.4/traces',
    '/v0.5/traces',
    '/v0.6/stats',
    '/evp_proxy/v1/',
    '/evp_proxy/v2/',
    '/evp_proxy/v3/',
    '/evp_proxy/v4/',
    '/dogstatsd/v2/proxy',
  ],
  client_drop_p0s: false,
  span_meta_structs: false,
};

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The body as a receiver reads it: gunzip'd only when the headers it received say gzip. */
const decoded = (raw: Buffer, headers: IncomingHttpHeaders | Readonly<Record<string, string>>): Buffer =>
  headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;

/** The logs intake's documented limits per request. */
const LOGS_MAX_BODY_BYTES = 5 * 1024 * 1024;
const LOGS_MAX_ENTRIES = 1000;

/**
 * A logs intake request as Datadog answers it: 403 without an API key, 413 over 5 MB uncompressed, 400 for a body
 * that is not a JSON object or an array of at most 1,000 of them; else 202 and the logs are kept.
 */
function receiveLogs(body: Buffer, apiKey: string | undefined, logs: DatadogLogRecord[]): [number, unknown] {
  if (!apiKey) return [403, { errors: ['Forbidden'] }];
  if (body.length > LOGS_MAX_BODY_BYTES) return [413, { errors: ['Payload too large'] }];
  const parsed = JSON.parse(body.toString('utf8')) as unknown;
  const entries = Array.isArray(parsed) ? parsed : [parsed];
  if (entries.length > LOGS_MAX_ENTRIES || entries.some((e) => typeof e !== 'object' || e === null))
    return [400, { errors: ['Bad request'] }];
  logs.push(...(entries as DatadogLogRecord[]));
  return [202, {}];
}

/** What a payload of the agentless series APIs holds, as DogStatsD-like samples. */
function seriesSamples(path: string, body: unknown): DogStatsDSample[] {
  const series = ((body as { series?: unknown[] }).series ?? []) as Record<string, unknown>[];
  const out: DogStatsDSample[] = [];
  for (const s of series) {
    const tags = (s.tags ?? []) as string[];
    const name = String(s.metric);
    if (path === '/api/v1/distribution_points') {
      for (const [ts, values] of (s.points ?? []) as [number, number[]][])
        for (const value of values) out.push({ name, value, type: 'd', tags, timestamp: ts });
    } else {
      const type = s.type === 1 ? 'c' : s.type === 3 ? 'g' : 'c';
      for (const p of (s.points ?? []) as { timestamp: number; value: number }[])
        out.push({ name, value: p.value, type, tags, timestamp: p.timestamp });
    }
  }
  return out;
}

/**
 * A local stand-in for the Datadog Agent (and the agentless intakes): decodes what tracers send — msgpack
 * traces (`/v0.4/traces`, `/v0.5/traces`), LLM Observability span events (the Agent's
 * `/evp_proxy/v2/api/v2/llmobs` and the intake's `/api/v2/llmobs`), DogStatsD datagrams over UDP and the
 * Agent's `/dogstatsd/v2/proxy`, the series APIs, and logs (the logs intake's `/api/v2/logs`) with the intake's
 * limits and answers — and keeps them for assertions. The EVP proxy (`/evp_proxy/v1`…`/v4`) checks and forwards as
 * the Agent does (evp-proxy-route.ts) to the emulated intakes. Answers `/info` like an Agent 7.60 so dd-trace uses
 * the EVP proxy. Everything else is recorded and answered 404.
 */
export async function startDatadogAgentEmulator(
  options: DatadogAgentEmulatorOptions = {},
): Promise<DatadogAgentEmulator> {
  const traces: DecodedApmSpan[][] = [];
  const spans: DecodedApmSpan[] = [];
  const llmobsSpans: LlmObsSpanRecord[] = [];
  const metrics: DogStatsDSample[] = [];
  const logs: DatadogLogRecord[] = [];
  const requests: EmulatorRequest[] = [];
  const errors: string[] = [];

  const receiveLlmObs = (body: Buffer): [number, unknown] => {
    const parsed = JSON.parse(body.toString('utf8')) as unknown;
    for (const event of Array.isArray(parsed) ? parsed : [parsed])
      for (const span of ((event as { spans?: unknown[] }).spans ?? []) as LlmObsSpanRecord[])
        llmobsSpans.push(span);
    return [202, {}];
  };

  /** An intake behind the EVP proxy, by subdomain and path, given what the proxy forwarded. */
  const intake = (forward: EvpForward, raw: Buffer): [number, unknown] => {
    const body = decoded(raw, forward.headers);
    if (forward.subdomain === 'http-intake.logs' && forward.path === '/api/v2/logs')
      return receiveLogs(body, forward.headers['dd-api-key'], logs);
    if (forward.subdomain === 'llmobs-intake' && forward.path === '/api/v2/llmobs')
      return receiveLlmObs(body);
    return [404, { errors: ['Not Found'] }];
  };

  const handle = async (
    path: string,
    query: string,
    raw: Buffer,
    headers: IncomingHttpHeaders,
  ): Promise<[number, unknown, EvpForward?]> => {
    const evp = EVP_PROXY_PREFIX.exec(path);
    if (evp) {
      if (options.evpProxy === false) return [405, 'EVPProxy is disabled: Has been disabled in config'];
      const forward = routeEvpRequest(evp[1]!, query, headers, raw.length);
      if ('refused' in forward) return [502, forward.refused];
      return [...intake(forward, raw), forward];
    }
    const body = decoded(raw, headers);
    const trace = /^\/v0\.([45])\/traces$/.exec(path);
    if (trace) {
      for (const t of decodeTracePayload(`0.${trace[1]}` as '0.4' | '0.5', body)) {
        traces.push(t);
        spans.push(...t);
      }
      return [200, { rate_by_service: { 'service:,env:': 1 } }];
    }
    if (path === '/api/v2/llmobs') return receiveLlmObs(body);
    if (path === '/api/v2/logs') return receiveLogs(body, header(headers, 'dd-api-key'), logs);
    if (path === '/dogstatsd/v2/proxy') {
      metrics.push(...parseDogStatsD(body.toString('utf8')));
      return [200, {}];
    }
    if (path === '/api/v2/series' || path === '/api/v1/distribution_points') {
      metrics.push(...seriesSamples(path, JSON.parse(body.toString('utf8'))));
      return [202, { errors: [] }];
    }
    if (path === '/info') return [200, INFO];
    if (path === '/v0.6/stats' || path.startsWith('/telemetry/')) return [200, {}];
    return [404, { error: 'not emulated' }];
  };

  const server: Server = createServer((req, res) => {
    const [path = '/', query = ''] = (req.url ?? '/').split('?');
    void readBody(req)
      .then((raw) => handle(path, query, raw, req.headers))
      .catch((error: unknown): [number, unknown] => {
        errors.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
        return [400, { error: 'undecodable' }];
      })
      .then(([status, reply, forwarded]) => {
        const sent = options.failWith ?? status;
        requests.push({
          method: req.method ?? '',
          path,
          headers: req.headers,
          status: sent,
          ...(forwarded ? { forwarded } : {}),
        });
        // The proxy's own refusals are plain text (the Agent logs the reason; here it is the body, for the test).
        const text = typeof reply === 'string';
        res.writeHead(sent, { 'content-type': text ? 'text/plain; charset=utf-8' : 'application/json' });
        res.end(text ? `${reply}\n` : JSON.stringify(reply));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;

  const udp: Socket = createSocket('udp4');
  udp.on('message', (message) => {
    if (options.failWith === undefined) metrics.push(...parseDogStatsD(message.toString('utf8')));
  });
  try {
    await new Promise<void>((resolve, reject) => {
      udp.once('error', reject);
      udp.bind(options.statsdPort ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await new Promise((resolve) => server.close(resolve));
    throw error;
  }
  const statsdPort = udp.address().port;

  const emulator: DatadogAgentEmulator = {
    url: `http://127.0.0.1:${port}`,
    port,
    statsdPort,
    traces,
    spans,
    llmobsSpans,
    metrics,
    logs,
    requests,
    errors,
    total(name, tags = []) {
      return metrics
        .filter((m) => m.name === name && tags.every((t) => m.tags.includes(t)))
        .reduce((sum, m) => sum + m.value, 0);
    },
    async waitFor(predicate, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(emulator)) {
        if (Date.now() > deadline)
          throw new Error(`datadog agent emulator: condition not met within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      server.closeAllConnections();
      await Promise.all([
        new Promise((resolve) => server.close(resolve)),
        new Promise<void>((resolve) => udp.close(() => resolve())),
      ]);
    },
  };
  return emulator;
}
