export { exporterOptionSpecs } from './exporter-option-specs.js';
export { createFileExporter, createFileExporter as default } from './file-exporter.js';
export type { FileExporterOptions } from './file-exporter-options.js';
