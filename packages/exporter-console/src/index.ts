export type { ConsoleExporterOptions, ConsoleFormat, ConsoleStream } from './console-exporter.js';
export { createConsoleExporter, createConsoleExporter as default } from './console-exporter.js';
export type { ConsoleSignal } from './console-signal.js';
export { exporterOptionSpecs } from './exporter-option-specs.js';
