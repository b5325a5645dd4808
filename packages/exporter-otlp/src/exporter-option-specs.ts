import type { ExporterOptionSpec } from '@glassbox/spec';

/** The OTLP exporter's options as the agent, the plugins and the README know them (see `OtlpExporterOptions`). */
export const exporterOptionSpecs: readonly ExporterOptionSpec[] = [
  {
    name: 'endpoint',
    type: 'string',
    env: 'OTEL_EXPORTER_OTLP_ENDPOINT',
    sensitive: false,
    default: 'http://localhost:4318',
    description: 'Base URL; `/v1/traces`, `/v1/metrics`, `/v1/logs` are appended.',
  },
  {
    name: 'tracesEndpoint',
    type: 'string',
    env: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
    sensitive: false,
    description: 'Full URL for traces; wins over `endpoint`.',
  },
  {
    name: 'metricsEndpoint',
    type: 'string',
    env: 'OTEL_EXPORTER_OTLP_METRICS_ENDPOINT',
    sensitive: false,
    description: 'Full URL for metrics; wins over `endpoint`.',
  },
  {
    name: 'logsEndpoint',
    type: 'string',
    env: 'OTEL_EXPORTER_OTLP_LOGS_ENDPOINT',
    sensitive: false,
    description: 'Full URL for logs; wins over `endpoint`.',
  },
  {
    name: 'protocol',
    type: 'string',
    env: 'OTEL_EXPORTER_OTLP_PROTOCOL',
    sensitive: false,
    default: 'http/protobuf',
    description: '`http/protobuf` or `http/json`; gRPC is not supported.',
  },
  {
    name: 'headers',
    type: 'record',
    env: 'OTEL_EXPORTER_OTLP_HEADERS',
    sensitive: true,
    description: 'Sent with every request (`authorization`, `dd-api-key`…).',
  },
  {
    name: 'timeoutMillis',
    type: 'number',
    env: 'OTEL_EXPORTER_OTLP_TIMEOUT',
    sensitive: false,
    default: 10_000,
    description: 'Deadline of one export per signal, retries within the call included.',
  },
  {
    name: 'compression',
    type: 'string',
    env: 'OTEL_EXPORTER_OTLP_COMPRESSION',
    sensitive: false,
    default: 'none',
    description: '`gzip` or `none`.',
  },
  {
    name: 'temporality',
    type: 'string',
    sensitive: false,
    default: 'cumulative',
    description:
      '`cumulative` or `delta`, for sums and histograms (`OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE` is read by the exporter).',
  },
  {
    name: 'signals',
    type: 'string[]',
    sensitive: false,
    description: 'Which of `traces`, `metrics`, `logs` to send; default all three.',
  },
  {
    name: 'scopeName',
    type: 'string',
    sensitive: false,
    default: 'glassbox',
    description: 'Instrumentation scope on everything sent.',
  },
];
