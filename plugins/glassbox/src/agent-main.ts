#!/usr/bin/env node
import { GlassboxAgent } from '@glassbox/agent';
import { GlassboxError } from '@glassbox/spec';
import { loadFullAgentConfig, loadFullExporters } from './full-agent-config.js';
import { SelfMetrics } from './self-metrics.js';

/** A target that has had no batch for this long gets a metrics-only one (checked every minute). */
const HEARTBEAT_QUIET_MS = 4 * 60_000;

/**
 * The full plugin's agent entry: the lite agent with the OTLP exporter and the opt-in Prometheus `/metrics`
 * endpoint wired in (kept out of the lite bundle, which must not carry the OpenTelemetry SDK). Configuration comes
 * from the environment (`CLAUDE_PLUGIN_DATA`, `CLAUDE_PLUGIN_OPTION_*`). Exit code 0 when it stopped cleanly or
 * another agent already serves the data directory, 1 when it could not start.
 */
async function main(): Promise<number> {
  const full = loadFullAgentConfig(process.env);
  const problems = [...full.problems];
  const created = await loadFullExporters(full, problems);
  const { prometheus } = created;
  let agent: GlassboxAgent | undefined;
  const self = new SelfMetrics({ ignored: () => agent?.status().ignored ?? {} });
  const targets = created.targets.map((t) => self.wrap(t));
  try {
    agent = await GlassboxAgent.start({ config: full.config, problems, exporters: targets });
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
  // Serve /metrics from the start, not from the first batch, so a scrape never finds the port closed.
  if (prometheus) {
    const started = await prometheus.start();
    if (started.code !== 'success')
      process.stderr.write(
        `glassbox-agent: /metrics: ${'error' in started ? started.error.message : 'failed'}\n`,
      );
  }
  // The alert rules expect a batch at least every 5 minutes, even from an idle agent.
  const heartbeat = setInterval(() => void self.heartbeat(HEARTBEAT_QUIET_MS), 60_000);
  heartbeat.unref();
  const running = agent;
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.once(signal, () => void running.stop(signal));
  }
  process.on('uncaughtException', (error) => {
    process.stderr.write(`glassbox-agent: uncaught ${error.stack ?? String(error)}\n`);
  });
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(`glassbox-agent: unhandled rejection ${String(reason)}\n`);
  });
  await running.closed;
  clearInterval(heartbeat);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`glassbox-agent: ${String(error)}\n`);
    process.exit(1);
  },
);
