export {
  createDatadogExporter,
  createDatadogExporter as createExporter,
  DatadogExporter,
} from './datadog-exporter.js';
export type {
  DatadogExporterOptions,
  DatadogLogsVia,
  DatadogSignalName,
} from './datadog-exporter-options.js';
export { exporterOptionSpecs } from './exporter-option-specs.js';
