export type { FileExporterOptions } from './file-exporter.js';
export { createFileExporter, createFileExporter as default } from './file-exporter.js';
