#!/usr/bin/env node
import { processIo } from './cli-io.js';
import { cliPricing } from './cli-pricing.js';
import { runCli } from './run-cli.js';
import { scanJob } from './scan-file.js';
import { isScanWorker, runScanWorker } from './scan-workers.js';

// The `glassbox` bin: one bundled file with only node: imports. Started as a worker by `glassbox report`,
// the same file reads its share of the transcripts instead.
if (isScanWorker()) void runScanWorker(scanJob(cliPricing().pricer));
else {
  // A closed pipe (`glassbox report | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  runCli(process.argv.slice(2), processIo(new URL(import.meta.url))).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`glassbox: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
