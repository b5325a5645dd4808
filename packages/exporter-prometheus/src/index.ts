export { exporterOptionSpecs } from './exporter-option-specs.js';
export type { ApplyOptions, MetricStoreOptions } from './metric-store.js';
export { MetricStore } from './metric-store.js';
export type { PrometheusExporterOptions } from './prometheus-exporter.js';
export {
  createPrometheusExporter,
  createPrometheusExporter as createExporter,
  DEFAULT_PROMETHEUS_PORT,
  DEFAULT_RESOURCE_LABELS,
  PROMETHEUS_HOST,
  PrometheusExporter,
} from './prometheus-exporter.js';
export type { PrometheusType } from './prometheus-naming.js';
export { prometheusLabelName, prometheusMetricName, prometheusType } from './prometheus-naming.js';
