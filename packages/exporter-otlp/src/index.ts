export { exporterOptionSpecs } from './exporter-option-specs.js';
export {
  classifyExportError,
  createOtlpExporter,
  createOtlpExporter as createExporter,
  OtlpExporter,
} from './otlp-exporter.js';
export type {
  OtlpCompression,
  OtlpExporterOptions,
  OtlpProtocol,
  OtlpSignalName,
} from './otlp-exporter-options.js';
export { TemporalityConverter } from './temporality-converter.js';
