import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../cli-io.js';
import { runCli } from '../run-cli.js';
import type { DoctorCheck } from './doctor-check.js';
import type { DoctorJson } from './run-doctor.js';

describe('doctor: Glassbox bundles installed together', () => {
  let root: string;
  let configDir: string;
  let project: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'glassbox-bundles-'));
    configDir = join(root, 'claude');
    project = join(root, 'project');
    await mkdir(join(configDir, 'plugins'), { recursive: true });
    await mkdir(join(project, '.claude'), { recursive: true });
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** Installs `ids` (user scope unless given as [id, record]) and writes the user settings. */
  async function install(
    ids: ReadonlyArray<string | readonly [string, Record<string, unknown>]>,
    settings: Record<string, unknown> = {},
  ): Promise<void> {
    const plugins: Record<string, unknown[]> = {};
    for (const entry of ids) {
      const [id, record] = typeof entry === 'string' ? [entry, { scope: 'user' }] : entry;
      plugins[id] = [{ ...record, installPath: join(configDir, 'plugins', 'cache', id), version: '0.1.0' }];
    }
    await writeFile(
      join(configDir, 'plugins', 'installed_plugins.json'),
      JSON.stringify({ version: 2, plugins }),
    );
    await writeFile(join(configDir, 'settings.json'), JSON.stringify(settings));
  }

  async function bundleChecks(): Promise<{ checks: DoctorCheck[]; text: string }> {
    const io = memoryIo({ env: { HOME: root }, cwd: project });
    await runCli(['doctor', '--config-dir', configDir, '--json', '--port', '1'], io);
    const textIo = memoryIo({ env: { HOME: root }, cwd: project });
    await runCli(['doctor', '--config-dir', configDir, '--port', '1'], textIo);
    const json = JSON.parse(io.out()) as DoctorJson;
    return { checks: json.checks.filter((c) => c.name === 'bundles'), text: textIo.out() };
  }

  it('says nothing is installed from a marketplace, and that --plugin-dir plugins are not listed', async () => {
    const { checks } = await bundleChecks();
    expect(checks).toHaveLength(1);
    expect(checks[0]!.level).toBe('info');
    expect(checks[0]!.message).toContain('--plugin-dir');
  });

  it('is content with one bundle, and names the disabled ones', async () => {
    await install(['glassbox-lite@glassbox', 'glassbox-datadog@glassbox', 'other@glassbox'], {
      enabledPlugins: { 'glassbox-datadog@glassbox': false, 'other@glassbox': true },
    });
    const { checks } = await bundleChecks();
    expect(checks).toEqual([
      expect.objectContaining({
        level: 'ok',
        message: expect.stringMatching(
          /^Glassbox bundle glassbox-lite@glassbox \(exporters file\); also installed: glassbox-datadog@glassbox \(disabled\)/,
        ),
      }),
    ]);
  });

  it('warns about Lite next to glassbox-audit: audit serves, nothing lost, every event handled twice', async () => {
    await install(['glassbox-lite@glassbox', 'glassbox-audit@glassbox']);
    const { checks, text } = await bundleChecks();
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ level: 'warn' });
    expect(checks[0]!.message).toContain("one agent serves per user, glassbox-audit's (rank 3 > 1)");
    expect(checks[0]!.message).toContain("none of glassbox-lite's exporters (file) is lost");
    expect(checks[0]!.fix).toContain('claude plugin uninstall glassbox-lite@glassbox');
    expect(text).toContain('! bundles: glassbox-lite and glassbox-audit are both enabled');
    expect(text).toContain('Nothing is failing, but see the warnings');
  });

  it('names the exporters that do not run and the setting that brings them back', async () => {
    await install(['glassbox-lite@glassbox', 'glassbox-audit@glassbox'], {
      pluginConfigs: { 'glassbox-lite@glassbox': { options: { exporters: 'console, file' } } },
    });
    const [check] = (await bundleChecks()).checks;
    expect(check!.message).toMatch(/glassbox-lite's console export does NOT run$/);
    expect(check!.fix).toContain('add console to glassbox-audit\'s exporters setting (now "audit,file"');
    expect(check!.fix).toContain('pluginConfigs["glassbox-audit@glassbox"].options.exporters');
  });

  it('says the serving bundle cannot run an exporter it does not carry: keep one of the two', async () => {
    await install(['glassbox@glassbox', 'glassbox-datadog@glassbox', 'glassbox-lite@glassbox'], {
      pluginConfigs: { 'glassbox@glassbox': { options: { exporters: 'otlp', metricsPort: 9464 } } },
    });
    const { checks } = await bundleChecks();
    expect(checks).toHaveLength(2);
    const [datadog, lite] = checks;
    expect(datadog!.message).toContain("one agent serves per user, glassbox's (rank 4 > 2)");
    expect(datadog!.message).toContain('(otlp,prometheus)');
    expect(datadog!.message).toMatch(/glassbox-datadog's datadog, file exports do NOT run$/);
    expect(datadog!.fix).toContain('add file to glassbox\'s exporters setting (now "otlp"');
    expect(datadog!.fix).toContain(
      'glassbox cannot run datadog: keep one of the two — claude plugin uninstall glassbox-datadog@glassbox',
    );
    expect(lite!.message).toMatch(/glassbox-lite's file export does NOT run$/);
  });

  it('reads the agent port from any bundle’s settings (glassbox-audit’s here)', async () => {
    await install(['glassbox-audit@glassbox'], {
      pluginConfigs: { 'glassbox-audit@glassbox': { options: { agentPort: 45999 } } },
    });
    const io = memoryIo({ env: { HOME: root }, cwd: project });
    await runCli(['doctor', '--config-dir', configDir, '--json'], io);
    expect((JSON.parse(io.out()) as DoctorJson).agent.port).toBe(45999);
  });

  it('counts a project-scope install only in its project, and project settings that disable it', async () => {
    await install([
      'glassbox-lite@glassbox',
      ['glassbox-audit@glassbox', { scope: 'project', projectPath: join(root, 'elsewhere') }],
    ]);
    expect((await bundleChecks()).checks[0]!.level).toBe('ok');
    await install([
      'glassbox-lite@glassbox',
      ['glassbox-audit@glassbox', { scope: 'local', projectPath: project }],
    ]);
    expect((await bundleChecks()).checks[0]!.level).toBe('warn');
    await writeFile(
      join(project, '.claude', 'settings.local.json'),
      JSON.stringify({ enabledPlugins: { 'glassbox-lite@glassbox': false } }),
    );
    expect((await bundleChecks()).checks[0]).toMatchObject({
      level: 'ok',
      message: expect.stringContaining('glassbox-audit@glassbox (exporters audit,file)'),
    });
  });
});
