import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type Exporter,
  type ExportResult,
  GlassboxError,
  specificationVersion,
  type TelemetryBatch,
} from '@glassbox/spec';
import { MetricStore } from './metric-store.js';

/** Loopback only: the endpoint exposes usage data and has no authentication. */
export const PROMETHEUS_HOST = '127.0.0.1';
/** Not 9464: Claude Code's own Prometheus exporter defaults to it, and only one process can bind a port. */
export const DEFAULT_PROMETHEUS_PORT = 9469;

/**
 * Attributes (of the resource, or of a point) that become labels under a short name by default, so dashboards
 * group spend by user, team, project, repository, branch and commit, and tool calls by MCP server and skill.
 */
export const DEFAULT_RESOURCE_LABELS: Readonly<Record<string, string>> = {
  'user.id': 'user',
  'glassbox.team': 'team',
  'team.name': 'team',
  'project.name': 'project',
  'vcs.repository.url.full': 'repository',
  'vcs.ref.head.name': 'branch',
  'vcs.ref.head.revision': 'commit',
  'mcp_server.name': 'mcp_server',
  'plugin.name': 'plugin',
  'skill.name': 'skill',
};

export interface PrometheusExporterOptions {
  /** Port on 127.0.0.1; 0 picks a free one (read it back from `port`). Default 9469. */
  readonly port?: number;
  /** Resource or point attribute → label name. Default `DEFAULT_RESOURCE_LABELS`; `{}` for none. */
  readonly resourceLabels?: Readonly<Record<string, string>>;
  /** Cardinality guard: new series beyond this many are dropped and counted. Default 10 000. */
  readonly maxSeries?: number;
}

/** How many batch ids are remembered so a retried batch's deltas are not added twice. */
const APPLIED_MEMORY = 1024;

const failed = (error: GlassboxError, retryable: boolean): ExportResult => ({
  code: 'failed',
  error,
  retryable,
});

/**
 * Keeps the latest cumulative state of the metrics in the batches it receives and serves it as Prometheus text
 * exposition on `GET http://127.0.0.1:<port>/metrics`. Spans, logs and audit records are ignored. The server
 * starts with `start()` or the first export; a port in use comes back as a failed, retryable result.
 */
export class PrometheusExporter implements Exporter {
  readonly specificationVersion = specificationVersion;
  readonly name = 'prometheus';

  private readonly requestedPort: number;
  private readonly store: MetricStore;
  private readonly applied = new Set<string>();
  private server: Server | undefined;
  private starting: Promise<ExportResult> | undefined;
  private closed = false;
  private shutdownPromise: Promise<void> | undefined;

  constructor(options: PrometheusExporterOptions = {}) {
    this.requestedPort = options.port ?? DEFAULT_PROMETHEUS_PORT;
    this.store = new MetricStore({
      resourceLabels: options.resourceLabels ?? DEFAULT_RESOURCE_LABELS,
      maxSeries: options.maxSeries ?? 10_000,
    });
  }

  /** The port the server listens on, once it does. */
  get port(): number | undefined {
    const address = this.server?.address();
    return address && typeof address === 'object' ? (address as AddressInfo).port : undefined;
  }

  /** `http://127.0.0.1:<port>/metrics`, once the server listens. */
  get url(): string | undefined {
    const port = this.port;
    return port === undefined ? undefined : `http://${PROMETHEUS_HOST}:${port}/metrics`;
  }

  /** The exposition text `GET /metrics` serves right now. */
  render(): string {
    return this.store.render();
  }

  /** Starts serving; resolves `success` once listening, or `failed` (retryable) when the port is taken. */
  start(): Promise<ExportResult> {
    if (this.closed) return Promise.resolve(failed(shutDownError(), false));
    if (this.server?.listening) return Promise.resolve({ code: 'success' });
    this.starting ??= this.listen().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  async export(batch: TelemetryBatch): Promise<ExportResult> {
    try {
      if (this.closed) return failed(shutDownError(), false);
      const started = await this.start();
      if (started.code === 'failed') return started;
      // Applied synchronously: a scrape sees the whole batch or none of it.
      const replay = this.applied.has(batch.id);
      this.store.apply(batch.metrics, { resource: batch.resource.attributes, replay });
      this.remember(batch.id);
      return { code: 'success' };
    } catch (err) {
      return failed(GlassboxError.from(err, 'INTERNAL'), false);
    }
  }

  async forceFlush(): Promise<void> {
    // Nothing is buffered: the state is served as soon as a batch is applied.
  }

  shutdown(): Promise<void> {
    this.closed = true;
    this.shutdownPromise ??= (async () => {
      await this.starting?.catch(() => undefined);
      const server = this.server;
      if (!server) return;
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    })();
    return this.shutdownPromise;
  }

  private listen(): Promise<ExportResult> {
    const server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if ((req.method === 'GET' || req.method === 'HEAD') && path === '/metrics') {
        const body = this.store.render();
        res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found: try /metrics\n');
    });
    return new Promise<ExportResult>((resolve) => {
      const onError = (err: NodeJS.ErrnoException) => {
        server.close();
        const inUse = err.code === 'EADDRINUSE';
        const message = inUse
          ? `prometheus exporter: port ${this.requestedPort} on ${PROMETHEUS_HOST} is in use; pick another port option`
          : `prometheus exporter: cannot listen on ${PROMETHEUS_HOST}:${this.requestedPort}: ${err.message}`;
        resolve(
          failed(
            new GlassboxError('EXPORT_FAILED', message, {
              cause: err,
              retryable: true,
              data: { port: this.requestedPort, errno: err.code },
            }),
            true,
          ),
        );
      };
      server.once('error', onError);
      server.listen(this.requestedPort, PROMETHEUS_HOST, () => {
        server.off('error', onError);
        // A listening server must not crash the agent later on a socket error.
        server.on('error', () => undefined);
        if (this.closed) {
          server.close();
          resolve(failed(shutDownError(), false));
          return;
        }
        this.server = server;
        resolve({ code: 'success' });
      });
    });
  }

  private remember(batchId: string): void {
    this.applied.delete(batchId);
    this.applied.add(batchId);
    if (this.applied.size > APPLIED_MEMORY) {
      const oldest = this.applied.values().next().value;
      if (oldest !== undefined) this.applied.delete(oldest);
    }
  }
}

function shutDownError(): GlassboxError {
  return new GlassboxError('EXPORTER_SHUTDOWN', 'prometheus exporter is shut down');
}

/** Creates a Prometheus exporter; never throws. */
export function createPrometheusExporter(options: PrometheusExporterOptions = {}): PrometheusExporter {
  return new PrometheusExporter(options);
}
