import type { CliIo } from './cli-io.js';

export interface Progress {
  /** Reports progress; drawn at most every `intervalMs`, and only on a terminal. */
  update(done: number, total: number, detail?: string): void;
  /** Clears the line. */
  finish(): void;
}

export interface ProgressOptions {
  readonly label: string;
  /** Nothing is drawn before this, so quick runs never flash a bar. Default 300 ms. */
  readonly delayMs?: number;
  /** Minimum time between two draws. Default 100 ms. */
  readonly intervalMs?: number;
  /** Formats `done` / `total` (e.g. as bytes). */
  readonly format?: (n: number) => string;
}

const silent: Progress = { update: () => undefined, finish: () => undefined };

/** A one-line progress display on stderr: nothing at all unless stderr is a terminal. */
export function createProgress(io: CliIo, options: ProgressOptions): Progress {
  if (!io.stderrIsTTY) return silent;
  const started = io.now();
  const delay = options.delayMs ?? 300;
  const interval = options.intervalMs ?? 100;
  const format = options.format ?? String;
  let lastDraw = -Infinity;
  let drawn = false;
  const width = Math.max(20, io.columns - 1);
  return {
    update(done, total, detail) {
      const now = io.now();
      if (now - started < delay || now - lastDraw < interval) return;
      lastDraw = now;
      drawn = true;
      const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
      const barWidth = 20;
      const filled = Math.round((pct / 100) * barWidth);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}`;
      let text = `${options.label} ${bar} ${String(pct).padStart(3)}%  ${format(done)}/${format(total)}`;
      if (detail) text += `  ${detail}`;
      if (text.length > width) text = `${text.slice(0, width - 1)}…`;
      io.stderr.write(`\r${text}\x1b[K`);
    },
    finish() {
      if (drawn) io.stderr.write('\r\x1b[K');
      drawn = false;
    },
  };
}
