export {
  createDatadogExporter,
  createDatadogExporter as createExporter,
  DatadogExporter,
} from './datadog-exporter.js';
export type { DatadogExporterOptions, DatadogSignalName } from './datadog-exporter-options.js';
export { exporterOptionSpecs } from './exporter-option-specs.js';
