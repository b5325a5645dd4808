// Entry of the glassbox CLI bundled into each plugin as dist/cli.mjs (scripts/build-claude-plugin.mjs): the
// plugin's context first, then the CLI's own entry unchanged. The dynamic import keeps that order (a static one
// would run the CLI before this module's body); esbuild inlines it into the one file.
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { pluginCliContext } from './plugin-cli-context.mjs';

// Set by the plugin build: the plugin this copy ships in.
const pluginName = typeof __GLASSBOX_PLUGIN_NAME__ === 'string' ? __GLASSBOX_PLUGIN_NAME__ : undefined;

// A report's transcript-reading workers start this same file: they take no arguments and need no context.
if (isMainThread) {
  const { args, env } = pluginCliContext(process.argv.slice(2), process.env, fileURLToPath(import.meta.url), {
    pluginName,
  });
  process.argv = [...process.argv.slice(0, 2), ...args];
  Object.assign(process.env, env);
}
await import('../packages/cli/src/cli.ts');
