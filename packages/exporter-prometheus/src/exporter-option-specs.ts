import type { ExporterOptionSpec } from '@glassbox/spec';

/** The Prometheus exporter's options as the agent, the plugins and the README know them. */
export const exporterOptionSpecs: readonly ExporterOptionSpec[] = [
  {
    name: 'port',
    type: 'number',
    sensitive: false,
    default: 9469,
    description: 'Port of `/metrics` on 127.0.0.1; `0` picks a free one. Not 9464, which Claude Code takes.',
  },
  {
    name: 'maxSeries',
    type: 'number',
    sensitive: false,
    default: 10_000,
    description: 'Cardinality guard: new series beyond it are dropped and counted.',
  },
];
