#!/usr/bin/env node
import { GlassboxError } from '@glassbox/spec';
import { loadAgentConfig } from './agent-config.js';
import { GlassboxAgent } from './glassbox-agent.js';

/**
 * `glassbox-agent`: runs the agent in the foreground until idle, SIGTERM/SIGINT or `POST /v1/shutdown`.
 * Configuration comes from the environment (`CLAUDE_PLUGIN_DATA`, `CLAUDE_PLUGIN_OPTION_*`). Exit code 0 when it
 * stopped cleanly or another agent already serves the data directory, 1 when it could not start.
 */
async function main(): Promise<number> {
  const { config, problems } = loadAgentConfig(process.env);
  let agent: GlassboxAgent;
  try {
    agent = await GlassboxAgent.start({ config, problems });
  } catch (error) {
    if (GlassboxError.is(error, 'AGENT_UNAVAILABLE') && error.data && 'pid' in error.data) {
      process.stderr.write(`glassbox-agent: ${error.message}; nothing to do\n`);
      return 0;
    }
    process.stderr.write(
      `glassbox-agent: cannot start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.once(signal, () => void agent.stop(signal));
  }
  process.on('uncaughtException', (error) => {
    process.stderr.write(`glassbox-agent: uncaught ${error.stack ?? String(error)}\n`);
  });
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(`glassbox-agent: unhandled rejection ${String(reason)}\n`);
  });
  await agent.closed;
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`glassbox-agent: ${String(error)}\n`);
    process.exit(1);
  },
);
