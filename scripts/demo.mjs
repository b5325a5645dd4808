// The main job on an embedded default: a real Claude Code session with the glassbox-lite plugin against the
// fake model, then what Glassbox captured: the turn summary the user saw, the trace, and the file log.
import { execFileSync } from 'node:child_process';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createClaudeHome, freePort, runClaude, startFakeAnthropicApi } from '@glassbox/testkit';
import { shippedFiles } from './plugin-manifest.mjs';

const root = new URL('..', import.meta.url).pathname;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const api = await startFakeAnthropicApi({
  script: [
    {
      content: [
        { type: 'text', text: 'Checking the project.' },
        {
          type: 'tool_use',
          name: 'Bash',
          input: { command: 'echo hello from glassbox', description: 'greet' },
        },
        {
          type: 'tool_use',
          name: 'Bash',
          input: { command: 'ls /no/such/dir', description: 'fail on purpose' },
        },
      ],
      usage: {
        input_tokens: 1200,
        output_tokens: 90,
        cache_creation_input_tokens: 4000,
        cache_creation: { ephemeral_5m_input_tokens: 1000, ephemeral_1h_input_tokens: 3000 },
      },
    },
    {
      content: [{ type: 'text', text: 'One command worked and one failed.' }],
      usage: { input_tokens: 1300, output_tokens: 25, cache_read_input_tokens: 4000 },
    },
  ],
});
const home = await createClaudeHome('glassbox-demo-');
// The demo's agent gets its own port so it never touches an agent you already run on 47821.
const port = await freePort();
const pluginDir = join(home.root, 'glassbox-lite');
for (const file of shippedFiles(join(root, 'plugins/glassbox-lite')))
  await cp(join(root, 'plugins/glassbox-lite', file), join(pluginDir, file));
const hooksJson = join(pluginDir, 'hooks/hooks.json');
await writeFile(
  hooksJson,
  (await readFile(hooksJson, 'utf8')).replaceAll('127.0.0.1:47821', `127.0.0.1:${port}`),
);
const dataDir = join(home.configDir, 'plugins/data/glassbox-lite-inline');

try {
  const run = await runClaude({
    prompt: 'Run the two commands and tell me what happened.',
    apiUrl: api.url,
    home,
    pluginDirs: [pluginDir],
    allowedTools: ['Bash'],
    settings: {
      pluginConfigs: { 'glassbox-lite@inline': { options: { agentPort: port, idleTimeoutMinutes: 1 } } },
    },
    args: ['--output-format', 'stream-json', '--verbose'],
  });
  const lines = run.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
  const result = lines.find((l) => l.type === 'result');
  if (!result) throw new Error(`claude failed (exit ${run.exitCode}): ${run.stderr}`);
  const summary = lines.find((l) => l.type === 'system' && l.subtype === 'informational');

  // The agent reconciles at the turn end and exports in the background: wait until nothing is pending.
  for (let i = 0; i < 100; i++) {
    const status = await fetch(`http://127.0.0.1:${port}/status`)
      .then((r) => r.json())
      .catch(() => undefined);
    const done = status?.sessions?.some((s) => s.sessionId === result.session_id && s.reconciles > 0);
    const pending = status?.exporters?.reduce((n, e) => n + e.pendingSpans + e.pendingLogs, 0) ?? 1;
    if (done && pending === 0) break;
    await sleep(100);
  }

  console.log(`\nClaude Code answered: ${result.result}`);
  if (summary)
    console.log(
      `The user saw after the turn: ${summary.content ?? summary.message ?? JSON.stringify(summary)}`,
    );
  console.log(`Claude Code's own cost: $${result.total_cost_usd}\n`);
  const env = { ...process.env, CLAUDE_CONFIG_DIR: home.configDir, GLASSBOX_AGENT_DATA_DIR: dataDir };
  console.log(
    execFileSync('node', [join(root, 'packages/cli/dist/cli.js'), 'trace', result.session_id], {
      env,
      encoding: 'utf8',
    }),
  );
  const logDir = join(dataDir, 'telemetry');
  const files = (await readdir(logDir)).filter((f) => f.endsWith('.jsonl') && !f.startsWith('audit'));
  const records = (await Promise.all(files.map((f) => readFile(join(logDir, f), 'utf8'))))
    .join('')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const byEvent = {};
  for (const r of records) byEvent[r.event] = (byEvent[r.event] ?? 0) + 1;
  console.log(`file log ${logDir}: ${records.length} records ${JSON.stringify(byEvent)}`);
  const tool = records.find((r) => r.event === 'tool_call');
  if (tool) console.log(`one of them: ${JSON.stringify(tool)}`);
} finally {
  await fetch(`http://127.0.0.1:${port}/v1/shutdown`, { method: 'POST' }).catch(() => undefined);
  await api.close();
  await sleep(300);
  await home.cleanup();
}
