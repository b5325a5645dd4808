/**
 * Runs `task` once, `delayMs` after the first `schedule()` since it last ran (later calls join that run): the
 * agent's delayed writes of `metrics.json` and `budget.json`. The timer never keeps the process alive.
 */
export class DebouncedTask {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly delayMs: number,
    private readonly task: () => void,
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.task();
    }, this.delayMs);
    this.timer.unref();
  }

  /** Drops the pending run (the caller runs the task now). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
