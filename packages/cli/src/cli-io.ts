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
  readonly now: () => number;
}

/** The real process's streams and environment. */
export function processIo(): CliIo {
  const columns = process.stdout.isTTY ? process.stdout.columns || 80 : 80;
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    columns: Math.max(40, columns),
    stderrIsTTY: process.stderr.isTTY === true,
    now: () => Date.now(),
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
    now: options.now ?? (() => Date.now()),
    out: () => out,
    err: () => err,
  };
}
