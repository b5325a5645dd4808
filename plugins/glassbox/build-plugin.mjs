// Builds the full plugin folder with the shared plugin build (scripts/build-claude-plugin.mjs): the mod into
// hooks/register.js and src/agent-main.ts (the agent with the OTLP and Prometheus exporters) into dist/agent.mjs,
// then mirrors the shipped files into marketplace/plugins/glassbox. `--out <dir>` writes the bundles elsewhere.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildClaudePlugin, outputDirectory } from '../../scripts/build-claude-plugin.mjs';
import { SHIPPED_FILES } from './plugin-files.mjs';

const here = dirname(fileURLToPath(import.meta.url));

await buildClaudePlugin({
  build,
  pluginDir: here,
  pluginName: 'glassbox',
  packageName: 'glassbox-plugin',
  out: outputDirectory(here),
  agentEntry: 'plugins/glassbox/src/agent-main.ts',
  workspace: [
    'agent',
    'core',
    'exporter-console',
    'exporter-file',
    'exporter-otlp',
    'exporter-prometheus',
    'mod',
    'pricing',
    'spec',
  ],
  shippedFiles: SHIPPED_FILES,
});
