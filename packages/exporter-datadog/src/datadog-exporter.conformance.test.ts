import {
  type DatadogAgentEmulator,
  runExporterConformance,
  startDatadogAgentEmulator,
} from '@glassbox/testkit';
import { afterAll, beforeAll } from 'vitest';
import { createDatadogExporter } from './datadog-exporter.js';

let emulator: DatadogAgentEmulator;
beforeAll(async () => {
  emulator = await startDatadogAgentEmulator();
});
afterAll(async () => {
  await emulator.close();
});

runExporterConformance(
  'datadog (agent)',
  () => createDatadogExporter({ agentUrl: emulator.url, dogstatsdPort: emulator.statsdPort }),
  {
    // Port 1 on loopback refuses connections: a broken destination.
    failingFactory: () => createDatadogExporter({ agentUrl: 'http://127.0.0.1:1', timeoutMillis: 500 }),
  },
);
runExporterConformance('datadog (agentless)', () =>
  createDatadogExporter({ apiKey: 'conformance-key', intakeUrl: emulator.url }),
);
