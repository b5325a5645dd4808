import { GlassboxError } from '@glassbox/spec';
import { auditCommand } from './audit-command.js';
import { type CliIo, processIo, writeJson } from './cli-io.js';
import { CLI_VERSION } from './cli-version.js';
import {
  type Command,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  formatCommandHelp,
  parseCommandLine,
  wrap,
} from './define-command.js';
import { doctorCommand } from './doctor-command.js';
import { priceCommand } from './price-command.js';
import { reportCommand } from './report-command.js';
import { traceCommand } from './trace-command.js';

/** Every `glassbox` command, in help order. */
export const COMMANDS: readonly Command[] = [
  traceCommand,
  reportCommand,
  priceCommand,
  doctorCommand,
  auditCommand,
];

function mainHelp(width: number): string {
  const lines = [
    `glassbox ${CLI_VERSION} — observability for Claude Code`,
    '',
    'Usage: glassbox <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(8)}${wrap(c.summary, width, ' '.repeat(10))}`),
    '',
    'Every command takes --json (output for scripts), --debug (stack traces) and --help.',
    wrap(
      'Exit codes: 0 success; 1 the command could not do what was asked (not found, unreadable, unhealthy); ' +
        '2 bad arguments or input.',
      width,
    ),
    '',
    "Run 'glassbox <command> --help' for a command's options.",
  ];
  return `${lines.join('\n')}\n`;
}

/** Runs `glassbox` with `argv` (without the node and script paths); resolves to the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write(topic ? formatCommandHelp(topic, io.columns) : mainHelp(io.columns));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout.write(`${CLI_VERSION}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  const wantsJson = rest.includes('--json');
  const debug = rest.includes('--debug');
  if (!command) {
    return reportError(
      new GlassboxError('INVALID_INPUT', `unknown command '${name}'`, {
        data: { hint: `commands: ${COMMANDS.map((c) => c.name).join(', ')}; see 'glassbox --help'` },
      }),
      'glassbox',
      io,
      wantsJson,
      debug,
    );
  }
  try {
    const { help, context } = parseCommandLine(command, rest, io);
    if (help) {
      io.stdout.write(formatCommandHelp(command, io.columns));
      return EXIT_OK;
    }
    return await command.run(context);
  } catch (error) {
    return reportError(error, `glassbox ${command.name}`, io, wantsJson, debug);
  }
}

/** Prints an error plainly (code, message, what to do); stack and cause only with --debug. */
function reportError(error: unknown, prefix: string, io: CliIo, json: boolean, debug: boolean): number {
  const e = GlassboxError.is(error) ? error : GlassboxError.from(error, 'INTERNAL');
  const hint = typeof e.data?.hint === 'string' ? e.data.hint : undefined;
  io.stderr.write(`${prefix}: ${e.message}\n`);
  if (hint) io.stderr.write(`  ${hint}\n`);
  if (debug) {
    io.stderr.write(`  code: ${e.code}\n`);
    if (e.stack) io.stderr.write(`${e.stack}\n`);
    if (e.cause !== undefined)
      io.stderr.write(`cause: ${e.cause instanceof Error ? e.cause.stack : String(e.cause)}\n`);
  } else if (e.code === 'INTERNAL')
    io.stderr.write('  (an internal error: run again with --debug for details)\n');
  if (json) writeJson(io, { error: { code: e.code, message: e.message, hint } });
  return e.code === 'INVALID_INPUT' || e.code === 'INVALID_CONFIG' ? EXIT_USAGE : EXIT_FAILURE;
}
