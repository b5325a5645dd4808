// Builds the plugin folder with the shared plugin build (scripts/build-claude-plugin.mjs): the mod (packages/mod)
// into hooks/register.js, the agent (packages/agent) into one self-contained dist/agent.mjs and the CLI into
// dist/cli.mjs, in place: the marketplace lists this folder. `--out <dir>` writes the bundles elsewhere (the
// staleness test compares them).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildClaudePlugin, outputDirectory } from '../../scripts/build-claude-plugin.mjs';

const here = dirname(fileURLToPath(import.meta.url));

await buildClaudePlugin({
  build,
  pluginName: 'glassbox-lite',
  out: outputDirectory(here),
  agentEntry: 'packages/agent/src/main.ts',
  workspace: ['agent', 'core', 'exporter-console', 'exporter-file', 'mod', 'pricing', 'spec'],
});
