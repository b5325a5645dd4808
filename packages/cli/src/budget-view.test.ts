import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from './cli-io.js';
import type { DoctorJson } from './doctor-command.js';
import type { ReportJson } from './report-json.js';
import { runCli } from './run-cli.js';

const NOW = Date.parse('2026-12-04T15:00:00Z');

describe('budgets in glassbox report and doctor', () => {
  let root: string;
  let configDir: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'glassbox-budget-view-'));
    configDir = join(root, 'claude');
    await mkdir(join(configDir, 'projects'), { recursive: true });
    await mkdir(join(configDir, 'glassbox'), { recursive: true });
    // What the agent writes: the budgets it runs with and each session's spend per UTC day.
    await writeFile(
      join(configDir, 'glassbox', 'budget.json'),
      JSON.stringify({
        version: 1,
        updatedMs: NOW,
        plugin: 'glassbox-lite',
        settings: { sessionUsd: 5, dailyUsd: 10, monthlyUsd: 50, warnPercent: 80, enforce: true },
        sessions: { a: { '2026-12-04': 8.5, '2026-12-01': 30 }, b: { '2026-12-04': 2, '2026-11-30': 99 } },
      }),
    );
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const run = async (args: string[]) => {
    const io = memoryIo({ env: { HOME: root }, now: () => NOW });
    await runCli([...args, '--config-dir', configDir], io);
    return io.out();
  };

  it('should close the report with each budget and where it stands', async () => {
    const text = await run(['report', '--no-cache']);
    expect(text).toContain(
      [
        'Budgets (enforced: a new prompt is stopped at the limit; warning at 80%):',
        '  session  $5.00 per session',
        '  daily    $10.50 of $10.00 spent today (UTC 2026-12-04), 105%  ← reached',
        '  monthly  $40.50 of $50.00 spent this month (UTC 2026-12), 81%  ← past the warning',
      ].join('\n'),
    );
    const json = JSON.parse(await run(['report', '--no-cache', '--json'])) as ReportJson;
    expect(json.budgets?.settings).toEqual({
      sessionUsd: 5,
      dailyUsd: 10,
      monthlyUsd: 50,
      warnPercent: 80,
      enforce: true,
    });
    expect(json.budgets?.standings.map((s) => [s.period, s.spentUsd, s.state])).toEqual([
      ['day', 10.5, 'reached'],
      ['month', 40.5, 'warn'],
    ]);
  });

  it('should list the budgets in doctor, a reached one as a warning naming the option to raise', async () => {
    const json = JSON.parse(await run(['doctor', '--json', '--port', '1'])) as DoctorJson;
    expect(json.checks.filter((c) => c.name === 'budget')).toEqual([
      { name: 'budget', level: 'ok', message: 'session budget $5.00 per session, enforced' },
      {
        name: 'budget',
        level: 'warn',
        message: 'daily budget: $10.50 of $10.00 spent today (UTC 2026-12-04), 105%, enforced',
        fix: "new prompts are stopped: raise budgetDailyUsd or set budgetEnforce to false in the glassbox-lite plugin's options (/config)",
      },
      {
        name: 'budget',
        level: 'info',
        message: 'monthly budget: $40.50 of $50.00 spent this month (UTC 2026-12), 81%, enforced',
        fix: "raise budgetMonthlyUsd in the glassbox-lite plugin's options (/config) if this spend is expected",
      },
    ]);
  });
});
