import { parseArgs } from 'node:util';
import { GlassboxError } from '@glassbox/spec';
import type { CliIo } from './cli-io.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** Placeholder shown in help, e.g. `DIR`. */
  readonly value?: string;
  readonly description: string;
  /** Accepted values (checked, and listed in help). */
  readonly choices?: readonly string[];
  /** The option may be given several times. */
  readonly multiple?: boolean;
}

export interface PositionalSpec {
  readonly name: string;
  readonly description: string;
  readonly required?: boolean;
}

export interface CommandContext {
  readonly io: CliIo;
  readonly positionals: readonly string[];
  /** `--json`: machine-readable output on stdout. */
  readonly json: boolean;
  /** `--debug`: stack traces and causes on errors. */
  readonly debug: boolean;
  /** The value of a string option (the last one when repeated). */
  string(name: string): string | undefined;
  /** Every value of a repeatable string option. */
  strings(name: string): string[];
  flag(name: string): boolean;
}

export interface Command {
  readonly name: string;
  /** One line, shown in `glassbox --help`. */
  readonly summary: string;
  /** Paragraphs shown in the command's `--help`. */
  readonly description?: readonly string[];
  readonly positionals?: readonly PositionalSpec[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly examples?: readonly string[];
  /** Exit codes beyond the common ones, e.g. `1: the session was not found`. */
  readonly exitCodes?: readonly string[];
  run(context: CommandContext): Promise<number>;
}

/** Options every command takes. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  json: { type: 'boolean', description: 'print JSON on stdout (for scripts)' },
  debug: { type: 'boolean', description: 'print stack traces and causes on errors' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

export const EXIT_OK = 0;
/** The command ran but what was asked could not be done (not found, unreadable, unhealthy). */
export const EXIT_FAILURE = 1;
/** Bad arguments, options or input. */
export const EXIT_USAGE = 2;

/** Identity helper that types a command definition. */
export function defineCommand(command: Command): Command {
  return command;
}

export interface ParsedCommandLine {
  readonly help: boolean;
  readonly context: CommandContext;
}

/** Parses a command's arguments; throws `INVALID_INPUT` with a readable message on anything unknown. */
export function parseCommandLine(command: Command, argv: readonly string[], io: CliIo): ParsedCommandLine {
  const specs = { ...command.options, ...GLOBAL_OPTIONS };
  const config: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(specs)) {
    config[name] = { type: spec.type, multiple: spec.multiple ?? false };
    if (spec.short) config[name].short = spec.short;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: config, allowPositionals: true, strict: true });
  } catch (error) {
    throw new GlassboxError('INVALID_INPUT', cleanParseError(error), {
      cause: error,
      data: { hint: `see 'glassbox ${command.name} --help'` },
    });
  }
  const values = parsed.values as Record<string, string | boolean | (string | boolean)[] | undefined>;
  const help = values.help === true;
  for (const [name, spec] of Object.entries(specs)) {
    if (!spec.choices) continue;
    const raw = values[name];
    for (const v of Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]) {
      if (typeof v === 'string' && !spec.choices.includes(v))
        throw new GlassboxError(
          'INVALID_INPUT',
          `--${name} must be one of ${spec.choices.join(', ')} (got '${v}')`,
          { data: { hint: `see 'glassbox ${command.name} --help'` } },
        );
    }
  }
  const positionals = parsed.positionals;
  if (!help) {
    const allowed = command.positionals ?? [];
    const required = allowed.filter((p) => p.required).length;
    if (positionals.length < required) {
      const missing = allowed[positionals.length]!;
      throw new GlassboxError('INVALID_INPUT', `missing <${missing.name}>`, {
        data: { hint: `usage: ${usageLine(command)}` },
      });
    }
    if (positionals.length > allowed.length)
      throw new GlassboxError('INVALID_INPUT', `unexpected argument '${positionals[allowed.length]}'`, {
        data: { hint: `usage: ${usageLine(command)}` },
      });
  }
  const last = (name: string): string | boolean | undefined => {
    const v = values[name];
    return Array.isArray(v) ? v[v.length - 1] : v;
  };
  const context: CommandContext = {
    io,
    positionals,
    json: values.json === true,
    debug: values.debug === true,
    string: (name) => {
      const v = last(name);
      return typeof v === 'string' ? v : undefined;
    },
    strings: (name) => {
      const v = values[name];
      const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
      return list.filter((x): x is string => typeof x === 'string');
    },
    flag: (name) => last(name) === true,
  };
  return { help, context };
}

function cleanParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // node:util's messages mention "parseArgs" and strict mode; keep the part a user can act on.
  return message
    .replace(/^Unknown option '([^']+)'.*$/s, "unknown option '$1'")
    .replace(/^Option '([^']+)' argument missing$/s, "option '$1' needs a value")
    .replace(/\. To specify a positional argument.*$/s, '')
    .replace(/^Unexpected argument '([^']+)'.*$/s, "unexpected argument '$1'");
}

export function usageLine(command: Command): string {
  const args = (command.positionals ?? []).map((p) => (p.required ? `<${p.name}>` : `[${p.name}]`));
  return ['glassbox', command.name, ...args, '[options]'].join(' ');
}

/** Wraps words to `width` columns, indenting continuation lines. */
export function wrap(text: string, width: number, indent = ''): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && `${indent + line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}

/** The command's `--help` text, wrapped to `width`. */
export function formatCommandHelp(command: Command, width = 80): string {
  const out: string[] = [
    wrap(`glassbox ${command.name} — ${command.summary}`, width, '  '),
    '',
    `Usage: ${usageLine(command)}`,
  ];
  for (const paragraph of command.description ?? []) out.push('', wrap(paragraph, width));
  const rows: [string, string][] = [];
  for (const p of command.positionals ?? []) rows.push([`<${p.name}>`, p.description]);
  const optionRows: [string, string][] = [];
  for (const [name, spec] of Object.entries({ ...command.options, ...GLOBAL_OPTIONS })) {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    // ', ' and not '|': a long list of choices must be able to wrap at the help width.
    const choices = spec.choices ? ` (one of ${spec.choices.join(', ')})` : '';
    optionRows.push([flag, spec.description + choices]);
  }
  const col = Math.min(28, Math.max(...[...rows, ...optionRows].map(([a]) => a.length)) + 2);
  const table = (list: [string, string][]): string[] =>
    list.map(([a, b]) => {
      const head = `  ${a}`;
      const pad = head.length + 1 > col + 2 ? `${head}\n${' '.repeat(col + 2)}` : head.padEnd(col + 2);
      return pad + wrap(b, width, ' '.repeat(col + 2)).trimStart();
    });
  if (rows.length) out.push('', 'Arguments:', ...table(rows));
  out.push('', 'Options:', ...table(optionRows));
  if (command.examples?.length)
    out.push('', 'Examples:', ...command.examples.map((e) => `  ${wrap(e, width - 2, '      ')}`));
  const codes = ['0 success', ...(command.exitCodes ?? []), '2 bad arguments or input'];
  out.push('', wrap(`Exit codes: ${codes.join('; ')}.`, width));
  return `${out.join('\n')}\n`;
}
