// Builds the full plugin folder with the shared plugin build (scripts/build-claude-plugin.mjs): the mod into
// hooks/register.js, src/agent-main.ts (the agent with the OTLP and Prometheus exporters) into dist/agent.mjs and
// the CLI into dist/cli.mjs, in place: the marketplace lists this folder. `--out <dir>` writes them elsewhere.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildClaudePlugin, outputDirectory } from '../../scripts/build-claude-plugin.mjs';

const here = dirname(fileURLToPath(import.meta.url));

await buildClaudePlugin({
  build,
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
});
