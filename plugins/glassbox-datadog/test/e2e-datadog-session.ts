// The real session both Datadog end-to-end tests run: the plugin installed inline in a fresh Claude home, the
// scripted model of TURN_1 (tools, a failure, a denial, a subagent), one `claude -p` with the plugin's options.
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ClaudeHome,
  createClaudeHome,
  type FakeAnthropicApi,
  type RunClaudeResult,
  runClaude,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { shippedFiles } from '../../../scripts/plugin-manifest.mjs';
import { retargetHooks, useAgentHome } from '../../glassbox-lite/test/e2e-helpers.js';
import { TURN_1 } from '../../glassbox-lite/test/e2e-scenario.js';

const PLUGIN_DIR = join(import.meta.dirname, '..');

export interface DatadogSession {
  readonly home: ClaudeHome;
  readonly api: FakeAnthropicApi;
  /** The installed copy of the plugin. */
  readonly plugin: string;
}

/** A Claude home with the plugin's shipped files installed inline (hooks on `agentPort`), and the scripted model. */
export async function prepareDatadogSession(prefix: string, agentPort: number): Promise<DatadogSession> {
  const home = await createClaudeHome(prefix);
  useAgentHome(join(home.configDir, 'glassbox'));
  const plugin = join(home.root, 'plugin');
  await rm(plugin, { recursive: true, force: true });
  for (const file of shippedFiles(PLUGIN_DIR)) await cp(join(PLUGIN_DIR, file), join(plugin, file));
  await retargetHooks(join(plugin, 'hooks', 'hooks.json'), agentPort);
  const api = await startFakeAnthropicApi({
    script: TURN_1,
    fallback: {
      content: [{ type: 'text', text: 'Noted.' }],
      usage: { input_tokens: 20, output_tokens: 2 },
    },
  });
  return { home, api, plugin };
}

/** Runs the session with these glassbox-datadog options. */
export function runDatadogSession(
  session: DatadogSession,
  options: Readonly<Record<string, unknown>>,
): Promise<RunClaudeResult> {
  return runClaude({
    prompt: 'run the commands',
    apiUrl: session.api.url,
    home: session.home,
    pluginDirs: [session.plugin],
    allowedTools: ['Bash', 'Agent'],
    settings: { pluginConfigs: { 'glassbox-datadog@inline': { options } } },
  });
}
