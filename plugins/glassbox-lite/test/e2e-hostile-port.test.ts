import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ClaudeHome,
  createClaudeHome,
  type FakeAnthropicApi,
  runClaude,
  startFakeAnthropicApi,
} from '@glassbox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CANARY_FALLBACK,
  canaryScript,
  type SessionCanaries,
  type SessionOutcome,
  sessionCanaries,
  sessionOutcome,
  writeCanaryFiles,
} from './e2e-canary-scenario.js';
import { agentStatus, copyShippedPlugin, freePort, stopAgent, until, useAgentHome } from './e2e-helpers.js';
import { type HostileAnswer, type HostileListener, startHostileListener } from './hostile-listener.js';

const DEFAULT_AGENT_PORT = 47821;

interface Variant {
  readonly plugin: 'glassbox-lite' | 'glassbox';
  /**
   * The hostile listener holds the default port (no agentPort option) or the port agentPort names before the
   * session, or (`takeover`) takes the agent's port when the agent is killed (-9) at the turn's first model request:
   * the rest of the session's hooks and mod batches then find it there (agent.endpoint still names the port).
   */
  readonly port: 'default' | 'option' | 'takeover';
  readonly answer: HostileAnswer;
  readonly captureContent: boolean;
}

const VARIANTS: Variant[] = [
  { plugin: 'glassbox-lite', port: 'default', answer: 'block', captureContent: false },
  { plugin: 'glassbox-lite', port: 'option', answer: 'continueFalse', captureContent: true },
  { plugin: 'glassbox', port: 'default', answer: 'systemMessage', captureContent: true },
  { plugin: 'glassbox', port: 'option', answer: 'block', captureContent: false },
  { plugin: 'glassbox-lite', port: 'takeover', answer: 'block', captureContent: false },
];

interface VariantRun {
  readonly variant: Variant;
  readonly canaries: SessionCanaries;
  readonly outcome: SessionOutcome;
  readonly hostile: { bytes: Buffer; requests: number; port: number };
  /** The port of the agent Glassbox started instead (agent.endpoint), and what it recorded of the session. */
  readonly agentPort: number | undefined;
  readonly recordedCostUsd: number | undefined;
  readonly sentToModel: string;
}

function readEndpoint(home: ClaudeHome): string {
  try {
    return readFileSync(join(home.configDir, 'glassbox', 'agent.endpoint'), 'utf8');
  } catch {
    return '';
  }
}

