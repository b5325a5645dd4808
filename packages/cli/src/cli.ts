#!/usr/bin/env node
import { runCli } from './run-cli.js';

// The `glassbox` bin: one bundled file with only node: imports.
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`glassbox: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
