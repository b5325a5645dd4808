import { join } from 'node:path';
import { type AgentConfig, loadAgentConfig } from './agent-config.js';
import { GlassboxAgent } from './glassbox-agent.js';
import type { StartAgentOptions } from './start-agent-options.js';

/**
 * A real agent for one "user" under `root`: the configuration the plugin loads with its data in `root/data` and
 * Claude Code's in `root/claude` (so the home, key and requests are `root/claude/glassbox`), on a free port, no
 * exporters, silent. `config` and `options` change what a test needs.
 */
export function startTestAgent(
  root: string,
  config: Partial<AgentConfig> = {},
  options: Omit<StartAgentOptions, 'config'> = {},
): Promise<GlassboxAgent> {
  return GlassboxAgent.start({
    config: {
      ...loadAgentConfig({ CLAUDE_PLUGIN_DATA: join(root, 'data'), CLAUDE_CONFIG_DIR: join(root, 'claude') })
        .config,
      port: 0,
      ...config,
    },
    exporters: [],
    log: () => undefined,
    ...options,
  });
}
