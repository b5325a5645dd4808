import type { ExporterOptionSpec } from '@glassbox/spec';

/** The Datadog exporter's options as the agent, the plugins and the README know them (see `DatadogExporterOptions`). */
export const exporterOptionSpecs: readonly ExporterOptionSpec[] = [
  {
    name: 'agentUrl',
    type: 'string',
    env: 'DD_TRACE_AGENT_URL',
    sensitive: false,
    default: 'http://127.0.0.1:8126',
    description: 'The Datadog Agent: traces to `/v0.4/traces`, LLM Observability through `/evp_proxy/v2`.',
  },
  {
    name: 'dogstatsdHost',
    type: 'string',
    env: 'DD_DOGSTATSD_HOST',
    sensitive: false,
    description: "DogStatsD host; default the Agent URL's host.",
  },
  {
    name: 'dogstatsdPort',
    type: 'number',
    env: 'DD_DOGSTATSD_PORT',
    sensitive: false,
    default: 8125,
    description: 'DogStatsD UDP port.',
  },
  {
    name: 'apiKey',
    type: 'string',
    env: 'DD_API_KEY',
    sensitive: true,
    description:
      'Datadog API key: logs go to the logs intake with it; with no Agent URL given, sends agentless (LLM Observability, metrics, logs).',
  },
  {
    name: 'site',
    type: 'string',
    env: 'DD_SITE',
    sensitive: false,
    default: 'datadoghq.com',
    description: 'Datadog site of the agentless intakes (`datadoghq.eu`, `us5.datadoghq.com`…).',
  },
  {
    name: 'agentless',
    type: 'boolean',
    env: 'GLASSBOX_DATADOG_AGENTLESS',
    sensitive: false,
    description:
      'Send to the intakes with the API key instead of an Agent; default on when only an API key is set.',
  },
  {
    name: 'intakeUrl',
    type: 'string',
    env: 'GLASSBOX_DATADOG_INTAKE_URL',
    sensitive: false,
    description:
      'One base URL for every agentless intake instead of the hosts of `site` (a proxy); https or loopback only.',
  },
  {
    name: 'service',
    type: 'string',
    env: 'DD_SERVICE',
    sensitive: false,
    default: 'claude-code',
    description: 'Unified service tagging: `service` on every span and metric.',
  },
  {
    name: 'env',
    type: 'string',
    env: 'DD_ENV',
    sensitive: false,
    description: 'Unified service tagging: `env`.',
  },
  {
    name: 'version',
    type: 'string',
    env: 'DD_VERSION',
    sensitive: false,
    description:
      "Unified service tagging: `version`; default the batch's `claude.version` or `service.version`.",
  },
  {
    name: 'mlApp',
    type: 'string',
    env: 'DD_LLMOBS_ML_APP',
    sensitive: false,
    description: 'LLM Observability application name; default the service.',
  },
  {
    name: 'logsVia',
    type: 'string',
    env: 'GLASSBOX_DATADOG_LOGS_VIA',
    sensitive: false,
    description:
      "How logs reach Datadog Logs: `intake` (the logs intake, with the API key) or `agent` (the Agent's EVP proxy); default `intake` with an API key, else logs are not sent.",
  },
  {
    name: 'signals',
    type: 'string[]',
    env: 'GLASSBOX_DATADOG_SIGNALS',
    sensitive: false,
    description:
      'Which of `traces`, `llmobs`, `metrics`, `logs` to send; default the first three (agentless: no `traces`), and `logs` when `logsVia` has a way.',
  },
  {
    name: 'tags',
    type: 'record',
    env: 'GLASSBOX_DATADOG_TAGS',
    sensitive: false,
    description: 'Extra tags on every span and metric (`team=ml,region=eu`).',
  },
  {
    name: 'timeoutMillis',
    type: 'number',
    env: 'GLASSBOX_DATADOG_TIMEOUT',
    sensitive: false,
    default: 10_000,
    description: 'Deadline of one request.',
  },
];
