import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import {
  type DecodedOtlpRequest,
  decodeOtlpRequest,
  type OtlpEncoding,
  type ReceivedLog,
  type ReceivedMetric,
  type ReceivedSpan,
} from './decode-otlp-request.js';
import { type OtlpSignal, otlpMessageTypes } from './otlp-proto.js';

/** What the receiver recorded about one HTTP request. */
export interface ReceivedRequest {
  readonly signal: OtlpSignal | undefined;
  readonly path: string;
  readonly encoding: OtlpEncoding | undefined;
  /** `gzip` when the body came compressed. */
  readonly contentEncoding: string | undefined;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Body size on the wire. */
  readonly bytes: number;
  /** The status the receiver answered. */
  readonly status: number;
  readonly decoded?: DecodedOtlpRequest;
  /** Why decoding failed, when it did. */
  readonly error?: string;
}

export interface OtlpReceiverFailure {
  readonly status: number;
  /** Sent as `Retry-After`, in seconds. */
  readonly retryAfterSeconds?: number;
}

export interface OtlpReceiverOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  readonly port?: number;
  /** Wait before answering each request, in ms. */
  readonly delayMs?: number;
}

export interface OtlpReceiver {
  /** Base URL, e.g. `http://127.0.0.1:43123`; the signals live at `/v1/traces`, `/v1/metrics`, `/v1/logs`. */
  readonly url: string;
  readonly port: number;
  /** Every request, including failed and rejected ones. */
  readonly requests: readonly ReceivedRequest[];
  /** Telemetry from the requests the receiver accepted (answered 200). */
  readonly spans: readonly ReceivedSpan[];
  readonly metrics: readonly ReceivedMetric[];
  readonly logs: readonly ReceivedLog[];
  /** Answers the next `count` signal requests with this status (503, 429, 400…) without recording telemetry. */
  failNext(count: number, failure?: OtlpReceiverFailure): void;
  /** Wait this long before answering every following request. */
  setDelay(delayMs: number): void;
  /** Resolves once `predicate` holds, or rejects after `timeoutMs`. */
  waitFor(predicate: (receiver: OtlpReceiver) => boolean, timeoutMs?: number): Promise<void>;
  /** Forgets everything recorded and any pending failures. */
  reset(): void;
  close(): Promise<void>;
}

const SIGNAL_PATHS: Readonly<Record<string, OtlpSignal>> = {
  '/v1/traces': 'traces',
  '/v1/metrics': 'metrics',
  '/v1/logs': 'logs',
};

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function encodingOf(contentType: string | undefined): OtlpEncoding | undefined {
  if (contentType === undefined) return undefined;
  if (contentType.includes('application/x-protobuf')) return 'protobuf';
  if (contentType.includes('application/json')) return 'json';
  return undefined;
}

/**
 * Starts an OTLP/HTTP receiver on 127.0.0.1 that decodes protobuf and JSON bodies (gzip or not) with the official
 * OpenTelemetry message types, records what it received, and can fail requests on demand to exercise retries.
 */
export async function startOtlpReceiver(options: OtlpReceiverOptions = {}): Promise<OtlpReceiver> {
  let requests: ReceivedRequest[] = [];
  let spans: ReceivedSpan[] = [];
  let metrics: ReceivedMetric[] = [];
  let logs: ReceivedLog[] = [];
  let failures: OtlpReceiverFailure[] = [];
  let delayMs = options.delayMs ?? 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const signal = SIGNAL_PATHS[path];
    const encoding = encodingOf(req.headers['content-type']);
    const contentEncoding = req.headers['content-encoding'];
    const raw = await readBody(req);
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    const base = { signal, path, encoding, contentEncoding, headers: { ...req.headers }, bytes: raw.length };

    if (req.method !== 'POST' || signal === undefined) {
      requests.push({ ...base, status: 404 });
      res.writeHead(404).end();
      return;
    }
    if (encoding === undefined) {
      requests.push({
        ...base,
        status: 415,
        error: `unsupported content-type ${req.headers['content-type']}`,
      });
      res.writeHead(415).end();
      return;
    }
    const failure = failures.shift();
    if (failure) {
      requests.push({ ...base, status: failure.status });
      const headers: Record<string, string> = {};
      if (failure.retryAfterSeconds !== undefined) headers['retry-after'] = String(failure.retryAfterSeconds);
      res.writeHead(failure.status, headers).end();
      return;
    }
    let decoded: DecodedOtlpRequest;
    try {
      const body = contentEncoding === 'gzip' ? gunzipSync(raw) : raw;
      decoded = decodeOtlpRequest(signal, body, encoding);
    } catch (err) {
      requests.push({ ...base, status: 400, error: err instanceof Error ? err.message : String(err) });
      res.writeHead(400).end();
      return;
    }
    requests.push({ ...base, status: 200, decoded });
    spans.push(...decoded.spans);
    metrics.push(...decoded.metrics);
    logs.push(...decoded.logs);
    // An empty Export*ServiceResponse means full success in both encodings.
    if (encoding === 'protobuf') {
      const type = otlpMessageTypes[signal].response;
      const payload = type.encode(type.fromObject({})).finish();
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end(Buffer.from(payload));
    } else {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  const receiver: OtlpReceiver = {
    url: `http://127.0.0.1:${port}`,
    port,
    get requests() {
      return requests;
    },
    get spans() {
      return spans;
    },
    get metrics() {
      return metrics;
    },
    get logs() {
      return logs;
    },
    failNext(count, failure = { status: 503 }) {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    setDelay(ms) {
      delayMs = ms;
    },
    async waitFor(predicate, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(receiver)) {
        if (Date.now() > deadline) throw new Error(`otlp-receiver: condition not met within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    reset() {
      requests = [];
      spans = [];
      metrics = [];
      logs = [];
      failures = [];
    },
    close() {
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
  return receiver;
}