/** A hostile listener on `port` as soon as the port is free (a killed agent's socket closes within moments). */
async function listenWhenFree(port: number, answer: HostileAnswer): Promise<HostileListener> {
  for (let i = 0; ; i++) {
    try {
      return await startHostileListener(port, answer);
    } catch (error) {
      if (i > 250) throw error;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/** The port `agent.endpoint` names in the user's agent home. */
async function endpointPort(home: ClaudeHome): Promise<number | undefined> {
  const text = await readFile(join(home.configDir, 'glassbox', 'agent.endpoint'), 'utf8').catch(() => '');
  const port = /^port=(\d+)$/m.exec(text)?.[1];
  return port ? Number(port) : undefined;
}

/**
 * A listener that is not the user's agent holds the port before the session starts (the default one, or the one
 * agentPort names), logs every byte and answers every request with a decision that would steer Claude Code. With
 * the installed plugin (Lite and full; content capture off and on) it must receive none of the session's text and
 * change nothing: the result equals a run of the same script without any plugin. Glassbox still records the
 * session through its own agent on another port.
 */
describe('a hostile listener on the agent port during real Claude Code sessions', () => {
  let api: FakeAnthropicApi;
  let reference: SessionOutcome;
  let referenceCanaries: SessionCanaries;
  const runs: VariantRun[] = [];
  const homes: ClaudeHome[] = [];

  const session = async (
    canaries: SessionCanaries,
    home: ClaudeHome,
    extra: { pluginDirs?: string[]; settings?: Record<string, unknown> } = {},
    onFirstModelRequest?: () => void,
  ) => {
    await writeCanaryFiles(home.cwd, canaries);
    const { prompt, script } = canaryScript(canaries);
    const first = script[0]!;
    let fired = false;
    const when = (r: Parameters<NonNullable<typeof first.when>>[0]) => {
      const match = first.when!(r);
      if (match && !fired && onFirstModelRequest) {
        fired = true;
        onFirstModelRequest();
      }
      return match;
    };
    api.setScript([{ ...first, when }, ...script.slice(1)]);
    const run = await runClaude({
      prompt,
      apiUrl: api.url,
      home,
      allowedTools: ['Bash'],
      timeoutMs: 150_000,
      ...extra,
    });
    expect(run.result, run.stderr).toBeDefined();
    return { run, outcome: await sessionOutcome(run.result!, run.transcriptPath!) };
  };

  beforeAll(async () => {
    api = await startFakeAnthropicApi({ fallback: CANARY_FALLBACK });
    // The reference: the same script, no plugin. Canaries differ per run, so outcomes are compared with each
    // run's own canaries put back in the reference's place.
    const refHome = await createClaudeHome('glassbox-hostile-ref-');
    homes.push(refHome);
    referenceCanaries = sessionCanaries('ref');
    reference = (await session(referenceCanaries, refHome)).outcome;

    for (const variant of VARIANTS) {
      const home = await createClaudeHome('glassbox-hostile-');
      homes.push(home);
      useAgentHome(join(home.configDir, 'glassbox'));
      let hostile: HostileListener | undefined;
      let port = variant.port === 'default' ? DEFAULT_AGENT_PORT : await freePort();
      let takeover: Promise<HostileListener> | undefined;
      const killAndTakeOver = () => {
        const pid = Number(/^pid=(\d+)$/m.exec(readEndpoint(home))?.[1]);
        if (pid) process.kill(pid, 'SIGKILL');
        takeover = listenWhenFree(port, variant.answer);
      };
      if (variant.port !== 'takeover')
        hostile = await startHostileListener(port, variant.answer).catch(() => undefined);
      if (!hostile && variant.port !== 'takeover') {
        // The default port is in use on this machine: hold the one agentPort names instead.
        process.stderr.write(`hostile test: port ${port} in use, holding a free port instead\n`);
        port = await freePort();
        hostile = await startHostileListener(port, variant.answer);
      }
      const dir = await copyShippedPlugin(variant.plugin, join(home.root, 'plugin'));
      const options: Record<string, unknown> = {
        exporters: 'file',
        captureContent: variant.captureContent,
        idleTimeoutMinutes: 1,
      };
      if (port !== DEFAULT_AGENT_PORT) options.agentPort = port;
      if (variant.plugin === 'glassbox') options.metricsPort = await freePort();
      const canaries = sessionCanaries(variant.plugin === 'glassbox' ? 'full' : 'lite');
      const before = api.messageRequests().length;
      try {
        const { run, outcome } = await session(
          canaries,
          home,
          {
            pluginDirs: [dir],
            settings: { pluginConfigs: { [`${variant.plugin}@inline`]: { options } } },
          },
          variant.port === 'takeover' ? killAndTakeOver : undefined,
        );
        if (takeover) hostile = await takeover;
        if (!hostile) throw new Error('no hostile listener');
        const agentPort = await endpointPort(home);
        let recordedCostUsd: number | undefined;
        if (agentPort !== undefined && agentPort !== port) {
          recordedCostUsd = await until(
            async () => {
              const s = (await agentStatus(agentPort))?.sessions.find(
                (x) => x.sessionId === run.result!.session_id,
              );
              return s?.ended && s.costUsd !== undefined ? s.costUsd : undefined;
            },
            'the agent to record the session',
            // ≥ 90 s: at load ~20 a clean-clone CI run saw the session recorded later than the 30 s this was.
            3600,
          ).catch(() => undefined);
          await stopAgent(agentPort);
        }
        runs.push({
          variant,
          canaries,
          outcome,
          hostile: { bytes: hostile.received(), requests: hostile.requests, port },
          agentPort,
          recordedCostUsd,
          sentToModel: JSON.stringify(api.messageRequests().slice(before)),
        });
      } finally {
        await (hostile ?? (await takeover?.catch(() => undefined)))?.close();
      }
    }
  }, 900_000);

  afterAll(async () => {
    const figures = runs.map((r) => ({
      plugin: r.variant.plugin,
      port: r.variant.port,
      answer: r.variant.answer,
      hostileRequests: r.hostile.requests,
      hostileBytes: r.hostile.bytes.length,
      canariesLeaked: Object.values(r.canaries).filter((c) => r.hostile.bytes.toString('latin1').includes(c))
        .length,
    }));
    process.stderr.write(`hostile listener figures: ${JSON.stringify(figures)}\n`);
    await api?.close();
    for (const home of homes) await home.cleanup();
  });

  /** The reference outcome with `canaries` in place of the reference's own. */
  const expectedFor = (canaries: SessionCanaries): SessionOutcome => {
    let json = JSON.stringify(reference);
    for (const key of Object.keys(canaries) as Array<keyof SessionCanaries>)
      json = json.replaceAll(referenceCanaries[key], canaries[key]);
    return JSON.parse(json) as SessionOutcome;
  };

  it('should run the reference session: two turns of the loop, two tool calls, one failed', () => {
    expect(reference.isError).toBe(false);
    expect(reference.toolCalls.map((c) => [c.id, c.isError])).toEqual([
      ['toolu_canary_fail', true],
      ['toolu_canary_ok', false],
    ]);
    expect(reference.result).toContain(referenceCanaries.reply);
    expect(reference.totalCostUsd).toBeGreaterThan(0);
  });

  for (const variant of VARIANTS) {
    const name = `${variant.plugin}, listener on the ${variant.port} port answering ${variant.answer}, content capture ${variant.captureContent ? 'on' : 'off'}`;
    const runOf = () => runs.find((r) => r.variant === variant)!;

    it(`${name}: the listener was asked and received no canary`, () => {
      const run = runOf();
      expect(run.hostile.requests).toBeGreaterThan(0);
      // Taken over mid-session: the Stop hook and the mod's turn-end batch came to it (ids, shapes, hashes).
      if (variant.port === 'takeover') {
        expect(run.hostile.bytes.toString('latin1')).toContain('POST /v1/hooks');
        expect(run.hostile.bytes.toString('latin1')).toContain('POST /v1/mod');
      }
      const text = run.hostile.bytes.toString('latin1');
      const leaked = Object.entries(run.canaries).filter(([, canary]) => text.includes(canary));
      expect(leaked).toEqual([]);
    });

    it(`${name}: the session's result equals the run without the plugin`, () => {
      const run = runOf();
      expect(run.outcome).toEqual(expectedFor(run.canaries));
      expect(run.sentToModel).not.toContain('HOSTILE');
    });

    // A killed agent records nothing more (the next SessionStart restarts it and reads the transcript).
    if (variant.port !== 'takeover')
      it(`${name}: Glassbox recorded the session through its own agent on another port`, () => {
        const run = runOf();
        expect(run.agentPort).toBeDefined();
        expect(run.agentPort).not.toBe(run.hostile.port);
        expect(run.recordedCostUsd).toBeCloseTo(run.outcome.totalCostUsd, 12);
      });
  }
});
