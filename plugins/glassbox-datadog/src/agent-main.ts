#!/usr/bin/env node
import { GlassboxAgent } from '@glassbox/agent';
import { GlassboxError } from '@glassbox/spec';
import { loadDatadogAgentConfig, loadDatadogExporters } from './datadog-agent-config.js';

/**
 * The Datadog plugin's agent entry: the lite agent with `@glassbox/exporter-datadog` bundled and configured from
 * the plugin's options. Nothing else differs from the lite agent. Exit code 0 when it stopped cleanly or another
 * agent already serves the data directory, 1 when it could not start.
 */
async function main(): Promise<number> {
  const loaded = loadDatadogAgentConfig(process.env);
  const problems = [...loaded.problems];
  const targets = await loadDatadogExporters(loaded, problems);
  let agent: GlassboxAgent;
  try {
    agent = await GlassboxAgent.start({ config: loaded.config, problems, exporters: targets });
  } catch (error) {
    await Promise.all(targets.map((t) => Promise.resolve(t.exporter.shutdown()).catch(() => undefined)));
    if (GlassboxError.is(error, 'AGENT_UNAVAILABLE') && error.data && 'pid' in error.data) {
      process.stderr.write(`glassbox-agent: ${error.message}; nothing to do\n`);
      return 0;
    }
    process.stderr.write(
      `glassbox-agent: cannot start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const)
    process.once(signal, () => void agent.stop(signal));
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
