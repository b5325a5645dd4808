import * as auditExporter from '@glassbox/audit';
import * as consoleExporter from '@glassbox/exporter-console';
import * as fileExporter from '@glassbox/exporter-file';
import type { AgentConfig } from './agent-config.js';
import { AUDIT_EXPORTER, auditDirectory, relayAuditCheckpoint } from './audit-trail.js';
import type { ExportTarget } from './export-queue.js';
import { describeLoadFailure, type ExporterModule, loadExporters } from './load-exporters.js';

/** The exporter packages this agent carries, by package name: the lite plugin's two and the audit log. */
export const AGENT_BUNDLED_EXPORTERS: Readonly<Record<string, ExporterModule>> = {
  '@glassbox/audit': auditExporter,
  '@glassbox/exporter-console': consoleExporter,
  '@glassbox/exporter-file': fileExporter,
};

/**
 * The factory options for a configured exporter: the built-ins' from the agent's options (the file exporter's
 * directory), overlaid with the `[name, options]` options the configuration gave.
 */
export function agentExporterOptions(config: AgentConfig, name: string): Readonly<Record<string, unknown>> {
  const given = config.exporterOptions[name] ?? {};
  if (name === 'console') return { name: 'console', ...given };
  if (name === 'file') return { name: 'file', dir: config.fileDirectory, spans: true, ...given };
  if (name === AUDIT_EXPORTER) return { ...given, dir: auditDirectory(config) };
  return given;
}

export interface AgentExportersOptions {
  /** Modules bundled with the agent by package name; default `AGENT_BUNDLED_EXPORTERS`. */
  readonly bundled?: Readonly<Record<string, ExporterModule>>;
  /** Factory options per configured name; default `agentExporterOptions`. */
  readonly optionsFor?: (name: string) => Readonly<Record<string, unknown>> | undefined;
}

/**
 * Loads the configured exporters (bundled first, then `config.exporterDirectory`); each one that fails becomes a
 * line in `problems` (shown by `/v1/status` and `glassbox doctor`) and the others run.
 */
export async function loadAgentExporters(
  config: AgentConfig,
  problems: string[],
  options: AgentExportersOptions = {},
): Promise<ExportTarget[]> {
  const { targets, failures, warnings } = await loadExporters(config.exporters, {
    bundled: options.bundled ?? AGENT_BUNDLED_EXPORTERS,
    directories: [config.exporterDirectory],
    optionsFor: (name) => {
      const given = options.optionsFor ? options.optionsFor(name) : agentExporterOptions(config, name);
      // The agent sends each signed checkpoint on to every exporter (see `onAuditCheckpoint`).
      return name === AUDIT_EXPORTER ? { ...given, onCheckpoint: relayAuditCheckpoint } : given;
    },
  });
  problems.push(...failures.map(describeLoadFailure), ...warnings);
  return targets;
}
