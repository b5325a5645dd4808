/** A place to write text: `process.stdout`, or a buffer in tests. */
export interface TextSink {
  write(text: string): unknown;
}

/** Everything a command touches outside its arguments, so tests can run commands in-process. */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Width tables and trees are fitted to; 80 when stdout is not a terminal. */
  readonly columns: number;
  /** Progress is drawn only on a terminal. */
  readonly stderrIsTTY: boolean;
  /** JSON is indented for a terminal, compact for a pipe. */
  readonly stdoutIsTTY: boolean;
  readonly now: () => number;
  /** The bundled CLI file, to start transcript-reading workers from (unset: read on one thread). */
  readonly scanWorkerUrl?: URL;
}

/** The real process's streams and environment. */
export function processIo(scanWorkerUrl?: URL): CliIo {
  const columns = process.stdout.isTTY ? process.stdout.columns || 80 : 80;
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    columns: Math.max(40, columns),
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    now: () => Date.now(),
    scanWorkerUrl,
  };
}

/** An in-memory io for tests and embedding: read `out()` / `err()` after the command. */
export function memoryIo(
  options: Partial<Omit<CliIo, 'stdout' | 'stderr'>> = {},
): CliIo & { out(): string; err(): string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    columns: options.columns ?? 80,
    stderrIsTTY: options.stderrIsTTY ?? false,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    now: options.now ?? (() => Date.now()),
    out: () => out,
    err: () => err,
  };
}

/** Writes `value` as JSON: indented on a terminal, one compact line for a pipe (faster to write and parse). */
export function writeJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, io.stdoutIsTTY ? 2 : undefined)}\n`);
}
