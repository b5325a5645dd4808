import { GlassboxError } from '@glassbox/spec';
import { GlassboxAgent, type StartAgentOptions } from './glassbox-agent.js';

/**
 * The agent process: starts the agent and serves until idle, SIGTERM/SIGINT/SIGHUP or `POST /v1/shutdown`.
 * Resolves the exit code: 0 when it stopped cleanly or another agent already serves the data directory, 1 when it
 * could not start (the exporters it was given are shut down then).
 */
export async function runAgent(options: StartAgentOptions): Promise<number> {
  let agent: GlassboxAgent;
  try {
    agent = await GlassboxAgent.start(options);
  } catch (error) {
    await Promise.all(
      (options.exporters ?? []).map((t) => Promise.resolve(t.exporter.shutdown()).catch(() => undefined)),
    );
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
