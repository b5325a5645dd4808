import { type OtlpReceiver, startOtlpReceiver } from '@glassbox/otlp-receiver';
import { runExporterConformance } from '@glassbox/testkit';
import { afterAll, beforeAll } from 'vitest';
import { createOtlpExporter } from './otlp-exporter.js';

let receiver: OtlpReceiver;
beforeAll(async () => {
  receiver = await startOtlpReceiver();
});
afterAll(async () => {
  await receiver.close();
});

runExporterConformance('otlp (protobuf)', () => createOtlpExporter({ endpoint: receiver.url }));
runExporterConformance(
  'otlp (json, gzip)',
  () => createOtlpExporter({ endpoint: receiver.url, protocol: 'http/json', compression: 'gzip' }),
  {
    // Port 1 on loopback refuses connections: a broken destination.
    failingFactory: () => createOtlpExporter({ endpoint: 'http://127.0.0.1:1', timeoutMillis: 500 }),
  },
);
