import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const PROMETHEUS_DIR = fileURLToPath(new URL('../../../deploy/prometheus/', import.meta.url));

/** Runs promtool (the Debian `prometheus` package) in deploy/prometheus and returns its combined output. */
async function promtool(...args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run('promtool', args, { cwd: PROMETHEUS_DIR, timeout: 30_000 });
    return stdout + stderr;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`promtool ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`);
  }
}

describe('deploy/prometheus with promtool', () => {
  it('should pass promtool check rules', async () => {
    const out = await promtool('check', 'rules', join('rules', 'glassbox-alerts.yml'));
    expect(out).toContain('SUCCESS: 15 rules found');
  });

  it('should pass every promtool rule unit test', async () => {
    const out = await promtool('test', 'rules', join('tests', 'glassbox-alerts.test.yml'));
    expect(out).toContain('SUCCESS');
    expect(out).not.toContain('FAILED');
  });

  it('should pass promtool check config for the stack config, its rule files included', async () => {
    const out = await promtool('check', 'config', 'prometheus.yml');
    expect(out).toContain('is valid prometheus config file syntax');
    expect(out).toContain('SUCCESS: 15 rules found');
  });
});
