/** The signals a console exporter can print. */
export type ConsoleSignal = 'spans' | 'metrics' | 'logs' | 'audit';

export const consoleSignals: readonly ConsoleSignal[] = ['spans', 'metrics', 'logs', 'audit'];
