#!/usr/bin/env node
import { scaffoldExporter } from './scaffold-exporter.js';

const USAGE = `Usage: npm init glassbox-exporter <dir> [-- --name <package name>]
Creates a Glassbox exporter package in <dir>: source, the conformance suite as its test, README.`;

/** `create-glassbox-exporter <dir> [--name <package>]`; exit 0 when written, 1 on an error, 2 on bad usage. */
async function main(argv: readonly string[]): Promise<number> {
  const args = [...argv];
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const at = args.indexOf('--name');
  const packageName = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const [dir, ...rest] = args;
  if (!dir || rest.length > 0 || (at >= 0 && !packageName)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const made = await scaffoldExporter({ dir, ...(packageName ? { packageName } : {}) });
  process.stdout.write(
    `Created ${made.packageName} (exporter "${made.exporterName}") in ${made.dir}\n` +
      `Next: cd ${dir} && npm install && npm test\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `create-glassbox-exporter: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
