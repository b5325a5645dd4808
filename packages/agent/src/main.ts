#!/usr/bin/env node
import { loadAgentConfig } from './agent-config.js';
import { runAgent } from './run-agent.js';

/**
 * `glassbox-agent`: runs the agent in the foreground until idle, SIGTERM/SIGINT or `POST /v1/shutdown`.
 * Configuration comes from the environment (`CLAUDE_PLUGIN_DATA`, `CLAUDE_PLUGIN_OPTION_*`). Exit code 0 when it
 * stopped cleanly or another agent already serves the data directory, 1 when it could not start.
 */
async function main(): Promise<number> {
  const { config, problems } = loadAgentConfig(process.env);
  return runAgent({ config, problems });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`glassbox-agent: ${String(error)}\n`);
    process.exit(1);
  },
);
