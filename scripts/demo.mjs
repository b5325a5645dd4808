// The main job on an embedded default: a real Claude Code session against the fake model,
// with a recording plugin, then a summary of what was captured.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClaudeHome, runClaude, startFakeAnthropicApi } from '@glassbox/testkit';

const recorder = new URL('../packages/testkit/src/__fixtures__/recorder-plugin', import.meta.url).pathname;
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
const hookDir = await mkdtemp(join(tmpdir(), 'glassbox-demo-hooks-'));
try {
  const run = await runClaude({
    prompt: 'Run the two commands and tell me what happened.',
    apiUrl: api.url,
    home,
    pluginDirs: [recorder],
    allowedTools: ['Bash'],
    env: { HOOK_RECORDER_DIR: hookDir },
  });
  if (!run.result) throw new Error(`claude failed (exit ${run.exitCode}): ${run.stderr}`);
  const files = (await readdir(hookDir)).sort();
  const events = await Promise.all(
    files.map(async (f) => JSON.parse(await readFile(join(hookDir, f), 'utf8'))),
  );
  console.log(
    `session ${run.result.session_id}: ${run.result.num_turns} turns, ${(run.durationMs / 1000).toFixed(2)} s`,
  );
  console.log('hook events:');
  for (const e of events) {
    const detail = e.tool_name
      ? ` ${e.tool_name} ${e.tool_use_id}${e.duration_ms !== undefined ? ` ${e.duration_ms} ms` : ''}`
      : '';
    console.log(`  ${e.hook_event_name}${detail}`);
  }
  for (const [model, u] of Object.entries(run.result.modelUsage)) {
    console.log(
      `model ${model}: in ${u.inputTokens}, out ${u.outputTokens}, cache write ${u.cacheCreationInputTokens}, cache read ${u.cacheReadInputTokens}, $${u.costUSD}`,
    );
  }
  console.log(`Claude Code's own cost: $${run.result.total_cost_usd}`);
  console.log(`transcript: ${run.transcriptPath}`);
} finally {
  await api.close();
  await home.cleanup();
  await rm(hookDir, { recursive: true, force: true });
}
