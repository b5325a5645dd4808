import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type OtlpReceiver, startOtlpReceiver } from '@glassbox/otlp-receiver';
import {
  type ClaudeHome,
  type ClaudeResult,
  createClaudeHome,
  type FakeAnthropicApi,
  runClaude,
  type ScriptStep,
  secretCanaries,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agentStatus,
  copyShippedPlugin,
  freePort,
  stopAgent,
  useAgentHome,
} from '../../glassbox-lite/test/e2e-helpers.js';
import { mainLoop } from '../../glassbox-lite/test/e2e-scenario.js';
import { eventually, inJsonString, jsonWithBigints, readTree } from './e2e-helpers.js';

/** One-line canaries (a command line and a file name stay simple); the multi-line key blocks go in the files. */
const CANARIES = secretCanaries('real-binary');
const ONE_LINE = CANARIES.filter((c) => !c.text.includes('\n'));

/** A session that carries every canary in the prompt, a tool's input and output, an error text and the reply. */
function secretScript(): { prompt: string; script: ScriptStep[] } {
  return {
    prompt: `deploy with these: ${CANARIES.map((c) => c.text).join('\n')}`,
    script: [
      {
        when: mainLoop,
        reply: {
          content: [
            {
              type: 'tool_use',
              id: 'toolu_secret_ok',
              name: 'Bash',
              input: {
                command: `cat secrets.txt # ${ONE_LINE.map((c) => c.text).join(' ; ')}`,
                description: 'read',
              },
            },
            {
              type: 'tool_use',
              id: 'toolu_secret_fail',
              name: 'Bash',
              input: { command: 'cat secrets.txt >&2; exit 3', description: 'fail' },
            },
          ],
          usage: { input_tokens: 900, output_tokens: 50 },
        },
      },
      {
        when: mainLoop,
        reply: {
          content: [{ type: 'text', text: `Deployed. ${CANARIES.map((c) => c.text).join('\n')}` }],
          usage: { input_tokens: 1000, output_tokens: 30 },
        },
      },
    ],
  };
}

/**
 * A real Claude Code session with the installed full plugin (file, console, OTLP, Prometheus), content capture off
 * and on: a canary of every redaction rule in the prompt, a tool's input and output, an error text and the reply.
 * None reaches an export, the console, the spool, the state and trace files or the agent home.
 */
describe.each([false, true])('secret canaries in a real session, content capture %s', (captureContent) => {
  let api: FakeAnthropicApi;
  let home: ClaudeHome;
  let receiver: OtlpReceiver;
  let port: number;
  let result: ClaudeResult;
  let sinks: Record<string, string>;
  let transcript: string;

  beforeAll(async () => {
    [port] = [await freePort()];
    const metricsPort = await freePort();
    receiver = await startOtlpReceiver({ port: await freePort() });
    home = await createClaudeHome('glassbox-secret-e2e-');
    const agentHome = join(home.configDir, 'glassbox');
    useAgentHome(agentHome);
    await writeFile(join(home.cwd, 'secrets.txt'), `${CANARIES.map((c) => c.text).join('\n')}\n`);
    const plugin = await copyShippedPlugin('glassbox', join(home.root, 'plugin'));
    const { prompt, script } = secretScript();
    api = await startFakeAnthropicApi({
      script,
      fallback: {
        content: [{ type: 'text', text: 'Noted.' }],
        usage: { input_tokens: 20, output_tokens: 2 },
      },
    });
    const run = await runClaude({
      prompt,
      apiUrl: api.url,
      home,
      pluginDirs: [plugin],
      allowedTools: ['Bash'],
      timeoutMs: 150_000,
      settings: {
        pluginConfigs: {
          'glassbox@inline': {
            options: {
              agentPort: port,
              exporters: 'file,console,otlp,prometheus',
              otlpEndpoint: receiver.url,
              metricsPort,
              captureContent,
            },
          },
        },
      },
    });
    expect(run.result?.subtype, run.stderr).toBe('success');
    result = run.result!;
    transcript = await readFile(run.transcriptPath!, 'utf8');
    await eventually(
      'the session exported',
      async () => {
        const status = await agentStatus(port);
        const ended = status?.sessions.find((s) => s.sessionId === result.session_id)?.ended;
        return (
          ended &&
          status.exporters.every((e) => e.pendingSpans + e.pendingLogs === 0) &&
          receiver.spans.length > 0
        );
      },
      90_000,
    );
    const metricsBody = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    await stopAgent(port);
    const dataDir = join(home.configDir, 'plugins', 'data', 'glassbox-inline');
    sinks = {
      exportsSpoolStateAndConsole: [...(await readTree(dataDir)).values()].join('\n'),
      agentHome: [...(await readTree(agentHome)).values()].join('\n'),
      otlp: jsonWithBigints([receiver.spans, receiver.logs, receiver.metrics]),
      prometheusMetrics: metricsBody,
    };
  }, 300_000);

  afterAll(async () => {
    if (port) await stopAgent(port);
    await api?.close();
    await receiver?.close();
    await home?.cleanup();
  });

  it('should have carried every canary through the session (the transcript has them) and exported it', () => {
    for (const canary of CANARIES) expect(transcript, canary.rule).toContain(inJsonString(canary.secret));
    expect(result.num_turns).toBeGreaterThan(0);
    expect(sinks.otlp).toContain('execute_tool Bash');
    expect(sinks.exportsSpoolStateAndConsole).toContain(result.session_id);
  });

  it(`should leak none of the ${CANARIES.length} secret canaries into any sink`, () => {
    const leaks = Object.entries(sinks).flatMap(([sink, text]) =>
      CANARIES.filter((c) => text.includes(c.secret) || text.includes(inJsonString(c.secret))).map(
        (c) => `${sink}: ${c.rule}`,
      ),
    );
    process.stderr.write(
      `real-binary secret canaries (content ${captureContent ? 'on' : 'off'}): ${CANARIES.length} × ${Object.keys(sinks).length} sinks, ${leaks.length} leaks\n`,
    );
    expect(leaks).toEqual([]);
  });
});
