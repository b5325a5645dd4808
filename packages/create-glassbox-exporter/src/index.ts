export type { TemplateValues } from './exporter-templates.js';
export { exporterTemplates } from './exporter-templates.js';
export type { ScaffoldExporterOptions, ScaffoldedExporter } from './scaffold-exporter.js';
export { scaffoldExporter } from './scaffold-exporter.js';
