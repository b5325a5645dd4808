import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requestAgent } from '@glassbox/core';
import { type OtlpReceiver, startOtlpReceiver } from '@glassbox/otlp-receiver';
import { freePort, type SecretCanary, secretCanaries } from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, inJsonString, jsonWithBigints, PLUGIN_DIR, REPO_DIR, readTree } from './e2e-helpers.js';

const FIXTURE = join(REPO_DIR, 'packages', 'agent', 'src', '__fixtures__', 'two-tools.jsonl');
const FIXTURE_SESSION = 'a47a450d-d36d-4623-8aed-a6a3f6fad8b7';

/** Where a canary goes in: each place carries its own content marker and every secret canary. */
const PLACES = ['prompt', 'toolInput', 'toolOutput', 'errorText', 'reply'] as const;

const marker = (place: string) => `CONTENTMARK${place.toUpperCase()}`;
const payload = (place: string, canaries: readonly SecretCanary[]) =>
  `${marker(place)} ${canaries.map((c) => c.text).join('\n')}`;

/** The two-tool fixture session with canaries in the prompt, a tool's input and output, an error text, the replies. */
function canaryTranscript(sessionId: string, canaries: readonly SecretCanary[]): string {
  const fixture = FIXTURE_TEXT.replaceAll(FIXTURE_SESSION, sessionId);
  return fixture
    .replaceAll('"run two commands"', JSON.stringify(payload('prompt', canaries)))
    .replaceAll('"echo hi"', JSON.stringify(`echo hi # ${payload('toolInput', canaries)}`))
    .replaceAll('"hi"', JSON.stringify(`hi ${payload('toolOutput', canaries)}`))
    .replaceAll(
      "ls: cannot access '/nope/nope': No such file or directory",
      inJsonString(payload('errorText', canaries)),
    )
    .replaceAll('"Two commands."', JSON.stringify(payload('reply', canaries)))
    .replaceAll('"Done."', JSON.stringify(`Done. ${payload('reply', canaries)}`));
}
let FIXTURE_TEXT = '';

interface Sinks {
  /** Name → everything that sink received or holds, as text. */
  readonly text: Record<string, string>;
}

/**
 * The full plugin's bundled agent with every exporter on (file, console, OTLP to a receiver, Prometheus) fed a
 * session whose prompt, tool input, tool output, error text and replies carry a canary of every redaction rule
 * (testkit `secretCanaries`), through real hook inputs as Claude Code writes them (the full text: whatever
 * notify.sh keeps, the agent must not trust a client to have stripped it), a mod batch with content, and the
 * transcript. Content capture off: no text at all anywhere (only shapes and keyed hashes); on: text, secrets
 * redacted. Every sink is searched: file export, console output, OTLP spans/logs/metrics, Prometheus /metrics, and
 * every file the agent wrote (spool, state, trace files, metrics.json).
 */
