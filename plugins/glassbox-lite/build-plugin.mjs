// Builds the plugin folder with the shared plugin build (scripts/build-claude-plugin.mjs): the mod (packages/mod)
// into hooks/register.js and the agent (packages/agent) into one self-contained dist/agent.mjs, then mirrors the
// shipped files into the marketplace (whose plugins must live inside it). `--out <dir>` writes the two bundles
// elsewhere (the staleness test compares them).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildClaudePlugin, outputDirectory } from '../../scripts/build-claude-plugin.mjs';
import { SHIPPED_FILES } from './plugin-files.mjs';

const here = dirname(fileURLToPath(import.meta.url));

await buildClaudePlugin({
  build,
  pluginDir: here,
  pluginName: 'glassbox-lite',
  out: outputDirectory(here),
  agentEntry: 'packages/agent/src/main.ts',
  workspace: ['agent', 'core', 'exporter-console', 'exporter-file', 'mod', 'pricing', 'spec'],
  shippedFiles: SHIPPED_FILES,
});
