import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAgentConfig } from './agent-config.js';
import { GlassboxAgent } from './glassbox-agent.js';

describe('the agent loading its configured exporters', () => {
  let tmp: string;

  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-agent-exporters-'));
  });
  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('should run the built-in and an installed exporter, and show a bad one in its status without stopping', async () => {
    const data = join(tmp, 'data');
    const installed = join(data, 'exporters', 'node_modules', 'glassbox-exporter-counting');
    await mkdir(installed, { recursive: true });
    await writeFile(join(installed, 'package.json'), '{"type":"module","exports":"./index.js"}');
    await writeFile(
      join(installed, 'index.js'),
      `export default () => ({ specificationVersion: 'v1', name: 'counting',
        async export() { return { code: 'success' }; }, async forceFlush() {}, async shutdown() {} });`,
    );
    const { config, problems } = loadAgentConfig({
      CLAUDE_PLUGIN_DATA: data,
      CLAUDE_CONFIG_DIR: join(tmp, 'claude'),
      CLAUDE_PLUGIN_OPTION_EXPORTERS: 'file,@acme/not-installed,glassbox-exporter-counting',
    });
    const agent = await GlassboxAgent.start({
      config: { ...config, port: 0 },
      problems,
      log: () => undefined,
    });
    try {
      const status = agent.status();
      expect(status.config.exporters).toEqual(['file', 'counting']);
      expect(status.exporters.map((e) => e.name)).toEqual(['file', 'counting']);
      expect(status.configProblems).toEqual([
        expect.stringMatching(
          /^exporter @acme\/not-installed: INVALID_CONFIG: package @acme\/not-installed is not installed/,
        ),
      ]);
    } finally {
      await agent.stop('test over');
    }
    // The file exporter was built with the agent's options: its directory is the configured one.
    expect(config.fileDirectory).toBe(join(data, 'telemetry'));
    await expect(readdir(data)).resolves.toContain('exporters');
  });
});
