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
        "  session  $5.00 per session; last session b $101.00 (2020%) ← reached; today's largest",
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
      {
        name: 'budget',
        level: 'info',
        message:
          "session budget $5.00 per session; last session b $101.00 (2020%) ← reached; today's largest, enforced",
        fix: "raise budgetSessionUsd in the glassbox-lite plugin's options (/config) if sessions this large are expected",
      },
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

  it("should show the last session's spend and today's largest against the session limit", async () => {
    const dir = join(root, 'sessions');
    await mkdir(join(dir, 'projects'), { recursive: true });
    await mkdir(join(dir, 'glassbox'), { recursive: true });
    const write = (sessions: Record<string, Record<string, number>>) =>
      writeFile(
        join(dir, 'glassbox', 'budget.json'),
        JSON.stringify({
          version: 1,
          plugin: 'glassbox',
          settings: { sessionUsd: 2, warnPercent: 75, enforce: false },
          sessions,
        }),
      );
    const lines = async () => {
      const io = memoryIo({ env: { HOME: root }, now: () => NOW });
      await runCli(['report', '--no-cache', '--config-dir', dir], io);
      const doctor = memoryIo({ env: { HOME: root }, now: () => NOW });
      await runCli(['doctor', '--json', '--port', '1', '--config-dir', dir], doctor);
      const checks = (JSON.parse(doctor.out()) as DoctorJson).checks.filter((c) => c.name === 'budget');
      return {
        report: io
          .out()
          .split('\n')
          .find((l) => l.startsWith('  session')),
        checks,
      };
    };
    // The ledger lists sessions in the order they last spent: 0b… after 9f… on the same day.
    await write({
      '9f1c2d3e-big': { '2026-12-04': 1.6 },
      '7a7a7a7a-yesterday': { '2026-12-03': 3 },
      '0b0b0b0b-last': { '2026-12-04': 0.5 },
    });
    const now = await lines();
    expect(now.report).toBe(
      '  session  $2.00 per session; last session 0b0b0b0b $0.5000 (25%); largest today 9f1c2d3e $1.60 (80%) ← past the warning',
    );
    expect(now.checks).toEqual([
      {
        name: 'budget',
        level: 'info',
        message:
          'session budget $2.00 per session; last session 0b0b0b0b $0.5000 (25%); largest today 9f1c2d3e $1.60 (80%) ← past the warning, not enforced (warnings only)',
        fix: "raise budgetSessionUsd in the glassbox plugin's options (/config) if sessions this large are expected",
      },
    ]);
    const json = JSON.parse(
      await (async () => {
        const io = memoryIo({ env: { HOME: root }, now: () => NOW });
        await runCli(['report', '--no-cache', '--json', '--config-dir', dir], io);
        return io.out();
      })(),
    ) as ReportJson;
    expect(json.budgets?.session).toEqual({
      limitUsd: 2,
      last: { sessionId: '0b0b0b0b-last', spentUsd: 0.5, percent: 25, state: 'ok' },
      largestToday: { sessionId: '9f1c2d3e-big', spentUsd: 1.6, percent: 80, state: 'warn' },
    });
    // Only yesterday's session: the last one, and none today; a fresh ledger: none yet.
    await write({ '7a7a7a7a-yesterday': { '2026-12-03': 1 } });
    expect((await lines()).report).toBe(
      '  session  $2.00 per session; last session 7a7a7a7a $1.00 (50%); none spent today',
    );
    await write({});
    const empty = await lines();
    expect(empty.report).toBe('  session  $2.00 per session; no session has spent yet');
    expect(empty.checks[0]).toMatchObject({ level: 'ok' });
  });
});