describe.each([false, true])(
  'secret canaries through every exporter, content capture %s',
  (captureContent) => {
    const canaries = secretCanaries(`exporters-${captureContent}`);
    let tmp: string;
    let receiver: OtlpReceiver;
    let agent: ChildProcess;
    let output = '';
    let sinks: Sinks;
    let sessionId: string;

    beforeAll(async () => {
      FIXTURE_TEXT = await readFile(FIXTURE, 'utf8');
      tmp = await mkdtemp(join(tmpdir(), 'glassbox-canary-exporters-'));
      const configDir = join(tmp, 'claude');
      const dataDir = join(tmp, 'data');
      const agentHome = join(configDir, 'glassbox');
      sessionId = randomUUID();
      const transcript = join(configDir, 'projects', '-p', `${sessionId}.jsonl`);
      await mkdir(join(configDir, 'projects', '-p'), { recursive: true });
      await writeFile(transcript, canaryTranscript(sessionId, canaries));
      const [port, metricsPort] = [await freePort(), await freePort()];
      receiver = await startOtlpReceiver({ port: await freePort() });
      agent = spawn(process.execPath, [join(PLUGIN_DIR, 'dist', 'agent.mjs')], {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: tmp,
          CLAUDE_PLUGIN_ROOT: PLUGIN_DIR,
          CLAUDE_PLUGIN_DATA: dataDir,
          CLAUDE_CONFIG_DIR: configDir,
          GLASSBOX_HOME: agentHome,
          GLASSBOX_PLUGIN: 'glassbox',
          CLAUDE_PLUGIN_OPTION_AGENTPORT: String(port),
          CLAUDE_PLUGIN_OPTION_EXPORTERS: 'file,console,otlp,prometheus',
          CLAUDE_PLUGIN_OPTION_OTLPENDPOINT: receiver.url,
          CLAUDE_PLUGIN_OPTION_METRICSPORT: String(metricsPort),
          CLAUDE_PLUGIN_OPTION_CAPTURECONTENT: String(captureContent),
          CLAUDE_PLUGIN_OPTION_IDLETIMEOUTMINUTES: '5',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      agent.stdout!.on('data', (d: Buffer) => {
        output += d.toString('latin1');
      });
      agent.stderr!.on('data', (d: Buffer) => {
        output += d.toString('latin1');
      });
      const key = await eventually('the agent key', async () =>
        Buffer.from((await readFile(join(agentHome, 'agent.key'), 'utf8')).trim(), 'hex'),
      );
      const call = (path: string, body?: unknown) =>
        requestAgent({
          port,
          key,
          path,
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          timeoutMs: 5000,
        });
      await eventually('the agent to answer', async () => (await call('/v1/health'))?.verified, 60_000);

      // Real hook inputs, whole (as an http hook or a careless client would send them).
      const common = { session_id: sessionId, transcript_path: transcript, cwd: '/p' };
      const promptId = '70e5fad7-255d-4edc-ba6e-5936261429d1';
      const hooks: Array<Record<string, unknown>> = [
        { ...common, hook_event_name: 'SessionStart', source: 'startup' },
        {
          ...common,
          hook_event_name: 'UserPromptSubmit',
          prompt_id: promptId,
          prompt: payload('prompt', canaries),
        },
        {
          ...common,
          hook_event_name: 'PermissionDenied',
          tool_name: 'Bash',
          tool_use_id: 'toolu_fx_denied',
          tool_input: { command: payload('toolInput', canaries) },
          reason: payload('errorText', canaries),
        },
        {
          ...common,
          hook_event_name: 'Stop',
          prompt_id: promptId,
          stop_hook_active: false,
          last_assistant_message: payload('reply', canaries),
        },
        { ...common, hook_event_name: 'StopFailure', error: payload('errorText', canaries) },
        { ...common, hook_event_name: 'SessionEnd', reason: 'other' },
      ];
      // A mod batch that carries content (as a mod with captureContent on sends it): the agent decides.
      const at = Date.now();
      const modEvent = (seq: number, event: Record<string, unknown>) => ({
        source: 'mod',
        sessionId,
        atMs: at + seq,
        seq,
        ...event,
      });
      const batch = {
        v: 1,
        instanceId: randomUUID(),
        modVersion: '0.1.0',
        sentAtMs: at,
        events: [
          modEvent(1, { type: 'session.start', cwd: '/p', transcriptPath: transcript }),
          modEvent(2, {
            type: 'prompt.submit',
            textLength: 10,
            text: payload('prompt', canaries),
          }),
          modEvent(3, {
            type: 'tool.start',
            toolUseId: 'toolu_fx_ok',
            toolName: 'Bash',
            inputBytes: 10,
            input: { command: payload('toolInput', canaries) },
          }),
          modEvent(4, {
            type: 'tool.end',
            toolUseId: 'toolu_fx_ok',
            toolName: 'Bash',
            status: 'ok',
            durationMs: 5,
            outputBytes: 10,
            output: payload('toolOutput', canaries),
          }),
          modEvent(5, {
            type: 'tool.end',
            toolUseId: 'toolu_fx_fail',
            toolName: 'Bash',
            status: 'error',
            durationMs: 5,
            outputBytes: 10,
            errorText: payload('errorText', canaries),
          }),
        ],
      };
      expect((await call('/v1/hooks', hooks[0]))?.status).toBe(200);
      expect((await call('/v1/mod', batch))?.status).toBe(200);
      for (const hook of hooks.slice(1)) expect((await call('/v1/hooks', hook))?.status).toBe(200);

      await eventually(
        'the session ended and exported everywhere',
        async () => {
          const status = (await call('/status'))?.json as
            | {
                sessions: Array<{ sessionId: string; ended: boolean }>;
                exporters: Array<{ pendingSpans: number; pendingLogs: number }>;
              }
            | undefined;
          const ended = status?.sessions.find((s) => s.sessionId === sessionId)?.ended;
          return (
            ended &&
            status.exporters.every((e) => e.pendingSpans + e.pendingLogs === 0) &&
            receiver.spans.length > 0 &&
            receiver.logs.length > 0
          );
        },
        90_000,
      );
      const metricsBody = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      // Let OTLP metrics arrive, then stop the agent (it flushes) before reading its files.
      await eventually('OTLP metrics', async () => receiver.metrics.length > 0, 60_000).catch(
        () => undefined,
      );
      const exited = new Promise((r) => agent.once('exit', r));
      agent.kill('SIGTERM');
      await exited;

      const dataFiles = await readTree(dataDir);
      const homeFiles = await readTree(agentHome);
      const telemetry = [...dataFiles].filter(([f]) => f.startsWith(join(dataDir, 'telemetry')));
      sinks = {
        text: {
          file: telemetry.map(([, t]) => t).join('\n'),
          console: output,
          otlpSpans: jsonWithBigints(receiver.spans),
          otlpLogs: jsonWithBigints(receiver.logs),
          otlpMetrics: jsonWithBigints(receiver.metrics),
          prometheusMetrics: metricsBody,
          spool: [...dataFiles]
            .filter(([f]) => f.includes('/spool/'))
            .map(([, t]) => t)
            .join('\n'),
          stateAndTraceFiles: [...dataFiles]
            .filter(([f]) => !f.startsWith(join(dataDir, 'telemetry')) && !f.includes('/spool/'))
            .map(([, t]) => t)
            .join('\n'),
          agentHome: [...homeFiles.values()].join('\n'),
        },
      };
    }, 300_000);

    afterAll(async () => {
      if (agent && agent.exitCode === null) agent.kill('SIGKILL');
      await receiver?.close();
      if (tmp && process.env.GLASSBOX_KEEP_TMP !== '1') await rm(tmp, { recursive: true, force: true });
    });

    it('should have exported the session to every exporter', () => {
      expect(sinks.text.file).toContain(sessionId);
      expect(sinks.text.spool).toContain(sessionId);
      expect(sinks.text.otlpLogs.length).toBeGreaterThan(2);
      expect(sinks.text.otlpSpans).toContain('execute_tool Bash');
      expect(sinks.text.prometheusMetrics).toMatch(/claude_tokens_output_total/);
      expect(sinks.text.console.length).toBeGreaterThan(0);
    });

    it(`should leak none of the ${canaries.length} secret canaries (${new Set(canaries.map((c) => c.rule)).size} rules) into any sink`, () => {
      const leaks: string[] = [];
      for (const [sink, text] of Object.entries(sinks.text))
        for (const canary of canaries)
          if (text.includes(canary.secret)) leaks.push(`${sink}: ${canary.rule}`);
      process.stderr.write(
        `secret canaries (content ${captureContent ? 'on' : 'off'}): ${canaries.length} canaries × ${Object.keys(sinks.text).length} sinks, ${leaks.length} leaks\n`,
      );
      expect(leaks).toEqual([]);
    });

    it(
      captureContent
        ? 'should keep the content itself (redacted): the markers reach the exports'
        : 'should keep no text at all: no content marker anywhere',
      () => {
        const found = PLACES.flatMap((place) =>
          Object.entries(sinks.text)
            .filter(([, text]) => text.includes(marker(place)))
            .map(([sink]) => `${sink}: ${place}`),
        );
        if (captureContent) {
          expect(sinks.text.file).toContain(marker('toolInput'));
          expect(sinks.text.file).toContain(marker('toolOutput'));
          expect(sinks.text.otlpSpans).toContain(marker('toolInput'));
          expect(sinks.text.file).toContain('[REDACTED:');
          expect(found.length).toBeGreaterThan(0);
        } else {
          expect(found).toEqual([]);
        }
      },
    );
  },
);
